"""Organisations: administrations, associations and institutes that take part."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class OrganisationManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name=name)


class Organisation(index.Indexed, models.Model):
    """An administration or another body: a member of a network, a project's partner or lead.

    Names are proper names and stay as they are in every language.
    """

    class Level(models.TextChoices):
        KOMMUNE = "kommune", _("Kommune")
        LAND = "land", _("Land")
        BUND = "bund", _("Bund")
        ZIVILGESELLSCHAFT = "zivilgesellschaft", _("Zivilgesellschaft")
        WISSENSCHAFT = "wissenschaft", _("Wissenschaft")
        SONSTIGE = "sonstige", _("Sonstige")

    class State(models.TextChoices):
        BW = "BW", "Baden-Württemberg"
        BY = "BY", "Bayern"
        BE = "BE", "Berlin"
        BB = "BB", "Brandenburg"
        HB = "HB", "Bremen"
        HH = "HH", "Hamburg"
        HE = "HE", "Hessen"
        MV = "MV", "Mecklenburg-Vorpommern"
        NI = "NI", "Niedersachsen"
        NW = "NW", "Nordrhein-Westfalen"
        RP = "RP", "Rheinland-Pfalz"
        SL = "SL", "Saarland"
        SN = "SN", "Sachsen"
        ST = "ST", "Sachsen-Anhalt"
        SH = "SH", "Schleswig-Holstein"
        TH = "TH", "Thüringen"

    name = models.CharField(_("Name"), max_length=255, unique=True)
    short_name = models.CharField(
        _("Kurzname"),
        max_length=50,
        blank=True,
        help_text=_("Die gebräuchliche Abkürzung, zum Beispiel LADS."),
    )
    level = models.CharField(
        _("Ebene"), max_length=20, choices=Level.choices, default=Level.KOMMUNE
    )
    state = models.CharField(
        _("Bundesland"),
        max_length=2,
        choices=State.choices,
        blank=True,
        help_text=_("Leer bei Bundesbehörden und bundesweit tätigen Organisationen."),
    )
    website = models.URLField(_("Website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird in Partner- und Förderleisten mit dem Namen als Alternativtext gezeigt."),
    )

    objects = OrganisationManager()

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        MultiFieldPanel([FieldPanel("level"), FieldPanel("state")], heading=_("Einordnung")),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.FilterField("level"),
        index.FilterField("state"),
    ]

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    def natural_key(self):
        return (self.name,)

    @property
    def is_administration(self):
        """True for municipal, state and federal bodies."""
        return self.level in ADMINISTRATION_LEVELS

    def schema_org(self):
        """The organisation for schema.org: a GovernmentOrganization or an Organization."""
        data = {
            "@type": "GovernmentOrganization" if self.is_administration else "Organization",
            "name": self.name,
        }
        if self.short_name:
            data["alternateName"] = self.short_name
        if self.website:
            data["url"] = self.website
        return data


ADMINISTRATION_LEVELS = frozenset(
    {Organisation.Level.KOMMUNE, Organisation.Level.LAND, Organisation.Level.BUND}
)

LEVEL_ORDER = [
    Organisation.Level.BUND,
    Organisation.Level.LAND,
    Organisation.Level.KOMMUNE,
    Organisation.Level.ZIVILGESELLSCHAFT,
    Organisation.Level.WISSENSCHAFT,
    Organisation.Level.SONSTIGE,
]
"""The order in which members are grouped: the administrations first, from the top down."""
