"""The page cache is purged by every change to what a page shows (home/page_cache.py)."""

import datetime

import pytest
import wagtail_factories
from wagtail.models import Site

from home.models import SiteSettings
from tests.cache.conftest import hit, stored, translate
from tests.factories import ContentPageFactory
from tests.networks.factories import OrganisationFactory
from tests.projects.factories import (
    FundingProgrammeFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from tests.publications.library import PublicationIndexPageFactory, document, publication


def cached(client, url):
    """Render ``url`` and check that the next request is a hit; returns the HTML."""
    client.get(url)
    response = client.get(url)
    assert hit(response), url
    return response.content.decode()


def fresh(client, url):
    """The next response for ``url`` is rendered anew (and stored again)."""
    response = client.get(url)
    assert stored(response), url
    return response.content.decode()


@pytest.fixture
def page(home_page):
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_publishing_the_page_purges_it(client, page):
    assert "Über uns" in cached(client, page.url)
    page.title = "Wer wir sind"
    page.save_revision().publish()
    assert "Wer wir sind" in fresh(client, page.url)


@pytest.mark.django_db
def test_unpublishing_and_deleting_purge(client, page, home_page):
    child = ContentPageFactory(parent=home_page, title="Kurzlebig", slug="kurzlebig")
    child.save_revision().publish()
    cached(client, child.url)
    child.unpublish()
    assert client.get(child.url).status_code == 404
    cached(client, page.url)
    page.delete()
    assert client.get("/ueber-uns/").status_code == 404


@pytest.mark.django_db
def test_publishing_a_translation_purges_the_original(client, page, english_home):
    html = cached(client, page.url)
    assert "/en/ueber-uns/" not in html
    english = translate(page, {"Über uns": "About us"})
    html = fresh(client, page.url)
    assert english.url in html  # the language switcher now links to the translation
    assert "About us" in fresh(client, english.url)


@pytest.mark.django_db
def test_publishing_another_page_purges_the_navigation(client, page, home_page):
    assert "Neuigkeiten" not in cached(client, page.url)
    news = ContentPageFactory(
        parent=home_page, title="Neuigkeiten", slug="neuigkeiten", show_in_menus=True
    )
    news.save_revision().publish()
    assert "Neuigkeiten" in fresh(client, page.url)
    news.title = "Aktuelles"
    news.save_revision().publish()
    assert "Aktuelles" in fresh(client, page.url)


@pytest.mark.django_db
def test_moving_a_page_purges(client, page, home_page):
    other = ContentPageFactory(parent=home_page, title="Bereich", slug="bereich")
    other.save_revision().publish()
    cached(client, page.url)
    page.move(other, pos="last-child")
    assert client.get("/ueber-uns/").status_code != 200  # Wagtail's redirect to the new place
    assert "Über uns" in fresh(client, "/bereich/ueber-uns/")


@pytest.fixture
def project(home_page):
    index = ProjectIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    programme = FundingProgrammeFactory(name="Europäischer Sozialfonds Plus", short_name="ESF+")
    lead = OrganisationFactory(name="Landesstelle für Gleichbehandlung")
    page = ProjectPageFactory(
        parent=index, title="Vielfalt vor Ort", start_date=datetime.date(2020, 1, 1), lead=lead
    )
    page.funding_programmes.set([programme])
    page.implementing_organisations.set([lead])
    page.save_revision().publish()
    return page, programme, lead


@pytest.mark.django_db
def test_snippet_changes_purge(client, project):
    page, programme, lead = project
    assert "Europäischer Sozialfonds Plus" in cached(client, page.url)
    programme.name = "ESF Plus Berlin"
    programme.save()
    assert "ESF Plus Berlin" in fresh(client, page.url)
    cached(client, page.url)
    lead.name = "Landesantidiskriminierungsstelle"
    lead.save()
    assert "Landesantidiskriminierungsstelle" in fresh(client, page.url)


@pytest.mark.django_db
def test_document_changes_purge(client, home_page):
    library = PublicationIndexPageFactory(parent=home_page)
    library.save_revision().publish()
    main = document("Leitfaden")
    file = document("Leitfaden Vielfalt", extension="docx")
    page = publication(library, "Leitfaden", files=[(main, ""), (file, "")])
    cached(client, page.url)
    file.title = "Leitfaden Vielfalt, 2. Auflage"
    file.save()
    assert "Leitfaden Vielfalt, 2. Auflage" in fresh(client, page.url)
    cached(client, page.url)
    file.delete()
    assert "2. Auflage" not in fresh(client, page.url)


@pytest.mark.django_db
def test_image_changes_purge(client, home_page):
    cached(client, home_page.url)
    wagtail_factories.ImageFactory(title="Neues Bild")
    fresh(client, home_page.url)


@pytest.mark.django_db
def test_site_settings_and_site_changes_purge(client, page):
    cached(client, page.url)
    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.organisation_name = "Landesstelle für Vielfalt"
    site_settings.save()
    assert "Landesstelle für Vielfalt" in fresh(client, page.url)
    cached(client, page.url)
    site = Site.objects.get()
    site.site_name = "Umbenannt"
    site.save()
    fresh(client, page.url)


@pytest.mark.django_db
def test_bookkeeping_writes_do_not_purge(client, page, admin_user):
    """Renditions, log entries and revisions are written without changing a page."""
    from wagtail.log_actions import log

    cached(client, page.url)
    log(page, "wagtail.edit", user=admin_user)
    assert hit(client.get(page.url))
