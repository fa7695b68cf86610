"""The project index: current projects by default, status and topic filters, pages, queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from networks.models import Organisation
from tests.projects.factories import ProjectPageFactory

TODAY = datetime.date(2026, 5, 1)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)


@pytest.fixture
def projects(project_index):
    ended = ProjectPageFactory(
        parent=project_index,
        title="Berliner Netzwerke für Vielfalt",
        start_date=datetime.date(2015, 6, 30),
        end_date=datetime.date(2018, 6, 29),
    )
    ended.topics.add("Netzwerke")
    ended.save_revision().publish()
    running = ProjectPageFactory(
        parent=project_index, title="Vielfalt Leben", start_date=datetime.date(2020, 12, 1)
    )
    running.topics.add("Willkommenskultur")
    running.save_revision().publish()
    planned = ProjectPageFactory(
        parent=project_index,
        title="Zukunftsprojekt",
        start_date=TODAY + datetime.timedelta(days=1),
        end_date=datetime.date(2028, 12, 31),
    )
    last_day = ProjectPageFactory(
        parent=project_index,
        title="Endet heute",
        start_date=datetime.date(2024, 1, 1),
        end_date=TODAY,
    )
    return {"ended": ended, "running": running, "planned": planned, "last_day": last_day}


def titles(response):
    html = response.content.decode()
    return re.findall(r'<h2 class="teaser-list__title"><a href="[^"]*">(.*?)</a></h2>', html)


@pytest.mark.django_db
def test_default_lists_current_projects_only(client, projects):
    response = client.get("/projekte/")
    assert response.status_code == 200
    listed = titles(response)
    assert sorted(listed) == ["Endet heute", "Vielfalt Leben", "Zukunftsprojekt"]
    assert "Berliner Netzwerke für Vielfalt" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("beendet", ["Berliner Netzwerke für Vielfalt"]),
        ("laufend", ["Endet heute", "Vielfalt Leben"]),
        ("geplant", ["Zukunftsprojekt"]),
        ("aktuell", ["Endet heute", "Vielfalt Leben", "Zukunftsprojekt"]),
        (
            "alle",
            ["Berliner Netzwerke für Vielfalt", "Endet heute", "Vielfalt Leben", "Zukunftsprojekt"],
        ),
    ],
)
def test_status_filter(client, projects, status, expected):
    response = client.get("/projekte/", {"status": status})
    assert response.status_code == 200
    assert sorted(titles(response)) == expected
    assert f'<option value="{status}" selected>' in response.content.decode()


@pytest.mark.django_db
def test_ended_project_badge_in_listing(client, projects):
    html = client.get("/projekte/?status=beendet").content.decode()
    assert '<span class="status-badge status-badge--beendet">' in html
    assert "36 Monate (vom 30.06.2015 bis zum 29.06.2018)" in html


@pytest.mark.django_db
def test_counts_per_status_in_the_filter(client, projects):
    html = client.get("/projekte/").content.decode()
    assert "Aktuelle Projekte – geplant und laufend (3)</option>" in html
    assert "Geplante Projekte (1)</option>" in html
    assert "Laufende Projekte (2)</option>" in html
    assert "Beendete Projekte (1)</option>" in html
    assert "Alle Projekte (4)</option>" in html


@pytest.mark.django_db
def test_topic_filter(client, projects):
    response = client.get("/projekte/", {"thema": "netzwerke", "status": "alle"})
    assert titles(response) == ["Berliner Netzwerke für Vielfalt"]
    html = response.content.decode()
    assert '<option value="netzwerke" selected>Netzwerke</option>' in html
    assert "Alle Projekte (1)</option>" in html
    # The default status still applies: the ended project is not "current".
    assert titles(client.get("/projekte/", {"thema": "netzwerke"})) == []
    assert titles(client.get("/projekte/", {"thema": "willkommenskultur"})) == ["Vielfalt Leben"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"status": "unbekannt"},
        {"status": ""},
        {"thema": "gibt-es-nicht"},
        {"thema": "<script>"},
        {"seite": "abc"},
        {"seite": "999"},
        {"seite": "-1"},
        {"status": ["beendet", "alle"]},
    ],
)
def test_unknown_filter_values_are_ignored(client, projects, query):
    response = client.get("/projekte/", query)
    assert response.status_code == 200
    assert titles(response)


@pytest.mark.django_db
def test_unknown_values_fall_back_to_the_default(client, projects):
    assert sorted(titles(client.get("/projekte/?status=unbekannt&thema=nix"))) == [
        "Endet heute",
        "Vielfalt Leben",
        "Zukunftsprojekt",
    ]


@pytest.mark.django_db
def test_pagination_of_twelve_projects(client, project_index):
    for number in range(12):
        ProjectPageFactory(
            parent=project_index,
            title=f"Projekt {number:02d}",
            start_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
    first = client.get("/projekte/")
    assert len(titles(first)) == 10
    assert "12 Projekte gefunden" in first.content.decode()
    second = client.get("/projekte/", {"seite": "2"})
    assert second.status_code == 200
    assert titles(second) == ["Projekt 01", "Projekt 00"]
    html = second.content.decode()
    assert 'href="?seite=1"' in html
    assert 'aria-current="page"><span class="visually-hidden">Seite </span>2</a>' in html
    filtered = client.get("/projekte/", {"status": "alle", "seite": "2"}).content.decode()
    assert 'href="?status=alle&amp;seite=1"' in filtered


@pytest.mark.django_db
def test_only_live_children_are_listed(client, project_index, projects):
    projects["running"].unpublish()
    assert "Vielfalt Leben" not in titles(client.get("/projekte/"))


@override_settings(PAGE_CACHE_SECONDS=0)  # rendering is measured, not the page cache
def _queries_for_listing(client, url):
    client.get(url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(titles(response))


@pytest.mark.django_db
def test_listing_runs_the_same_queries_for_5_and_50_projects(client, project_index):
    lead = Organisation.objects.create(name="Landesstelle", short_name="LADS", level="land")

    def add(count, offset):
        for number in range(offset, offset + count):
            page = ProjectPageFactory(
                parent=project_index,
                title=f"Projekt {number}",
                start_date=datetime.date(2020, 1, 1),
                end_date=datetime.date(2030, 1, 1) if number % 2 else None,
                lead=lead,
            )
            page.topics.add(f"Thema {number % 3}")
            page.save_revision().publish()

    add(5, 0)
    few, shown_few = _queries_for_listing(client, "/projekte/?status=alle")
    add(45, 5)
    many, shown_many = _queries_for_listing(client, "/projekte/?status=alle")
    assert (shown_few, shown_many) == (5, 10)
    assert few == many
