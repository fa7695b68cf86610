"""Small views that are not Wagtail pages."""

import hashlib

from django.db import connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from home.models import SiteSettings


@require_GET
def healthz(request):
    """For load balancers: answers once the database answers."""
    connection.ensure_connection()
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def theme_css(request):
    """The requested site's theme colours as CSS custom properties.

    Served as a stylesheet rather than an inline ``<style>`` so that the
    Content-Security-Policy needs no ``unsafe-inline``; the URL carries a hash of
    the colours (see ``SiteSettings.theme_version``), so it can be cached forever.
    Each site (host name) gets its own colours. A ``?v=`` that is not this site's
    current version (an old one, or another site's) is answered without the long
    lifetime, so a cache that keys on the path alone cannot keep one site's colours
    under the address of another's.
    """
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else SiteSettings()
    css = render_to_string("home/theme.css", {"theme": site_settings})
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["ETag"] = f'"{hashlib.sha256(css.encode()).hexdigest()[:16]}"'
    version = request.GET.get("v")
    if version is None or version == site_settings.theme_version:
        patch_cache_control(response, public=True, max_age=31_536_000, immutable=True)
    else:
        patch_cache_control(response, no_cache=True)
    return response
