"""Fixtures of the networks tests."""

import pytest

from tests.networks.factories import BestPracticeIndexPageFactory, EventIndexPageFactory


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def practice_index(home_page):
    return BestPracticeIndexPageFactory(parent=home_page)
