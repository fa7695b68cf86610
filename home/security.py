"""Security headers on every response: Content-Security-Policy and Permissions-Policy.

Django 5.2 has no Content-Security-Policy of its own, and the package ``django-csp``
would add a dependency for what is one header chosen by the path, so
:class:`SecurityHeadersMiddleware` sets it (``docs/security.md`` explains each part).

Three policies, chosen per response:

* **public** (every page, view and error page outside the admin): scripts, styles,
  fonts and everything else from this site only, no inline script or style (the theme
  colours are the stylesheet ``/theme.css``, JSON-LD is data and is not executed),
  images from this site and the media storage when that is another host, frames only
  from the two video players (``CSP_FRAME_SRC``; the two-click consent creates the
  frame after the visitor's click), no plugins, forms and ``<base>`` only to this site,
  and only this site may frame a page (Wagtail's preview).
* **editor**: the public policy plus ``'unsafe-eval'`` for scripts, for a page that
  carries Wagtail's userbar (a logged-in editor looks at the site; :func:`mark_userbar`,
  hook ``construct_wagtail_userbar``). The userbar's scripts and stylesheet come from
  the page's own host; its accessibility checker needs ``'unsafe-eval'``, because our
  link-text rules reach axe-core as source text (``home/accessibility_checks.py``),
  which axe compiles with ``new Function``. Anonymous visitors never get this policy.
* **admin** (everything under the admin's prefix): Wagtail 8's admin still writes
  inline ``<script>`` elements (date and time pickers, chooser widgets, inline panels,
  the workflow panel of the dashboard, the editor's picks, wagtail-localize's
  translation editor) and inline styles, and its page previews run the accessibility
  checker, so scripts need ``'unsafe-inline'`` and ``'unsafe-eval'`` and styles
  ``'unsafe-inline'``. Everything else stays as strict as the public policy: no
  plugins, no other hosts (images also ``data:`` and ``blob:`` for upload previews).

A response that already carries a policy keeps it: Wagtail's document view sends
``default-src 'none'`` (``WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT``), which stays enforced
even during a report-only rollout. With ``CSP_REPORT_ONLY`` the policy is sent as
``Content-Security-Policy-Report-Only``: browsers report violations (to
``CSP_REPORT_URI`` if set, else only in their console) and block nothing.

``Permissions-Policy`` switches off browser features the site never uses (camera,
microphone, location, payment, sensors, USB …) for the site and every frame in it.
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse

SELF = "'self'"
NONE = "'none'"
UNSAFE_INLINE = "'unsafe-inline'"
UNSAFE_EVAL = "'unsafe-eval'"

ENFORCE_HEADER = "Content-Security-Policy"
REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only"
REPORT_GROUP = "csp-endpoint"

# Set on the request by the hook when the response contains Wagtail's userbar.
USERBAR_MARK = "vielfalt_userbar"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

# The settings a policy is built from: a change (in tests) forgets the cached policies.
_SETTINGS = frozenset(
    {
        "CSP_FRAME_SRC",
        "CSP_IMG_SRC",
        "CSP_REPORT_ONLY",
        "CSP_REPORT_URI",
        "MEDIA_URL",
        "STORAGES",
    }
)


def _origin(url):
    """``scheme://host[:port]`` of an absolute URL, the host of ``//host/…``, else None."""
    parts = urlsplit(url or "")
    if not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme else parts.netloc


def media_sources():
    """Where uploaded images are served from when that is not this site.

    ``MEDIA_URL`` when it names a host, and the S3 bucket of the media storage (its
    custom domain, its endpoint, or AWS's host names of the bucket), then
    ``CSP_IMG_SRC`` from the environment for anything else (a CDN).
    """
    sources = []
    if origin := _origin(settings.MEDIA_URL):
        sources.append(origin)
    storage = settings.STORAGES.get("default", {})
    if storage.get("BACKEND", "").endswith("S3Storage"):
        options = storage.get("OPTIONS", {})
        bucket = options.get("bucket_name")
        endpoint = options.get("endpoint_url")
        if options.get("custom_domain"):
            sources.append(f"https://{options['custom_domain']}")
        elif endpoint:
            parts = urlsplit(endpoint)
            sources.append(f"{parts.scheme}://{parts.netloc}")
            if bucket:
                sources.append(f"{parts.scheme}://{bucket}.{parts.netloc}")
        elif bucket:
            sources.append(f"https://{bucket}.s3.amazonaws.com")
            if options.get("region_name"):
                sources.append(f"https://{bucket}.s3.{options['region_name']}.amazonaws.com")
    sources += getattr(settings, "CSP_IMG_SRC", [])
    return list(dict.fromkeys(sources))


def _report_directives():
    uri = getattr(settings, "CSP_REPORT_URI", "")
    if not uri:
        return {}
    return {"report-uri": [uri], "report-to": [REPORT_GROUP]}


@functools.cache
def public_policy():
    """The policy of every public response, as ``{directive: [source, …]}``."""
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *media_sources()],
        "frame-src": list(getattr(settings, "CSP_FRAME_SRC", [])) or [NONE],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        **_report_directives(),
    }


@functools.cache
def editor_policy():
    """The public policy for a page with Wagtail's userbar (see the module docstring)."""
    policy = public_policy()
    return {**policy, "script-src": [*policy["script-src"], UNSAFE_EVAL]}


@functools.cache
def admin_policy():
    """The policy of the admin (see the module docstring for why it is looser)."""
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *media_sources()],
        # Previews are frames of the admin; a video page's preview may load its player.
        "frame-src": [SELF, *getattr(settings, "CSP_FRAME_SRC", [])],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        **_report_directives(),
    }


def header_value(policy):
    """``{directive: sources}`` as the header's text."""
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


@functools.cache
def admin_prefix():
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def is_admin_request(request):
    prefix = admin_prefix()
    return prefix is not None and request.path.startswith(prefix)


def policy_for(request):
    if is_admin_request(request):
        return admin_policy()
    if getattr(request, USERBAR_MARK, False):
        return editor_policy()
    return public_policy()


def add_security_headers(request, response):
    """Set the Content-Security-Policy (unless the response has one) and Permissions-Policy."""
    if ENFORCE_HEADER not in response and REPORT_ONLY_HEADER not in response:
        report_only = getattr(settings, "CSP_REPORT_ONLY", False)
        name = REPORT_ONLY_HEADER if report_only else ENFORCE_HEADER
        response[name] = header_value(policy_for(request))
        if uri := getattr(settings, "CSP_REPORT_URI", ""):
            response["Reporting-Endpoints"] = f'{REPORT_GROUP}="{uri}"'
    if "Permissions-Policy" not in response:
        response["Permissions-Policy"] = PERMISSIONS_POLICY
    return response


class SecurityHeadersMiddleware:
    """Adds :func:`add_security_headers` to every response (put it near the top of
    ``MIDDLEWARE``, so that responses of the middleware below it get the headers too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return add_security_headers(request, self.get_response(request))


def mark_userbar(request, items, page=None):
    """Hook ``construct_wagtail_userbar``: this response shows the userbar to an editor."""
    setattr(request, USERBAR_MARK, True)


@receiver(setting_changed)
def _forget_policies(setting, **kwargs):
    if setting in _SETTINGS or setting == "ROOT_URLCONF":
        public_policy.cache_clear()
        editor_policy.cache_clear()
        admin_policy.cache_clear()
        admin_prefix.cache_clear()
