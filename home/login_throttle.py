"""Throttled admin logins, and a limit on password-reset mails.

**Logins.** Failed logins are counted per username and per client address in Django's
cache through :mod:`home.ratelimit` (HMACs of both, never the values themselves; the
signal ``user_login_failed``, which Django's ``authenticate()`` sends for every failed
attempt). Before Wagtail's login view (or any subclass of Django's ``LoginView``)
handles a POST, :class:`LoginThrottleMiddleware` asks whether either allowance is used
up: ``LOGIN_RATE_LIMIT`` failures for the username typed in (any case), or
``LOGIN_IP_RATE_LIMIT`` failures from the client's address. If so, the view answers
with the login form, a German message and ``429`` with ``Retry-After``, through a form
whose ``clean()`` refuses at once: ``authenticate()`` is never called, so no password
is checked (neither a right nor a wrong one) and nothing more is counted.

A successful login forgets the failures of its username (the person who knows the
password should not wait for the window to end), but not those of the address: a
visitor with one valid account could otherwise reset the address's count between
guesses at other accounts. Other users' failures therefore block a login only through
the address limit (an office behind one address shares it, hence its larger default).
Each refusal is logged (logger ``django.security.login``, warning) with the username,
so an operator sees which account is under attack; the address is in the web server's
access log with the 429.

The username limit lets anyone lock an editor out for the rest of the window by
failing under that name; that is the price of stopping a slow, distributed guess at
one account. ``LOGIN_RATE_LIMIT=off`` leaves only the address limit.

**Password reset.** Each POST to the password-reset form (Wagtail's, or any subclass of
Django's ``PasswordResetView``) counts against ``PASSWORD_RESET_RATE_LIMIT`` per client
address and per e-mail address typed in, whether or not an account has it (so the
answer says nothing about accounts). Over either limit the form answers 429 with a
German message and sends no mail.

**Page and document passwords.** Wagtail's forms for a password view restriction on a
page or on a collection of documents count each wrong password (the form shown again)
against ``PAGE_PASSWORD_RATE_LIMIT`` per client address. Over it, the form is shown with
a German message and ``429``, and the password is not checked.
"""

import logging
import math

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import ValidationError
from django.dispatch import receiver
from django.utils.translation import ngettext

from home import ratelimit

logger = logging.getLogger("django.security.login")

USER_SCOPE = "login-user"
ADDRESS_SCOPE = "login-address"
RESET_ADDRESS_SCOPE = "password-reset-address"
RESET_EMAIL_SCOPE = "password-reset-email"
RESTRICTION_PASSWORD_SCOPE = "restriction-password"  # noqa: S105 - a cache key scope


def _rate(name, default):
    return ratelimit.parse_rate(getattr(settings, name, default))


def user_rate():
    return _rate("LOGIN_RATE_LIMIT", "10/h")


def address_rate():
    return _rate("LOGIN_IP_RATE_LIMIT", "30/h")


def reset_rate():
    return _rate("PASSWORD_RESET_RATE_LIMIT", "5/h")


def restriction_password_rate():
    return _rate("PAGE_PASSWORD_RATE_LIMIT", "30/h")


def normalise(name):
    """Usernames and e-mail addresses count alike whatever their case and spaces."""
    return str(name or "").strip().casefold()


def _worst(verdicts):
    """One verdict: refused if any is, with the longest wait."""
    refused = [verdict for verdict in verdicts if not verdict.allowed]
    if not refused:
        return ratelimit.Verdict(allowed=True)
    return ratelimit.Verdict(
        allowed=False, retry_after=max(verdict.retry_after for verdict in refused)
    )


def login_verdict(request, username):
    """Whether a login attempt for ``username`` from this client may be checked at all."""
    verdicts = [ratelimit.peek(request, ADDRESS_SCOPE, address_rate())]
    if normalise(username):
        verdicts.append(
            ratelimit.peek(request, USER_SCOPE, user_rate(), identity=normalise(username))
        )
    return _worst(verdicts)


def reset_verdict(request, email):
    """Count one password-reset request; whether it is within both limits."""
    rate = reset_rate()
    verdicts = [ratelimit.hit(request, RESET_ADDRESS_SCOPE, rate)]
    if normalise(email):
        verdicts.append(ratelimit.hit(request, RESET_EMAIL_SCOPE, rate, identity=normalise(email)))
    return _worst(verdicts)


@receiver(user_login_failed, dispatch_uid="home.login_throttle.count_failed_login")
def count_failed_login(sender, credentials, request=None, **kwargs):
    """Count a failed login against the client's address and the username."""
    if request is None:
        return
    ratelimit.hit(request, ADDRESS_SCOPE, address_rate())
    username = normalise(credentials.get("username"))
    if username:
        ratelimit.hit(request, USER_SCOPE, user_rate(), identity=username)


@receiver(user_logged_in, dispatch_uid="home.login_throttle.forget_failed_logins")
def forget_failed_logins(sender, request=None, user=None, **kwargs):
    """A successful login forgets its username's failures (not the address's)."""
    if request is None or user is None:
        return
    ratelimit.reset(request, USER_SCOPE, user_rate(), identity=normalise(user.get_username()))


def _minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def login_refusal(verdict):
    minutes = _minutes(verdict.retry_after)
    return ngettext(
        "Zu viele fehlgeschlagene Anmeldeversuche. Aus Sicherheitsgründen ist die "
        "Anmeldung vorübergehend gesperrt. Bitte versuchen Sie es in %(minutes)s Minute "
        "noch einmal.",
        "Zu viele fehlgeschlagene Anmeldeversuche. Aus Sicherheitsgründen ist die "
        "Anmeldung vorübergehend gesperrt. Bitte versuchen Sie es in %(minutes)s Minuten "
        "noch einmal.",
        minutes,
    ) % {"minutes": minutes}


def reset_refusal(verdict):
    minutes = _minutes(verdict.retry_after)
    return ngettext(
        "Zu viele Anfragen zum Zurücksetzen des Passworts. Es wurde keine E-Mail "
        "verschickt. Bitte versuchen Sie es in %(minutes)s Minute noch einmal.",
        "Zu viele Anfragen zum Zurücksetzen des Passworts. Es wurde keine E-Mail "
        "verschickt. Bitte versuchen Sie es in %(minutes)s Minuten noch einmal.",
        minutes,
    ) % {"minutes": minutes}


def restriction_password_refusal(verdict):
    minutes = _minutes(verdict.retry_after)
    return ngettext(
        "Zu viele falsche Passwörter. Aus Sicherheitsgründen wird das Passwort "
        "vorübergehend nicht geprüft. Bitte versuchen Sie es in %(minutes)s Minute noch "
        "einmal.",
        "Zu viele falsche Passwörter. Aus Sicherheitsgründen wird das Passwort "
        "vorübergehend nicht geprüft. Bitte versuchen Sie es in %(minutes)s Minuten noch "
        "einmal.",
        minutes,
    ) % {"minutes": minutes}


def _password_views():
    """Wagtail's views that check the password of a view restriction."""
    from wagtail import views as page_views
    from wagtail.documents.views import serve as document_views

    return (page_views.authenticate_with_password, document_views.authenticate_with_password)


def _refused_password_form(request, view_func, view_kwargs, message):
    """Wagtail's password page with ``message`` and without checking anything."""
    from django.forms.utils import ErrorDict
    from django.shortcuts import get_object_or_404
    from django.template.response import TemplateResponse
    from django.urls import reverse
    from wagtail.forms import PasswordViewRestrictionForm
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

    class RefusedForm(PasswordViewRestrictionForm):
        """Shows ``message`` as its error; its fields (the password) are never cleaned."""

        def full_clean(self):
            self._errors = ErrorDict(
                {"__all__": self.error_class([message], error_class="nonfield")}
            )
            self.cleaned_data = {}

    data = {"return_url": request.POST.get("return_url", "")}
    if view_func is _password_views()[0]:
        restriction = get_object_or_404(
            PageViewRestriction, id=view_kwargs["page_view_restriction_id"]
        )
        page = get_object_or_404(Page, id=view_kwargs["page_id"]).specific
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        form = RefusedForm(data, instance=restriction)
        return page.serve_password_required_response(request, form, action_url)
    restriction = get_object_or_404(CollectionViewRestriction, id=view_kwargs["restriction_id"])
    template = getattr(
        settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
    )
    action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
    form = RefusedForm(data, instance=restriction)
    return TemplateResponse(request, template, {"form": form, "action_url": action_url})


def _throttled_password_view(request, view_func, view_args, view_kwargs):
    rate = restriction_password_rate()
    verdict = ratelimit.peek(request, RESTRICTION_PASSWORD_SCOPE, rate)
    if not verdict.allowed:
        logger.warning(
            "Restriction password not checked: too many wrong passwords from this client; "
            "retry after %s s",
            verdict.retry_after,
        )
        response = _refused_password_form(
            request, view_func, view_kwargs, restriction_password_refusal(verdict)
        )
        response.status_code = 429
        response["Retry-After"] = str(verdict.retry_after)
        return response
    response = view_func(request, *view_args, **view_kwargs)
    if response.status_code == 200:  # the form again: a wrong password
        ratelimit.hit(request, RESTRICTION_PASSWORD_SCOPE, rate)
    return response


class _RefusingView:
    """Mixed into the throttled view: its form refuses in ``clean()`` with ``refusal``,
    before anything else of the form's own cleaning (``authenticate()``, mails) runs."""

    refusal = None

    def get_form_class(self):
        form_class = super().get_form_class()
        refusal = self.refusal

        def clean(form):
            raise ValidationError(refusal, code="throttled")

        return type(form_class.__name__, (form_class,), {"clean": clean, "__module__": __name__})


def _refuse(view_func, request, args, kwargs, refusal, verdict):
    """The view's own page with ``refusal`` as the form's error, as 429."""
    view_class = view_func.view_class
    refusing = type(f"Throttled{view_class.__name__}", (_RefusingView, view_class), {})
    view = refusing.as_view(**getattr(view_func, "view_initkwargs", {}), refusal=refusal)
    response = view(request, *args, **kwargs)
    if response.status_code == 200:
        response.status_code = 429
        response["Retry-After"] = str(verdict.retry_after)
    return response


class LoginThrottleMiddleware:
    """Refuses throttled logins and password-reset requests before their views run
    (see the module docstring). Belongs after Django's CSRF and authentication
    middleware in ``MIDDLEWARE``, so that a forged POST is refused first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        if view_func in _password_views():
            return _throttled_password_view(request, view_func, view_args, view_kwargs)
        view_class = getattr(view_func, "view_class", None)
        if not isinstance(view_class, type):
            return None
        if issubclass(view_class, auth_views.LoginView):
            username = request.POST.get("username", "")
            verdict = login_verdict(request, username)
            if verdict.allowed:
                return None
            logger.warning(
                "Login refused without checking the password: too many failed logins "
                "(username %r or this client); retry after %s s",
                username[:150],
                verdict.retry_after,
            )
            return _refuse(
                view_func, request, view_args, view_kwargs, login_refusal(verdict), verdict
            )
        if issubclass(view_class, auth_views.PasswordResetView):
            verdict = reset_verdict(request, request.POST.get("email", ""))
            if verdict.allowed:
                return None
            logger.warning(
                "Password reset refused, no mail sent: too many requests; retry after %s s",
                verdict.retry_after,
            )
            return _refuse(
                view_func, request, view_args, view_kwargs, reset_refusal(verdict), verdict
            )
        return None
