"""Events: validation, derived state in words, calendar files, feeds and JSON-LD."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from networks.models import EventPage
from tests.networks.factories import (
    EventPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    berlin,
)
from tests.networks.helpers import json_ld, main, queries_for

NOW = timezone.now()
FUTURE = NOW + datetime.timedelta(days=60)
PAST = NOW - datetime.timedelta(days=60)


def upcoming(parent, **kwargs):
    return EventPageFactory(parent=parent, start=FUTURE, **kwargs)


def past(parent, **kwargs):
    return EventPageFactory(parent=parent, start=PAST, **kwargs)


# Validation -------------------------------------------------------------------


def unsaved_event(**kwargs):
    values = {"title": "Treffen", "slug": "treffen", "intro": "Kurz.", "start": FUTURE}
    values.update(kwargs)
    return EventPage(**values)


def test_an_end_before_the_start_is_refused_with_a_clear_message():
    event = unsaved_event(end=FUTURE - datetime.timedelta(minutes=1))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert error.value.message_dict["end"] == [
        "Das Ende liegt vor dem Beginn. Bitte ein Ende nach dem Beginn angeben "
        "oder das Feld leer lassen."
    ]


def test_an_end_equal_to_the_start_or_no_end_is_fine():
    unsaved_event(end=FUTURE).clean()
    unsaved_event(end=None).clean()


def test_open_registration_needs_a_way_to_register():
    event = unsaved_event(registration_status=EventPage.Registration.OPEN)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "registration_url" in error.value.message_dict
    unsaved_event(
        registration_status=EventPage.Registration.OPEN, registration_email="a@example.org"
    ).clean()


def test_the_deadline_may_not_follow_the_start():
    start = berlin(2030, 5, 12, 10)
    unsaved_event(start=start, registration_deadline=datetime.date(2030, 5, 12)).clean()
    with pytest.raises(ValidationError) as error:
        unsaved_event(start=start, registration_deadline=datetime.date(2030, 5, 13)).clean()
    assert "registration_deadline" in error.value.message_dict


@pytest.mark.django_db
def test_end_before_start_is_refused_in_the_admin(admin_client, event_index):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Falsch herum",
            "slug": "falsch-herum",
            "event_type": "workshop",
            "intro": "Kurz.",
            "start": "2030-05-12 16:00",
            "end": "2030-05-12 10:00",
            "registration_status": "nicht_erforderlich",
            "body": streamfield([]),
            "contact": streamfield([]),
            "topics": "",
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/networks/eventpage/{event_index.pk}/", data)
    assert response.status_code == 200
    assert "Das Ende liegt vor dem Beginn." in response.content.decode()
    assert not EventPage.objects.filter(slug="falsch-herum").exists()


@pytest.mark.django_db
def test_ends_at_is_the_end_or_the_end_of_the_first_day(event_index):
    with_end = EventPageFactory(parent=event_index, start=berlin(2030, 5, 12, 10))
    assert with_end.ends_at == berlin(2030, 5, 12, 16)
    without_end = EventPageFactory(parent=event_index, start=berlin(2030, 5, 12, 10), end=None)
    assert without_end.ends_at == berlin(2030, 5, 12, 23, 59, 59, 999999)


# The event page ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_past_event_says_so(client, event_index):
    event = past(event_index, registration_status="offen", registration_email="a@example.org")
    html = main(client.get(event.url).content.decode())
    assert "Diese Veranstaltung hat bereits stattgefunden." in html
    assert "Anmeldung offen" not in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_registration_state_in_words(client, event_index):
    deadline = (FUTURE - datetime.timedelta(days=7)).date()
    open_event = upcoming(
        event_index,
        registration_status="offen",
        registration_deadline=deadline,
        registration_url="https://example.org/anmeldung",
    )
    html = main(client.get(open_event.url).content.decode())
    assert "Anmeldung offen</span> bis einschließlich" in html
    assert f'<time datetime="{deadline.isoformat()}">' in html
    assert '<a href="https://example.org/anmeldung">Zur Anmeldung für' in html
    assert "hat bereits stattgefunden" not in html

    late = upcoming(
        event_index,
        registration_status="offen",
        registration_deadline=(NOW - datetime.timedelta(days=1)).date(),
        registration_email="a@example.org",
    )
    html = main(client.get(late.url).content.decode())
    assert "Anmeldung geschlossen" in html
    assert "Der Anmeldeschluss war am" in html
    assert "mailto:" not in html

    closed = upcoming(event_index, registration_status="geschlossen")
    assert "Anmeldung geschlossen" in client.get(closed.url).content.decode()
    free = upcoming(event_index)
    assert "Keine Anmeldung erforderlich" in client.get(free.url).content.decode()
    cancelled = upcoming(event_index, cancelled=True)
    html = main(client.get(cancelled.url).content.decode())
    assert "Diese Veranstaltung ist abgesagt." in html
    assert "Anmeldung" not in html.split("</dl>")[0].split("<dl")[1]


@pytest.mark.django_db
def test_the_page_links_its_calendar_file(client, event_index):
    event = upcoming(event_index)
    html = client.get(event.url).content.decode()
    assert f'href="{event.url}ics/" download>In den Kalender übernehmen (.ics)</a>' in html


# Calendar files -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_calendar_file_of_an_event(client, event_index):
    organiser = OrganisationFactory(name="Stadt Musterstadt (Demo)")
    event = EventPageFactory(
        parent=event_index,
        title="Netzwerktreffen, Frühjahr",
        start=berlin(2030, 5, 12, 10),
        end=berlin(2030, 5, 12, 16),
        venue_name="Rathaus",
        address="Markt 1\n12345 Musterstadt",
        organiser=organiser,
    )
    response = client.get(f"{event.url}ics/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'

    calendar = Calendar.from_ical(response.content)
    [component] = calendar.events
    assert str(component["SUMMARY"]) == "Netzwerktreffen, Frühjahr"
    start = component.decoded("DTSTART")
    assert start == berlin(2030, 5, 12, 10)
    assert str(start.tzinfo) == "Europe/Berlin"
    assert component["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert component.decoded("DTEND") == berlin(2030, 5, 12, 16)
    assert calendar.timezones, "the VTIMEZONE the TZID refers to is included"
    assert str(component["URL"]) == f"http://localhost{event.url}"
    assert str(component["UID"]) == f"{event.translation_key}@localhost"
    assert str(component["LOCATION"]) == "Rathaus, Markt 1, 12345 Musterstadt"
    description = str(component["DESCRIPTION"])
    assert event.intro in description
    assert "Veranstalter: Stadt Musterstadt (Demo)" in description
    assert "<" not in description
    assert "DTSTAMP" in component

    again = Calendar.from_ical(client.get(f"{event.url}ics/").content)
    assert str(again.events[0]["UID"]) == str(component["UID"])


@pytest.mark.django_db
def test_the_calendar_feed_has_only_upcoming_events(client, home_page, event_index):
    soon = upcoming(event_index, title="Bald")
    later = EventPageFactory(
        parent=event_index, title="Später", start=FUTURE + datetime.timedelta(days=3)
    )
    past(event_index, title="Vorbei")
    network = NetworkPageFactory(parent=home_page)
    upcoming(network, title="Netzwerktreffen")

    response = client.get(f"{event_index.url}ical/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="termine.ics"'
    calendar = Calendar.from_ical(response.content)
    summaries = [str(event["SUMMARY"]) for event in calendar.events]
    assert sorted(summaries) == ["Bald", "Netzwerktreffen", "Später"]
    assert len({str(event["UID"]) for event in calendar.events}) == 3
    assert soon.title in summaries and later.title in summaries


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_news_feeds_have_only_upcoming_events(client, event_index, kind):
    upcoming(event_index, title="Kommendes Treffen")
    past(event_index, title="Vergangenes Treffen")
    response = client.get(f"{event_index.url}feed/{kind}/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (the site's own output)
    titles = [element.text for element in root.iter() if element.tag.endswith("title")]
    assert "Kommendes Treffen" in titles
    assert "Vergangenes Treffen" not in titles


@pytest.mark.django_db
def test_the_index_announces_its_feeds(client, event_index):
    html = client.get(event_index.url).content.decode()
    assert f'<link rel="alternate" type="text/calendar" href="{event_index.url}ical/"' in html
    rss = f'<link rel="alternate" type="application/rss+xml" href="{event_index.url}feed/rss/"'
    assert rss in html


# JSON-LD --------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "mode", "location_types"),
    [
        ({"venue_name": "Rathaus", "address": "Markt 1"}, "Offline", ["Place"]),
        ({"online": True}, "Online", ["VirtualLocation"]),
        ({"venue_name": "Rathaus", "online": True}, "Mixed", ["Place", "VirtualLocation"]),
    ],
)
def test_event_json_ld(client, event_index, fields, mode, location_types):
    organiser = OrganisationFactory(name="Landkreis Beispielkreis (Demo)")
    event = upcoming(event_index, organiser=organiser, **fields)
    [data] = json_ld(client.get(event.url).content.decode(), "Event")
    assert data["@context"] == "https://schema.org"
    assert data["name"] == event.title
    assert data["description"] == event.intro
    assert data["url"] == f"http://localhost{event.url}"
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.start
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.end
    assert data["eventAttendanceMode"] == f"https://schema.org/{mode}EventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    locations = data["location"] if isinstance(data["location"], list) else [data["location"]]
    assert [location["@type"] for location in locations] == location_types
    assert data["organizer"] == {
        "@type": "GovernmentOrganization",
        "name": "Landkreis Beispielkreis (Demo)",
    }


@pytest.mark.django_db
def test_a_cancelled_event_is_marked_in_json_ld(client, event_index):
    event = upcoming(event_index, cancelled=True, venue_name="Rathaus")
    [data] = json_ld(client.get(event.url).content.decode(), "Event")
    assert data["eventStatus"] == "https://schema.org/EventCancelled"


# The calendar page ----------------------------------------------------------------


@pytest.mark.django_db
def test_the_index_lists_upcoming_soonest_first_then_past_events(client, home_page, event_index):
    past(event_index, title="Vorbei")
    EventPageFactory(parent=event_index, title="Später", start=FUTURE + datetime.timedelta(days=1))
    upcoming(event_index, title="Bald")
    network = NetworkPageFactory(parent=home_page)
    upcoming(network, title="Treffen im Netzwerk")
    EventPageFactory(parent=event_index, title="Entwurf", start=FUTURE, live=False)

    html = main(client.get(event_index.url).content.decode())
    coming, gone = html.split('id="past-events"')
    assert coming.index("Bald") < coming.index("Später")
    assert "Treffen im Netzwerk" in coming
    assert "Vorbei" in gone and "Vorbei" not in coming
    assert "Entwurf" not in html


@pytest.mark.django_db
def test_an_event_going_on_now_is_still_upcoming(client, event_index):
    EventPageFactory(
        parent=event_index,
        title="Läuft gerade",
        start=NOW - datetime.timedelta(hours=1),
        end=NOW + datetime.timedelta(hours=1),
    )
    html = main(client.get(event_index.url).content.decode())
    assert "Läuft gerade" in html
    assert 'id="past-events"' not in html


@pytest.mark.django_db
def test_past_events_are_paginated_and_bad_page_numbers_do_no_harm(client, event_index):
    for day in range(12):
        past(event_index, title=f"Vorbei {day:02d}")
    first = main(client.get(event_index.url).content.decode())
    assert first.count('class="teaser-list__item') == 10
    second = main(client.get(f"{event_index.url}?seite=2").content.decode())
    assert second.count('class="teaser-list__item') == 2
    assert client.get(f"{event_index.url}?seite=abc").status_code == 200
    assert client.get(f"{event_index.url}?seite=999").status_code == 200


@pytest.mark.django_db
def test_the_index_runs_as_many_queries_for_50_events_as_for_5(client, event_index):
    organiser = OrganisationFactory()

    def add(count):
        for _ in range(count):
            upcoming(event_index, organiser=organiser, registration_status="geschlossen")
            past(event_index, organiser=organiser)

    add(5)
    few = queries_for(client, event_index.url)
    add(45)
    assert queries_for(client, event_index.url) == few
