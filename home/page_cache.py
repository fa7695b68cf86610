"""Anonymous page views from the cache, purged whenever anything a page shows changes.

:class:`PageCacheMiddleware` keeps the rendered response of a Wagtail page in the
default cache (``CACHES["default"]``) for ``PAGE_CACHE_SECONDS`` and answers the next
anonymous ``GET``/``HEAD`` of the same address from it, without routing, querying the
database or rendering. ``docs/caching.md`` explains it for operators.

Who gets a cached page: a request without any of the cookies the site reads for a
person (the session of a logged-in editor or of someone who entered a page password,
the CSRF cookie of the admin's and the password page's forms, the messages cookie).
Anyone carrying one of them is passed through untouched, so editors, previews (admin
views anyway) and the password form never see a cached page. Cookies that only choose
between variants of a public page (``video_consent``) are part of the key, normalised
by the app that owns them (:func:`key_cookie`).

What is stored: only a response of Wagtail's page view, ``GET``, status 200, not
streamed, without ``Set-Cookie``, without ``private``/``no-store``/``no-cache`` or
``max-age=0``, with no ``Vary`` beyond ``Cookie`` (see above) and ``Accept-Language``
(the language comes from the URL prefix: ``i18n_patterns`` with German unprefixed),
for a page without a view restriction (password, login, groups) on it or above it.

The key: scheme, host with port (several sites), path (language prefix included),
the query string (sorted), the normalised variant cookies, and the current
*generation*. A query string is cached only when every parameter is one the page
declares in ``cache_query_parameters`` (filters and page numbers of listings), each
at most once, and the whole at most ``MAX_QUERY_LENGTH`` characters; anything else
(``?video=laden``, tracking parameters, made-up parameters) is rendered and never
stored, so no one can fill the cache with made-up addresses of their own.

Views other than a plain page view opt in per response with :func:`allow`, naming
their parameters: the search (``/suche/``: any search term is a valid address, so the
cache's own eviction bounds it; a hit still counts the search for the popular
searches through a *hit hook*, :func:`on_hit`) and the Diversometer's result
(``?r=<signed token>``: only a token whose signature was checked is stored, and the
response stays ``private, no-store`` for browsers and shared caches; only this
server-side cache keeps it, for ``PAGE_CACHE_SECONDS``).

Purging: a single generation token in the cache is part of every key; replacing it
orphans every stored page at once (they expire by their timeout or the cache's
eviction). It is replaced whenever a row that a page may show is written or deleted
(``post_save``, ``post_delete``, ``m2m_changed`` of every model except the bookkeeping
ones in ``IGNORED_APPS``/``IGNORED_MODELS``: pages, translations, snippets, documents,
images, collections, site settings, sites, locales, redirects, view restrictions, tags),
on Wagtail's ``page_published``, ``page_unpublished`` and ``post_page_move``, when a
task that changes what pages show without a model signal finishes (search index
updates, the document text extraction: ``PURGING_TASKS``), and when a setting changes
(tests). It is replaced at once and again when the transaction
commits, so a request that rendered the old rows meanwhile cannot store them under
the new generation. One generation for the whole installation: a publish empties the
cache of every site; for sites of a few hundred pages a re-render is cheap, and
per-page dependencies would be easy to get wrong (navigation, teasers, snippets).

A frontend cache (CDN, Varnish) is purged after the commit, when
``WAGTAILFRONTENDCACHE`` is configured: the URLs of every live page (each translation
is a page of its own), through Wagtail's ``wagtail.contrib.frontend_cache`` backends and
its purge task (``TASKS_BACKEND``). Without it, shared caches may keep a page for the
short ``max-age`` only.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)

# The number changes with the format of the stored entries (old ones are never read).
KEY_PREFIX = "vielfalt:page:2"
GENERATION_KEY = f"{KEY_PREFIX}:generation"
# Browsers cannot be purged: they keep a page this long at most.
BROWSER_MAX_AGE = 60
MAX_QUERY_LENGTH = 1000  # the Diversometer's result tokens grow with its questions
HEADER = "X-Page-Cache"
ALLOWED_VARY = frozenset({"cookie", "accept-language"})
# Tasks that change what pages show without a model signal: the search index updates
# (modelsearch, Wagtail's index) and the document text extraction (page counts, tagging,
# language in the library; written with ``update()``).
PURGING_TASKS = ("modelsearch.", "publications.tasks.")
NOT_STORED_CACHE_CONTROL = frozenset({"private", "no-store", "no-cache", "max-age=0"})

# Writes that no public page shows: bookkeeping, counters, logs, caches of their own.
# Renditions and embeds are even written while a page renders.
IGNORED_APPS = frozenset(
    {
        "admin",
        "auth",
        "contenttypes",
        "django_tasks_database",
        "sessions",
        "wagtail_localize",  # translation work in progress; publishing saves the page
        "wagtailadmin",  # editing sessions (pinged while an editor has a page open)
        "wagtailforms",
        "wagtailsearch",
        "wagtailusers",
    }
)
IGNORED_MODELS = frozenset(
    {
        "accessibility.feedbackreport",
        "blueprints.blueprint",
        "diversometer.completedrun",
        "diversometer.counter",
        "home.democontentrecord",
        "wagtailcore.apitoken",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.groupapprovaltask",
        "wagtailcore.groupcollectionpermission",
        "wagtailcore.grouppagepermission",
        "wagtailcore.groupsitepermission",
        "wagtailcore.modellogentry",
        "wagtailcore.pagelogentry",
        "wagtailcore.pagesubscription",
        "wagtailcore.referenceindex",
        "wagtailcore.revision",
        "wagtailcore.task",
        "wagtailcore.taskstate",
        "wagtailcore.uploadedfile",
        "wagtailcore.workflow",
        "wagtailcore.workflowcontenttype",
        "wagtailcore.workflowpage",
        "wagtailcore.workflowstate",
        "wagtailcore.workflowtask",
        "wagtailembeds.embed",
        "wagtailimages.rendition",
        "wagtailsearchpromotions.query",
        "wagtailsearchpromotions.querydailyhits",
    }
)

# Cookies that choose a variant of a public page: name -> normaliser (value -> key part).
_key_cookies = {}


def key_cookie(name, normalise):
    """Make cookie ``name`` part of the key, as ``normalise(value)`` (a short string).

    For cookies that pick between a few variants of a public page (the video consent);
    the normaliser keeps arbitrary values from creating new entries.
    """
    _key_cookies[name] = normalise


# Functions a cache hit calls: name -> function(argument). See on_hit().
_hit_hooks = {}


def on_hit(name, function):
    """Register ``function(argument)`` to be called when an entry stored with
    ``allow(..., hit=(name, argument))`` answers a request (e.g. counting a search).

    It runs on every hit, so it must be cheap (cache operations; SQL at most now and
    then, as the search's counter every 50 hits); an exception in it is logged and the
    cached page is still served.
    """
    _hit_hooks[name] = function


class Allowance:
    """A view's permission to store one response (see :func:`allow`)."""

    __slots__ = ("parameters", "private", "hit")

    def __init__(self, parameters, private, hit):
        self.parameters = frozenset(parameters)
        self.private = private
        self.hit = hit


def allow(response, parameters=(), *, private=False, hit=None):
    """Let the page cache store ``response`` of a view that is not a plain page view.

    ``parameters``: the query parameters this address may carry (anything else: not
    stored). ``private``: the response keeps its ``Cache-Control: private, no-store``
    for browsers and shared caches, and only this server-side cache stores it (for
    pages whose address is its own secret, such as the Diversometer's signed result).
    ``hit``: ``(hook name, argument)`` of a function registered with :func:`on_hit`,
    called whenever the stored entry answers a request. All other rules still apply:
    anonymous ``GET``, status 200, no cookies set, no ``Vary`` beyond the allowed ones,
    no view restriction on the page a route belongs to.
    """
    response.page_cache_allowance = Allowance(parameters, private, hit)
    return response


def _bypass_cookies():
    return (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "messages")


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


# Generation -------------------------------------------------------------------------


def current_generation():
    """The token that is part of every key; a new random one if the cache lost it."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex[:16]
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY) or generation
    return generation


def purge():
    """Forget every cached page (of every site): a new generation, never a reused one."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex[:16], None)


def content_changed():
    """Something a page may show changed: purge now, and again (with the frontend
    cache) when the transaction commits."""
    purge()
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _after_commit()
        return
    # Once per transaction: a publish saves a dozen rows.
    if any(func is _after_commit for _ids, func, _robust in connection.run_on_commit):
        return
    transaction.on_commit(_after_commit)


def _after_commit():
    purge()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        try:
            purge_frontend_cache()
        except Exception:
            # The content is saved; a CDN that cannot be reached must not fail the edit.
            logger.exception("Purging the frontend cache failed")


def purge_frontend_cache():
    """Ask the configured frontend caches to drop every live page (all sites, all
    languages, the routes of routable pages)."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().specific(defer=True).iterator())
    batch.purge()
    return batch.urls


def _is_relevant(model):
    meta = model._meta
    return meta.app_label not in IGNORED_APPS and meta.label_lower not in IGNORED_MODELS


def _on_write(sender, instance=None, created=False, **kwargs):
    if instance is None or not _is_relevant(type(instance)) or not _is_relevant(sender):
        return
    if created and _is_settings(sender):
        # Rendering creates a site's settings row with its defaults the first time
        # (``for_request``), so no cached page can have shown anything else before.
        return
    content_changed()


def _is_settings(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, (BaseGenericSetting, BaseSiteSetting))


def _on_page_event(sender, **kwargs):
    content_changed()


def _on_setting_changed(**kwargs):
    purge()


def _on_task_finished(sender, task_result=None, **kwargs):
    """Tasks run after the write that purged (in ``db_worker`` in production): a page
    or search rendered in between would keep what the task then changed."""
    task = getattr(task_result, "task", None)
    if task is not None and task.module_path.startswith(PURGING_TASKS):
        purge()


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "vielfalt-page-cache"
    post_save.connect(_on_write, dispatch_uid=f"{uid}-save")
    post_delete.connect(_on_write, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid=f"{uid}-m2m")
    page_published.connect(_on_page_event, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(_on_page_event, dispatch_uid=f"{uid}-unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid=f"{uid}-moved")
    setting_changed.connect(_on_setting_changed, dispatch_uid=f"{uid}-setting")
    task_finished.connect(_on_task_finished, dispatch_uid=f"{uid}-task")


def _on_m2m(sender, instance=None, action="", **kwargs):
    if action.startswith("post_") and instance is not None and _is_relevant(type(instance)):
        content_changed()


# Middleware -------------------------------------------------------------------------


def _request_key(request):
    """The part of the key that comes from the request, or None when it is not cached."""
    cookies = request.COOKIES
    if any(name in cookies for name in _bypass_cookies()):
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_LENGTH:
        return None
    params = sorted(request.GET.lists())
    if any(len(values) > 1 for _name, values in params):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    variants = sorted(
        f"{name}={normalise(cookies.get(name, ''))}" for name, normalise in _key_cookies.items()
    )
    parts = [
        request.scheme,
        host,
        request.path,
        "&".join(f"{name}={values[0]}" for name, values in params),
        *variants,
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _is_storable(request, response):
    """None (not stored), "public" or "private" (see :func:`allow`)."""
    from wagtail import views as wagtail_views

    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    if getattr(request, "is_preview", False):
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if not vary <= ALLOWED_VARY:
        return None
    allowance = getattr(response, "page_cache_allowance", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    page = route[0] if route else None
    if allowance is not None:
        parameters = allowance.parameters
        kind = "private" if allowance.private else "public"
    else:
        match = getattr(request, "resolver_match", None)
        if match is None or match.func is not wagtail_views.serve or page is None:
            return None
        parameters = getattr(page, "cache_query_parameters", ())
        kind = "public"
    if kind == "public":
        cache_control = {
            part.strip().lower() for part in response.get("Cache-Control", "").split(",")
        }
        if cache_control & NOT_STORED_CACHE_CONTROL:
            return None
    if not set(request.GET) <= set(parameters):
        return None
    # Password, login or group restrictions on the page or above it.
    if page is not None and page.get_view_restrictions().exists():
        return None
    return kind


def _public_headers(response, seconds):
    browser = min(BROWSER_MAX_AGE, seconds)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        # The frontend cache is purged on every change (see above).
        shared = getattr(settings, "FRONTEND_CACHE_SECONDS", seconds)
        patch_cache_control(response, public=True, max_age=browser, s_maxage=shared)
    else:
        patch_cache_control(response, public=True, max_age=browser)


class PageCacheMiddleware:
    """Answer anonymous GET/HEAD requests for pages from the cache (see module docstring).

    In ``MIDDLEWARE`` after the security middlewares (their headers are added to hits
    too) and before the session, locale, CSRF and authentication middlewares (a hit needs
    none of them; their effects on a stored response – ``Vary``, ``Content-Language``,
    cookies – are checked or stored with it).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if seconds <= 0 or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        request_key = _request_key(request)
        if request_key is None:
            return self.get_response(request)
        key = f"{KEY_PREFIX}:{current_generation()}:{request_key}"
        entry = cache.get(key)
        if entry is not None:
            # A HEAD (a link checker, a monitor) is nobody's visit: no hit hook.
            return _response_from(entry, run_hook=request.method == "GET")
        response = self.get_response(request)
        kind = _is_storable(request, response) if request.method == "GET" else None
        if kind is not None:
            if kind == "public":
                _public_headers(response, seconds)
            cache.set(key, _entry_of(response), seconds)
            response[HEADER] = "miss"
        return response


def _entry_of(response):
    allowance = getattr(response, "page_cache_allowance", None)
    hit = allowance.hit if allowance is not None else None
    return (response.status_code, list(response.items()), response.content, hit)


def _response_from(entry, run_hook=True):
    status, headers, content, hit = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "hit"
    if hit is not None and run_hook:
        name, argument = hit
        try:
            _hit_hooks[name](argument)
        except Exception:
            # Counting must never cost the visitor the page.
            logger.exception("Page cache hit hook %r failed", name)
    return response
