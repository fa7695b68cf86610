"""The read-only Wagtail API v2 at /api/v2/: pages, documents and images (docs/api.md).

Wagtail's endpoints, narrowed to what every anonymous reader may see:

* **pages**: live and public pages of the request's site (found by its host name) and
  of its translations. Wagtail's own queryset already filters live, public and by
  site, but it excludes restrictions by asking whether *this request* passes them (a
  logged-in editor, a visitor who entered a page's password) and lets ``?site=`` pick
  another site. Here a page with any view restriction, and everything below it, is
  never shown, and ``?site=`` is refused (400), so one site's host lists only that
  site's pages. ``child_of``, ``descendant_of``, ``ancestor_of``, ``translation_of``
  and the detail view all start from the same queryset.
* **documents** and **images**: those of the request's site (:mod:`home.sites`: in its
  collection, unclaimed ones on the default site, or used by its live pages) outside
  collections with a view restriction (:mod:`home.visibility`), again whoever asks: the
  rule of the site search. Download addresses of documents go through the site's serve
  view (``/documents/<id>/…``).

Every endpoint is read-only (GET, HEAD, OPTIONS; anything else 405), anonymous (no
session or token authentication, so no cookie is read or set), JSON only, limited to
``API_RATE_LIMIT`` requests per client (429 with ``Retry-After``) and readable from
other origins (``Access-Control-Allow-Origin: *``: the data is public and no
credentials are involved).
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import BaseThrottle
from wagtail.api.utils import get_full_url
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from home import ratelimit
from home.models import PageTopic
from home.sites import in_site, site_documents, site_files
from home.visibility import public_images
from search.backends import FALLBACK, has_fallback, unreachable_errors

logger = logging.getLogger(__name__)

RATE_SCOPE = "api"


class APIRateThrottle(BaseThrottle):
    """``API_RATE_LIMIT`` per client, with the counting of the public forms.

    :mod:`home.ratelimit` keys the cache by a salted hash of the address (IPv6 per
    /64, ``X-Forwarded-For`` only with ``USE_X_FORWARDED_FOR``); DRF's own throttles
    would store the raw address and trust any ``X-Forwarded-For``.
    """

    def allow_request(self, request, view):
        rate = ratelimit.parse_rate(getattr(settings, "API_RATE_LIMIT", "60/m"))
        self.verdict = ratelimit.hit(request, RATE_SCOPE, rate)
        return self.verdict.allowed

    def wait(self):
        return self.verdict.retry_after


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (``?year=2020``); a value of the wrong kind is a 400, not a 500."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValueError, ValidationError) as error:
            raise BadRequestError(
                "field filter error: a value is not valid for its field"
            ) from error


class CheckedSearchFilter(SearchFilter):
    """Wagtail's full-text search; an unknown ``search_operator`` is a 400, not a 500.

    When the search server (Elasticsearch/OpenSearch) is unreachable, the search is
    answered by the database fallback, as on the search page (search/backends.py), and
    the response says so in ``X-Search-Fallback: database``.
    """

    def filter_queryset(self, request, queryset, view):
        if request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        results = super().filter_queryset(request, queryset, view)
        if "search" not in request.GET or not has_fallback():
            return results
        try:
            # Contacts the server now (the count is kept for the pagination).
            results.count()
        except unreachable_errors() as error:
            logger.warning("search server unreachable, API answers from the database: %s", error)
            request.search_fell_back = True
            results = get_search_backend(FALLBACK).search(
                request.GET["search"],
                queryset,
                operator=request.GET.get("search_operator"),
                order_by_relevance="order" not in request.GET,
            )
        return results


class TopicFilter(BaseFilterBackend):
    """``?topic=<slug>`` (several: comma-separated, all must apply), for pages of any type.

    Replaces Wagtail's tag filter for ``topics``, which joins the tag rows through the
    page type's own table and fails (the topics belong to ``wagtailcore.Page``). Filters
    by page id, so that a search may follow.
    """

    def filter_queryset(self, request, queryset, view):
        for slug in filter(None, request.GET.get("topic", "").split(",")):
            tagged = PageTopic.objects.filter(tag__slug=slug).values_list(
                "content_object_id", flat=True
            )
            queryset = queryset.filter(id__in=list(tagged))
        return queryset


class PublicReadOnlyMixin:
    """Anonymous, JSON only, rate-limited, readable from other origins."""

    # Replaces Wagtail's class property, which adds the browsable API.
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [APIRateThrottle]

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, ValidationError) as error:
            raise BadRequestError("id must be a whole number") from error

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        if getattr(request, "search_fell_back", False):
            response["X-Search-Fallback"] = "database"
            response["Access-Control-Expose-Headers"] = "X-Search-Fallback"
        return response


class PublicPagesAPIViewSet(PublicReadOnlyMixin, PagesAPIViewSet):
    """Live, public pages of the request's site in every language."""

    known_query_parameters = (PagesAPIViewSet.known_query_parameters - {"site"}) | {"topic"}
    filter_backends = [
        CheckedFieldsFilter,
        TopicFilter,
        *(f for f in PagesAPIViewSet.filter_backends if f not in (FieldsFilter, SearchFilter)),
        CheckedSearchFilter,  # last: a search result cannot be filtered further
    ]

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # Filtered by ``?topic=`` (TopicFilter), never by Wagtail's tag filter.
            fields = [field for field in fields if field != "topics"]
        return fields

    def get_base_queryset(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return Page.objects.live().public().filter(in_site(site))


class PublicDocumentsAPIViewSet(PublicReadOnlyMixin, DocumentsAPIViewSet):
    """Documents outside restricted collections, with the serve view's download address."""

    filter_backends = [CheckedFieldsFilter, OrderingFilter, CheckedSearchFilter]

    def get_queryset(self):
        site = Site.find_for_request(self.request)
        return site_documents(site).order_by("id")


def site_images(site):
    """The public images that belong to ``site``, by the rules of its documents.

    Those of :func:`home.sites.site_documents`: in the site's collection (or below it);
    for the default site in a collection no other site claims; or used by a live, public
    page of the site (Wagtail's reference index).
    """
    return site_files(site, public_images())


class FullImageUrlField(ImageDownloadUrlField):
    """The original file's address with scheme and host (Wagtail gives a bare path)."""

    def to_representation(self, image):
        return get_full_url(self.context["request"], image.file.url)


class PublicImageSerializer(ImageSerializer):
    download_url = FullImageUrlField(read_only=True)


class PublicImagesAPIViewSet(PublicReadOnlyMixin, ImagesAPIViewSet):
    """Images outside restricted collections, with their description (alternative text)."""

    base_serializer_class = PublicImageSerializer
    filter_backends = [CheckedFieldsFilter, OrderingFilter, CheckedSearchFilter]
    body_fields = ImagesAPIViewSet.body_fields + ["description"]

    def get_queryset(self):
        return site_images(Site.find_for_request(self.request)).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
