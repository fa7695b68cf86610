"""schema.org JSON-LD for events, networks and good practice (rendered by base.html)."""

from django.utils import timezone
from django.utils.translation import get_language

SCHEMA = "https://schema.org"

ATTENDANCE_MODES = {
    "offline": f"{SCHEMA}/OfflineEventAttendanceMode",
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "mixed": f"{SCHEMA}/MixedEventAttendanceMode",
}


def _local_iso(value):
    return timezone.localtime(value).isoformat() if value else None


def _place(event):
    lines = [line.strip() for line in event.address.splitlines() if line.strip()]
    place = {"@type": "Place", "name": event.venue_name or lines[0]}
    if lines:
        place["address"] = ", ".join(lines)
    return place


def event_json_ld(event, request):
    """A schema.org Event: when, where (place, online or both), who organises it."""
    url = event.get_full_url(request)
    locations = []
    if event.has_venue:
        locations.append(_place(event))
    if event.online:
        locations.append({"@type": "VirtualLocation", "url": event.registration_url or url})
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "url": url,
        "inLanguage": event.locale.language_code if event.locale_id else get_language(),
        "startDate": _local_iso(event.start),
        "eventAttendanceMode": ATTENDANCE_MODES[event.attendance_mode],
        "eventStatus": f"{SCHEMA}/{'EventCancelled' if event.cancelled else 'EventScheduled'}",
    }
    if event.end:
        data["endDate"] = _local_iso(event.end)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser:
        data["organizer"] = event.organiser.schema_org()
    return data


def network_json_ld(network, members, request):
    """A network as a schema.org Organization whose members are organisations."""
    data = {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": network.title,
        "url": network.get_full_url(request),
    }
    if network.intro:
        data["description"] = network.intro
    if network.founded:
        data["foundingDate"] = str(network.founded)
    if members:
        data["member"] = [member.schema_org() for member in members]
    return data


def best_practice_json_ld(practice, request):
    """A good-practice page as a schema.org Article about the organisation's approach."""
    data = {
        "@context": SCHEMA,
        "@type": "Article",
        "headline": practice.title,
        "description": practice.intro,
        "url": practice.get_full_url(request),
        "inLanguage": practice.locale.language_code,
    }
    if practice.first_published_at:
        data["datePublished"] = _local_iso(practice.first_published_at)
    if practice.last_published_at:
        data["dateModified"] = _local_iso(practice.last_published_at)
    if practice.organisation:
        data["about"] = practice.organisation.schema_org()
    if practice.source:
        source = {"@type": "CreativeWork", "name": practice.source}
        if practice.source_url:
            source["url"] = practice.source_url
        data["isBasedOn"] = source
    return data
