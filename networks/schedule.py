"""When an event takes place and whether one can still register: pure functions.

Everything here takes ``now`` as an argument, so the rules can be tested at
their edges without freezing the clock. Dates are interpreted in the site's
time zone (``settings.TIME_ZONE``, Europe/Berlin by default).
"""

import datetime
import zoneinfo

from django.conf import settings

REGISTRATION_OPEN = "offen"
REGISTRATION_CLOSED = "geschlossen"
REGISTRATION_NOT_REQUIRED = "nicht_erforderlich"


def local_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def end_of_event(start, end=None):
    """The moment an event is over.

    ``end`` when given; otherwise the end of the start's day in the site's time
    zone, so an event without an end time is not "past" while it is going on.
    """
    if end is not None:
        return end
    local_start = start.astimezone(local_zone())
    next_day = local_start.date() + datetime.timedelta(days=1)
    midnight = datetime.datetime.combine(next_day, datetime.time.min, tzinfo=local_zone())
    return midnight - datetime.timedelta(microseconds=1)


def is_past(start, end, now):
    """True once the event is over (an event that is still going on is not past)."""
    return end_of_event(start, end) < now


def is_upcoming(start, end, now):
    """True until the event is over: events that have begun but not ended count as upcoming."""
    return not is_past(start, end, now)


def is_running(start, end, now):
    """True between the start and the end of the event."""
    return start <= now <= end_of_event(start, end)


def deadline_passed(deadline, now):
    """True after the deadline day; registration is possible until the end of that day."""
    if deadline is None:
        return False
    return now.astimezone(local_zone()).date() > deadline


def registration_state(status, deadline, start, end, now, cancelled=False):
    """What the page tells a reader about registering: one of the REGISTRATION_* values.

    Registration counts as closed when the editor closed it, after the deadline
    day, once the event is over, and when the event was cancelled.
    """
    if status == REGISTRATION_NOT_REQUIRED:
        return REGISTRATION_NOT_REQUIRED
    if status != REGISTRATION_OPEN or cancelled:
        return REGISTRATION_CLOSED
    if deadline_passed(deadline, now) or is_past(start, end, now):
        return REGISTRATION_CLOSED
    return REGISTRATION_OPEN


def registration_open(status, deadline, start, end, now, cancelled=False):
    """True while a reader can still register."""
    return registration_state(status, deadline, start, end, now, cancelled) == REGISTRATION_OPEN
