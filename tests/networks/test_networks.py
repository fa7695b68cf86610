"""Network pages: members grouped by level, upcoming meetings, translation, JSON-LD."""

import datetime

import pytest
from django.utils import timezone

from home.translation import translate_page
from networks.models import Organisation
from networks.models.networks import group_by_level
from tests.networks.factories import EventPageFactory, NetworkPageFactory, OrganisationFactory
from tests.networks.helpers import json_ld, main, queries_for

Level = Organisation.Level


def test_group_by_level_puts_the_administrations_first_from_the_top_down():
    members = [
        Organisation(name="Verein", level=Level.ZIVILGESELLSCHAFT),
        Organisation(name="Stadt A", level=Level.KOMMUNE),
        Organisation(name="Institut", level=Level.WISSENSCHAFT),
        Organisation(name="Ministerium", level=Level.LAND),
        Organisation(name="Stadt B", level=Level.KOMMUNE),
        Organisation(name="Bundesamt", level=Level.BUND),
    ]
    groups = group_by_level(members)
    assert [(str(heading), [m.name for m in group]) for heading, group in groups] == [
        ("Bundesebene", ["Bundesamt"]),
        ("Landesebene", ["Ministerium"]),
        ("Kommunale Ebene", ["Stadt A", "Stadt B"]),
        ("Zivilgesellschaft", ["Verein"]),
        ("Wissenschaft", ["Institut"]),
    ]
    assert group_by_level([]) == []


@pytest.fixture
def network(home_page):
    page = NetworkPageFactory(
        parent=home_page,
        title="Städtenetzwerk",
        slug="staedtenetzwerk",
        founded=2016,
        meetings="zweimal jährlich, reihum bei den Mitgliedern",
        how_to_join="<p>Schreiben Sie uns.</p>",
    )
    page.members.add(
        OrganisationFactory(name="Stadt Musterstadt (Demo)", state="NW"),
        OrganisationFactory(
            name="Landesstelle für Gleichbehandlung – gegen Diskriminierung",
            short_name="LADS",
            level=Level.LAND,
            state="BE",
            website="https://www.berlin.de/sen/lads/",
        ),
        OrganisationFactory(name="Eine Welt der Vielfalt e.V.", level=Level.ZIVILGESELLSCHAFT),
    )
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_members_are_grouped_by_level_with_state_and_website(client, network):
    html = main(client.get(network.url).content.decode())
    assert html.count("<h1") == 1
    landes = html.index("<h3>Landesebene</h3>")
    kommunal = html.index("<h3>Kommunale Ebene</h3>")
    zivil = html.index("<h3>Zivilgesellschaft</h3>")
    assert landes < kommunal < zivil
    assert "<h3>Bundesebene</h3>" not in html
    assert landes < html.index("Landesstelle für Gleichbehandlung") < kommunal
    assert kommunal < html.index("Stadt Musterstadt (Demo)") < zivil
    assert (
        '<a href="https://www.berlin.de/sen/lads/">Landesstelle für Gleichbehandlung – gegen '
        'Diskriminierung<span class="visually-hidden"> (Website)</span></a> (LADS)'
    ) in html
    assert '<span class="member-list__state">Berlin</span>' in html
    assert '<span class="member-list__state">Nordrhein-Westfalen</span>' in html
    assert "Besteht seit 2016" in html
    assert "zweimal jährlich, reihum bei den Mitgliedern" in html
    assert "Schreiben Sie uns." in html


@pytest.mark.django_db
def test_the_network_lists_its_upcoming_meetings_only(client, network):
    now = timezone.now()
    EventPageFactory(parent=network, title="Frühjahrstreffen", start=now + datetime.timedelta(7))
    EventPageFactory(parent=network, title="Altes Treffen", start=now - datetime.timedelta(90))
    html = main(client.get(network.url).content.decode())
    assert "Frühjahrstreffen" in html
    assert "Altes Treffen" not in html
    assert "Zurzeit ist kein Treffen angekündigt." not in html


@pytest.mark.django_db
def test_a_network_without_meetings_says_so(client, network):
    html = main(client.get(network.url).content.decode())
    assert "Zurzeit ist kein Treffen angekündigt." in html


@pytest.mark.django_db
def test_the_page_runs_as_many_queries_for_50_members_as_for_5(client, home_page):
    page = NetworkPageFactory(parent=home_page)
    levels = list(Level.values)

    def add(start, count):
        for number in range(start, start + count):
            page.members.add(
                OrganisationFactory(
                    name=f"Mitglied {number:03d}",
                    level=levels[number % len(levels)],
                    website=f"https://example.org/{number}",
                )
            )
            EventPageFactory(parent=page, start=timezone.now() + datetime.timedelta(days=number))
        page.save()

    add(0, 5)
    few = queries_for(client, page.url)
    add(5, 45)
    html = client.get(page.url).content.decode()
    assert "Mitglied 049" in html
    assert queries_for(client, page.url) == few


@pytest.mark.django_db
def test_members_follow_the_page_into_its_translation(client, network, home_page):
    translate_page(
        home_page, "en", {"Startseite": "Home", home_page.slug: "home", home_page.intro: "Intro."}
    )
    catalogue = {
        "Städtenetzwerk": "Network of cities",
        "staedtenetzwerk": "network-of-cities",
        network.intro: "Administrations share experience.",
        "zweimal jährlich, reihum bei den Mitgliedern": "twice a year, hosted by members in turn",
        "Schreiben Sie uns.": "Write to us.",
    }
    english = translate_page(network, "en", catalogue)
    assert sorted(english.members.values_list("name", flat=True)) == sorted(
        network.members.values_list("name", flat=True)
    )
    html = main(client.get(english.url).content.decode())
    assert '<h2 id="network-members">' in html
    assert "Stadt Musterstadt (Demo)" in html


@pytest.mark.django_db
def test_network_json_ld(client, network):
    [data] = json_ld(client.get(network.url).content.decode(), "Organization")
    assert data["name"] == "Städtenetzwerk"
    assert data["foundingDate"] == "2016"
    assert {member["name"] for member in data["member"]} == {
        "Stadt Musterstadt (Demo)",
        "Landesstelle für Gleichbehandlung – gegen Diskriminierung",
        "Eine Welt der Vielfalt e.V.",
    }
