"""A project's status and runtime, derived from its dates alone.

Pure functions of dates (no database, no clock), so the edges of a runtime –
the first day, the last day, the day after – are easy to test and the index
page can express the same rules as queryset filters (see ``ProjectQuerySet``).
"""

import datetime

from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

PLANNED = "geplant"
RUNNING = "laufend"
ENDED = "beendet"

STATUS_CHOICES = [
    (PLANNED, _("geplant")),
    (RUNNING, _("laufend")),
    (ENDED, _("beendet")),
]
STATUS_LABELS = dict(STATUS_CHOICES)


def project_status(start, end, today):
    """``"geplant"`` before ``start``, ``"beendet"`` after ``end``, otherwise ``"laufend"``.

    ``start`` and ``end`` are inclusive: a project runs on its first and on its
    last day. Without an end date a project that has started keeps running.
    """
    if start is not None and today < start:
        return PLANNED
    if end is not None and today > end:
        return ENDED
    return RUNNING


def runtime_months(start, end):
    """Whole months from ``start`` to ``end``, both inclusive.

    30.06.2015 to 29.06.2018 is 36 months: the runtime ends the day before the
    same date three years later.
    """
    after_end = end + datetime.timedelta(days=1)
    months = (after_end.year - start.year) * 12 + (after_end.month - start.month)
    if after_end.day < start.day:
        months -= 1
    return max(months, 0)


def _date(value):
    """A date in the active language's runtime format (German ``30.06.2015``)."""
    # Translators: PHP-style date format for project runtimes; English: "j F Y".
    return format_date(value, pgettext("Datumsformat der Laufzeit", "d.m.Y"))


def runtime_label(start, end):
    """``36 Monate (vom 30.06.2015 bis zum 29.06.2018)``, or ``seit dem …`` without an end."""
    if start is None:
        return ""
    if end is None:
        return _("seit dem %(start)s (ohne festgelegtes Ende)") % {"start": _date(start)}
    months = runtime_months(start, end)
    return ngettext(
        "%(count)s Monat (vom %(start)s bis zum %(end)s)",
        "%(count)s Monate (vom %(start)s bis zum %(end)s)",
        months,
    ) % {"count": months, "start": _date(start), "end": _date(end)}
