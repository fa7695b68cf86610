"""Wrong passwords of pages and document collections are limited (home.login_throttle)."""

import types

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home import ratelimit
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

OFFICE = "203.0.113.10"
ELSEWHERE = "198.51.100.20"


@pytest.fixture(autouse=True)
def _setup(settings, monkeypatch):
    settings.PAGE_PASSWORD_RATE_LIMIT = "3/h"
    # One fixed moment: no window may end in the middle of a test.
    monkeypatch.setattr(ratelimit, "time", types.SimpleNamespace(time=lambda: 1_800_000_000.0))


@pytest.fixture
def protected(home_page):
    page = ContentPageFactory(parent=home_page, title="Nur für das Netzwerk")
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="netzwerk-2026"
    )
    action = f"/_util/authenticate_with_password/{restriction.id}/{page.id}/"
    return page, action


def try_password(client, action, password, return_url="/", address=OFFICE):
    return client.post(
        action, {"password": password, "return_url": return_url}, REMOTE_ADDR=address
    )


def test_wrong_page_passwords_then_429_without_checking(client, protected):
    page, action = protected
    for _ in range(3):
        response = try_password(client, action, "falsch", page.url)
        assert response.status_code == 200  # the form again
    refused = try_password(client, action, "netzwerk-2026", page.url)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    html = refused.content.decode()
    assert "Zu viele falsche Passwörter" in html
    assert f'value="{page.url}"' in html  # the form keeps where to go back to
    # Not checked: the right password did not open the page.
    assert client.get(page.url).status_code == 200
    assert "Nur für das Netzwerk" not in client.get(page.url).content.decode()
    # Another address is not affected, and a right password there opens the page.
    other = try_password(client, action, "netzwerk-2026", page.url, address=ELSEWHERE)
    assert other.status_code == 302


def test_a_right_password_is_not_counted(client, protected):
    page, action = protected
    for _ in range(5):
        assert try_password(client, action, "netzwerk-2026", page.url).status_code == 302
    assert try_password(client, action, "falsch", page.url).status_code == 200


def test_document_collection_passwords_are_limited_too(client, home_page):
    collection = Collection.get_first_root_node().add_child(name="Netzwerk intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="protokolle",
    )
    get_document_model().objects.create(
        title="Protokoll", collection=collection, file=ContentFile(b"%PDF-1.4", name="p.pdf")
    )
    action = f"/documents/authenticate_with_password/{restriction.id}/"
    for _ in range(3):
        assert try_password(client, action, "falsch").status_code == 200
    refused = try_password(client, action, "protokolle")
    assert refused.status_code == 429
    assert "Zu viele falsche Passwörter" in refused.content.decode()
