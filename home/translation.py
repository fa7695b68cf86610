"""Translate pages through wagtail-localize, the way an editor uploading a PO file would;
and write German page bodies together with their English catalogue."""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


class IncompleteTranslation(Exception):
    """A catalogue lacks strings that the page contains."""

    def __init__(self, instance, missing):
        self.instance = instance
        self.missing = missing
        super().__init__(
            f"{len(missing)} string(s) of {instance!s} have no translation: "
            + "; ".join(repr(text) for text in missing[:5])
        )


def _fill_catalogue(instance, locale, catalogue):
    """Put ``catalogue``'s strings into the instance's wagtail-localize translation."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in catalogue:
            entry.msgstr = catalogue[entry.msgid]
        else:
            missing.append(entry.msgid)
    if missing:
        raise IncompleteTranslation(instance, missing)
    translation.import_po(po)
    return source


@transaction.atomic
def translate_snippet(instance, language_code, catalogue, user=None):
    """Create or update the translation of a translatable snippet (TranslatableMixin).

    Same contract as :func:`translate_page`; returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source = _fill_catalogue(instance, locale, catalogue)
    source.create_or_update_translation(locale, user=user, publish=True, fallback=False)
    return instance.get_translation(locale)


@transaction.atomic
def translate_page(page, language_code, catalogue, user=None, publish=True):
    """Create or update the published translation of ``page`` into ``language_code``.

    ``catalogue`` maps each source string (as wagtail-localize segments it, rich
    text with its ``<a id="a1">`` placeholders) to its translation. Every string
    must be translated: a partial catalogue raises :class:`IncompleteTranslation`
    and nothing is saved. The parent page must have been translated first. With
    ``publish=False`` the translation is saved as a draft (a new translation is not
    live) for editors to publish.

    wagtail-localize's own ``save_target`` defers publishing to
    ``transaction.on_commit``; publishing the revision here instead keeps the
    page tree consistent when several pages are translated in one transaction
    (and works inside test transactions, which never commit).
    """
    locale = Locale.objects.get(language_code=language_code)
    page = page.specific
    source = _fill_catalogue(page, locale, catalogue)
    source.create_or_update_translation(locale, user=user, publish=False, fallback=False)
    translated = page.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated


# German bodies with their English catalogue ---------------------------------------------


@dataclass(frozen=True)
class Items:
    """A bulleted list: ``[(German, English)]``."""

    items: list


def body(sections):
    """StreamField data for ``[(heading pair or None, [paragraph pairs or Items])]``."""
    blocks = []
    for heading, parts in sections:
        if heading is not None:
            blocks.append(("heading", {"text": heading[0], "level": "h2"}))
        html = ""
        for part in parts:
            if isinstance(part, Items):
                html += "<ul>" + "".join(f"<li>{de}</li>" for de, _en in part.items) + "</ul>"
            else:
                html += f"<p>{part[0]}</p>"
        if html:
            blocks.append(("paragraph", html))
    return blocks


def catalogue(sections, *pairs):
    """The English catalogue of ``sections`` and of further ``(German, English)`` pairs."""
    strings = dict(pairs)
    for heading, parts in sections:
        if heading is not None:
            strings[heading[0]] = heading[1]
        for part in parts:
            if isinstance(part, Items):
                strings.update(part.items)
            else:
                strings[part[0]] = part[1]
    return strings
