"""The demo content, loaded once for every test in this package.

Loading it takes seconds (dozens of pages, PDFs, translations), so the package
loads it once inside an outer transaction; each test runs in a savepoint of
that transaction (pytest-django's ``db``), and the whole package is rolled
back at the end, so tests elsewhere never see the demo content.
"""

import pytest
from django.core.management import call_command
from django.db import connections, transaction
from django.test import TestCase
from wagtail.models import Site


@pytest.fixture(scope="package", autouse=True)
def _demo_database(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomics = [transaction.atomic(using=alias) for alias in connections]
        for atomic in atomics:
            atomic.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo_content", verbosity=0)
            yield
        finally:
            for alias in connections:
                transaction.set_rollback(True, using=alias)
            for atomic in reversed(atomics):
                atomic.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the MEDIA_ROOT the demo files were written to (the root conftest swaps it)."""


@pytest.fixture
def demo_content(db):
    """The default site, with the demo content already loaded."""
    return Site.objects.get(is_default_site=True)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Every test here uses the database the package fixture filled.

    pytest-django runs tests without a ``django_db`` mark after all others; a test
    of this package without the mark would then set the package fixture up a second
    time, after other packages' transactional tests have flushed the tables. Runs
    before pytest-django's own hook, which orders the tests by their marks.
    """
    for item in items:
        if item.nodeid.startswith("tests/demo/") and not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)
