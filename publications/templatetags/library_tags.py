"""Template helpers of the library: what a reader learns about a file before opening it."""

from django import template
from django.utils.translation import ngettext

from home.formats import file_description
from publications.models.pages import PublicationLanguage

register = template.Library()


@register.filter
def document_facts(document, language=""):
    """``["PDF-Dokument (447,9 kB)", "24 Seiten", "Deutsch"]`` for a library document.

    ``language`` is the publication's language code; it wins over the language
    detected in the file, which only knows German and English.
    """
    if document is None:
        return []
    facts = [file_description(document.filename, document.file_size)]
    if document.page_count:
        facts.append(
            ngettext("%(count)s Seite", "%(count)s Seiten", document.page_count)
            % {"count": document.page_count}
        )
    code = language or document.language
    if code:
        facts.append(str(dict(PublicationLanguage.choices).get(code, code)))
    return facts
