"""The PostgreSQL search backend (search/postgres.py) and its migration.

Most tests run only in the PostgreSQL pass (tests/postgres_pass.py); on SQLite they are
skipped, and the settings test checks that SQLite keeps Wagtail's own backend.
"""

import pytest
from django.conf import settings
from django.db import connection
from modelsearch.backends import get_search_backend
from modelsearch.backends.database.postgres.postgres import IndexEntry
from wagtail.documents import get_document_model
from wagtail.models import Collection

Document = get_document_model()

postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="search/postgres.py and its index are PostgreSQL's; SQLite uses Wagtail's FTS5",
)

WORDS = [
    "Antrag",
    "Bericht",
    "Dienststelle",
    "Fortbildung",
    "Haushalt",
    "Konzept",
    "Leitbild",
    "Projekt",
    "Schulung",
]


def make_documents(texts, collection=None):
    """Documents with the given (title, text) pairs, indexed at once (no files, no tasks)."""
    documents = Document.objects.bulk_create(
        [
            Document(
                title=title,
                file=f"documents/test-{number}.pdf",
                extracted_text=text,
                extraction_status="ok",
                **({"collection": collection} if collection else {}),
            )
            for number, (title, text) in enumerate(texts)
        ]
    )
    get_search_backend().add_bulk(Document, documents)
    return documents


def filler(number, words=60):
    """Text without the test's query words, different per document."""
    return " ".join(WORDS[(number * 7 + i * 3) % len(WORDS)] for i in range(words))


def stock_backend():
    """Wagtail's PostgreSQL backend as it is, to compare with."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return PostgresSearchBackend(dict(settings.WAGTAILSEARCH_BACKENDS["default"]))


def titles(results):
    return [document.title for document in results]


def test_settings_select_the_backend_by_database():
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    if connection.vendor == "postgresql":
        assert backend == "search.postgres"
    else:
        assert backend == "wagtail.search.backends.database"
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "german"


@postgresql
@pytest.mark.django_db
def test_backend_is_the_site_backend():
    from search.postgres import SitePostgresSearchBackend

    assert isinstance(get_search_backend(), SitePostgresSearchBackend)


@postgresql
@pytest.mark.django_db
def test_migration_creates_the_index_without_statistics_and_keeps_vectors_inline():
    from search.postgres import VECTOR_INDEX

    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s AND indexname = %s",
            [table, VECTOR_INDEX],
        )
        (definition,) = cursor.fetchone()
        cursor.execute(
            "SELECT attstattarget FROM pg_attribute WHERE attrelid = %s::regclass",
            [VECTOR_INDEX],
        )
        statistics = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attname IN ('title', 'body', 'autocomplete', 'title_text', 'body_text')",
            [table],
        )
        storage = dict(cursor.fetchall())
    assert "USING gin (((title || body)))" in definition
    assert statistics == [0]
    assert storage == {
        "title": "m",
        "body": "m",
        "autocomplete": "m",
        "title_text": "m",
        "body_text": "x",
    }


@postgresql
@pytest.mark.django_db
def test_search_plan_uses_the_index_even_when_every_document_matches():
    # "Verwaltung" is in every document: with statistics on the index expression the
    # planner chose a sequential scan that concatenates every title and body.
    make_documents(
        [(f"Dokument {number}", f"Verwaltung {filler(number, 300)}") for number in range(1500)]
    )
    # Statistics as autovacuum leaves them after such a load, for both tables: an earlier
    # test (or autovacuum) may have analysed the document table while it was empty, and
    # with "no documents" a nested loop over the documents is the right plan.
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Document._meta.db_table}")
        cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}")
    queryset = Document.objects.search("Verwaltung")[:20].get_queryset()
    plan = queryset.explain()
    assert "Bitmap Index Scan on site_search_title_body_gin" in plan
    assert "Seq Scan on wagtailsearch_indexentry" not in plan
    assert len(list(queryset)) == 20
    assert Document.objects.search("Verwaltung").count() == 1500


@pytest.fixture
def library(db):
    make_documents(
        [
            ("Verwaltung im Wandel", "Ein Leitfaden. " + filler(1)),
            ("Jahresbericht", "Die Verwaltung berichtet. " + filler(2)),
            ("Jahresbericht 2024", "Verwaltung Verwaltung Verwaltung. " + filler(3)),
            ("Leitfaden Vielfalt", "Vielfalt in der Verwaltung. " + filler(4)),
            ("Förderung", "Anträge auf Förderung. " + filler(5)),
            ("Leitfaden", "Ohne das gesuchte Wort. " + filler(6)),
        ]
    )


@postgresql
@pytest.mark.django_db
def test_title_matches_rank_first_and_stemming_still_works(library):
    results = titles(Document.objects.search("Verwaltungen"))
    assert results[0] == "Verwaltung im Wandel"
    assert set(results) == {
        "Verwaltung im Wandel",
        "Jahresbericht",
        "Jahresbericht 2024",
        "Leitfaden Vielfalt",
    }
    # More occurrences in the text rank higher among the body matches.
    assert results.index("Jahresbericht 2024") < results.index("Jahresbericht")


@postgresql
@pytest.mark.django_db
def test_words_may_be_split_between_title_and_text(library):
    # "Leitfaden" only in the title, "Vielfalt" in title and text, "Verwaltung" in the text.
    assert set(titles(Document.objects.search("Leitfaden Verwaltung"))) == {
        "Leitfaden Vielfalt",
        "Verwaltung im Wandel",
    }
    assert titles(Document.objects.search("Förderung Raumfahrt")) == []


@postgresql
@pytest.mark.django_db
def test_results_order_count_and_scores_equal_wagtails_backend(library):
    make_documents([(f"Bericht {n}", f"Verwaltung {filler(n, 20 + n)}") for n in range(40)])
    site, stock = get_search_backend(), stock_backend()
    for query in ["Verwaltung", "Leitfaden Verwaltung", "Bericht", "Förderung", "Raumfahrt"]:
        for operator in ["and", "or"]:
            for start, stop in [(0, 20), (5, 25), (40, 60), (0, None)]:
                ours = site.search(query, Document, operator=operator)[start:stop]
                theirs = stock.search(query, Document, operator=operator)[start:stop]
                assert [d.pk for d in ours] == [d.pk for d in theirs], (query, operator, start)
        assert site.search(query, Document).count() == stock.search(query, Document).count()
        ours = site.search(query, Document).annotate_score("_score")[:10]
        theirs = stock.search(query, Document).annotate_score("_score")[:10]
        assert [(d.pk, d._score) for d in ours] == [(d.pk, d._score) for d in theirs]


@postgresql
@pytest.mark.django_db
def test_the_querysets_filters_apply_before_the_top_results_are_taken(library):
    hidden = Collection.get_first_root_node().add_child(name="Intern")
    make_documents(
        [(f"Verwaltung intern {n}", "Verwaltung " * 5) for n in range(30)], collection=hidden
    )
    public = Document.objects.exclude(collection=hidden)
    results = titles(public.search("Verwaltung")[:20])
    assert len(results) == 4
    assert not any("intern" in title for title in results)
    assert public.search("Verwaltung").count() == 4


@postgresql
@pytest.mark.django_db
def test_relevance_search_ranks_the_index_entries_before_fetching_the_page(library):
    sql = str(Document.objects.search("Verwaltung")[5:25].get_queryset().query)
    outer, inner = sql.split(' IN (SELECT (V0."object_id")::bigint AS "_object_pk" FROM ', 1)
    assert '"wagtailsearch_indexentry" V0 WHERE' in inner
    assert '(V0."title" || V0."body") @@' in inner
    assert "LIMIT 20 OFFSET 5) ORDER BY ((ts_rank(" in inner
    assert "LIMIT" not in outer


@postgresql
@pytest.mark.django_db
def test_searches_not_ordered_by_relevance_filter_on_the_indexed_expression(library):
    results = Document.objects.order_by("title").search("Verwaltung", order_by_relevance=False)
    assert titles(results) == [
        "Jahresbericht",
        "Jahresbericht 2024",
        "Leitfaden Vielfalt",
        "Verwaltung im Wandel",
    ]
    sql = str(results.get_queryset().query).replace('"', "")
    assert "(wagtailsearch_indexentry.title || wagtailsearch_indexentry.body) @@" in sql
