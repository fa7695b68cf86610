"""Fixtures shared by the whole suite."""

import pytest
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes uploads to its own directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo_content(db):
    call_command("load_demo_content", verbosity=0)
