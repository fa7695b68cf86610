"""Good practice: approaches administrations used, filterable by topic, level and state."""

from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api import ORGANISATION_FIELDS, RelatedValues, StreamFieldValue, TopicsValue
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.listing import choice, paginate
from home.models import Topic, TopicsMixin
from networks.blocks import ContactsBlock
from networks.models.organisations import LEVEL_ORDER, Organisation
from networks.structured_data import best_practice_json_ld


class BestPracticeIndexPage(Page):
    """Lists its good-practice pages; GET ``thema``, ``ebene`` and ``land`` filter them."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze unter der Hauptüberschrift."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt unter der Liste"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("body", serializer=StreamFieldValue())]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["networks.BestPracticePage"]

    template = "networks/best_practice_index_page.html"
    per_page = 10
    # Query parameters the page reads; only these make cached variants (home/page_cache.py).
    cache_query_parameters = ("thema", "ebene", "land", "seite")

    class Meta:
        verbose_name = _("Übersicht guter Praxis")
        verbose_name_plural = _("Übersichten guter Praxis")

    def practices(self):
        """The live, public good-practice pages of this index in the editors' order."""
        return (
            BestPracticePage.objects.child_of(self)
            .live()
            .public()
            .select_related("organisation")
            .order_by("path")
        )

    @staticmethod
    def _apply(queryset, topic=None, level=None, state=None):
        if topic:
            queryset = queryset.filter(topic_items__tag__slug=topic)
        if level:
            queryset = queryset.filter(organisation__level=level)
        if state:
            queryset = queryset.filter(organisation__state=state)
        return queryset

    def filter_listing(self, request):
        """The filtered practices and the filter options, each with its count.

        A count says how many practices the option would show together with the
        other selected filters. Values that are not options are ignored.
        """
        practices = self.practices()
        topics = list(
            Topic.objects.filter(page_items__content_object__in=practices.values("pk")).distinct()
        )
        levels_in_use = set(practices.values_list("organisation__level", flat=True))
        states_in_use = set(practices.values_list("organisation__state", flat=True))

        selected = {
            "topic": choice(request, "thema", {topic.slug for topic in topics}),
            "level": choice(request, "ebene", levels_in_use & set(Organisation.Level.values)),
            "state": choice(request, "land", states_in_use & set(Organisation.State.values)),
        }

        without_topic = self._apply(practices, level=selected["level"], state=selected["state"])
        topic_counts = dict(
            Topic.objects.filter(page_items__content_object__in=without_topic.values("pk"))
            .annotate(count=Count("page_items"))
            .values_list("slug", "count")
        )
        without_level = self._apply(practices, topic=selected["topic"], state=selected["state"])
        level_counts = dict(
            without_level.values_list("organisation__level").annotate(count=Count("pk")).order_by()
        )
        without_state = self._apply(practices, topic=selected["topic"], level=selected["level"])
        state_counts = dict(
            without_state.values_list("organisation__state").annotate(count=Count("pk")).order_by()
        )

        level_labels = dict(Organisation.Level.choices)
        state_labels = dict(Organisation.State.choices)
        options = {
            "topic": sorted(
                (
                    {"value": t.slug, "label": t.label, "count": topic_counts.get(t.slug, 0)}
                    for t in topics
                ),
                key=lambda option: option["label"].casefold(),
            ),
            "level": [
                {"value": level, "label": level_labels[level], "count": level_counts.get(level, 0)}
                for level in LEVEL_ORDER
                if level in levels_in_use
            ],
            "state": [
                {"value": code, "label": label, "count": state_counts.get(code, 0)}
                for code, label in state_labels.items()
                if code in states_in_use
            ],
        }
        results = self._apply(practices, **selected)
        return {"results": results, "selected": selected, "options": options}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = self.filter_listing(request)
        context["page_obj"] = paginate(request, listing["results"], self.per_page)
        context["filters"] = listing["options"]
        context["selected"] = listing["selected"]
        context["filtered"] = any(listing["selected"].values())
        return context


class BestPracticePage(TopicsMixin, Page):
    """One approach an administration used, what helped, and whom to ask about it."""

    organisation = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("Organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="best_practices",
        help_text=_(
            "Die Verwaltung oder Einrichtung, die so vorgegangen ist. Ihre Ebene und ihr "
            "Bundesland dienen als Filter der Übersicht."
        ),
    )
    intro = models.TextField(
        _("Zusammenfassung"),
        max_length=600,
        help_text=_("Ein bis zwei Sätze: der Ansatz in Kürze. Erscheint auch in der Übersicht."),
    )
    what_was_done = RichTextField(
        _("Was getan wurde"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Wie die Verwaltung vorgegangen ist, Schritt für Schritt."),
    )
    what_helped = RichTextField(
        _("Was geholfen hat"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Was zum Gelingen beigetragen hat."),
    )
    recommendations = RichTextField(
        _("Empfehlungen"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Was andere Verwaltungen übernehmen können; gern als Liste."),
    )
    contact = StreamField(
        ContactsBlock(),
        blank=True,
        verbose_name=_("Ansprechpersonen für kollegiale Beratung"),
        help_text=_("Wer anderen Verwaltungen von den eigenen Erfahrungen berichtet."),
    )
    source = models.CharField(
        _("Quelle"),
        max_length=300,
        blank=True,
        help_text=_(
            "Woher die Erkenntnisse stammen, zum Beispiel „Prozessevaluation von "
            "„Vielfalt Leben“ durch IKPE“."
        ),
    )
    source_url = models.URLField(_("Link zur Quelle"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))

    content_panels = Page.content_panels + [
        FieldPanel("organisation"),
        FieldPanel("intro"),
        FieldPanel("what_was_done"),
        FieldPanel("what_helped"),
        FieldPanel("recommendations"),
        FieldPanel("contact"),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url")], heading=_("Quelle")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("what_was_done"),
        index.SearchField("what_helped"),
        index.SearchField("recommendations"),
        index.SearchField("source"),
        index.SearchField("body"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
    ]

    # The read-only API (docs/api.md); the contact persons are left out on purpose.
    api_fields = [
        APIField("organisation", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("intro"),
        APIField("what_was_done"),
        APIField("what_helped"),
        APIField("recommendations"),
        APIField("source"),
        APIField("source_url"),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    parent_page_types = ["networks.BestPracticeIndexPage"]
    subpage_types = []

    template = "networks/best_practice_page.html"

    class Meta:
        verbose_name = _("Beispiel guter Praxis")
        verbose_name_plural = _("Beispiele guter Praxis")

    def structured_data(self, request):
        return [best_practice_json_ld(self, request)]
