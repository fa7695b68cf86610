"""Views of the publications app: consent for external videos.

Documents are served by :mod:`publications.serving`.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from home.csrf import same_origin_post
from publications.consent import (
    COOKIE_MAX_AGE,
    COOKIE_NAME,
    ONCE_PARAMETER,
    ONCE_VALUE,
    consented_hosts,
    cookie_value,
)
from publications.videos import HOSTS

ACTION_WITHDRAW = "widerrufen"
# After a withdrawal the page says so: ?zustimmung=widerrufen.
STATUS_PARAMETER = "zustimmung"
# Where the page's player sits; the redirect scrolls back to it.
FRAGMENT = "video"


@same_origin_post
@require_POST
@never_cache
def video_consent(request):
    """Load an external video once, or remember or withdraw consent for its platform.

    POST fields: ``host`` (``youtube``, ``vimeo``), ``next`` (the page, a path on
    this site), ``immer`` (``1``: remember) and ``aktion`` (``widerrufen``: forget).

    Loading once stores nothing; it redirects to ``next?video=laden#video``.
    Remembering and withdrawing change the cookie. Every POST must come from a
    page of this site (:func:`home.csrf.same_origin_post`: no CSRF cookie, so the
    visitor has no cookie until they choose "immer laden"). The answer is a
    redirect to ``next`` (only ever a path on this site: anything else becomes
    ``/``), or JSON for the page's script (``Accept: application/json``).
    """
    host = request.POST.get("host", "")
    if host not in HOSTS:
        return HttpResponseBadRequest("Unknown video host.", content_type="text/plain")
    next_url = safe_next_url(request)
    withdraw = request.POST.get("aktion") == ACTION_WITHDRAW
    if withdraw or request.POST.get("immer") == "1":
        return _store(request, host, withdraw, next_url)
    if _wants_json(request):
        return JsonResponse({"host": host, "remembered": False})
    return HttpResponseRedirect(_with_query(next_url, {ONCE_PARAMETER: ONCE_VALUE}))


def _store(request, host, withdraw, next_url):
    hosts = consented_hosts(request)
    if withdraw:
        hosts.discard(host)
    else:
        hosts.add(host)
    if _wants_json(request):
        response = JsonResponse({"host": host, "remembered": not withdraw})
    else:
        status = {STATUS_PARAMETER: ACTION_WITHDRAW} if withdraw else {}
        response = HttpResponseRedirect(_with_query(next_url, status))
    value = cookie_value(hosts)
    if value:
        response.set_cookie(
            COOKIE_NAME,
            value,
            max_age=COOKIE_MAX_AGE,
            path="/",
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(COOKIE_NAME, path="/", samesite="Lax")
    return response


def safe_next_url(request):
    """``next`` from the form if it is a path on this site, else ``/``.

    Absolute URLs (even to this host), scheme-relative ``//host`` and
    backslash tricks are refused: the page always sends its own path.
    """
    candidate = request.POST.get("next", "")
    if (
        not candidate.startswith("/")
        or candidate.startswith(("//", "/\\"))
        or any(character in candidate for character in "\r\n\t\\")
        or not url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return "/"
    return candidate


def _with_query(url, changes):
    """``url`` without our parameters, with ``changes`` and ``#video``."""
    parts = urlsplit(url)
    ours = (ONCE_PARAMETER, STATUS_PARAMETER)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key not in ours]
    query += list(changes.items())
    return urlunsplit(("", "", parts.path, urlencode(query), FRAGMENT))


def _wants_json(request):
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept
