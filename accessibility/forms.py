"""The form "Barriere melden" and its protection against spam, without third parties.

Four fields: the page (a path on this site, prefilled), the description of the
barrier (required), and a name and an e-mail address (both voluntary; an address is
only needed for an answer and a confirmation). No consent checkbox: a public body
processes a report to fulfil its legal duty to offer a feedback mechanism (BITV 2.0
§ 7, GDPR Art. 6(1)(c) and (e)), so the form informs instead of asking (see the note
under the form).

Spam is kept out by what a person filling the form in a browser never does:

* **Honeypot.** A text field ``website`` hidden by the stylesheet, labelled "Bitte
  dieses Feld leer lassen" for anyone who sees it anyway (no stylesheet). Bots that
  fill every field give themselves away.
* **Signed time.** A hidden ``zeit`` carries the moment the form was shown, signed
  with ``SECRET_KEY``. Sent less than :data:`MIN_SECONDS` after that is too fast for a
  person; more than :data:`MAX_SECONDS` after it is too old to trust (a harvested
  form replayed). Either way the form comes back with the answers kept, a message
  and a fresh time, so a person only has to send it again.
* **Links.** At most :data:`MAX_LINKS` web addresses in the description, none in the
  name: spam is links.
* **Rate limit.** Reports per client address and hour (``FEEDBACK_RATE_LIMIT``, see
  :mod:`home.ratelimit`), counted only for reports that would be stored.
"""

import re
import time
from urllib.parse import urlsplit, urlunsplit

from django import forms
from django.core import signing
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

SALT = "vielfalt.accessibility.feedback.time"
MIN_SECONDS = 3
MAX_SECONDS = 2 * 60 * 60
MAX_LINKS = 3
MAX_PATH_LENGTH = 500
HONEYPOT_FIELD = "website"
TIME_FIELD = "zeit"
PAGE_PARAMETER = "seite"

_LINK = re.compile(r"https?://|\bwww\.", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")

TIME_OK = "ok"
TIME_INVALID = "invalid"
TIME_TOO_FAST = "too_fast"
TIME_EXPIRED = "expired"

SPAM_MESSAGES = {
    TIME_INVALID: _(
        "Das Formular war unvollständig. Bitte prüfen Sie Ihre Angaben und senden Sie "
        "die Meldung noch einmal ab."
    ),
    TIME_TOO_FAST: _(
        "Das ging sehr schnell – so schnell senden sonst nur Programme, die Werbung "
        "verschicken. Bitte prüfen Sie Ihre Angaben und senden Sie die Meldung noch "
        "einmal ab."
    ),
    TIME_EXPIRED: _(
        "Das Formular war länger als zwei Stunden geöffnet. Bitte prüfen Sie Ihre Angaben "
        "und senden Sie die Meldung noch einmal ab."
    ),
    "honeypot": _(
        "Ihre Meldung wurde nicht gesendet, weil das Feld „Bitte dieses Feld leer lassen“ "
        "ausgefüllt war. Es dient dazu, Werbung zu erkennen, die Programme automatisch "
        "verschicken. Bitte lassen Sie es leer und senden Sie die Meldung noch einmal ab."
    ),
}


def issue_time_token(now=None):
    """The signed moment the form is shown."""
    return signing.dumps(round(time.time() if now is None else now, 1), salt=SALT)


def check_time_token(token, now=None):
    """:data:`TIME_OK`, or why the form's time cannot be accepted."""
    try:
        issued = float(signing.loads(token or "", salt=SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return TIME_INVALID
    age = (time.time() if now is None else now) - issued
    if age < -60:
        return TIME_INVALID  # issued in the future: not ours, or a clock gone wrong
    if age < MIN_SECONDS:
        return TIME_TOO_FAST
    if age > MAX_SECONDS:
        return TIME_EXPIRED
    return TIME_OK


def spam_problem(data, now=None):
    """The message for a submission that looks automated, or None."""
    if (data.get(HONEYPOT_FIELD) or "").strip():
        return SPAM_MESSAGES["honeypot"]
    verdict = check_time_token(data.get(TIME_FIELD), now=now)
    if verdict != TIME_OK:
        return SPAM_MESSAGES[verdict]
    return None


def same_site_path(value, request):
    """``value`` as a path on this site (``/themen/?seite=2``), ``""`` for none, or None.

    Accepts a path or a full address on this host (shortened to its path). Refuses
    (None) anything else: other hosts, scheme-relative ``//host``, backslashes and
    control characters, other schemes. The fragment is dropped. The result is safe to
    link to from this site: it can only lead to this site.
    """
    value = (value or "").strip()
    if not value:
        return ""
    if len(value) > MAX_PATH_LENGTH or _CONTROL.search(value):
        return None
    try:
        parts = urlsplit(value)
        host = request.get_host()
    except ValueError:
        return None
    if (parts.scheme or parts.netloc) and (
        parts.scheme not in ("http", "https") or parts.netloc.lower() != host.lower()
    ):
        return None
    path = urlunsplit(("", "", parts.path, parts.query, ""))
    if not path.startswith("/") or path.startswith("//"):
        return None
    if not url_has_allowed_host_and_scheme(path, allowed_hosts={host}):
        return None
    return path


def referer_path(request):
    """The path of the page the visitor came from, if it is on this site."""
    referer = request.headers.get("Referer", "")
    path = same_site_path(referer, request) if referer.startswith(("http://", "https://")) else None
    return path or ""


class FeedbackForm(forms.Form):
    """What the sender types; spam checks are :func:`spam_problem` and the rate limit."""

    seite = forms.CharField(
        label=_("Adresse der Seite"),
        required=False,
        max_length=MAX_PATH_LENGTH,
        help_text=_(
            "Wo ist die Barriere? Wenn Sie über „Barriere melden“ auf einer Seite gekommen "
            "sind, steht deren Adresse schon hier."
        ),
    )
    beschreibung = forms.CharField(
        label=_("Beschreibung der Barriere"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 60}),
        help_text=_(
            "Was hat nicht funktioniert? Wenn Sie möchten: Welches Gerät, welchen Browser "
            "und welche Hilfsmittel nutzen Sie, zum Beispiel einen Screenreader?"
        ),
        error_messages={
            "required": _("Bitte beschreiben Sie die Barriere."),
            "max_length": _(
                "Bitte fassen Sie sich kürzer: höchstens %(limit_value)d Zeichen "
                "(jetzt %(show_value)d)."
            ),
        },
    )
    name = forms.CharField(
        label=_("Ihr Name"),
        required=False,
        max_length=200,
        error_messages={
            "max_length": _("Bitte geben Sie höchstens %(limit_value)d Zeichen an."),
        },
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        required=False,
        max_length=254,
        help_text=_(
            "Nur nötig, wenn Sie eine Antwort möchten. Sie bekommen dann auch eine "
            "Eingangsbestätigung."
        ),
        error_messages={
            "invalid": _(
                "Bitte geben Sie eine vollständige E-Mail-Adresse an, zum Beispiel "
                "name@example.org, oder lassen Sie das Feld leer."
            ),
        },
    )

    field_order = ["seite", "beschreibung", "name", "email"]

    def __init__(self, *args, request=None, **kwargs):
        kwargs.setdefault("auto_id", "feedback-%s")
        super().__init__(*args, **kwargs)
        self.request = request

    @classmethod
    def for_display(cls, request, page_path=""):
        """An empty form, with the page filled in when it is a path on this site."""
        path = same_site_path(page_path, request) if page_path else ""
        return cls(request=request, initial={"seite": path or ""})

    def clean_seite(self):
        path = same_site_path(self.cleaned_data.get("seite"), self.request)
        if path is None:
            raise forms.ValidationError(
                _(
                    "Bitte geben Sie die Adresse einer Seite dieser Website an, zum Beispiel "
                    "/themen/, oder lassen Sie das Feld leer und beschreiben Sie die Seite "
                    "in Ihrer Meldung."
                ),
                code="foreign",
            )
        return path

    def clean_beschreibung(self):
        text = self.cleaned_data.get("beschreibung", "").strip()
        if not text:
            raise forms.ValidationError(
                self.fields["beschreibung"].error_messages["required"], code="required"
            )
        links = len(_LINK.findall(text))
        if links > MAX_LINKS:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Bitte nennen Sie höchstens %(limit)d Internetadresse (jetzt %(count)d).",
                    "Bitte nennen Sie höchstens %(limit)d Internetadressen (jetzt %(count)d).",
                    "limit",
                ),
                code="links",
                params={"limit": MAX_LINKS, "count": links},
            )
        return text

    def clean_name(self):
        name = " ".join(self.cleaned_data.get("name", "").split())
        if _LINK.search(name):
            raise forms.ValidationError(
                _("Bitte geben Sie im Namen keine Internetadresse an."), code="links"
            )
        return name

    def error_items(self):
        """``[(field id, message)]`` for the error summary, in the order of the fields."""
        items = []
        for name in self.field_order:
            for message in self.errors.get(name, []):
                items.append((self[name].id_for_label, message))
        return items
