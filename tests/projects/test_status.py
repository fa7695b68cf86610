"""Status and runtime of a project: pure functions of its dates."""

import datetime

import pytest
from django.utils import translation

from projects.status import ENDED, PLANNED, RUNNING, project_status, runtime_label, runtime_months

START = datetime.date(2015, 6, 30)
END = datetime.date(2018, 6, 29)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (START - DAY, PLANNED),
        (START, RUNNING),
        (START + DAY, RUNNING),
        (END - DAY, RUNNING),
        (END, RUNNING),
        (END + DAY, ENDED),
        (datetime.date(2030, 1, 1), ENDED),
    ],
)
def test_status_at_the_edges_of_the_runtime(today, expected):
    assert project_status(START, END, today) == expected


def test_without_an_end_a_started_project_keeps_running():
    assert project_status(START, None, START - DAY) == PLANNED
    assert project_status(START, None, START) == RUNNING
    assert project_status(START, None, datetime.date(2099, 12, 31)) == RUNNING


def test_one_day_project():
    assert project_status(START, START, START) == RUNNING
    assert project_status(START, START, START + DAY) == ENDED


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (START, END, 36),
        (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31), 12),
        (datetime.date(2020, 1, 15), datetime.date(2020, 2, 14), 1),
        (datetime.date(2020, 1, 15), datetime.date(2020, 2, 13), 0),
        (datetime.date(2020, 1, 31), datetime.date(2020, 2, 29), 1),
        (datetime.date(2021, 3, 1), datetime.date(2021, 3, 1), 0),
    ],
)
def test_runtime_months_counts_whole_months_inclusive(start, end, months):
    assert runtime_months(start, end) == months


def test_runtime_label_in_german_matches_the_seed():
    with translation.override("de"):
        assert runtime_label(START, END) == "36 Monate (vom 30.06.2015 bis zum 29.06.2018)"
        assert (
            runtime_label(datetime.date(2020, 1, 1), datetime.date(2020, 1, 31))
            == "1 Monat (vom 01.01.2020 bis zum 31.01.2020)"
        )
        assert runtime_label(datetime.date(2020, 12, 1), None) == (
            "seit dem 01.12.2020 (ohne festgelegtes Ende)"
        )
        assert runtime_label(None, None) == ""


def test_runtime_label_in_english():
    with translation.override("en"):
        assert runtime_label(START, END) == "36 months (from 30 June 2015 to 29 June 2018)"
