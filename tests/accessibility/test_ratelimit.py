"""home.ratelimit, the generic rate limit the form "Barriere melden" uses, and its setting."""

import json
import os
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.test import RequestFactory

from home import ratelimit


def request_from(address, forwarded=None):
    meta = {"REMOTE_ADDR": address}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **meta)


@pytest.mark.parametrize(
    ("text", "rate"),
    [("10/h", ratelimit.Rate(10, 3600)), (" 5 / m ", ratelimit.Rate(5, 60)), ("OFF", None)],
)
def test_parse_rate(text, rate):
    assert ratelimit.parse_rate(text) == rate


@pytest.mark.parametrize("text", ["", "10", "0/h", "10/w", "zehn/h"])
def test_parse_rate_refuses_nonsense(text):
    with pytest.raises(ValueError):
        ratelimit.parse_rate(text)


def test_client_address(settings):
    settings.USE_X_FORWARDED_FOR = False
    assert ratelimit.client_address(request_from("192.0.2.7", "203.0.113.9")) == "192.0.2.7"
    settings.USE_X_FORWARDED_FOR = True
    assert ratelimit.client_address(request_from("10.0.0.1", "1.1.1.1, 203.0.113.9")) == (
        "203.0.113.9"
    )
    assert ratelimit.client_address(request_from("2001:db8:1:2::10")) == "2001:db8:1:2::/64"
    assert ratelimit.client_address(request_from("::ffff:192.0.2.7")) == "192.0.2.7"


def test_keys_differ_per_scope_and_hide_the_address():
    key = ratelimit.client_key("feedback", "192.0.2.7")
    assert "192" not in key
    assert key != ratelimit.client_key("other", "192.0.2.7")


def test_each_scope_has_its_own_allowance():
    rate = ratelimit.Rate(1, 3600)
    request = request_from("192.0.2.7")
    now = 1_000_000.0
    assert ratelimit.hit(request, "feedback", rate, now=now).allowed
    verdict = ratelimit.hit(request, "feedback", rate, now=now + 10)
    assert not verdict.allowed
    assert verdict.retry_after == 3600 - (1_000_010 % 3600)
    assert ratelimit.hit(request, "other", rate, now=now).allowed
    # The next window starts afresh.
    assert ratelimit.hit(request, "feedback", rate, now=now + 3600).allowed


def test_no_rate_and_a_broken_cache_let_everyone_through():
    request = request_from("192.0.2.7")
    assert ratelimit.hit(request, "feedback", None).allowed
    with mock.patch.object(ratelimit.cache, "add", side_effect=ConnectionError("down")):
        assert ratelimit.hit(request, "feedback", ratelimit.Rate(1, 60)).allowed


def load_rate_setting(value):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "x" * 50,
        "FEEDBACK_RATE_LIMIT": value,
    }
    code = "import json, django; from django.conf import settings; django.setup(); " + (
        "print(json.dumps(settings.FEEDBACK_RATE_LIMIT))"
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
    assert settings.FEEDBACK_RATE_LIMIT == "10/h"
    result = load_rate_setting("3/M")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == "3/m"


def test_setting_refuses_a_malformed_rate():
    result = load_rate_setting("viele")
    assert result.returncode == 1
    assert "FEEDBACK_RATE_LIMIT='viele' is not a rate" in result.stderr
