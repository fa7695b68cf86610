"""Smoke tests of bench/_harness.py, so the benchmarks cannot rot unnoticed.

No PostgreSQL and no gunicorn: the load generator runs for a second against Django's
live server, the statistics and the form walker run on fixed input.
"""

import random
from urllib.parse import urlsplit

import pytest

from bench import _harness as h


def test_percentile_interpolates_between_ranks():
    values = [0.4, 0.1, 0.3, 0.2]
    assert h.percentile(values, 0) == 0.1
    assert h.percentile(values, 100) == 0.4
    assert h.percentile(values, 50) == pytest.approx(0.25)
    assert h.percentile([7], 95) == 7


def test_summarize_gives_throughput_and_milliseconds():
    summary = h.summarize([0.01] * 19 + [0.1], seconds=2)
    assert summary["requests"] == 20
    assert summary["rps"] == 10
    assert summary["p50_ms"] == pytest.approx(10)
    assert summary["max_ms"] == pytest.approx(100)


PAGE = """<html><head><link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/consent.js" defer></script></head><body>
<form method="get" action="/suche/"><input name="q"></form>
<form method="post" action="fragen/">
<input type="hidden" name="zustand" value="token">
<input type="radio" name="q1" value="a"><input type="radio" name="q1" value="b">
<input type="checkbox" name="q2" value="x">
<button type="submit" name="aktion" value="zurueck">Zurück</button>
<button type="submit" name="aktion" value="weiter">Weiter</button>
</form></body></html>"""


def test_assets_lists_stylesheets_and_scripts():
    assert h.assets(PAGE) == [("css", "/static/css/main.css"), ("js", "/static/js/consent.js")]


def test_form_fields_answer_like_a_browser():
    form = [f for f in h.parse_html(PAGE).forms if f["attrs"]["method"] == "post"][0]
    fields = dict(h.form_fields(form, random.Random(1)))  # noqa: S311
    assert fields["zustand"] == "token"
    assert fields["q1"] in {"a", "b"}
    assert fields["q2"] == "x"
    assert fields["aktion"] == "weiter"


def test_production_env_has_a_fresh_secret_and_no_debug(tmp_path):
    first = h.production_env("postgres://x", tmp_path)
    second = h.production_env("postgres://x", tmp_path)
    assert first["DEBUG"] == "false"
    assert first["SECRET_KEY"] != second["SECRET_KEY"]
    assert len(first["SECRET_KEY"]) >= 50


# The live server reads committed rows. serialized_rollback: the flush after a
# transactional test must not run post_migrate (new content type ids would break the
# next serialized rollback); tests/conftest.py refuses transactional tests without it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_load_generator_against_the_live_server(live_server):
    parts = urlsplit(live_server.url)
    tally, seconds = h.run_load(
        lambda: h.Client(parts.hostname, parts.port),
        h.get_action(["/healthz/"]),
        concurrency=4,
        duration=1,
    )
    assert tally.errors == []
    assert len(tally.latencies["get"]) > 0
    summary = h.summarize(tally.all_latencies(), seconds)
    assert summary["rps"] > 0
    assert summary["p95_ms"] >= summary["p50_ms"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_load_generator_counts_wrong_statuses(live_server):
    parts = urlsplit(live_server.url)
    tally, _ = h.run_load(
        lambda: h.Client(parts.hostname, parts.port),
        h.get_action(["/healthz/"], expect=204),
        concurrency=1,
        duration=0.3,
    )
    assert tally.errors
    assert all(kind == "get" and "200" in text for kind, text in tally.errors)


class _FakeClient:
    """Answers every GET with PAGE and every POST with a 303; records the requests."""

    def __init__(self):
        self.requests = []

    def get(self, path):
        self.requests.append(("GET", path))
        return h.Response(200, {}, PAGE.encode(), 0.001)

    def post_form(self, path, fields):
        self.requests.append(("POST", path))
        return h.Response(303, {"location": "/diversometer/ergebnis/?r=x"}, b"", 0.001)


def test_form_walker_stops_between_steps_when_the_time_is_up():
    rng = random.Random(1)  # noqa: S311
    client = _FakeClient()
    with pytest.raises(h.Abandoned):
        h.FormWalker(client, rng, deadline=0).complete("/diversometer/")
    assert client.requests == [("GET", "/diversometer/")]  # nothing posted

    client = _FakeClient()
    result, responses = h.FormWalker(client, rng, deadline=None).complete("/diversometer/")
    assert result == "/diversometer/ergebnis/?r=x"
    assert [method for method, _ in client.requests] == ["GET", "POST"]
