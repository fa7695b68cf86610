"""schema.org JSON-LD: a BreadcrumbList for every page, plus what a page type adds."""

import json


def breadcrumb_list(page, request):
    """The path from the home page to ``page`` as a schema.org BreadcrumbList."""
    crumbs = list(page.get_ancestors(inclusive=True).filter(depth__gte=2).live())
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def page_structured_data(page, request):
    """Every JSON-LD object for ``page``: its breadcrumbs and ``page.structured_data()``."""
    data = [breadcrumb_list(page, request)]
    extra = getattr(page, "structured_data", None)
    if callable(extra):
        data.extend(item for item in extra(request) if item)
    return data


def to_json_ld(data):
    """Serialise for a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` are escaped so no value can close the script element.
    """
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
