"""The document library's Document: a Wagtail document that knows its contents."""

import os

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.documents.models import AbstractDocument
from wagtail.search import index

from home.formats import file_description


class LibraryDocument(AbstractDocument):
    """A published file with what was read from it: text, pages, language, tagging.

    The text is extracted in the background (``publications.tasks``) after an
    upload or a file replacement; until then ``extraction_status`` is "pending".
    A file that cannot be read is kept, flagged, and explained to the editor.
    Videos (MP4, WebM) and their WebVTT captions live here too, so they share
    collections, permissions and the serve view; a video's status is "media",
    a caption file's text is its cues.
    """

    class ExtractionStatus(models.TextChoices):
        PENDING = "pending", _("wird ausgewertet")
        OK = "ok", _("durchsuchbar")
        NO_TEXT = "no_text", _("kein durchsuchbarer Text")
        ENCRYPTED = "encrypted", _("verschlüsselt, kein durchsuchbarer Text")
        BROKEN = "broken", _("beschädigt, kein durchsuchbarer Text")
        # Videos have no text of their own; nothing is wrong with them.
        MEDIA = "media", _("Mediendatei")

    class Language(models.TextChoices):
        GERMAN = "de", _("Deutsch")
        ENGLISH = "en", _("Englisch")

    language = models.CharField(
        _("Sprache"),
        max_length=8,
        choices=Language.choices,
        blank=True,
        help_text=_("Leer lassen, um die Sprache aus dem Text zu erkennen."),
    )
    extracted_text = models.TextField(_("ausgelesener Text"), blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("Seitenzahl"), null=True, blank=True, editable=False)
    file_format = models.CharField(_("Dateiformat"), max_length=10, blank=True, editable=False)
    is_tagged_pdf = models.BooleanField(
        _("getaggtes PDF"),
        null=True,
        editable=False,
        help_text=_("Ein getaggtes PDF hat eine Struktur, die Screenreader vorlesen können."),
    )
    extraction_status = models.CharField(
        _("Textauswertung"),
        max_length=12,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )
    extraction_message = models.TextField(
        _("Hinweis zur Textauswertung"), blank=True, editable=False
    )
    extracted_hash = models.CharField(max_length=40, blank=True, editable=False)
    extracted_at = models.DateTimeField(_("ausgewertet am"), null=True, blank=True, editable=False)

    admin_form_fields = ("title", "file", "collection", "tags", "language")

    # The read-only API (docs/api.md): what a reader sees of the file; never the
    # extracted text, the extraction's status and messages or who uploaded it.
    api_fields = [
        APIField("file_format"),
        APIField("file_size"),
        APIField("page_count"),
        APIField("language"),
        APIField("is_tagged_pdf"),
    ]

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("extracted_text"),
        index.FilterField("file_format"),
        index.FilterField("language"),
        index.FilterField("extraction_status"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")

    @property
    def extension(self):
        return os.path.splitext(self.file.name or "")[1].lower().lstrip(".")

    @property
    def is_searchable(self):
        return self.extraction_status == self.ExtractionStatus.OK

    @property
    def description(self):
        """``PDF-Dokument (447,9 kB)``."""
        return file_description(self.filename, self.file_size)
