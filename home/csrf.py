"""Protection against cross-site request forgery for public forms, without a cookie.

Django's CSRF protection needs the ``csrftoken`` cookie, which ``{% csrf_token %}``
sets for every visitor who merely sees a form. Anonymous visitors of this site get
no cookie they did not choose, so the public forms (the Diversometer, video consent,
the feedback form) are protected by where the request comes from instead:

* ``Sec-Fetch-Site: same-origin``: the browser itself says that a page of this site
  sent the request (every current browser sends it; a page elsewhere cannot forge it);
* otherwise an ``Origin`` header equal to this site's scheme and host, or one of
  ``CSRF_TRUSTED_ORIGINS`` (the same rules as Django's own origin check);
* otherwise, for older browsers that send neither, a ``Referer`` from this site
  (``SECURE_REFERRER_POLICY = "same-origin"`` keeps it for our own pages).

Anything else gets 403 with a page that says what happened. A request from another
site with ``Sec-Fetch-Site`` is accepted only from an origin in ``CSRF_TRUSTED_ORIGINS``.

Use :func:`same_origin_post` on a view, or on a Wagtail page's ``serve`` method or a
``RoutablePageMixin`` route. Plain views are exempted from Django's middleware by the
decorator (``csrf_exempt``); pages are served by Wagtail's ``serve`` view, so
:class:`SameOriginPagesMiddleware` (in ``MIDDLEWARE`` just before Django's
``CsrfViewMiddleware``) looks up the page that will answer and tells Django's
middleware to skip the token check only when that page's view is decorated. Everything
else keeps Django's cookie-based protection: the admin, login and wagtail-localize are
for logged-in editors, who have a session cookie anyway.

The views decorated here must not need a session or messages either: they would set
a cookie again.
"""

import logging
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.http import is_same_domain

logger = logging.getLogger("django.security.csrf")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
MARK = "same_origin_post"
TEMPLATE = "403_origin.html"


def _own_origin(request):
    try:
        return f"{'https' if request.is_secure() else 'http'}://{request.get_host()}"
    except DisallowedHost:
        return None


def _is_trusted(origin):
    """Whether ``origin`` (``scheme://host[:port]``) is one of ``CSRF_TRUSTED_ORIGINS``."""
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        if "*" not in trusted:
            if origin == trusted:
                return True
            continue
        allowed = urlsplit(trusted)
        if parts.scheme == allowed.scheme and is_same_domain(
            parts.netloc, allowed.netloc.lstrip("*")
        ):
            return True
    return False


def _is_own_or_trusted(request, origin):
    return origin == _own_origin(request) or _is_trusted(origin)


def origin_problem(request):
    """Why an unsafe request cannot be shown to come from this site; ``None`` if it can."""
    if request.method in SAFE_METHODS:
        return None
    return provenance_problem(request)


def provenance_problem(request):
    """Why any request (also a GET) cannot be shown to come from this site, or ``None``.

    The same headers as for posts; a request that sends none of them is refused.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if fetch_site == "same-origin":
        return None
    if fetch_site:
        if origin and origin != "null" and _is_trusted(origin):
            return None
        return f"Sec-Fetch-Site: {fetch_site} (origin {origin or 'not sent'})"
    if origin:
        if origin != "null" and _is_own_or_trusted(request, origin):
            return None
        return f"Origin {origin} is not this site's"
    referer = request.headers.get("Referer")
    if referer:
        try:
            parts = urlsplit(referer)
        except ValueError:
            return "malformed Referer"
        if (
            parts.scheme
            and parts.netloc
            and _is_own_or_trusted(request, f"{parts.scheme}://{parts.netloc}")
        ):
            return None
        return "Referer is not from this site"
    return "neither Sec-Fetch-Site, Origin nor Referer sent"


def refuse(request, reason):
    """The 403 page: what happened and what the visitor can do (active language)."""
    logger.warning(
        "Forbidden (%s): %s",
        reason,
        request.path,
        extra={"status_code": 403, "request": request},
    )
    response = render(request, TEMPLATE, {"reason": reason}, status=403)
    add_never_cache_headers(response)
    return response


def _find_request(args):
    """The request among a view's (``request, …``) or a method's (``self, request, …``)."""
    for argument in args[:2]:
        if isinstance(argument, HttpRequest):
            return argument
    raise TypeError("same_origin_post: the view was called without a request")


def same_origin_post(view):
    """Accept unsafe requests (POST, …) to ``view`` only from pages of this site.

    Works on a view function, a page's ``serve`` method and a RoutablePageMixin
    route (put it below ``@path``/``@re_path``). No cookie, no token in the form.
    """

    @wraps(view)
    def wrapper(*args, **kwargs):
        request = _find_request(args)
        # Django's test client turns CSRF checks off unless enforce_csrf_checks=True.
        if not getattr(request, "_dont_enforce_csrf_checks", False):
            problem = origin_problem(request)
            if problem is not None:
                return refuse(request, problem)
        return view(*args, **kwargs)

    wrapper.csrf_exempt = True
    setattr(wrapper, MARK, True)
    return wrapper


def is_same_origin_view(view):
    return bool(getattr(view, MARK, False))


class SameOriginPagesMiddleware:
    """Lets Django's ``CsrfViewMiddleware`` (which must come after it) skip the token
    check for a Wagtail page whose view is decorated with :func:`same_origin_post`:
    the decorator checks the origin when the page answers.

    The route is looked up with ``Page.route_for_request``, which caches it on the
    request, so Wagtail's ``serve`` view does not route a second time.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method not in SAFE_METHODS and _serves_same_origin_page(
            request, callback, callback_args, callback_kwargs
        ):
            # Django's own flag for "checked already": its middleware then accepts.
            request.csrf_processing_done = True


def _serves_same_origin_page(request, callback, args, kwargs):
    from wagtail import views as wagtail_views
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    if callback is not wagtail_views.serve:
        return False
    path = kwargs["path"] if "path" in kwargs else (args[0] if args else "")
    route = Page.route_for_request(request, path)
    if route is None:
        return False
    page, route_args, _route_kwargs = route
    if is_same_origin_view(page.serve):
        return True
    return (
        isinstance(page, RoutablePageMixin)
        and bool(route_args)
        and is_same_origin_view(route_args[0])
    )
