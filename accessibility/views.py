"""The form "Barriere melden": ``/barriere-melden/`` (``/en/barriere-melden/``).

GET shows the form, with the page filled in from ``?seite=`` (the footer link of every
page sends it) or else from the ``Referer``, in both cases only if it is a path on this
site. POST checks the form (bad input: the form again with an error summary and the
answers kept, 400), the spam checks of :mod:`accessibility.forms` (the form again with
a message, 400; nothing stored or sent) and the rate limit (429 with ``Retry-After``).
A report that passes is stored first, then its e-mails are queued
(:func:`accessibility.tasks.send_feedback_mail`), and the browser is redirected (303)
to ``danke/``, so reloading sends nothing twice.

Anonymous visitors get no cookie: the form has no CSRF token; POSTs are accepted only
from pages of this site (:func:`home.csrf.same_origin_post`), and nothing here touches
the session or the messages framework. Every response is ``private, no-store``: it
may carry what the visitor typed.
"""

import logging
import math
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, ngettext
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from accessibility.forms import (
    PAGE_PARAMETER,
    FeedbackForm,
    issue_time_token,
    referer_path,
    same_site_path,
    spam_problem,
)
from accessibility.models import FeedbackReport
from home import ratelimit
from home.csrf import same_origin_post
from home.models import SiteSettings
from home.models.site_settings import service_pages

logger = logging.getLogger(__name__)

RATE_SCOPE = "feedback"
CONFIRMATION_PARAMETER = "bestaetigung"


def configured_rate():
    return ratelimit.parse_rate(getattr(settings, "FEEDBACK_RATE_LIMIT", "10/h"))


def _no_store(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _page_context(request):
    """The statement and privacy pages of this site in the reader's language, and the contact."""
    site_settings = SiteSettings.for_request(request)
    pages = service_pages(request, site_settings)
    statement = pages.get("accessibility_statement_page")
    contact = None
    if statement is not None and hasattr(statement.specific_class, "feedback_contact"):
        contact = statement.specific.feedback_contact(request)
    elif site_settings.contact_email or site_settings.contact_phone:
        contact = {
            "name": site_settings.contact_name or site_settings.organisation_name,
            "email": site_settings.contact_email,
            "phone": site_settings.contact_phone,
            "address": site_settings.contact_address,
        }
    return {
        "statement_page": statement,
        "privacy_page": pages.get("privacy_page"),
        "feedback_contact": contact,
    }


def _render_form(request, form, status=200, problem="", retry_after=0):
    context = {
        "feedback_form": form,
        "time_token": issue_time_token(),
        "problem": problem,
        **_page_context(request),
    }
    response = render(request, "accessibility/feedback_page.html", context, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return _no_store(response)


@require_http_methods(["GET", "HEAD", "POST"])
@same_origin_post
def feedback(request):
    if request.method != "POST":
        page = request.GET.get(PAGE_PARAMETER)
        path = same_site_path(page, request) if page else referer_path(request)
        if path and path.split("?", 1)[0] == request.path:
            path = ""
        return _render_form(request, FeedbackForm.for_display(request, path or ""))

    form = FeedbackForm(request.POST, request=request)
    valid = form.is_valid()
    problem = spam_problem(request.POST)
    if not valid or problem:
        return _render_form(request, form, status=400, problem=problem or "")

    verdict = ratelimit.hit(request, RATE_SCOPE, configured_rate())
    if not verdict.allowed:
        minutes = max(1, math.ceil(verdict.retry_after / 60))
        message = ngettext(
            "Von Ihrem Anschluss kamen in kurzer Zeit viele Meldungen. Bitte senden Sie "
            "Ihre Meldung in %(minutes)d Minute noch einmal oder schreiben Sie uns eine "
            "E-Mail.",
            "Von Ihrem Anschluss kamen in kurzer Zeit viele Meldungen. Bitte senden Sie "
            "Ihre Meldung in %(minutes)d Minuten noch einmal oder schreiben Sie uns eine "
            "E-Mail.",
            minutes,
        ) % {"minutes": minutes}
        return _render_form(
            request, form, status=429, problem=message, retry_after=verdict.retry_after
        )

    report = FeedbackReport.objects.create(
        site=Site.find_for_request(request),
        language=get_language() or settings.LANGUAGE_CODE,
        page_url=form.cleaned_data["seite"],
        description=form.cleaned_data["beschreibung"],
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
    )
    transaction.on_commit(lambda: _queue_mail(report.pk))

    query = {}
    if report.page_url:
        query[PAGE_PARAMETER] = report.page_url
    if report.email:
        query[CONFIRMATION_PARAMETER] = "1"
    url = reverse("accessibility_feedback_thanks")
    response = HttpResponseRedirect(f"{url}?{urlencode(query)}" if query else url)
    response.status_code = 303
    return _no_store(response)


def _queue_mail(report_id):
    from accessibility.tasks import send_feedback_mail

    try:
        send_feedback_mail.enqueue(report_id)
    except Exception:
        # The report is stored; `manage.py send_feedback_mail` sends it later.
        logger.exception("feedback report %s: e-mail could not be queued", report_id)


@require_http_methods(["GET", "HEAD"])
def thanks(request):
    """The confirmation page; ``?seite=`` links back (only to a path on this site)."""
    back = same_site_path(request.GET.get(PAGE_PARAMETER, ""), request) or ""
    context = {
        "back_url": back,
        "confirmation_sent": request.GET.get(CONFIRMATION_PARAMETER) == "1",
        **_page_context(request),
    }
    response = render(request, "accessibility/feedback_thanks.html", context)
    return _no_store(response)
