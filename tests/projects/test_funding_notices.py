"""Calls for proposals: open until the deadline, then listed and marked as expired."""

import datetime
import re
import zoneinfo

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.projects.factories import FundingNoticePageFactory, FundingProgrammeFactory
from tests.projects.test_project_pages import json_ld

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DEADLINE = datetime.datetime(2027, 3, 31, 23, 59, tzinfo=BERLIN)
SECOND = datetime.timedelta(seconds=1)


def freeze(monkeypatch, now):
    monkeypatch.setattr(timezone, "now", lambda: now)


def titles(html, section_id):
    """Titles listed in the section labelled by ``section_id``."""
    match = re.search(rf'aria-labelledby="{section_id}">(.*?)</section>', html, re.S)
    if match is None:
        return []
    return re.findall(r'<h3 class="teaser-list__title"><a href="[^"]*">(.*?)</a></h3>', match[1])


@pytest.fixture
def notice(notice_index):
    page = FundingNoticePageFactory(
        parent=notice_index,
        title="Förderaufruf 2027",
        slug="foerderaufruf-2027",
        deadline=DEADLINE,
        programme=FundingProgrammeFactory(),
        eligibility="<p>Bezirks- und Kommunalverwaltungen</p>",
    )
    page.save_revision().publish()
    return page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("now", "is_open"),
    [
        (DEADLINE - datetime.timedelta(days=1), True),
        (DEADLINE - SECOND, True),
        (DEADLINE, True),
        (DEADLINE + SECOND, False),
        (DEADLINE + datetime.timedelta(minutes=1), False),
    ],
)
def test_open_until_the_deadline(client, monkeypatch, notice_index, notice, now, is_open):
    freeze(monkeypatch, now)
    assert notice.is_open is is_open
    assert notice.is_open_at(now) is is_open

    page_html = client.get(notice.url).content.decode()
    index_html = client.get(notice_index.url).content.decode()
    if is_open:
        assert "Anträge sind bis zum" in page_html
        assert '<time datetime="2027-03-31T23:59:00+02:00">31. März 2027, 23:59 Uhr</time>' in (
            page_html
        )
        assert "nicht mehr möglich" not in page_html
        assert titles(index_html, "open-notices-heading") == ["Förderaufruf 2027"]
        assert titles(index_html, "closed-notices-heading") == []
    else:
        assert (
            'Die Frist ist am <time datetime="2027-03-31T23:59:00+02:00">31. März 2027</time> '
            "abgelaufen; Anträge sind nicht mehr möglich." in page_html
        )
        assert re.search(r"<title>Förderaufruf 2027 \(abgelaufen\) – ", page_html)
        assert '<span class="status-badge status-badge--abgelaufen">' in page_html
        assert titles(index_html, "open-notices-heading") == []
        assert titles(index_html, "closed-notices-heading") == ["Förderaufruf 2027"]
        assert "Zurzeit gibt es keinen offenen Förderaufruf." in index_html


@pytest.mark.django_db
def test_notice_page_content(client, notice):
    html = client.get(notice.url).content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Förderaufruf 2027</h1>" in html
    assert "bis zu 50.000 Euro je Vorhaben" in html
    assert "Bezirks- und Kommunalverwaltungen" in html
    assert "Asyl-, Migrations- und Integrationsfonds (AMIF)" in html
    assert '<section class="funding-bar"' in html


@pytest.mark.django_db
def test_open_calls_first_nearest_deadline_first(client, monkeypatch, notice_index):
    now = datetime.datetime(2026, 5, 1, 12, tzinfo=BERLIN)
    freeze(monkeypatch, now)
    for title, days in [("Später", 60), ("Bald", 5), ("Vorbei", -5), ("Lange vorbei", -400)]:
        FundingNoticePageFactory(
            parent=notice_index, title=title, deadline=now + datetime.timedelta(days=days)
        )
    html = client.get(notice_index.url).content.decode()
    assert titles(html, "open-notices-heading") == ["Bald", "Später"]
    assert titles(html, "closed-notices-heading") == ["Vorbei", "Lange vorbei"]
    assert html.index("open-notices-heading") < html.index("closed-notices-heading")


@pytest.mark.django_db
def test_closed_calls_are_paginated(client, monkeypatch, notice_index):
    now = datetime.datetime(2026, 5, 1, 12, tzinfo=BERLIN)
    freeze(monkeypatch, now)
    FundingNoticePageFactory(parent=notice_index, title="Offen", deadline=now + SECOND)
    for number in range(12):
        FundingNoticePageFactory(
            parent=notice_index,
            title=f"Alt {number:02d}",
            deadline=now - datetime.timedelta(days=number + 1),
        )
    second = client.get(notice_index.url, {"seite": "2"}).content.decode()
    assert titles(second, "closed-notices-heading") == ["Alt 10", "Alt 11"]
    assert titles(second, "open-notices-heading") == ["Offen"]
    assert client.get(notice_index.url, {"seite": "x"}).status_code == 200


@pytest.mark.django_db
def test_grant_json_ld(client, notice):
    data = json_ld(client.get(notice.url).content.decode(), "MonetaryGrant")
    assert data["name"] == "Förderaufruf 2027"
    assert data["url"] == "http://localhost/foerderaufrufe/foerderaufruf-2027/"
    assert data["funder"]["@type"] == "FundingScheme"
    assert data["funder"]["alternateName"] == "AMIF"
    assert data["potentialAction"] == {
        "@type": "ApplyAction",
        "endTime": "2027-03-31T23:59:00+02:00",
    }


@pytest.mark.django_db
def test_listing_runs_the_same_queries_for_5_and_50_calls(client, monkeypatch, notice_index):
    now = datetime.datetime(2026, 5, 1, 12, tzinfo=BERLIN)
    freeze(monkeypatch, now)
    programme = FundingProgrammeFactory()

    def add(count, offset):
        for number in range(offset, offset + count):
            days = number + 1 if number % 2 else -(number + 1)
            FundingNoticePageFactory(
                parent=notice_index,
                programme=programme,
                deadline=now + datetime.timedelta(days=days),
            )

    @override_settings(PAGE_CACHE_SECONDS=0)  # rendering is measured, not the page cache
    def measure():
        client.get(notice_index.url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(notice_index.url).content.decode()
        shown = len(titles(html, "open-notices-heading")) + len(
            titles(html, "closed-notices-heading")
        )
        return len(queries), shown

    add(5, 0)
    few, shown_few = measure()
    add(45, 5)
    many, shown_many = measure()
    assert shown_few == 5
    assert shown_many == 25 + 10  # every open call, one page of closed ones
    assert few == many
