"""Calls for proposals ("Förderaufrufe"): open ones first, expired ones after them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api import RelatedValues, StreamFieldValue, TopicsValue
from home.blocks import RICH_TEXT_FEATURES, BodyBlock, ContactPersonBlock, DocumentDownloadsBlock
from home.feeds import FeedMixin
from home.listing import paginate
from home.models import TopicsMixin
from projects.models.programmes import PROGRAMME_FIELDS, default_locale_only


class FundingNoticeIndexPage(FeedMixin, Page):
    """Lists open calls (deadline ahead) first, expired ones in their own paginated section."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze über der Liste der Förderaufrufe."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["projects.FundingNoticePage"]

    per_page = 10
    # Query parameters the page reads; only these make cached variants (home/page_cache.py).
    cache_query_parameters = ("seite",)

    class Meta:
        verbose_name = _("Übersicht der Förderaufrufe")
        verbose_name_plural = _("Übersichten der Förderaufrufe")

    def notices(self):
        return FundingNoticePage.objects.child_of(self).live().public()

    def open_notices(self, now):
        """Calls whose deadline has not passed, the nearest deadline first."""
        return self.notices().filter(deadline__gte=now).order_by("deadline", "pk")

    def closed_notices(self, now):
        """Calls whose deadline has passed, the most recent first."""
        return self.notices().filter(deadline__lt=now).order_by("-deadline", "pk")

    def feed_items(self, request):
        return self.notices().order_by("-first_published_at", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["open_notices"] = list(self.open_notices(now))
        context["page_obj"] = paginate(request, self.closed_notices(now), self.per_page)
        return context


class FundingNoticePage(TopicsMixin, Page):
    """One call for proposals: who may apply, how much, until when, and whom to ask."""

    intro = models.TextField(
        _("Kurzbeschreibung"),
        max_length=600,
        help_text=_(
            "Ein bis drei Sätze: Was wird gefördert? Erscheinen unter der Überschrift und in "
            "der Übersicht."
        ),
    )
    programme = models.ForeignKey(
        "projects.FundingProgramme",
        verbose_name=_("Förderprogramm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funding_notices",
        limit_choices_to=default_locale_only,
    )
    eligibility = RichTextField(
        _("Wer kann Anträge stellen?"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Zum Beispiel: Bezirks- und Kommunalverwaltungen, freie Träger."),
    )
    amount = models.CharField(
        _("Fördersumme"),
        max_length=200,
        blank=True,
        help_text=_("In Worten, zum Beispiel „bis zu 50.000 Euro je Vorhaben“."),
    )
    deadline = models.DateTimeField(
        _("Antragsfrist"),
        help_text=_(
            "Bis wann Anträge eingehen müssen (Datum und Uhrzeit). Danach zeigt die Seite, "
            "dass die Frist abgelaufen ist, und der Aufruf erscheint unter „abgelaufen“."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))
    documents = StreamField(
        [("downloads", DocumentDownloadsBlock())],
        blank=True,
        verbose_name=_("Unterlagen"),
        help_text=_("Förderrichtlinie, Antragsformular und andere Dokumente zum Herunterladen."),
    )
    contact = StreamField(
        [("contact_person", ContactPersonBlock())],
        blank=True,
        verbose_name=_("Ansprechpersonen"),
        help_text=_("Wer Fragen zum Antrag beantwortet."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldPanel("amount"),
                FieldPanel("deadline"),
                FieldPanel("eligibility"),
            ],
            heading=_("Eckdaten der Förderung"),
        ),
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("contact"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("eligibility"),
        index.SearchField("body"),
        index.FilterField("deadline"),
    ]

    # The read-only API (docs/api.md); the contact persons are left out on purpose.
    api_fields = [
        APIField("intro"),
        APIField("programme", serializer=RelatedValues(PROGRAMME_FIELDS)),
        APIField("eligibility"),
        APIField("amount"),
        APIField("deadline"),
        APIField("is_open"),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
        APIField("documents", serializer=StreamFieldValue()),
    ]

    # Pages link to the programme in the source language; templates show its translation.
    override_translatable_fields = [SynchronizedField("programme")]

    parent_page_types = ["projects.FundingNoticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Förderaufruf")
        verbose_name_plural = _("Förderaufrufe")

    def is_open_at(self, now):
        """Applications are possible up to and including the deadline itself."""
        return now <= self.deadline

    @property
    def is_open(self):
        return self.is_open_at(timezone.now())

    @property
    def localized_programme(self):
        return self.programme.localized if self.programme_id else None

    def localized_programmes(self):
        """The programme in the reader's language, as a list for the funding bar."""
        programme = self.localized_programme
        return [programme] if programme is not None else []

    def feed_description(self):
        return self.intro

    def structured_data(self, request):
        """schema.org ``MonetaryGrant``; the deadline as the end of the ``ApplyAction``."""
        data = {
            "@context": "https://schema.org",
            "@type": "MonetaryGrant",
            "name": self.title,
            "description": self.intro,
            "url": self.get_full_url(request),
            "potentialAction": {
                "@type": "ApplyAction",
                "endTime": timezone.localtime(self.deadline).isoformat(),
            },
        }
        programme = self.localized_programme
        if programme is not None:
            funder = {"@type": "FundingScheme", "name": programme.name}
            if programme.short_name:
                funder["alternateName"] = programme.short_name
            if programme.link:
                funder["url"] = programme.link
            data["funder"] = funder
        return [data]
