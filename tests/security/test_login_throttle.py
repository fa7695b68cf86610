"""Throttled admin logins and password-reset mails (home.login_throttle)."""

import logging
import types

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core import mail

from home import login_throttle, ratelimit

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
OFFICE = "203.0.113.10"
ELSEWHERE = "198.51.100.20"
BACKEND = "tests.security.test_login_throttle.CountingBackend"


class CountingBackend(ModelBackend):
    """Django's backend, recording every password check."""

    calls = []

    def authenticate(self, request, username=None, password=None, **kwargs):
        CountingBackend.calls.append(username)
        return super().authenticate(request, username=username, password=password, **kwargs)


@pytest.fixture(autouse=True)
def _setup(settings, monkeypatch):
    settings.AUTHENTICATION_BACKENDS = [BACKEND]
    settings.LOGIN_RATE_LIMIT = "3/h"
    settings.LOGIN_IP_RATE_LIMIT = "10/h"
    settings.PASSWORD_RESET_RATE_LIMIT = "2/h"
    CountingBackend.calls = []
    # One fixed moment: no window may end in the middle of a test.
    monkeypatch.setattr(ratelimit, "time", types.SimpleNamespace(time=lambda: 1_800_000_000.0))


@pytest.fixture
def editors(db):
    users = get_user_model().objects
    return (
        users.create_superuser("redaktion", "redaktion@example.org", "richtig"),
        users.create_superuser("lektorat", "lektorat@example.org", "auch-richtig"),
    )


def login(client, username, password, address=OFFICE):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def is_refused(response):
    return response.status_code == 429


def test_failures_then_429_without_checking_the_password(client, editors, caplog):
    for _attempt in range(3):
        response = login(client, "redaktion", "falsch")
        assert response.status_code == 200
        assert "Passwort wurden nicht erkannt" in response.content.decode()
    assert CountingBackend.calls == ["redaktion"] * 3

    with caplog.at_level(logging.WARNING, logger="django.security.login"):
        response = login(client, "redaktion", "richtig")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in html
    assert "vorübergehend gesperrt" in html
    assert "Minuten noch einmal" in html
    # Not even the right password was checked, and the user is not logged in.
    assert CountingBackend.calls == ["redaktion"] * 3
    assert "_auth_user_id" not in client.session
    assert "Login refused without checking the password" in caplog.text
    assert "'redaktion'" in caplog.text


def test_the_username_limit_follows_the_name_across_addresses_and_case(client, editors):
    for number, name in enumerate(["redaktion", "Redaktion", " REDAKTION "]):
        assert login(client, name, "falsch", address=f"192.0.2.{number + 1}").status_code == 200
    assert is_refused(login(client, "redaktion", "richtig", address=ELSEWHERE))
    # Another editor, from another address, is not blocked by these failures.
    response = login(client, "lektorat", "auch-richtig", address=ELSEWHERE)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_address_limit_counts_every_username(client, editors, settings):
    settings.LOGIN_RATE_LIMIT = "100/h"
    settings.LOGIN_IP_RATE_LIMIT = "4/h"
    for number in range(4):
        assert login(client, f"gast{number}", "falsch").status_code == 200
    calls = len(CountingBackend.calls)
    # Beyond the address limit, a right password from the same office waits too …
    assert is_refused(login(client, "lektorat", "auch-richtig"))
    assert len(CountingBackend.calls) == calls
    # … but not from another address.
    assert login(client, "lektorat", "auch-richtig", address=ELSEWHERE).status_code == 302


def test_a_successful_login_forgets_the_usernames_failures_not_the_addresss(
    client, editors, settings
):
    settings.LOGIN_IP_RATE_LIMIT = "5/h"
    for _attempt in range(2):
        login(client, "redaktion", "falsch")
    assert login(client, "redaktion", "richtig").status_code == 302
    client.logout()
    # The username starts again: two more failures stay below its limit of three …
    for _attempt in range(2):
        assert login(client, "redaktion", "falsch").status_code == 200
    # … the address does not: this is its fifth failure, then it is used up.
    assert login(client, "redaktion", "falsch").status_code == 200
    assert is_refused(login(client, "redaktion", "richtig"))


def test_off_leaves_only_the_address_limit(client, editors, settings):
    settings.LOGIN_RATE_LIMIT = "off"
    for _attempt in range(5):
        login(client, "redaktion", "falsch", address=f"192.0.2.{_attempt + 1}")
    assert login(client, "redaktion", "richtig", address=ELSEWHERE).status_code == 302


def test_a_throttled_post_without_csrf_token_is_still_refused_by_csrf_first(editors):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    for _attempt in range(3):
        login(client, "redaktion", "falsch")
    assert CountingBackend.calls == []  # refused by the CSRF check, nothing counted
    assert login(client, "redaktion", "falsch").status_code == 403


def test_the_throttled_form_is_wagtails_login_page(client, editors):
    for _attempt in range(3):
        login(client, "redaktion", "falsch")
    response = login(client, "redaktion", "falsch")
    assert is_refused(response)
    html = response.content.decode()
    assert 'name="password"' in html
    assert 'value="redaktion"' in html  # the username stays filled in
    assert "Content-Security-Policy" in response


def test_password_reset_mails_are_limited_per_address_and_per_email(client, editors):
    def reset(email, address=OFFICE):
        return client.post(RESET, {"email": email}, REMOTE_ADDR=address)

    assert reset("redaktion@example.org").status_code == 302
    assert reset("lektorat@example.org").status_code == 302
    assert reset("lektorat@example.org", address=ELSEWHERE).status_code == 302
    assert reset("redaktion@example.org", address=ELSEWHERE).status_code == 302
    assert len(mail.outbox) == 4
    # A third request for the same e-mail address, from a third client: refused, no mail.
    response = reset("Redaktion@Example.org", address="192.0.2.99")
    assert response.status_code == 429
    assert "Zu viele Anfragen zum Zurücksetzen des Passworts" in response.content.decode()
    assert "Es wurde keine E-Mail verschickt" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    # The office has used its two requests: any other address from there waits too.
    assert reset("jemand@example.org").status_code == 429
    assert len(mail.outbox) == 4


def test_unknown_addresses_count_alike(client, editors):
    """The answer says nothing about which addresses have an account."""
    for _attempt in range(2):
        assert client.post(RESET, {"email": "niemand@example.org"}).status_code == 302
    assert client.post(RESET, {"email": "niemand@example.org"}).status_code == 429
    assert mail.outbox == []


def test_failures_outside_a_request_are_not_counted(editors):
    from django.contrib.auth import authenticate

    for _attempt in range(5):
        assert authenticate(username="redaktion", password="falsch") is None
    assert login_throttle.login_verdict(_request(), "redaktion").allowed


def _request():
    from django.test import RequestFactory

    return RequestFactory().post(LOGIN, REMOTE_ADDR=OFFICE)
