"""RSS and Atom feeds of projects and calls for proposals parse and link absolutely."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.projects.factories import FundingNoticePageFactory, ProjectPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314 (our own output)


@pytest.fixture
def two_projects(project_index):
    ProjectPageFactory(
        parent=project_index,
        title="Berliner Netzwerke für Vielfalt",
        slug="berliner-netzwerke",
        teaser="Verwaltungen gehen bewusst mit Vielfalt um.",
        start_date=datetime.date(2015, 6, 30),
        end_date=datetime.date(2018, 6, 29),
    )
    ProjectPageFactory(parent=project_index, title="Vielfalt Leben", slug="vielfalt-leben")


@pytest.mark.django_db
def test_project_rss(client, project_index, two_projects):
    response = client.get("/projekte/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response).find("channel")
    assert channel.findtext("title") == "Projekte"
    items = channel.findall("item")
    assert {item.findtext("title") for item in items} == {
        "Berliner Netzwerke für Vielfalt",
        "Vielfalt Leben",
    }
    links = {item.findtext("title"): item.findtext("link") for item in items}
    assert links["Berliner Netzwerke für Vielfalt"] == (
        "http://localhost/projekte/berliner-netzwerke/"
    )
    descriptions = {item.findtext("title"): item.findtext("description") for item in items}
    assert descriptions["Berliner Netzwerke für Vielfalt"] == (
        "Verwaltungen gehen bewusst mit Vielfalt um."
    )


@pytest.mark.django_db
def test_project_atom(client, project_index, two_projects):
    response = client.get("/projekte/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    hrefs = {entry.find(f"{ATOM}link").get("href") for entry in entries}
    assert "http://localhost/projekte/vielfalt-leben/" in hrefs
    assert all(href.startswith("http://localhost/") for href in hrefs)


@pytest.mark.django_db
def test_feed_links_in_the_page_head(client, project_index):
    html = client.get("/projekte/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml" href="/projekte/feed/rss/"' in html
    assert '<link rel="alternate" type="application/atom+xml" href="/projekte/feed/atom/"' in html


@pytest.mark.django_db
def test_funding_notice_feeds(client, notice_index):
    FundingNoticePageFactory(
        parent=notice_index, title="Förderaufruf 2027", slug="foerderaufruf-2027"
    )
    FundingNoticePageFactory(
        parent=notice_index,
        title="Förderaufruf 2025",
        slug="foerderaufruf-2025",
        deadline=datetime.datetime(2025, 6, 30, 21, 59, tzinfo=datetime.UTC),
    )
    channel = parse(client.get("/foerderaufrufe/feed/rss/")).find("channel")
    links = sorted(item.findtext("link") for item in channel.findall("item"))
    assert links == [
        "http://localhost/foerderaufrufe/foerderaufruf-2025/",
        "http://localhost/foerderaufrufe/foerderaufruf-2027/",
    ]
    feed = parse(client.get("/foerderaufrufe/feed/atom/"))
    assert len(feed.findall(f"{ATOM}entry")) == 2


@pytest.mark.django_db
def test_unpublished_pages_stay_out_of_the_feed(client, project_index):
    page = ProjectPageFactory(parent=project_index, title="Entwurf")
    page.unpublish()
    channel = parse(client.get("/projekte/feed/rss/")).find("channel")
    assert channel.findall("item") == []
