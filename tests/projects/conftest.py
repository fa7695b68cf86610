"""Fixtures of the projects tests: index pages under the home page, English translations."""

import pytest

from home.translation import translate_page
from tests.projects.factories import FundingNoticeIndexPageFactory, ProjectIndexPageFactory


class EchoCatalogue(dict):
    """A catalogue that knows every string: the given translations, else ``EN <string>``.

    Lets tests translate a page without listing each of its segments.
    """

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return self.get(key, f"EN {key}")


def translate(page, catalogue=None):
    """Publish an English translation of ``page``; ``catalogue`` maps German to English."""
    return translate_page(page, "en", EchoCatalogue(catalogue or {}))


@pytest.fixture
def project_index(home_page):
    index = ProjectIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def notice_index(home_page):
    index = FundingNoticeIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def english_home(home_page):
    return translate(home_page, {home_page.slug: "home"})
