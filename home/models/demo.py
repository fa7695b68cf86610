"""Bookkeeping for the demo content loader."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DemoContentRecord(models.Model):
    """One thing ``load_demo_content`` created, by its key.

    A second run finds the record and leaves the thing alone, even if an editor
    renamed, moved or deleted it, so the loader never duplicates a page and
    never brings back one an editor removed.
    """

    key = models.CharField(_("Schlüssel"), max_length=100, unique=True)
    translation_key = models.UUIDField(_("Übersetzungsschlüssel"), null=True, blank=True)
    object_id = models.PositiveBigIntegerField(
        _("Objekt-ID"), null=True, blank=True, help_text=_("Für Dokumente, Bilder und Snippets.")
    )
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Demo-Inhalt")
        verbose_name_plural = _("Demo-Inhalte")

    def __str__(self):
        return self.key
