"""Template tags every page shares: navigation, breadcrumbs, language switcher, the links to
the accessibility and legal pages, files."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy
from wagtail.models import Locale, Site

from home.formats import file_description
from home.listing import query_string as _query_string
from home.models.site_settings import SiteSettings, service_pages
from home.models.topic_index import topic_index_for
from home.structured_data import page_structured_data, to_json_ld

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


def _per_request(request, name):
    """A dict kept on ``request`` for values several tags of one page need (the header,
    the language switcher, the alternate links and the footer ask for the same ones)."""
    if request is None:
        return {}
    memo = getattr(request, "_site_tags_memo", None)
    if memo is None:
        memo = request._site_tags_memo = {}
    return memo.setdefault(name, {})


def _localized_root(request, language_code=None):
    """The site's home page in the given (or active) language, or None."""
    code = language_code or translation.get_language()
    memo = _per_request(request, "localized_root")
    if code not in memo:
        memo[code] = _find_localized_root(request, code)
    return memo[code]


def _find_localized_root(request, code):
    root = _site_root(request)
    if root is None:
        return None
    try:
        locale = Locale.objects.get_for_language(code)
    except Locale.DoesNotExist:
        return root
    if root.locale_id == locale.id:
        return root
    translated = root.get_translation_or_none(locale)
    return translated if translated and translated.live else root


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page's children that editors put in the menu ("In Menüs anzeigen")."""
    request = context.get("request")
    root = _localized_root(request)
    current = context.get("page")
    items = []
    if root is not None:
        children = (
            root.get_children().live().public().in_menu().only("id", "title", "path", "url_path")
        )
        for child in children:
            active = bool(current and current.path.startswith(child.path))
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request=request),
                    "current": bool(current and current.pk == child.pk),
                    "active": active,
                }
            )
    return {"items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The path from the home page to the current page; nothing on the home page itself."""
    request = context.get("request")
    page = context.get("page")
    crumbs = []
    if page is not None and page.depth > 2:
        ancestors = (
            page.get_ancestors().filter(depth__gte=2).live().only("id", "title", "path", "url_path")
        )
        crumbs = [{"title": a.title, "url": a.get_url(request=request)} for a in ancestors]
    return {"crumbs": crumbs, "page": page}


def language_links(request, page=None):
    """One entry per language: the translation of ``page`` there, else that language's home page."""
    memo = _per_request(request, "language_links")
    key = (getattr(page, "pk", None), translation.get_language())
    if key not in memo:
        memo[key] = _language_links(request, page)
    return memo[key]


def _language_links(request, page):
    current_code = translation.get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            target = _localized_root(request, code)
        if target is None:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        else:
            url = target.get_url(request=request)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current_code,
                "is_translation": is_translation,
            }
        )
    return links


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": language_links(context.get("request"), context.get("page"))}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` for the translations that exist."""
    request = context.get("request")
    links = [
        link for link in language_links(request, context.get("page")) if link["is_translation"]
    ]
    return {"links": links if len(links) > 1 else [], "request": request}


@register.simple_tag(takes_context=True)
def home_url(context):
    root = _localized_root(context.get("request"))
    return root.get_url(request=context.get("request")) if root else "/"


@register.filter
def file_info(document):
    """``PDF-Dokument (447,9 kB)`` for a Wagtail document."""
    if document is None:
        return ""
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    return file_description(document.filename, size)


@register.simple_tag(takes_context=True)
def footer_links(context, site_settings):
    """The site's footer links as ``(text, href)``, in the reader's language."""
    request = context.get("request")
    if not getattr(site_settings, "pk", None):
        return []
    links = []
    for link in site_settings.footer_links.select_related("page"):
        resolved = link.resolve(request)
        if resolved:
            links.append(resolved)
    return links


@register.simple_tag
def funding_programmes(site_settings):
    """The programmes the site settings show in the footer, in the reader's language."""
    if not getattr(site_settings, "pk", None):
        return []
    return [
        programme.localized
        for programme in site_settings.funding_programmes.select_related("emblem")
    ]


FEEDBACK_URL_NAME = "accessibility_feedback"
"""The feedback form ("Barriere melden"), named as a string: home imports no other app."""


def _site_settings(context):
    request = context.get("request")
    if request is None:
        return None
    return SiteSettings.for_request(request)


def _is_current(context, page):
    current = context.get("page")
    return bool(current is not None and getattr(current, "pk", None) == page.pk)


ACCESSIBLE_FORMATS = (
    ("easy_language_page", pgettext_lazy("header link", "Leichte Sprache")),
    ("sign_language_page", pgettext_lazy("header link", "Gebärdensprache")),
)


@register.inclusion_tag("includes/accessible_formats.html", takes_context=True)
def accessible_formats(context):
    """The header's links to Leichte Sprache and Gebärdensprache.

    Each link text is in the language of the page it leads to (marked with ``lang``
    when that is not the language of the current page): the German "Leichte Sprache"
    page of a site without an English one is announced in German on English pages.
    """
    request = context.get("request")
    pages = service_pages(request, _site_settings(context))
    current_language = translation.get_language()
    links = []
    for field, label in ACCESSIBLE_FORMATS:
        page = pages.get(field)
        if page is None:
            continue
        code = page.locale.language_code
        with translation.override(code):
            text = str(label)
        links.append(
            {
                "text": text,
                "url": page.get_url(request=request),
                "lang": "" if code == current_language else code,
                "current": _is_current(context, page),
            }
        )
    return {"links": links}


LEGAL_LINKS = (
    ("imprint_page", gettext_lazy("Impressum")),
    ("privacy_page", gettext_lazy("Datenschutz")),
    ("accessibility_statement_page", gettext_lazy("Erklärung zur Barrierefreiheit")),
)


def feedback_url(request):
    """The address of "Barriere melden" with the current page as ``?seite=``; "" if none."""
    try:
        url = reverse(FEEDBACK_URL_NAME)
    except NoReverseMatch:
        return ""
    if request is not None and request.path != url:
        url = f"{url}?{urlencode({'seite': request.path})}"
    return url


@register.simple_tag(takes_context=True)
def legal_links(context, editor_links=()):
    """The footer's fixed links: Impressum, Datenschutz, Erklärung zur Barrierefreiheit and
    Barriere melden, as dicts with ``text``, ``url``, ``hreflang`` and ``current``.

    A page the editors also put among the footer links (``editor_links``, the
    ``(text, href)`` pairs of :func:`footer_links`) is not listed twice.
    """
    request = context.get("request")
    pages = service_pages(request, _site_settings(context))
    taken = {href for _text, href in editor_links}
    current_language = translation.get_language()
    links = []
    for field, label in LEGAL_LINKS:
        page = pages.get(field)
        if page is None:
            continue
        url = page.get_url(request=request)
        if url in taken:
            continue
        code = page.locale.language_code
        links.append(
            {
                "text": str(label),
                "url": url,
                "hreflang": "" if code == current_language else code,
                "current": _is_current(context, page),
            }
        )
    url = feedback_url(request)
    if url:
        links.append(
            {
                "text": gettext("Barriere melden"),
                "url": url,
                "hreflang": "",
                "current": request is not None and request.path == url.split("?", 1)[0],
            }
        )
    return links


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with ``changes`` (``None`` or ``""`` removes a key)."""
    request = context.get("request")
    return _query_string(request.GET if request else None, **changes)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """``<script type="application/ld+json">`` with the page's schema.org data."""
    page = context.get("page")
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return ""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(to_json_ld(page_structured_data(page, request))),  # noqa: S308
    )


def _topic_index(request, page):
    """The site's topic overview in the page's language, looked up once per request."""
    cache = getattr(request, "_topic_index_cache", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._topic_index_cache = cache
    if page.locale_id not in cache:
        cache[page.locale_id] = topic_index_for(page)
    return cache[page.locale_id]


@register.inclusion_tag("includes/topic_list.html", takes_context=True)
def topic_links(context, page):
    """The page's topics, each linking to its topic page when the site has a topic overview."""
    request = context.get("request")
    topics = list(page.topics.all()) if hasattr(page, "topics") else []
    index = _topic_index(request, page) if topics else None
    return {
        "topics": [
            {"label": topic.label, "url": index.topic_url(topic) if index else ""}
            for topic in topics
        ]
    }
