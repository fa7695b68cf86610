"""Listings shared by the index pages: pagination and filter parameters in the URL.

Filters and page numbers live in the query string, so every listing is
bookmarkable and works without JavaScript (a GET form and plain links).
"""

from django.core.paginator import Paginator
from django.http import QueryDict

PAGE_PARAMETER = "seite"


def paginate(request, items, per_page=10):
    """The requested page of ``items``; out-of-range or malformed numbers give a valid page."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get(PAGE_PARAMETER))


def query_string(params, **changes):
    """``params`` (a QueryDict) with ``changes`` applied; None removes a key.

    Returns ``"?a=1&b=2"`` or ``""``; used by the pagination and filter links.
    """
    updated = params.copy() if isinstance(params, QueryDict) else QueryDict(mutable=True)
    updated._mutable = True
    for key, value in changes.items():
        if value is None or value == "":
            updated.pop(key, None)
        else:
            updated[key] = value
    encoded = updated.urlencode()
    return f"?{encoded}" if encoded else ""


def choice(request, name, allowed, default=""):
    """A GET parameter if it is one of ``allowed``, else ``default`` (never an error)."""
    value = request.GET.get(name, "")
    return value if value in allowed else default
