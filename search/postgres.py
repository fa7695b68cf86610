"""Wagtail's database search backend on PostgreSQL, with a query plan that scales.

Wagtail's backend (modelsearch ``PostgresSearchBackend``) joins the searched model to its
index entries, filters on ``(title || body) @@ tsquery`` and orders the joined rows by
``ts_rank`` over title and body. With thousands of matches that was slow in three ways:
no index covered ``title || body`` (every search concatenated the vectors of every entry),
the vectors were read from TOAST twice per match (filter and rank), and every match went
through the join with its vectors before the top-N sort.

This backend sends one query of two levels for a search ordered by relevance::

    SELECT <model> FROM <model> LEFT JOIN <index entry>            -- rank, for ordering
    WHERE pk IN (SELECT object_id::<pk type> FROM <index entry>
                 WHERE content_type_id IN (...) AND (title || body) @@ tsquery
                   AND object_id IN (SELECT pk::varchar(50) FROM <the queryset>)
                 ORDER BY <rank> DESC, object_id::<pk type> DESC
                 LIMIT stop OFFSET start)
    ORDER BY <rank> DESC, pk DESC

The inner level finds the matches through the GIN index ``site_search_title_body_gin`` on
``(title || body)`` and ranks them without joining their vectors to anything; the outer
level fetches the page of objects and ranks only those again. Matching (the same tsquery,
the same vector), ranking (the same ``ts_rank`` expression) and the tie-break on the
primary key are those of Wagtail's backend, so the results and their order are the same;
the queryset's own filters are applied in the inner level.

The index, the storage of the vectors in the table and the missing statistics it relies
on come from the migration ``site_search.0001_postgresql_search_index``. Searches on
specific fields (``fields=...``), fuzzy and autocomplete searches and searches that are
not ordered by relevance go through Wagtail's code unchanged (the last filter on
``title || body`` as well, so the index serves them too).

config/settings.py selects this module only when the database is PostgreSQL.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import CharField, F
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

# Created by search/migrations/0001_postgresql_search_index.py.
VECTOR_INDEX = "site_search_title_body_gin"


def title_body():
    """``title || body`` of the index entry, as Wagtail's backend and the GIN index have it."""
    return CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())


def primary_key_field(model):
    field = model._meta.pk
    while field.is_relation:  # multi-table inheritance: page_ptr and the like
        field = field.target_field
    return field


class SitePostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def uses_index_vectors(self):
        """True for the default search over the index entries' title and body."""
        if self.fields is not None:
            return False
        if isinstance(self.query, (MatchAll, Fuzzy)):
            return False
        return not (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll))

    def ranked_entries(self, search_query, config):
        """Primary keys of the matching objects of the queryset, best first."""
        model = self.queryset.model
        object_pk = Cast("object_id", output_field=primary_key_field(model))
        candidates = self.queryset.order_by().values(
            _site_search_id=Cast("pk", output_field=CharField(max_length=50))
        )
        rank = self._build_rank_expression(
            [(F("title"), F("title_norm")), (F("body"), 1.0)], config
        )
        return (
            IndexEntry._default_manager.filter(
                content_type_id__in=get_descendants_content_types_pks(model)
            )
            .annotate(_vector_=title_body())
            .filter(_vector_=search_query)
            .filter(object_id__in=candidates)
            .annotate(_object_pk=object_pk)
            .order_by(rank.desc(), F("_object_pk").desc())
            .values("_object_pk")
        )

    def search(self, config, start, stop, score_field=None, backend=None):
        if not (self.order_by_relevance and self.uses_index_vectors()):
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        ranked = self.ranked_entries(search_query, config)[start:stop]
        queryset = self.queryset.filter(pk__in=ranked).order_by(rank_expression.desc(), "-pk")
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset


class SitePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = SitePostgresSearchQueryCompiler


SearchBackend = SitePostgresSearchBackend
