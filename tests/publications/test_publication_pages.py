"""Publication pages and the library: facts, downloads, facets with counts, sorting, paging."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Site

from home.models import SiteSettings
from publications.models import PublicationPage
from tests.networks.helpers import json_ld, main, queries_for
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from tests.publications.library import PublicationIndexPageFactory, document, publication

TITLE = re.compile(r'<h2 class="teaser-list__title"><a href="[^"]+">(.*?)</a></h2>')


def titles(html):
    return TITLE.findall(main(html))


def options(html, name):
    """``{value: "label (count)"}`` of the facet ``name`` in a rendered library."""
    select = re.search(rf'<select id="filter-{name}" name="{name}">(.*?)</select>', html, re.S)
    assert select, f"no facet {name}"
    return {
        value: label
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select[1])
        if value
    }


@pytest.fixture
def library(home_page):
    return PublicationIndexPageFactory(parent=home_page)


@pytest.fixture
def projects(home_page):
    index = ProjectIndexPageFactory(parent=home_page)
    return (
        ProjectPageFactory(parent=index, title="Berliner Netzwerke für Vielfalt"),
        ProjectPageFactory(parent=index, title="Vielfalt Leben"),
    )


@pytest.fixture
def shelf(library, projects):
    """Five publications differing in every facet."""
    berlin, thuringia = projects
    publication(
        library,
        "Willkommenskultur",
        kind="handreichung",
        year=2016,
        topics=["Führung"],
        project=berlin,
    )
    publication(
        library,
        "Diversity-Netzwerk",
        kind="handreichung",
        year=2017,
        topics=["Führung", "Beteiligung"],
        project=berlin,
    )
    publication(
        library,
        "Kurzporträt",
        kind="flyer",
        year=2015,
        project=berlin,
        files=[document("Kurzporträt", extension="docx")],
    )
    publication(
        library,
        "Vielfalt Leben",
        kind="broschuere",
        year=2022,
        topics=["Beteiligung"],
        project=thuringia,
        files=[
            document("Vielfalt Leben", tagged=False),
            (document("Vielfalt Leben Word", extension="docx"), "Word-Fassung"),
        ],
    )
    publication(library, "Easy Read", kind="leitfaden", year=2022, language="de-x-ls")
    return library


# -- the publication page -------------------------------------------------------------


@pytest.mark.django_db
def test_publication_page_shows_facts_download_and_tagged_mark(client, library, projects):
    page = publication(
        library,
        "Willkommenskultur",
        year=2016,
        project=projects[0],
        files=[document("Willkommenskultur", pages=3)],
    )
    html = main(client.get(page.url).content.decode())
    assert '<p class="page-header__kicker">Handreichung</p>' in html
    assert '<dd class="key-facts__value">Landesstelle für Gleichbehandlung</dd>' in html
    assert '<dd class="key-facts__value">2016</dd>' in html
    assert '<dd class="key-facts__value">Deutsch</dd>' in html
    assert f'<a href="{projects[0].url}">Berliner Netzwerke für Vielfalt</a>' in html
    download = page.main_document()
    assert f'href="{download.url}" hreflang="de"' in html
    assert re.search(r"PDF-Dokument \(\d+,\d kB\), 3 Seiten, Deutsch", html)
    assert "Getaggtes PDF" in html


@pytest.mark.django_db
def test_untagged_pdf_has_no_mark_and_other_versions_are_listed(client, library):
    word = document("Willkommenskultur Word", extension="docx")
    page = publication(
        library,
        "Willkommenskultur",
        files=[document("Willkommenskultur", tagged=False), (word, "Word-Fassung")],
    )
    html = main(client.get(page.url).content.decode())
    assert "Getaggtes PDF" not in html
    assert "Weitere Fassungen" in html
    assert '<span class="downloads__title">Word-Fassung</span>' in html
    assert "Word-Dokument" in html


@pytest.mark.django_db
def test_easy_read_is_german_to_screen_readers(client, library):
    page = publication(library, "Leichte Sprache", language="de-x-ls")
    html = main(client.get(page.url).content.decode())
    assert '<dd class="key-facts__value">Leichte Sprache</dd>' in html
    assert 'hreflang="de"' in html and "de-x-ls" not in html


@pytest.mark.django_db
def test_accessible_version_request_goes_to_the_page_address_first(client, library, rf):
    page = publication(library, "Willkommenskultur", accessibility_contact_email="a11y@example.org")
    html = main(client.get(page.url).content.decode())
    mailto = re.search(r'<a href="(mailto:[^"]+)">E-Mail schreiben', html)[1]
    parts = urlsplit(mailto.replace("&amp;", "&"))
    assert parts.path == "a11y@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Barrierefreie Fassung: Willkommenskultur"]
    assert "http://localhost/publikationen/willkommenskultur/" in unquote(query["body"][0])


@pytest.mark.django_db
def test_accessible_version_request_falls_back_to_site_contact(client, library):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    page = publication(library, "Willkommenskultur")
    html = main(client.get(page.url).content.decode())
    assert "mailto:" not in html
    assert "Kontaktangaben am Ende dieser Seite" in html

    settings.contact_phone = "030 9028-0"
    settings.save()
    html = main(client.get(page.url).content.decode())
    assert "Rufen Sie uns an: 030 9028-0" in html

    settings.contact_email = "lads@example.org"
    settings.save()
    html = main(client.get(page.url).content.decode())
    assert 'href="mailto:lads@example.org?subject=' in html


@pytest.mark.django_db
def test_publication_json_ld(client, library):
    page = publication(
        library, "Willkommenskultur", year=2016, files=[document("Willkommenskultur", pages=4)]
    )
    (work,) = json_ld(client.get(page.url).content.decode(), "CreativeWork")
    assert work["name"] == "Willkommenskultur"
    assert work["genre"] == "Handreichung"
    assert work["datePublished"] == "2016"
    assert work["inLanguage"] == "de"
    assert work["numberOfPages"] == 4
    assert work["encoding"]["encodingFormat"] == "pdf"
    assert work["encoding"]["contentUrl"].startswith("http://testserver/documents/")


@pytest.mark.django_db
@pytest.mark.parametrize("year", [1948, timezone.localdate().year + 2])
def test_implausible_years_are_refused_with_a_message(library, year):
    page = PublicationPage(
        title="Alt", publication_type="bericht", teaser="T", publisher="LADS", year=year, slug="alt"
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "year" in error.value.message_dict


@pytest.mark.django_db
def test_next_years_publication_is_allowed(library):
    page = PublicationPage(
        title="Bald",
        publication_type="bericht",
        teaser="T",
        publisher="LADS",
        year=timezone.localdate().year + 1,
        slug="bald",
    )
    page.full_clean(exclude=["path", "depth"])


# -- the library ----------------------------------------------------------------------


@pytest.mark.django_db
def test_library_lists_everything_newest_first_with_file_facts(client, shelf):
    html = client.get(shelf.url).content.decode()
    assert titles(html) == [
        "Easy Read",
        "Vielfalt Leben",
        "Diversity-Netzwerk",
        "Willkommenskultur",
        "Kurzporträt",
    ]
    assert "5 Publikationen" in html
    body = main(html)
    assert re.search(r"PDF-Dokument \(\d+,\d kB\) · 2 Seiten · Deutsch", body)
    assert "Word-Dokument" in body and "Leichte Sprache" in body
    # Three tagged PDFs (Willkommenskultur, Diversity-Netzwerk, Easy Read).
    assert body.count('<span class="tagged-mark__label">Getaggtes PDF</span>') == 3


@pytest.mark.django_db
def test_library_sorts_by_title(client, shelf):
    html = client.get(shelf.url + "?sortierung=titel").content.decode()
    assert titles(html) == [
        "Diversity-Netzwerk",
        "Easy Read",
        "Kurzporträt",
        "Vielfalt Leben",
        "Willkommenskultur",
    ]
    assert '<option value="titel" selected>' in html


@pytest.mark.django_db
def test_facet_counts_without_filters(client, shelf, projects):
    html = client.get(shelf.url).content.decode()
    assert options(html, "typ") == {
        "handreichung": "Handreichung (2)",
        "broschuere": "Broschüre (1)",
        "flyer": "Flyer (1)",
        "leitfaden": "Leitfaden (1)",
    }
    assert options(html, "thema") == {"beteiligung": "Beteiligung (2)", "fuehrung": "Führung (2)"}
    assert options(html, "jahr") == {
        "2022": "2022 (2)",
        "2017": "2017 (1)",
        "2016": "2016 (1)",
        "2015": "2015 (1)",
    }
    assert options(html, "sprache") == {"de": "Deutsch (4)", "de-x-ls": "Leichte Sprache (1)"}
    berlin, thuringia = projects
    assert options(html, "projekt") == {
        str(berlin.pk): "Berliner Netzwerke für Vielfalt (3)",
        str(thuringia.pk): "Vielfalt Leben (1)",
    }
    # "Vielfalt Leben" has a PDF and a Word file: it counts once for each format.
    assert options(html, "format") == {"pdf": "PDF (4)", "docx": "Word (DOCX) (2)"}


@pytest.mark.django_db
def test_facet_counts_follow_the_other_filters(client, shelf, projects):
    berlin, _thuringia = projects
    html = client.get(f"{shelf.url}?projekt={berlin.pk}&format=pdf").content.decode()
    assert titles(html) == ["Diversity-Netzwerk", "Willkommenskultur"]
    # Each facet counts with the other facets applied, not with itself.
    assert options(html, "typ") == {
        "handreichung": "Handreichung (2)",
        "broschuere": "Broschüre (0)",
        "flyer": "Flyer (0)",
        "leitfaden": "Leitfaden (0)",
    }
    assert options(html, "format") == {"pdf": "PDF (2)", "docx": "Word (DOCX) (1)"}
    assert options(html, "projekt")[str(berlin.pk)] == "Berliner Netzwerke für Vielfalt (2)"
    assert f'<option value="{berlin.pk}" selected>' in html
    assert "Alle Filter zurücksetzen" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("typ=handreichung", ["Diversity-Netzwerk", "Willkommenskultur"]),
        ("thema=beteiligung", ["Vielfalt Leben", "Diversity-Netzwerk"]),
        ("jahr=2022", ["Easy Read", "Vielfalt Leben"]),
        ("sprache=de-x-ls", ["Easy Read"]),
        ("format=docx", ["Vielfalt Leben", "Kurzporträt"]),
        ("thema=fuehrung&format=pdf", ["Diversity-Netzwerk", "Willkommenskultur"]),
        ("thema=fuehrung&jahr=2022", []),
    ],
)
def test_each_facet_filters(client, shelf, query, expected):
    html = client.get(f"{shelf.url}?{query}").content.decode()
    assert titles(html) == expected
    if not expected:
        assert "Zu diesen Filtern gibt es keine Publikation" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "typ=roman",
        "jahr=zwanzig",
        "jahr=1800",
        "sprache=xx",
        "projekt=999999",
        "projekt=abc",
        "format=exe",
        "thema=gibt-es-nicht",
        "sortierung=zufall",
        "seite=999",
        "seite=-1",
    ],
)
def test_unknown_values_are_ignored(client, shelf, query):
    response = client.get(f"{shelf.url}?{query}")
    assert response.status_code == 200
    assert len(titles(response.content.decode())) == 5


@pytest.mark.django_db
def test_library_pages_keep_filters_and_sorting(client, library):
    for number in range(14):
        publication(library, f"Bericht {number:02d}", kind="bericht", year=2000 + number)
    html = client.get(f"{library.url}?typ=bericht&sortierung=titel").content.decode()
    assert titles(html) == [f"Bericht {number:02d}" for number in range(12)]
    assert "14 Publikationen" in html
    assert 'href="?typ=bericht&amp;sortierung=titel&amp;seite=2" rel="next"' in html
    second = client.get(f"{library.url}?typ=bericht&sortierung=titel&seite=2").content.decode()
    assert titles(second) == ["Bericht 12", "Bericht 13"]


@pytest.mark.django_db
def test_library_without_javascript_is_a_get_form_with_labels(client, shelf):
    html = main(client.get(shelf.url).content.decode())
    assert f'<form method="get" action="{shelf.url}" class="library-filters">' in html
    for name in ("typ", "thema", "jahr", "sprache", "projekt", "format", "sortierung"):
        assert f'<label for="filter-{name}">' in html
    assert "<script" not in html


@pytest.mark.django_db
def test_library_hides_drafts_and_private_publications(client, library):
    publication(library, "Sichtbar")
    draft = publication(library, "Entwurf")
    draft.unpublish()
    html = client.get(library.url).content.decode()
    assert titles(html) == ["Sichtbar"]
    assert "1 Publikation" in html


@pytest.mark.django_db
def test_library_queries_do_not_grow_with_the_number_of_entries(client, library):
    for number in range(3):
        publication(library, f"Heft {number}", topics=["Führung"])
    few = queries_for(client, library.url)
    for number in range(3, 12):
        publication(
            library,
            f"Heft {number}",
            topics=["Führung"],
            files=[document(f"Heft {number}"), (document(f"Heft {number} b"), "Kurz")],
        )
    assert queries_for(client, library.url) == few


@pytest.mark.django_db
def test_library_feed_lists_publications(client, shelf):
    response = client.get(shelf.url + "feed/rss/")
    assert response.status_code == 200
    assert response.content.count(b"<item>") == 5


@pytest.mark.django_db
def test_editors_can_open_the_add_forms(admin_client, library):
    for model in ("publicationpage",):
        url = f"/admin/pages/add/publications/{model}/{library.pk}/"
        assert admin_client.get(url).status_code == 200
