"""Small views that are not Wagtail pages."""

import hashlib

from django.db import connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from home.models import SiteSettings


@require_GET
def healthz(request):
    """For load balancers: answers once the database answers."""
    connection.ensure_connection()
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@cache_control(public=True, max_age=31_536_000, immutable=True)
def theme_css(request):
    """The site's theme colours as CSS custom properties.

    Served as a stylesheet rather than an inline ``<style>`` so that the
    Content-Security-Policy needs no ``unsafe-inline``; the URL carries a hash of
    the colours (see ``SiteSettings.theme_version``), so it can be cached forever.
    """
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else SiteSettings()
    css = render_to_string("home/theme.css", {"theme": site_settings})
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["ETag"] = f'"{hashlib.sha256(css.encode()).hexdigest()[:16]}"'
    return response
