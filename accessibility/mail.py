"""The two e-mails about a report: to the site's contact, and a confirmation to the sender.

**Who receives a report.** The feedback e-mail address of the site's accessibility
statement (``SiteSettings.accessibility_statement_page``), else the contact e-mail of
the site settings, else the operators' addresses (``ADMIN_EMAILS``), else
``DEFAULT_FROM_EMAIL``. The message is German (the office's language), plain text, with
the sender's address as ``Reply-To`` so the office can simply answer.

**The confirmation** goes to the sender's address, in the language they wrote in, and
contains nothing they typed: only the report's number, its date and the site. A form
that mails whatever it is given to any address would let anyone send spam through the
site to a third party; a fixed text makes that pointless.

Both are sent by :func:`send_pending` (the task in :mod:`accessibility.tasks`, or
``manage.py send_feedback_mail`` for what a mail server outage left behind), which
records each successful e-mail on the report, so none is sent twice.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from accessibility.models import FeedbackReport
from home.models import SiteSettings

logger = logging.getLogger(__name__)


def _site_settings(report):
    if report.site_id is None:
        return None
    return SiteSettings.for_site(report.site)


def recipients(report):
    """Where the report goes; see the module docstring."""
    site_settings = _site_settings(report)
    if site_settings is not None:
        statement = site_settings.accessibility_statement_page
        if statement is not None:
            email = getattr(statement.specific, "feedback_email", "")
            if email:
                return [email]
        if site_settings.contact_email:
            return [site_settings.contact_email]
    admins = [address for _name, address in settings.ADMINS]
    return admins or [settings.DEFAULT_FROM_EMAIL]


def _organisation(report):
    site_settings = _site_settings(report)
    if site_settings is not None and site_settings.organisation_name:
        return site_settings.organisation_name
    return settings.WAGTAIL_SITE_NAME


def _admin_url(report):
    try:
        path = reverse("feedback_reports:inspect", args=[report.pk])
    except NoReverseMatch:
        return ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _message(template, context, to, reply_to=None):
    subject, _blank, body = render_to_string(template, context).strip().partition("\n")
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
    )


def notification(report):
    """The e-mail to the site's contact, with everything the sender typed."""
    context = {
        "report": report,
        "organisation": _organisation(report),
        "admin_url": _admin_url(report),
        "language": dict(settings.LANGUAGES).get(report.language, report.language),
    }
    with translation.override(settings.LANGUAGE_CODE):
        return _message(
            "accessibility/email/notification.txt",
            context,
            to=recipients(report),
            reply_to=[report.email] if report.email else None,
        )


def confirmation(report):
    """The confirmation to the sender: a fixed text with the number and the date."""
    site = report.site
    context = {
        "report": report,
        "organisation": _organisation(report),
        "site_url": site.root_url if site is not None else "",
    }
    with translation.override(report.language or settings.LANGUAGE_CODE):
        return _message("accessibility/email/confirmation.txt", context, to=[report.email])


def send_pending(report):
    """Send what is still due for ``report``; record each e-mail sent. Raises on failure.

    Each e-mail is recorded as soon as it went out, so a failure of the second does not
    send the first again next time.
    """
    if report.notified_at is None:
        notification(report).send()
        report.notified_at = timezone.now()
        FeedbackReport.objects.filter(pk=report.pk).update(notified_at=report.notified_at)
    if report.confirmation_pending:
        confirmation(report).send()
        report.confirmed_at = timezone.now()
        FeedbackReport.objects.filter(pk=report.pk).update(confirmed_at=report.confirmed_at)
