"""Template tags of the networks app: event dates with ``<time>`` elements."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


def _time(value, display_format):
    return format_html(
        '<time datetime="{}">{}</time>', value.isoformat(), date_format(value, display_format)
    )


def _day(value):
    return format_html(
        '<time datetime="{}">{}</time>', value.date().isoformat(), date_format(value, "DATE_FORMAT")
    )


@register.simple_tag
def event_dates(event):
    """When ``event`` takes place, in words, with machine-readable ``<time>`` elements.

    "12. Mai 2027, 10:00 bis 16:00 Uhr"; over several days
    "12. Mai 2027, 10:00 Uhr bis 13. Mai 2027, 16:00 Uhr"; times in the site's time zone.
    """
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end) if event.end else None
    parts = {"date": _day(start), "start": _time(start, "H:i")}
    if end is None:
        pattern = gettext("%(date)s, %(start)s Uhr")
    elif end.date() == start.date():
        pattern = gettext("%(date)s, %(start)s bis %(end)s Uhr")
        parts["end"] = _time(end, "H:i")
    else:
        pattern = gettext("%(date)s, %(start)s Uhr bis %(end_date)s, %(end)s Uhr")
        parts["end_date"] = _day(end)
        parts["end"] = _time(end, "H:i")
    return mark_safe(conditional_escape(pattern) % parts)  # noqa: S308
