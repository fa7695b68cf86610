"""Fixtures shared by the whole suite."""

import os
from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Site

from tests.factories import HomePageFactory


def pytest_sessionstart(session):
    """Compile the catalogues if they changed, so a plain ``pytest`` sees English strings.

    With pytest-xdist only the controller compiles (before it starts the workers), so
    two workers never write the same ``.mo`` file.
    """
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    call_command("compile_translations", verbosity=0, stdout=StringIO())


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes uploads to its own directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _german_by_default():
    """Every test starts in German: a request leaves its language active in the thread."""
    translation.activate("de")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_caches():
    """Wagtail caches site root paths and renditions by row id; ids repeat between tests."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db):
    """A German HomePage as the root of the default site (Wagtail's placeholder removed)."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    if placeholder.pk != home.pk and placeholder.specific_class is Page:
        placeholder.delete()
    return home


def pytest_collection_modifyitems(config, items):
    """Every transactional test restores the migrated rows (``serialized_rollback``).

    After a transactional test Django empties the tables. Without serialized rollback it
    then runs post_migrate, which creates the content types again under new ids, and the
    next test with serialized rollback fails to load the original rows (the order of tests
    differs under pytest-xdist, so this shows up at random). Refused at collection.
    """
    wrong = []
    for item in items:
        marker = item.get_closest_marker("django_db")
        fixtures = getattr(item, "fixturenames", ())
        transactional = "transactional_db" in fixtures or "live_server" in fixtures
        if marker is not None and marker.kwargs.get("transaction"):
            transactional = True
        serialized = marker is not None and marker.kwargs.get("serialized_rollback")
        if transactional and not serialized:
            wrong.append(item.nodeid)
    if wrong:
        raise pytest.UsageError(
            "transactional tests need @pytest.mark.django_db(transaction=True, "
            "serialized_rollback=True): " + ", ".join(wrong)
        )
