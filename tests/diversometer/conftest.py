"""Fixtures of the Diversometer tests."""

import pytest

from tests.diversometer.helpers import make_diversometer


@pytest.fixture
def self_check(home_page):
    return make_diversometer(home_page)


@pytest.fixture
def self_check_all(home_page):
    return make_diversometer(home_page, display="all", slug="alle-fragen")


@pytest.fixture
def quiz(home_page):
    return make_diversometer(home_page, mode="quiz", slug="quiz", title="Wissensquiz AGG")
