"""Fixtures of the page cache tests: the cache on, whatever the environment says."""

import pytest

from home.translation import translate_page
from tests.sites.conftest import first, hosts, second  # noqa: F401 (two sites)


class EchoCatalogue(dict):
    """Knows every string: the given translations, else ``EN <string>``."""

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return self.get(key, f"EN {key}")


def translate(page, catalogue=None):
    return translate_page(page, "en", EchoCatalogue(catalogue or {}))


@pytest.fixture
def english_home(home_page):
    return translate(home_page)


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = {}


def hit(response):
    return response.get("X-Page-Cache") == "hit"


def stored(response):
    return response.get("X-Page-Cache") == "miss"
