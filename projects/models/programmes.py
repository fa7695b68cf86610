"""Funding programmes: the fund, its emblem and the notice that funded projects must show."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


def default_locale_only():
    """Choices limited to the source language: pages link to the German programme.

    Translated pages keep that link; templates show ``programme.localized``, so
    English readers see the English wording.
    """
    return {"locale__language_code": settings.LANGUAGE_CODE}


PROGRAMME_FIELDS = ("name", "short_name", "kind", "notice", "link")
"""What the API shows of a funding programme, in the page's language."""


class FundingProgrammeManager(models.Manager):
    def get_by_natural_key(self, name, language_code):
        return self.get(name=name, locale__language_code=language_code)


class FundingProgramme(TranslatableMixin, index.Indexed, models.Model):
    """A fund such as the EU's Asylum, Migration and Integration Fund (AMIF).

    Projects and calls for proposals refer to it; a project page shows each
    programme's emblem and mandatory notice in its funding bar. The wording is
    translated (wagtail-localize), the emblem and link are shared.
    """

    name = models.CharField(
        _("Name"),
        max_length=255,
        help_text=_("Der volle Name, zum Beispiel „Asyl-, Migrations- und Integrationsfonds“."),
    )
    short_name = models.CharField(
        _("Kurzname"),
        max_length=50,
        blank=True,
        help_text=_("Die gebräuchliche Abkürzung, zum Beispiel AMIF. Erscheint in den Eckdaten."),
    )
    kind = models.CharField(
        _("Art des Programms"),
        max_length=100,
        blank=True,
        help_text=_(
            "Zum Beispiel „EU-Fonds“ oder „Landesprogramm“. Erscheint in den Eckdaten vor "
            "dem Kurznamen: „EU-Fonds (AMIF)“."
        ),
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Das Logo, das geförderte Projekte zeigen müssen, etwa das EU-Emblem."),
    )
    emblem_alt_text = models.CharField(
        _("Alternativtext des Emblems"),
        max_length=300,
        blank=True,
        help_text=_(
            "Was im Emblem steht, für Menschen, die es nicht sehen, zum Beispiel "
            "„Logo: Kofinanziert von der Europäischen Union“. Pflicht, wenn ein Emblem "
            "gewählt ist."
        ),
    )
    notice = models.TextField(
        _("Förderhinweis"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Der vorgeschriebene Wortlaut, zum Beispiel „Dieses Projekt wird aus Mitteln des "
            "Asyl-, Migrations- und Integrationsfonds kofinanziert.“ Erscheint am Ende jeder "
            "Projektseite."
        ),
    )
    link = models.URLField(
        _("Website des Programms"),
        blank=True,
        help_text=_("Wo Lesende mehr über das Programm erfahren; optional."),
    )

    objects = FundingProgrammeManager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("kind")],
            heading=_("Programm"),
        ),
        MultiFieldPanel([FieldPanel("emblem"), FieldPanel("emblem_alt_text")], heading=_("Emblem")),
        FieldPanel("notice"),
        FieldPanel("link"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Förderprogramm")
        verbose_name_plural = _("Förderprogramme")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "locale"], name="unique_funding_programme_name_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def natural_key(self):
        return (self.name, self.locale.language_code)

    def clean(self):
        super().clean()
        if self.emblem_id and not (self.emblem_alt_text or "").strip():
            raise ValidationError(
                {
                    "emblem_alt_text": _(
                        "Bitte einen Alternativtext für das Emblem eingeben: Er nennt, was im "
                        "Emblem steht, zum Beispiel „Logo: Kofinanziert von der Europäischen "
                        "Union“."
                    )
                }
            )

    @property
    def label(self):
        """The short name where there is one: "AMIF"."""
        return self.short_name or self.name
