"""iCalendar (RFC 5545) files for events: one event, or the calendar of upcoming ones."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from networks import schedule

PRODUCT_ID = "-//Vielfalt//Termine//DE"


def event_uid(event, request=None):
    """A UID that stays the same for an event in every language and on every download."""
    site = event.get_site()
    host = site.hostname if site else (request.get_host() if request else "localhost")
    return f"{event.translation_key}@{host}"


def event_description(event, request):
    """Plain text for DESCRIPTION: the summary, how to take part, and the page's address."""
    paragraphs = [event.intro]
    if event.cancelled:
        paragraphs.insert(0, _("Abgesagt."))
    if event.online and event.online_info:
        paragraphs.append(event.online_info)
    state = event.registration_state
    if state == schedule.REGISTRATION_OPEN:
        lines = [_("Anmeldung offen.")]
        if event.registration_deadline:
            deadline = date_format(event.registration_deadline, "DATE_FORMAT")
            lines = [_("Anmeldung offen bis einschließlich %(date)s.") % {"date": deadline}]
        if event.registration_url:
            lines.append(event.registration_url)
        if event.registration_email:
            lines.append(_("E-Mail: %(email)s") % {"email": event.registration_email})
        paragraphs.append("\n".join(lines))
    elif state == schedule.REGISTRATION_NOT_REQUIRED:
        paragraphs.append(_("Keine Anmeldung erforderlich."))
    if event.organiser:
        paragraphs.append(_("Veranstalter: %(name)s") % {"name": event.organiser.name})
    paragraphs.append(event.get_full_url(request))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def event_component(event, request):
    """The VEVENT of ``event``; times carry the Europe/Berlin (site) time zone."""
    zone = schedule.local_zone()
    component = CalendarEvent()
    component.add("uid", event_uid(event, request))
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    component.add("dtstart", event.start.astimezone(zone))
    if event.end:
        component.add("dtend", event.end.astimezone(zone))
    component.add("summary", event.title)
    component.add("description", event_description(event, request))
    location = event.location_text()
    if location:
        component.add("location", location)
    component.add("url", event.get_full_url(request))
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("categories", [str(event.get_event_type_display())])
    return component


def calendar_bytes(events, request, name):
    """A VCALENDAR with one VEVENT per event and the time zones they use."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event_component(event, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(content, filename):
    """A download of ``content`` as ``filename`` (``text/calendar``)."""
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
