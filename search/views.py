"""The site search: pages and documents, with facets, excerpts and a fallback.

Everything found belongs to the requested site: its pages in the active language, the
documents that belong to it (:func:`home.sites.site_documents`), and the editors' picks
that lead to its pages.
"""

import hashlib
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, F, Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Locale, Page, Site
from wagtail.search.query import Fuzzy

from home import page_cache
from home.listing import PAGE_PARAMETER, paginate
from home.models import PageTopic
from home.sites import in_site, several_sites, site_documents
from search.backends import search_with_fallback
from search.excerpts import excerpt

MAX_QUERY_LENGTH = 200
MAX_HITS = 500
PER_PAGE = 10
# The page cache may keep a search with these parameters (home/page_cache.py).
CACHE_PARAMETERS = ("q", "typ", "thema", PAGE_PARAMETER)
CACHED_HIT_HOOK = "search"
CACHED_HITS_STEP = 50  # one database write per 50 hits from the cache
CACHED_HITS_SECONDS = 7 * 24 * 3600
DOCUMENTS = "dokumente"


def _site_root(site):
    root = site.root_page if site else Page.get_first_root_node()
    return root.localized


def _query_for(backend, query):
    """Spelling tolerance where the backend offers it (Elasticsearch/OpenSearch)."""
    name = type(backend).__module__
    if "elasticsearch" in name or "opensearch" in name:
        return Fuzzy(query, operator="and")
    return query


def _run(site, query, topic):
    root = _site_root(site)
    pages = (
        Page.objects.live()
        .public()
        .descendant_of(root, inclusive=True)
        .filter(locale=Locale.get_active())
    )
    if topic:
        # Search backends filter on indexed fields only, so filter by id.
        tagged = PageTopic.objects.filter(tag__slug=topic).values_list(
            "content_object_id", flat=True
        )
        pages = pages.filter(id__in=list(tagged))

    def run(backend):
        search_query = _query_for(backend, query)
        page_hits = list(backend.search(search_query, pages, operator="and")[:MAX_HITS])
        document_hits = []
        if not topic:
            document_hits = list(
                backend.search(search_query, site_documents(site), operator="and")[:MAX_HITS]
            )
        return page_hits, document_hits

    return search_with_fallback(run)


def _type_facets(page_hits, document_hits):
    counts = Counter(page.content_type_id for page in page_hits)
    types = {type_id: ContentType.objects.get_for_id(type_id) for type_id in counts}
    facets = [
        {
            "key": f"{types[type_id].app_label}.{types[type_id].model}",
            "label": types[type_id].model_class()._meta.verbose_name_plural,
            "count": count,
        }
        for type_id, count in counts.most_common()
    ]
    if document_hits:
        facets.append({"key": DOCUMENTS, "label": _("Dokumente"), "count": len(document_hits)})
    return facets


def _topic_facets(page_hits):
    rows = (
        PageTopic.objects.filter(content_object_id__in=[page.pk for page in page_hits])
        .values("tag__slug", "tag__name", "tag__name_en")
        .annotate(count=Count("id"))
        .order_by("-count", "tag__name")
    )
    return rows


def _entries(page_obj, query):
    """The current results page with specific pages and excerpts."""
    page_ids = [item.pk for kind, item in page_obj.object_list if kind == "page"]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    entries = []
    for kind, item in page_obj.object_list:
        if kind == "page":
            page = specific.get(item.pk, item)
            summary = page.search_description or getattr(page, "intro", "") or ""
            entries.append(
                {
                    "kind": "page",
                    "title": page.title,
                    "url": page.url,
                    "type": page.get_verbose_name(),
                    "excerpt": excerpt(summary, query),
                }
            )
        else:
            entries.append(
                {
                    "kind": "document",
                    "title": item.title,
                    "url": item.url,
                    "type": item.description,
                    "pages": item.page_count,
                    "excerpt": excerpt(item.extracted_text, query) if item.is_searchable else "",
                    "searchable": item.is_searchable,
                }
            )
    return entries


def _promotions(promoted, site):
    """The editors' picks for the query that lead to this site's pages.

    Wagtail's picks belong to a query, not to a site: with several sites, a pick of
    another site's page is left out, and so is a pick of an external address (no one can
    tell which site's editors chose it).
    """
    picks = promoted.editors_picks.select_related("page")
    if site is None or not several_sites():
        return picks.all()
    return picks.filter(Q(page__isnull=False) & in_site(site, prefix="page__"))


def _popular(query):
    """Popular searches to suggest; none with several sites (Wagtail counts them for all)."""
    if several_sites():
        return []
    return [q.query_string for q in Query.get_most_popular()[:5] if q.query_string != query]


def search(request):
    site = Site.find_for_request(request)
    query = " ".join(request.GET.get("q", "").split())
    chosen_type = request.GET.get("typ", "")
    topic = request.GET.get("thema", "")
    context = {"query": query, "max_length": MAX_QUERY_LENGTH}
    counted = False  # whether this search counts for the popular searches

    if not query:
        context["problem"] = "empty"
    elif len(query) > MAX_QUERY_LENGTH:
        context["problem"] = "too_long"
        context["query_length"] = len(query)
    else:
        (page_hits, document_hits), fell_back = _run(site, query, topic)
        type_facets = _type_facets(page_hits, document_hits)
        known_types = {facet["key"] for facet in type_facets}
        if chosen_type not in known_types:
            chosen_type = ""
        combined = [("page", page) for page in page_hits] + [
            ("document", document) for document in document_hits
        ]
        if chosen_type == DOCUMENTS:
            combined = [hit for hit in combined if hit[0] == "document"]
        elif chosen_type:
            app_label, model = chosen_type.split(".", 1)
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
            combined = [
                hit
                for hit in combined
                if hit[0] == "page" and hit[1].content_type_id == content_type.pk
            ]
        page_obj = paginate(request, combined, PER_PAGE)
        promoted = Query.get(query)
        counted = page_obj.number == 1
        if counted:
            promoted.add_hit()
        context.update(
            {
                "fell_back": fell_back,
                "page_obj": page_obj,
                "entries": _entries(page_obj, query),
                "total": len(combined),
                "type_facets": type_facets,
                "topic_facets": _topic_facets(page_hits),
                "chosen_type": chosen_type,
                "chosen_topic": topic,
                "promotions": _promotions(promoted, site)
                if page_obj.number == 1 and not chosen_type and not topic
                else [],
            }
        )
    if context.get("problem") or not context.get("total"):
        context["popular"] = _popular(query)
    response = render(request, "search/search.html", context)
    if not context.get("fell_back"):
        # A result of the fallback is not kept: the full search is back soon.
        page_cache.allow(
            response,
            CACHE_PARAMETERS,
            hit=(CACHED_HIT_HOOK, query) if counted else None,
        )
    return response


def count_cached_search(query):
    """A search answered from the page cache counts for the popular searches, too.

    Counted in the cache (no SQL on a hit) and added to the database in steps of
    ``CACHED_HITS_STEP``; what is left when the cache drops the counter is lost (fewer
    than one step per term; a counter touched by every hit is the last a least recently
    used eviction drops).
    """
    key = "vielfalt:search-hits:" + hashlib.sha256(query.encode()).hexdigest()
    try:
        count = cache.incr(key)
    except ValueError:  # the first hit of this term (or the cache dropped its counter)
        cache.add(key, 0, CACHED_HITS_SECONDS)
        try:
            count = cache.incr(key)
        except ValueError:  # dropped again at once: not counted
            return
    if count % CACHED_HITS_STEP == 0:
        _add_hits(Query.get(query), CACHED_HITS_STEP)


def _add_hits(query, hits):
    daily, _created = QueryDailyHits.objects.get_or_create(query=query, date=timezone.now().date())
    QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
