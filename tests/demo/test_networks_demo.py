"""The networks demo content: both languages, nine good-practice pages, idempotent."""

import pytest
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Locale, Page

from home.models import DemoContentRecord
from networks.demo_texts import PRACTICES
from networks.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    EventIndexPage,
    EventPage,
    NetworkPage,
    Organisation,
)
from tests.networks.helpers import main

RECOMMENDATIONS = [
    "Gründung einer stabilen Arbeitsgruppe mit festen Ansprechpartner:innen",
    "Klare und kurze Entscheidungskanäle; Führungsebene steht hinter dem Veränderungsprozess",
    "Einstellungswandel fördern",
    "Anschlussfähigkeit an andere Projekte sicherstellen",
    "Mitarbeiter:innen-Beteiligung",
    "Bedarfsorientierte Fortbildungsangebote sowie frühzeitige Umsetzung von konkreten Maßnahmen",
    "Veränderungsprozess nachhaltig anlegen",
    "Erfolge sichtbar machen zur Förderung / Aufrechterhaltung der Mitarbeiter:innen-Motivation",
    "Externe Prozessbegleitung",
]


def counts():
    return {
        "pages": Page.objects.count(),
        "organisations": Organisation.objects.count(),
        "records": DemoContentRecord.objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
    }


@pytest.mark.django_db
def test_nine_good_practice_pages_in_both_languages(client, demo_content):
    german = BestPracticePage.objects.filter(locale__language_code="de").order_by("path")
    assert [page.title for page in german] == RECOMMENDATIONS
    assert [spec["title"].de for spec in PRACTICES] == RECOMMENDATIONS
    english = BestPracticePage.objects.filter(locale__language_code="en").order_by("path")
    assert english.count() == 9
    assert all(page.live for page in english)
    assert english.first().title == "Set up a stable working group with permanent contact persons"
    for page in german:
        assert page.source == "Prozessevaluation von „Vielfalt Leben“ durch IKPE"
        assert page.organisation.name in {
            "Landratsamt Altenburger Land",
            "Landratsamt Ilm-Kreis",
        }
        assert page.topics.exists()

    html = client.get("/gute-praxis/").content.decode()
    assert "9 Beispiele" in html
    english_html = client.get("/en/good-practice/").content.decode()
    assert '<html lang="en">' in english_html
    assert "Staff participation" in english_html
    assert client.get("/gute-praxis/?ebene=kommune&land=TH").status_code == 200
    first = german.first()
    assert client.get(first.url).status_code == 200


@pytest.mark.django_db
def test_networks_and_events_in_both_languages(client, demo_content):
    city = NetworkPage.objects.get(locale__language_code="de", slug="staedtenetzwerk-fuer-vielfalt")
    assert city.show_in_menus
    assert {member.name for member in city.members.all()} >= {
        "Landesstelle für Gleichbehandlung – gegen Diskriminierung",
        "Stadt Musterstadt (Demo)",
        "Landkreis Beispielkreis (Demo)",
    }
    html = main(client.get(city.url).content.decode())
    [meeting] = EventPage.objects.child_of(city)
    assert meeting.title == "Netzwerktreffen des Städtenetzwerks 2027"
    # Listed while it is upcoming; from 13 May 2027 on it is past and the page says so.
    assert (meeting.title in html) == (not meeting.specific.is_past)
    assert "Das Diversity-Netzwerk der Kommunal- und Landesverwaltungen" in html

    berlin = NetworkPage.objects.get(locale__language_code="de", founded=2011)
    assert berlin.title == "Berliner Netzwerk Vielfalt und Chancengleichheit"

    english_city = city.get_translation(Locale.objects.get(language_code="en"))
    assert english_city.title == "City Network for Diversity"
    assert english_city.members.count() == city.members.count()
    assert client.get(english_city.url).status_code == 200

    index = EventIndexPage.objects.get(locale__language_code="de")
    assert index.slug == "termine" and index.show_in_menus
    titles = set(
        EventPage.objects.filter(locale__language_code="de").values_list("title", flat=True)
    )
    assert titles == {
        "Multiplikator*innentreffen 2017",
        "Diversity-Werkstatt Berlin",
        "Netzwerktreffen des Städtenetzwerks 2027",
        "Fortbildung: Diversity-Kompetenz im Bürgerservice",
    }
    assert EventPage.objects.filter(locale__language_code="en").count() == 4
    for path in ("/termine/", "/en/events/", "/termine/ical/", "/en/events/feed/rss/"):
        assert client.get(path).status_code == 200, path
    english_events = main(client.get("/en/events/").content.decode())
    assert "Meeting of multipliers 2017" in english_events
    assert "Berlin Diversity Workshop" in english_events
    assert "Diversity-Werkstatt" not in english_events
    german_ics = Calendar.from_ical(client.get("/termine/diversity-werkstatt-berlin/ics/").content)
    english_ics = Calendar.from_ical(
        client.get("/en/events/berlin-diversity-workshop/ics/").content
    )
    assert str(english_ics.events[0]["SUMMARY"]) == "Berlin Diversity Workshop"
    assert english_ics.events[0]["UID"] == german_ics.events[0]["UID"]
    past = client.get("/termine/multiplikatorinnentreffen-2017/").content.decode()
    assert "Diese Veranstaltung hat bereits stattgefunden." in past
    assert BestPracticeIndexPage.objects.filter(slug="gute-praxis", show_in_menus=True).exists()


@pytest.mark.django_db
def test_demo_content_is_idempotent(demo_content):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
