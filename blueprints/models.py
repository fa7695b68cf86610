"""The blueprint library: pages that editors offer as starting points ("Vorlagen").

A :class:`Blueprint` marks one page (with its translations, which share its
``translation_key``) as a template. "Neue Seite aus Vorlage" copies it as a draft
where the editor chooses (:mod:`blueprints.copying`); the copy is an ordinary page,
not a blueprint itself, because the mark lives here and not on the page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from blueprints.admin_forms import BlueprintAdminForm


class Blueprint(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("Seite"),
        on_delete=models.CASCADE,
        related_name="blueprint",
        help_text=_(
            "Die Seite, die als Vorlage dient. Ihre Übersetzungen werden beim Kopieren "
            "mitgenommen, wenn es die Zielseite auch in diesen Sprachen gibt."
        ),
    )
    description = models.TextField(
        _("Beschreibung"),
        blank=True,
        max_length=1000,
        help_text=_("Wofür die Vorlage gedacht ist und was Redaktionen anpassen sollten."),
    )
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)

    panels = [FieldPanel("page"), FieldPanel("description")]
    base_form_class = BlueprintAdminForm

    class Meta:
        verbose_name = _("Vorlage")
        verbose_name_plural = _("Vorlagen")
        ordering = ["page__title"]

    def __str__(self):
        return self.page.get_admin_display_title() if self.page_id else str(_("Vorlage"))
