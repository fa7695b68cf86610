"""Every page links Leichte Sprache and Gebärdensprache in its header and Impressum,
Datenschutz, Erklärung zur Barrierefreiheit and Barriere melden in its footer, in the
reader's language, with a constant number of queries."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from accessibility.models import EasyLanguagePage, SignLanguagePage
from tests.accessibility.helpers import publish, site_settings, statement_page, translate
from tests.factories import ContentPageFactory


def header(html):
    return html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]


def footer(html):
    return html.split('<footer class="site-footer">', 1)[1].split("</footer>", 1)[0]


@pytest.fixture
def service_pages(home_page):
    """All five pages, chosen in the site settings."""
    pages = {
        "easy_language_page": publish(
            home_page, EasyLanguagePage(title="Leichte Sprache", slug="leichte-sprache")
        ),
        "sign_language_page": publish(
            home_page, SignLanguagePage(title="Gebärdensprache", slug="gebaerdensprache")
        ),
        "accessibility_statement_page": statement_page(home_page),
        "imprint_page": ContentPageFactory(parent=home_page, title="Impressum", slug="impressum"),
        "privacy_page": ContentPageFactory(
            parent=home_page, title="Datenschutzerklärung", slug="datenschutz"
        ),
    }
    site_settings(**pages)
    return pages


@pytest.mark.django_db
def test_links_on_every_page_type(client, home_page, service_pages):
    content = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    urls = [
        home_page.url,
        content.url,
        service_pages["easy_language_page"].url,
        service_pages["accessibility_statement_page"].url,
        "/barriere-melden/",
        "/barriere-melden/danke/",
        "/suche/?q=Vielfalt",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        head = header(html)
        assert 'aria-label="Barrierefreie Angebote"' in head, url
        assert re.search(r'href="/leichte-sprache/"[^>]*>Leichte Sprache</a>', head), url
        assert re.search(r'href="/gebaerdensprache/"[^>]*>Gebärdensprache</a>', head), url
        foot = footer(html)
        assert re.search(r'href="/impressum/"[^>]*>Impressum</a>', foot), url
        assert re.search(r'href="/datenschutz/"[^>]*>Datenschutz</a>', foot), url
        assert re.search(
            r'href="/barrierefreiheit/"[^>]*>Erklärung zur Barrierefreiheit</a>', foot
        ), url
        assert ">Barriere melden</a>" in foot, url


@pytest.mark.django_db
def test_the_report_link_names_the_current_page(client, home_page, service_pages):
    content = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    foot = footer(client.get(content.url).content.decode())
    assert '<a href="/barriere-melden/?seite=%2Fueber-uns%2F">Barriere melden</a>' in foot
    # On the form itself the link does not point at the form.
    foot = footer(client.get("/barriere-melden/").content.decode())
    assert '<a href="/barriere-melden/" aria-current="page">Barriere melden</a>' in foot


@pytest.mark.django_db
def test_the_current_page_is_marked(client, service_pages):
    html = client.get("/leichte-sprache/").content.decode()
    assert '<a href="/leichte-sprache/" aria-current="page">Leichte Sprache</a>' in header(html)


@pytest.mark.django_db
def test_without_pages_only_the_report_link_remains(client, home_page):
    html = client.get(home_page.url).content.decode()
    assert 'aria-label="Barrierefreie Angebote"' not in header(html)
    foot = footer(html)
    assert ">Barriere melden</a>" in foot
    assert "Impressum" not in foot


@pytest.mark.django_db
def test_unpublished_pages_are_left_out(client, home_page, service_pages):
    service_pages["imprint_page"].unpublish()
    service_pages["sign_language_page"].unpublish()
    html = client.get(home_page.url).content.decode()
    assert "Impressum" not in footer(html)
    assert "Gebärdensprache" not in header(html)
    assert "Leichte Sprache" in header(html)


@pytest.mark.django_db
def test_english_readers_get_the_translations(client, home_page, service_pages):
    translate(home_page, slug="home")
    translate(service_pages["easy_language_page"], title="Easy Read", slug="easy-read")
    translate(service_pages["imprint_page"], title="Legal notice", slug="legal-notice")
    html = client.get("/en/").content.decode()
    head = header(html)
    # A translated page is linked in English, in the page's language (no lang needed).
    assert re.search(r'<a href="/en/easy-read/">[^<]+</a>', head)
    # Without a translation the German page is linked, and its German name says so.
    assert '<a href="/gebaerdensprache/" lang="de" hreflang="de">Gebärdensprache</a>' in head
    foot = footer(html)
    assert re.search(r'<a href="/en/legal-notice/">[^<]+</a>', foot)
    assert re.search(r'<a href="/datenschutz/" hreflang="de">[^<]+</a>', foot)
    assert '<a href="/en/barriere-melden/?seite=%2Fen%2F">' in foot


@override_settings(PAGE_CACHE_SECONDS=0)  # rendering is measured, not the page cache
def render_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
def test_the_links_cost_a_constant_number_of_queries(client, home_page):
    content = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    easy = publish(home_page, EasyLanguagePage(title="Leichte Sprache", slug="leichte-sprache"))
    site_settings(easy_language_page=easy)
    one = render_queries(client, content.url)
    site_settings(
        sign_language_page=publish(
            home_page, SignLanguagePage(title="Gebärdensprache", slug="gebaerdensprache")
        ),
        accessibility_statement_page=statement_page(home_page),
        imprint_page=ContentPageFactory(parent=home_page, title="Impressum", slug="impressum"),
        privacy_page=ContentPageFactory(parent=home_page, title="Datenschutz", slug="datenschutz"),
    )
    five = render_queries(client, content.url)
    assert five == one


@pytest.mark.django_db
def test_english_links_cost_a_constant_number_of_queries(client, home_page, service_pages):
    translate(home_page, slug="home")
    about = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    english_about = translate(about, slug="about")
    translate(service_pages["easy_language_page"], slug="easy-read")
    few = render_queries(client, english_about.url)
    for field in (
        "sign_language_page",
        "accessibility_statement_page",
        "imprint_page",
        "privacy_page",
    ):
        translate(service_pages[field], slug=f"{service_pages[field].slug}-en")
    many = render_queries(client, english_about.url)
    assert many == few
