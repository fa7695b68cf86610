"""Search backends: Elasticsearch's German analysis and queries (built, never sent),
and German stemming on PostgreSQL."""

import json
from copy import deepcopy

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend
from wagtail.search.query import Fuzzy

from search.views import _query_for
from tests.publications import pdfs

Document = get_document_model()


@pytest.fixture
def elasticsearch():
    """The backend as settings.py configures it for ELASTICSEARCH_URL (no server needed)."""
    return Elasticsearch8SearchBackend(
        {
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_SETTINGS": deepcopy(settings.ELASTICSEARCH_INDEX_SETTINGS),
        }
    )


def test_index_settings_analyse_german(elasticsearch):
    analysis = elasticsearch.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == {"type": "german"}
    # The backend's own analyzers for autocomplete stay.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_document_mapping_indexes_the_extracted_text(elasticsearch):
    mapping = json.dumps(elasticsearch.mapping_class(Document).get_mapping())
    assert "extracted_text" in mapping
    assert "file_format" in mapping


@pytest.mark.django_db
def test_queries_tolerate_spelling_on_elasticsearch_only(elasticsearch):
    query = _query_for(elasticsearch, "Verwaltungn")
    assert isinstance(query, Fuzzy)
    body = elasticsearch.query_compiler_class(Document.objects.all(), query).get_query()
    assert '"fuzziness"' in json.dumps(body)
    assert "Verwaltungn" in json.dumps(body)
    from wagtail.search.backends import get_search_backend

    assert _query_for(get_search_backend("default"), "Verwaltungn") == "Verwaltungn"


@pytest.mark.django_db
def test_postgresql_stems_german_words(django_capture_on_commit_callbacks):
    if connection.vendor != "postgresql":
        pytest.skip("German stemming is PostgreSQL's (SEARCH_CONFIG german); SQLite has none")
    with django_capture_on_commit_callbacks(execute=True):
        Document.objects.create(
            title="Leitfaden",
            file=ContentFile(pdfs.pdf("Die Verwaltung öffnet sich für alle."), name="l.pdf"),
        )
    assert [d.title for d in Document.objects.search("Verwaltungen")] == ["Leitfaden"]
