"""The Diversometer's rate limit (home.ratelimit, scope "diversometer").

429 without counting, the setting.

Parsing and client keys are tested with home.ratelimit in tests/accessibility/test_ratelimit.py.
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import RequestFactory

from diversometer import ratelimit
from home import ratelimit as shared
from tests.diversometer.helpers import complete_all, complete_steps, counts, runs

ANSWERS = {1: [1], 2: [1, 3], 3: [2], 4: [1]}


def request_from(address, forwarded=None):
    meta = {"REMOTE_ADDR": address}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **meta)


def test_ipv6_clients_count_per_64_network():
    one = shared.client_address(request_from("2001:db8:1:2::10"))
    other = shared.client_address(request_from("2001:db8:1:2:ffff::1"))
    elsewhere = shared.client_address(request_from("2001:db8:1:3::10"))
    assert one == other == "2001:db8:1:2::/64"
    assert elsewhere != one
    assert shared.client_address(request_from("::ffff:192.0.2.7")) == "192.0.2.7"


def test_hits_within_a_window(settings):
    settings.DIVERSOMETER_RATE_LIMIT = "2/m"
    request = request_from("192.0.2.7")
    now = 60 * 1000 + 10
    assert ratelimit.hit(request, now=now).allowed
    assert ratelimit.hit(request, now=now + 1).allowed
    verdict = ratelimit.hit(request, now=now + 2)
    assert not verdict.allowed
    assert verdict.retry_after == 48
    assert ratelimit.hit(request_from("192.0.2.8"), now=now + 2).allowed  # another client
    assert ratelimit.hit(request, now=now + 60).allowed  # the next window


def test_off_never_limits(settings):
    settings.DIVERSOMETER_RATE_LIMIT = "off"
    request = request_from("192.0.2.7")
    assert all(ratelimit.hit(request).allowed for _ in range(100))


def test_a_broken_cache_lets_runs_through(settings, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(shared.cache, "add", broken)
    assert ratelimit.hit(request_from("192.0.2.7")).allowed


@pytest.mark.django_db
def test_over_the_limit_answers_429_and_counts_nothing(client, settings, self_check_all):
    settings.DIVERSOMETER_RATE_LIMIT = "2/h"
    assert complete_all(client, self_check_all, ANSWERS).status_code == 303
    assert complete_all(client, self_check_all, ANSWERS).status_code == 303
    before = counts(self_check_all)

    response = complete_all(client, self_check_all, ANSWERS)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "sehr viele Fragebögen abgeschickt" in html
    assert 'role="alert"' in html
    assert html.count(" checked>") == 5  # the answers are still there to send again
    assert counts(self_check_all) == before
    assert runs(self_check_all) == 2


@pytest.mark.django_db
def test_only_completions_are_limited(client, settings, self_check):
    settings.DIVERSOMETER_RATE_LIMIT = "1/h"
    assert complete_steps(client, self_check, ANSWERS).status_code == 303
    # Moving through the steps is not limited; completing again is.
    last = complete_steps(client, self_check, ANSWERS)
    assert last.status_code == 429
    assert "Frage 4 von 4" in last.content.decode()
    assert runs(self_check) == 1


@pytest.mark.django_db
def test_other_clients_are_not_affected(client, settings, self_check):
    settings.DIVERSOMETER_RATE_LIMIT = "1/h"
    assert complete_steps(client, self_check, ANSWERS, remote_addr="192.0.2.1").status_code == 303
    assert complete_steps(client, self_check, ANSWERS, remote_addr="192.0.2.2").status_code == 303
    assert complete_steps(client, self_check, ANSWERS, remote_addr="192.0.2.1").status_code == 429
    assert runs(self_check) == 2


def load_rate_setting(value):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "x" * 50,
        "DIVERSOMETER_RATE_LIMIT": value,
    }
    code = "import json, django; from django.conf import settings; django.setup(); " + (
        "print(json.dumps(settings.DIVERSOMETER_RATE_LIMIT))"
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_setting_default_and_values():
    assert settings.DIVERSOMETER_RATE_LIMIT == "30/h"
    result = load_rate_setting("10/M")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == "10/m"


def test_setting_refuses_a_malformed_rate():
    result = load_rate_setting("viele")
    assert result.returncode == 1
    assert "DIVERSOMETER_RATE_LIMIT='viele' is not a rate" in result.stderr
