"""The site search over pages and documents."""

import logging

import pytest
from django.core.files.base import ContentFile
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model

from search.excerpts import excerpt
from tests.factories import ContentPageFactory
from tests.publications import pdfs

Document = get_document_model()


@pytest.fixture
def library(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        handout = Document.objects.create(
            title="Willkommenskultur in der Verwaltung",
            file=ContentFile(
                pdfs.pdf("Ein Wegeleitsystem hilft allen, die das Amt zum ersten Mal besuchen."),
                name="handreichung.pdf",
            ),
        )
    page = ContentPageFactory(
        parent=home_page,
        title="Vielfalt in Behörden",
        search_description="Wie Behörden Vielfalt gestalten.",
    )
    page.topics.add("Willkommenskultur")
    page.save_revision().publish()
    return handout, page


@pytest.mark.django_db
def test_a_word_inside_a_pdf_finds_the_document_with_an_excerpt(client, library):
    response = client.get("/suche/", {"q": "Wegeleitsystem"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Willkommenskultur in der Verwaltung" in html
    assert "<mark>Wegeleitsystem</mark>" in html
    assert "PDF-Dokument (" in html
    english = client.get("/en/search/", {"q": "Wegeleitsystem"}).content.decode()
    assert '<html lang="en">' in english
    assert "<mark>Wegeleitsystem</mark>" in english
    assert "1 result for" in english


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Bitte geben Sie einen Suchbegriff ein."),
        ("   ", "Bitte geben Sie einen Suchbegriff ein."),
        ("x" * 201, "Ihre Suchanfrage ist 201 Zeichen lang; bitte verwenden Sie höchstens 200"),
        ("Quantenchromodynamik", "Keine Treffer."),
    ],
)
def test_clear_messages_for_empty_long_and_fruitless_queries(client, library, query, message):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.django_db
def test_facets_count_and_filter(client, library):
    response = client.get("/suche/", {"q": "Vielfalt"})
    html = response.content.decode()
    assert "Inhaltsseiten (1)" in html
    assert "Willkommenskultur (1)" in html
    only_pages = client.get("/suche/", {"q": "Vielfalt", "typ": "home.contentpage"})
    assert "Vielfalt in Behörden" in only_pages.content.decode()
    unknown = client.get("/suche/", {"q": "Vielfalt", "typ": "gibt.esnicht", "thema": "x<y"})
    assert unknown.status_code == 200


@pytest.mark.django_db
def test_results_are_paginated(client, home_page):
    for number in range(12):
        ContentPageFactory(parent=home_page, title=f"Netzwerktreffen {number}")
    first = client.get("/suche/", {"q": "Netzwerktreffen"}).content.decode()
    assert "12 Treffer" in first
    assert first.count('class="search-results__item"') == 10
    second = client.get("/suche/", {"q": "Netzwerktreffen", "seite": "2"}).content.decode()
    assert second.count('class="search-results__item"') == 2


@pytest.mark.django_db
def test_editors_picks_come_first(client, library):
    _handout, page = library
    SearchPromotion.objects.create(query=Query.get("behörden"), page=page, sort_order=0)
    html = client.get("/suche/", {"q": "Behörden"}).content.decode()
    assert "Empfehlungen der Redaktion" in html
    assert html.index("Empfehlungen der Redaktion") < html.index("search-results")


@pytest.mark.django_db
def test_falls_back_to_the_database_when_elasticsearch_is_down(client, library, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            # Nothing listens on port 9 of the loopback interface.
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
        },
        "fallback": dict(settings.DATABASE_SEARCH),
    }
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        response = client.get("/suche/", {"q": "Wegeleitsystem"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Die Suchmaschine ist gerade nicht erreichbar" in html
    assert "<mark>Wegeleitsystem</mark>" in html
    assert "search server unreachable" in caplog.text


def test_excerpt_highlights_inflected_forms_and_escapes():
    text = "Die <b>Verwaltungen</b> in Berlin. " + "Füllwort " * 40 + "Eine Verwaltung hilft."
    html = excerpt(text, "Verwaltung")
    assert "&lt;b&gt;<mark>Verwaltungen</mark>&lt;/b&gt;" in html
    assert "<b>" not in html
    assert excerpt("", "x") == ""


@pytest.mark.django_db
def test_publication_pages_are_found_with_their_own_type_facet(client, home_page):
    from tests.publications.library import PublicationIndexPageFactory, publication

    library = PublicationIndexPageFactory(parent=home_page)
    publication(library, "Beschwerdemanagement in Bürgerämtern", kind="leitfaden")
    html = client.get("/suche/", {"q": "Beschwerdemanagement"}).content.decode()
    assert "Beschwerdemanagement in Bürgerämtern" in html
    assert "Publikationen (1)" in html
    only = client.get(
        "/suche/", {"q": "Beschwerdemanagement", "typ": "publications.publicationpage"}
    ).content.decode()
    assert "Beschwerdemanagement in Bürgerämtern" in only
