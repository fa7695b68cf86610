"""Networks of administrations: who takes part, when they meet, how to join."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api import ORGANISATION_FIELDS, RelatedValues, StreamFieldValue, TopicsValue
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models import TopicsMixin
from networks.blocks import ContactsBlock
from networks.models.events import EventPage
from networks.models.organisations import LEVEL_ORDER, Organisation
from networks.structured_data import network_json_ld

MEMBER_GROUP_HEADINGS = {
    Organisation.Level.BUND: _("Bundesebene"),
    Organisation.Level.LAND: _("Landesebene"),
    Organisation.Level.KOMMUNE: _("Kommunale Ebene"),
    Organisation.Level.ZIVILGESELLSCHAFT: _("Zivilgesellschaft"),
    Organisation.Level.WISSENSCHAFT: _("Wissenschaft"),
    Organisation.Level.SONSTIGE: _("Weitere Mitglieder"),
}


def group_by_level(organisations):
    """``[(heading, [organisation, ...]), ...]``: Bund, Land, Kommune, then the others.

    Groups without members are left out; each group keeps the given order.
    """
    groups = {level: [] for level in LEVEL_ORDER}
    for organisation in organisations:
        groups.setdefault(organisation.level, []).append(organisation)
    return [
        (MEMBER_GROUP_HEADINGS.get(level, level), members)
        for level, members in groups.items()
        if members
    ]


class NetworkPage(TopicsMixin, Page):
    """A network of administrations; its events are its child pages."""

    intro = models.TextField(
        _("Zweck"),
        max_length=600,
        help_text=_(
            "Wozu es das Netzwerk gibt, in ein bis zwei Sätzen. Erscheint unter der "
            "Überschrift und in Übersichten."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))
    founded = models.PositiveSmallIntegerField(
        _("Gegründet im Jahr"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Vierstellig, zum Beispiel 2011. Leer lassen, wenn unbekannt."),
    )
    members = ParentalManyToManyField(
        "networks.Organisation",
        blank=True,
        related_name="networks",
        verbose_name=_("Mitglieder"),
        help_text=_(
            "Die Seite ordnet die Mitglieder nach Ebene: Bund, Land, Kommune, dann die "
            "übrigen. Fehlt eine Organisation, legen Sie sie unter „Organisationen“ an."
        ),
    )
    meetings = models.CharField(
        _("Treffen"),
        max_length=300,
        blank=True,
        help_text=_(
            "Wie oft und wo sich das Netzwerk trifft, zum Beispiel „zweimal jährlich, "
            "reihum bei den Mitgliedern“. Termine, die Sie als Unterseiten anlegen, "
            "erscheinen darunter von selbst."
        ),
    )
    how_to_join = RichTextField(
        _("Mitmachen"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Wer mitmachen kann und wie: Voraussetzungen, Ansprechperson, Ablauf."),
    )
    contact = StreamField(ContactsBlock(), blank=True, verbose_name=_("Ansprechpersonen"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("founded"),
        FieldPanel("body"),
        FieldPanel("members", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("meetings"), FieldPanel("how_to_join")],
            heading=_("Treffen und Mitmachen"),
        ),
        FieldPanel("contact"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("meetings"),
        index.SearchField("how_to_join"),
    ]

    # The read-only API (docs/api.md); the contact persons are left out on purpose.
    api_fields = [
        APIField("intro"),
        APIField("founded"),
        APIField("members", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("meetings"),
        APIField("how_to_join"),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    # The members are the same in every language: wagtail-localize copies them on every
    # update of a translation (by default it leaves many-to-many fields out).
    override_translatable_fields = [SynchronizedField("members")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["networks.EventPage"]

    template = "networks/network_page.html"

    class Meta:
        verbose_name = _("Netzwerk")
        verbose_name_plural = _("Netzwerke")

    def member_list(self):
        """The members ordered by name (in previews too, where they are not saved yet)."""
        return sorted(self.members.all(), key=lambda organisation: organisation.name)

    def upcoming_events(self):
        return EventPage.objects.listed().child_of(self).upcoming()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["member_groups"] = group_by_level(self.member_list())
        context["upcoming_events"] = list(self.upcoming_events())
        return context

    def structured_data(self, request):
        return [network_json_ld(self, self.member_list(), request)]
