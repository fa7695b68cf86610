"""Builders for the accessibility tests."""

import time
from datetime import date

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Site

from accessibility.forms import issue_time_token
from accessibility.models import AccessibilityStatementPage
from home.models import SiteSettings

STATEMENT_FIELDS = {
    "title": "Erklärung zur Barrierefreiheit",
    "slug": "barrierefreiheit",
    "intro": "Wir sind bemüht, unsere Website barrierefrei zu machen.",
    "compliance": "partial",
    "statement_date": date(2025, 3, 1),
    "method": "third_party",
    "test_body": "Prüfstelle Beispiel GmbH",
    "method_details": "BITV-Test an zwölf Seiten.",
    "last_review_date": date(2025, 9, 15),
    "conciliation_name": "Schlichtungsstelle BGG",
    "conciliation_text": "Das Verfahren ist kostenlos.",
    "conciliation_url": "https://www.schlichtungsstelle-bgg.de",
    "conciliation_address": "Mauerstraße 53\n10117 Berlin",
    "conciliation_email": "info@example.org",
}


def item(content, reason="non_compliance", justification="", alternative=""):
    return (
        "item",
        {
            "content": content,
            "problem": f"<p>{content} ist nicht barrierefrei.</p>",
            "reason": reason,
            "justification": justification,
            "alternative": f"<p>{alternative}</p>" if alternative else "",
        },
    )


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def statement_page(parent, **fields):
    page = AccessibilityStatementPage(**{**STATEMENT_FIELDS, **fields})
    if "non_accessible" not in fields:
        page.non_accessible = [
            item(
                "Alte PDF-Dokumente",
                justification="Wird bis 2026 behoben.",
                alternative="Als Word-Datei auf Anfrage.",
            ),
            item("Kartenansicht", reason="disproportionate_burden", justification="Zu teuer."),
            item("Archiv vor 2018", reason="out_of_scope", justification="Vor dem 23.9.2018."),
        ]
    return publish(parent, page)


def translate(page, **fields):
    """A published English translation of ``page`` (fields copied, ``fields`` changed)."""
    english = Locale.objects.get(language_code="en")
    translated = page.copy_for_translation(english, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def site_settings(**pages):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for field, value in pages.items():
        setattr(settings, field, value)
    settings.save()
    return settings


def document(name, data, title=None):
    return get_document_model().objects.create(
        title=title or name, file=ContentFile(data, name=name)
    )


def form_data(**overrides):
    """A POST that passes every check: shown ten seconds ago, honeypot empty."""
    data = {
        "seite": "/themen/",
        "beschreibung": "Das Menü lässt sich nicht mit der Tastatur öffnen.",
        "name": "",
        "email": "",
        "website": "",
        "zeit": issue_time_token(now=time.time() - 10),
    }
    data.update(overrides)
    return data
