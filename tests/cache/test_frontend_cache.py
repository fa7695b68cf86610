"""The frontend cache (CDN, Varnish) is purged through Wagtail's backends when configured."""

import pytest
from django.db import connection
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale

from tests.cache.conftest import translate
from tests.factories import ContentPageFactory
from tests.projects.factories import FundingProgrammeFactory

BACKEND = "tests.cache.test_frontend_cache.RecordingBackend"


class RecordingBackend(BaseBackend):
    """Records the URLs it is asked to purge instead of sending requests."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def frontend_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": BACKEND}}
    settings.FRONTEND_CACHE_SECONDS = 600
    RecordingBackend.purged = []
    # The fixtures' purges wait for a commit that never comes inside the test's
    # transaction; one is queued per transaction, so let the test queue its own.
    connection.run_on_commit.clear()
    return RecordingBackend.purged


@pytest.fixture
def page(home_page, english_home):
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    translate(page)
    return page


@pytest.mark.django_db
def test_publish_purges_every_page_address_after_the_commit(
    page, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.title = "Wer wir sind"
        page.save_revision().publish()
    assert len(callbacks) == 1  # one purge per transaction, however many rows changed
    english = page.get_translation(Locale.objects.get(language_code="en"))
    assert english.url.startswith("/en/")
    assert set(frontend_cache) >= {
        "http://localhost/",
        "http://localhost/ueber-uns/",
        "http://localhost/en/",
        f"http://localhost{english.url}",
    }


@pytest.mark.django_db
def test_snippet_change_purges_the_frontend_cache(
    page, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        FundingProgrammeFactory(name="Europäischer Sozialfonds Plus")
    assert "http://localhost/ueber-uns/" in frontend_cache


@pytest.mark.django_db
def test_nothing_is_sent_without_configuration(page, django_capture_on_commit_callbacks):
    RecordingBackend.purged = []
    connection.run_on_commit.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert RecordingBackend.purged == []


@pytest.mark.django_db
def test_pages_allow_shared_caches_to_keep_them_longer(client, page, frontend_cache):
    response = client.get(page.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=600"} <= cache_control
