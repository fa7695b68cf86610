"""Counters: what a run adds, exactly once, nothing personal, and under concurrency."""

import threading
import uuid
from datetime import date, timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection, connections
from django.test import Client

from diversometer import counting, scoring
from diversometer.models import CompletedRun, Counter
from tests.diversometer.helpers import (
    answer_data,
    complete_all,
    counts,
    make_diversometer,
    runs,
    state_of,
)

ANSWERS = {1: [1], 2: [1, 3], 3: [2], 4: [1]}
# Run by the PostgreSQL pass (tests/postgres_pass.py); SQLite serialises writers with a
# database lock, so there is no concurrency to test there.
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)
PAGE_KEY = uuid.UUID("33333333-3333-3333-3333-333333333333")


def test_tallies_of_a_self_check():
    bands = (scoring.Band("low", 0, "action"), scoring.Band("high", 50, "good"))
    questionnaire = scoring.Questionnaire(
        mode=scoring.SELF_CHECK,
        questions=(
            scoring.Question(
                "q1",
                scoring.SINGLE_CHOICE,
                options=(scoring.Option("a", scores={"d": 1}), scoring.Option("b")),
            ),
            scoring.Question(
                "q2", scoring.MULTIPLE_CHOICE, options=(scoring.Option("x"), scoring.Option("y"))
            ),
        ),
        dimensions=(scoring.Dimension("d", "D", bands), scoring.Dimension("e", "E", bands)),
    )
    answers = {"q1": ("a",), "q2": ()}
    scores = scoring.score_self_check(questionnaire, answers)
    assert counting.tallies(questionnaire, answers, scores=scores) == [
        ("band", "d", "high"),
        ("option", "q1", "a"),
        ("question", "q1", ""),
        ("question", "q2", ""),
        ("run", "", ""),
    ]


def test_tallies_of_a_quiz():
    questionnaire = scoring.Questionnaire(
        mode=scoring.QUIZ,
        questions=(
            scoring.Question(
                "k",
                scoring.KNOWLEDGE,
                options=(scoring.Option("r", correct=True), scoring.Option("w")),
            ),
        ),
    )
    answers = {"k": ("w",)}
    quiz = scoring.score_quiz(questionnaire, answers)
    assert ("score", "", "0") in counting.tallies(questionnaire, answers, quiz=quiz)
    assert ("option", "k", "w") in counting.tallies(questionnaire, answers, quiz=quiz)


@pytest.mark.django_db
def test_record_run_counts_once_per_nonce():
    keys = [("run", "", ""), ("option", "q", "a")]
    assert counting.record_run(PAGE_KEY, "n" * 22, keys)
    assert counting.record_run(PAGE_KEY, "m" * 22, keys)
    assert not counting.record_run(PAGE_KEY, "n" * 22, keys)
    values = dict(Counter.objects.filter(page_key=PAGE_KEY).values_list("item", "count").order_by())
    assert values == {"": 2, "a": 2}
    assert CompletedRun.objects.count() == 2


@pytest.mark.django_db
def test_nothing_personal_is_stored(client, self_check_all):
    complete_all(client, self_check_all, ANSWERS)
    [run] = CompletedRun.objects.all()
    assert {field.name for field in CompletedRun._meta.fields} == {"id", "digest", "day"}
    assert len(run.digest) == 64
    assert {field.name for field in Counter._meta.fields} == {
        "id",
        "page_key",
        "kind",
        "scope",
        "item",
        "count",
    }
    assert not Session.objects.exists()
    assert "sessionid" not in client.cookies
    # No row per answer: a second run with the same answers adds to the same rows.
    rows = Counter.objects.count()
    complete_all(client, self_check_all, ANSWERS)
    assert Counter.objects.count() == rows
    assert runs(self_check_all) == 2


@pytest.mark.django_db
def test_prune_keeps_hashes_while_their_tokens_can_be_sent():
    today = date(2026, 5, 20)
    for age in range(5):
        CompletedRun.objects.create(digest=str(age) * 64, day=today - timedelta(days=age))
    assert counting.prune_completed_runs(today) == 2
    assert sorted(CompletedRun.objects.values_list("day", flat=True)) == [
        today - timedelta(days=2),
        today - timedelta(days=1),
        today,
    ]


@pytest.mark.django_db
def test_pruning_runs_once_a_day(monkeypatch):
    calls = []
    monkeypatch.setattr(counting, "prune_completed_runs", lambda: calls.append(1))
    counting.prune_once_a_day()
    counting.prune_once_a_day()
    assert calls == [1]


@pytest.mark.django_db
def test_counters_per_option_question_and_band(client, self_check_all):
    complete_all(client, self_check_all, ANSWERS)
    complete_all(client, self_check_all, {1: [3], 2: [], 3: [2], 4: [2]})
    questionnaire = self_check_all.questionnaire
    values = counts(self_check_all)
    q1, q2 = questionnaire.questions[0], questionnaire.questions[1]
    assert values[("question", q1.id, "")] == 2
    assert values[("option", q1.id, q1.options[0].id)] == 1
    assert values[("option", q1.id, q1.options[2].id)] == 1
    assert values[("question", q2.id, "")] == 2  # answered, once with nothing ticked
    assert values[("option", q2.id, q2.options[0].id)] == 1
    alter = questionnaire.dimensions[0]
    assert sum(values.get(("band", "alter", band.id), 0) for band in alter.bands) == 2
    assert not any(key[0] == "band" and key[1] == "religion" for key in values)


def _concurrently(count, work):
    barrier = threading.Barrier(count)
    results = [None] * count
    errors = []

    def run(index):
        try:
            barrier.wait(timeout=30)
            results[index] = work(index)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_runs_are_all_counted(settings, home_page):
    settings.DIVERSOMETER_RATE_LIMIT = "off"
    page = make_diversometer(home_page, display="all", slug="gleichzeitig")
    count = 16
    clients = [Client() for _ in range(count)]
    forms = []
    for index, client in enumerate(clients):
        data = {"zustand": state_of(client.get(page.url)), "aktion": "auswerten"}
        # Half choose the first option of question 1, half the second.
        data.update(answer_data(page, {**ANSWERS, 1: [1 + index % 2]}))
        forms.append(data)

    statuses = _concurrently(
        count,
        lambda i: clients[i].post(page.url + "fragen/", forms[i]).status_code,
    )
    assert statuses == [303] * count
    q1 = page.questionnaire.questions[0]
    values = counts(page)
    assert values[("run", "", "")] == count
    assert values[("question", q1.id, "")] == count
    assert values[("option", q1.id, q1.options[0].id)] == count // 2
    assert values[("option", q1.id, q1.options[1].id)] == count // 2
    assert CompletedRun.objects.count() == count


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_replays_count_once(settings, home_page):
    settings.DIVERSOMETER_RATE_LIMIT = "off"
    page = make_diversometer(home_page, display="all", slug="doppelt")
    data = {"zustand": state_of(Client().get(page.url)), "aktion": "auswerten"}
    data.update(answer_data(page, ANSWERS))
    count = 8
    statuses = _concurrently(count, lambda i: Client().post(page.url + "fragen/", data).status_code)
    assert statuses == [303] * count
    assert runs(page) == 1
    assert CompletedRun.objects.count() == 1


@pytest.mark.django_db
def test_failed_pruning_does_not_disturb_a_run(client, self_check_all, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(counting.cache, "add", broken)
    assert complete_all(client, self_check_all, ANSWERS).status_code == 303
    assert runs(self_check_all) == 1
