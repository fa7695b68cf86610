"""Upcoming, past and registration rules at their edges (pure functions, no database)."""

import datetime

import pytest

from networks import schedule
from tests.networks.factories import berlin

OPEN = schedule.REGISTRATION_OPEN
CLOSED = schedule.REGISTRATION_CLOSED
NOT_REQUIRED = schedule.REGISTRATION_NOT_REQUIRED
MICROSECOND = datetime.timedelta(microseconds=1)
START = berlin(2027, 5, 12, 10)
END = berlin(2027, 5, 12, 16)


def test_an_event_is_upcoming_until_its_end():
    assert schedule.is_upcoming(START, END, START - MICROSECOND)
    assert schedule.is_upcoming(START, END, START)
    assert schedule.is_upcoming(START, END, END)
    assert not schedule.is_past(START, END, END)
    assert schedule.is_past(START, END, END + MICROSECOND)
    assert not schedule.is_upcoming(START, END, END + MICROSECOND)


def test_an_event_is_running_between_start_and_end():
    assert not schedule.is_running(START, END, START - MICROSECOND)
    assert schedule.is_running(START, END, START)
    assert schedule.is_running(START, END, END)
    assert not schedule.is_running(START, END, END + MICROSECOND)


def test_without_an_end_an_event_lasts_until_the_end_of_its_day_in_berlin():
    assert schedule.end_of_event(START) == berlin(2027, 5, 12, 23, 59, 59, 999999)
    assert not schedule.is_past(START, None, berlin(2027, 5, 12, 23, 59, 59))
    assert schedule.is_past(START, None, berlin(2027, 5, 13, 0, 0))
    # 23:30 in Berlin is 21:30 UTC: the day is judged in Berlin, not in UTC.
    late = berlin(2027, 5, 12, 23, 30).astimezone(datetime.UTC)
    assert late.date() == datetime.date(2027, 5, 12)
    assert schedule.is_upcoming(START, None, late)


def test_an_event_over_several_days_is_past_only_after_the_last():
    end = berlin(2027, 5, 14, 13)
    assert schedule.is_upcoming(START, end, berlin(2027, 5, 13, 9))
    assert schedule.is_running(START, end, berlin(2027, 5, 13, 9))
    assert schedule.is_past(START, end, berlin(2027, 5, 14, 13, 1))


def test_the_deadline_day_counts_until_midnight_in_berlin():
    deadline = datetime.date(2027, 4, 30)
    assert not schedule.deadline_passed(deadline, berlin(2027, 4, 30, 23, 59, 59))
    assert schedule.deadline_passed(deadline, berlin(2027, 5, 1, 0, 0))
    # 00:30 on 1 May in Berlin is still 30 April in UTC.
    just_after = berlin(2027, 5, 1, 0, 30).astimezone(datetime.UTC)
    assert schedule.deadline_passed(deadline, just_after)
    assert not schedule.deadline_passed(None, berlin(2099, 1, 1))


@pytest.mark.parametrize(
    ("status", "deadline", "now", "cancelled", "expected"),
    [
        (OPEN, None, berlin(2027, 1, 1), False, OPEN),
        (OPEN, datetime.date(2027, 4, 30), berlin(2027, 4, 30, 18), False, OPEN),
        (OPEN, datetime.date(2027, 4, 30), berlin(2027, 5, 1, 0, 0), False, CLOSED),
        (OPEN, None, START, False, OPEN),  # one may still join an event that has begun
        (OPEN, None, END + MICROSECOND, False, CLOSED),
        (OPEN, None, berlin(2027, 1, 1), True, CLOSED),
        (CLOSED, None, berlin(2027, 1, 1), False, CLOSED),
        (NOT_REQUIRED, None, berlin(2027, 1, 1), False, NOT_REQUIRED),
        (NOT_REQUIRED, None, END + MICROSECOND, False, NOT_REQUIRED),
        ("unbekannt", None, berlin(2027, 1, 1), False, CLOSED),
    ],
)
def test_registration_state(status, deadline, now, cancelled, expected):
    assert schedule.registration_state(status, deadline, START, END, now, cancelled) == expected
    assert schedule.registration_open(status, deadline, START, END, now, cancelled) == (
        expected == OPEN
    )
