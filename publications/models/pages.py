"""Publication pages and the library that lists them with facets.

A :class:`PublicationPage` describes one publication (a handout, a brochure, ...)
and offers its files, which are :class:`~publications.models.LibraryDocument`
objects, so their text is searchable and their format, size, page count and
tagging are known. :class:`PublicationIndexPage` is the library: its listing is
filtered and sorted by GET parameters, so every view is a bookmarkable URL and
works without JavaScript.
"""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api import DocumentRowsValue, ImageValue, PageValue, StreamFieldValue, TopicsValue
from home.blocks import BodyBlock
from home.feeds import FeedMixin
from home.listing import choice, paginate
from home.models import Topic, TopicsMixin
from publications.models.video import VideoPage

FIRST_YEAR = 1949


class PublicationType(models.TextChoices):
    HANDOUT = "handreichung", _("Handreichung")
    BROCHURE = "broschuere", _("Broschüre")
    FLYER = "flyer", _("Flyer")
    REPORT = "bericht", _("Bericht")
    DOCUMENTATION = "dokumentation", _("Dokumentation")
    GUIDE = "leitfaden", _("Leitfaden")


class PublicationLanguage(models.TextChoices):
    """Languages administrations publish in; "Leichte Sprache" is German easy-to-read."""

    GERMAN = "de", _("Deutsch")
    EASY_GERMAN = "de-x-ls", _("Leichte Sprache")
    ENGLISH = "en", _("Englisch")
    ARABIC = "ar", _("Arabisch")
    FRENCH = "fr", _("Französisch")
    POLISH = "pl", _("Polnisch")
    RUSSIAN = "ru", _("Russisch")
    TURKISH = "tr", _("Türkisch")
    UKRAINIAN = "uk", _("Ukrainisch")


def html_language(code):
    """The BCP 47 tag for ``lang=""``: Leichte Sprache is German to a screen reader."""
    return "de" if code == PublicationLanguage.EASY_GERMAN else code


def validate_year(value):
    latest = timezone.localdate().year + 1
    if value > latest:
        raise ValidationError(
            _("Das Erscheinungsjahr kann höchstens %(latest)s sein."),
            params={"latest": latest},
            code="year_in_future",
        )


class PublicationDocument(TranslatableMixin, Orderable):
    """A file of a publication; the first is the publication itself, others are versions."""

    page = ParentalKey("publications.PublicationPage", related_name="documents")
    document = models.ForeignKey(
        "publications.LibraryDocument",
        verbose_name=_("Datei"),
        on_delete=models.CASCADE,
        related_name="publication_links",
    )
    label = models.CharField(
        _("Bezeichnung"),
        max_length=120,
        blank=True,
        help_text=_(
            "Nur bei weiteren Dateien, zum Beispiel „Barrierefreie Fassung“, „Kurzfassung“ "
            "oder „Druckfassung“. Leer lassen für die Publikation selbst."
        ),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Datei")
        verbose_name_plural = _("Dateien")

    def __str__(self):
        return self.label or str(self.document)


class PublicationPage(TopicsMixin, Page):
    """One publication: what it is, who published it when, and its files to download."""

    publication_type = models.CharField(
        _("Art der Publikation"), max_length=20, choices=PublicationType.choices
    )
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=600,
        help_text=_(
            "Ein bis drei Sätze: worum es geht und für wen die Publikation gedacht ist. "
            "Erscheint auch in der Bibliothek."
        ),
    )
    publisher = models.CharField(
        _("Herausgeber"),
        max_length=300,
        help_text=_("Wer die Publikation herausgibt, wie im Impressum der Datei."),
    )
    year = models.PositiveSmallIntegerField(
        _("Erscheinungsjahr"),
        validators=[MinValueValidator(FIRST_YEAR), validate_year],
    )
    language = models.CharField(
        _("Sprache der Publikation"),
        max_length=8,
        choices=PublicationLanguage.choices,
        default=PublicationLanguage.GERMAN,
        help_text=_("Die Sprache der Datei, nicht die der Seite."),
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Titelbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Die Titelseite als Bild. Sie gilt als Schmuck, weil der Titel daneben steht, "
            "und braucht keinen Alternativtext."
        ),
    )
    related_project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("Zugehöriges Projekt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Das Projekt, aus dem die Publikation stammt."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))
    accessibility_contact_email = models.EmailField(
        _("E-Mail für barrierefreie Fassungen"),
        blank=True,
        help_text=_(
            "Wohin Anfragen nach einer barrierefreien Fassung gehen. Leer lassen, um die "
            "E-Mail-Adresse aus den Website-Einstellungen zu verwenden."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("publication_type"),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("year"), FieldPanel("language")],
            heading=_("Angaben zur Publikation"),
        ),
        InlinePanel(
            "documents",
            heading=_("Dateien"),
            label=_("Datei"),
            min_num=1,
            help_text=_(
                "Die erste Datei ist die Publikation selbst; ihr Format, ihre Größe und "
                "Seitenzahl erscheinen in der Bibliothek."
            ),
        ),
        FieldPanel("cover"),
        FieldPanel("related_project"),
        FieldPanel("body"),
        FieldPanel("accessibility_contact_email"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("publisher"),
        index.SearchField("body"),
        index.FilterField("publication_type"),
        index.FilterField("year"),
        index.FilterField("language"),
    ]

    # The read-only API (docs/api.md); files are the public ones, the first is the
    # publication itself. The e-mail address for accessible versions is left out.
    api_fields = [
        APIField("publication_type"),
        APIField("teaser"),
        APIField("publisher"),
        APIField("year"),
        APIField("language"),
        APIField("documents", serializer=DocumentRowsValue()),
        APIField("cover", serializer=ImageValue()),
        APIField("related_project", serializer=PageValue()),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    override_translatable_fields = [
        SynchronizedField("publication_type"),
        SynchronizedField("year"),
        SynchronizedField("language"),
        SynchronizedField("cover"),
        SynchronizedField("accessibility_contact_email"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    template = "publications/publication_page.html"

    class Meta:
        verbose_name = _("Publikation")
        verbose_name_plural = _("Publikationen")

    def main_document(self):
        """The publication's own file (the first one), or None."""
        links = self._document_links()
        return links[0].document if links else None

    def other_documents(self):
        return self._document_links()[1:]

    def _document_links(self):
        cached = getattr(self, "_prefetched_objects_cache", {}).get("documents")
        if cached is not None:
            return list(cached)
        return list(self.documents.select_related("document").order_by("sort_order"))

    def html_language(self):
        return html_language(self.language)

    def accessible_version_mailto(self, request=None):
        """A ``mailto:`` link asking for an accessible version, or "" without an address."""
        address = self.accessibility_contact_email
        if not address:
            from home.models import SiteSettings

            site = self.get_site()
            address = SiteSettings.for_site(site).contact_email if site else ""
        if not address:
            return ""
        subject = gettext("Barrierefreie Fassung: %(title)s") % {"title": self.title}
        body = gettext(
            "Guten Tag,\n\nich bitte um eine barrierefreie Fassung der Publikation "
            "„%(title)s“ (%(url)s).\nBenötigtes Format (zum Beispiel getaggtes PDF, Word, "
            "Großdruck, Leichte Sprache): \n\nVielen Dank"
        ) % {"title": self.title, "url": self.get_full_url(request)}
        return f"mailto:{address}?subject={quote(subject)}&body={quote(body)}"

    def structured_data(self, request):
        document = self.main_document()
        data = {
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            "name": self.title,
            "description": self.teaser,
            "genre": self.get_publication_type_display(),
            "inLanguage": html_language(self.language),
            "datePublished": str(self.year),
            "publisher": {"@type": "Organization", "name": self.publisher},
            "url": self.get_full_url(request),
        }
        if document is not None:
            data["encoding"] = {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(document.url) if request else document.url,
                "encodingFormat": document.file_format or document.extension,
            }
            if document.page_count:
                data["numberOfPages"] = document.page_count
        return [data]


#: GET parameter → (label for the filter, facet key). Parameters are German words,
#: like the other listings (``thema``, ``seite``), in both languages.
FACETS = (
    ("typ", "type"),
    ("thema", "topic"),
    ("jahr", "year"),
    ("sprache", "language"),
    ("projekt", "project"),
    ("format", "format"),
)
SORTS = {"datum": ("-year", "-first_published_at", "title"), "titel": ("title",)}
DEFAULT_SORT = "datum"

FORMAT_LABELS = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "pptx": "PowerPoint (PPTX)",
    "odt": "OpenDocument-Text (ODT)",
    "ods": "OpenDocument-Tabelle (ODS)",
    "odp": "OpenDocument-Präsentation (ODP)",
    "epub": "EPUB",
    "txt": pgettext_lazy("file format", "Text (TXT)"),
    "csv": "CSV",
}


class PublicationIndexPage(FeedMixin, Page):
    """The library: its publications with facets, sorting and pagination, plus its videos."""

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
    subpage_types = ["publications.PublicationPage", "publications.VideoPage"]

    template = "publications/publication_index_page.html"
    per_page = 12
    # Query parameters the page reads; only these make cached variants (home/page_cache.py).
    cache_query_parameters = (
        "typ",
        "thema",
        "jahr",
        "sprache",
        "projekt",
        "format",
        "sortierung",
        "seite",
    )

    class Meta:
        verbose_name = _("Bibliothek")
        verbose_name_plural = _("Bibliotheken")

    # -- the listing ---------------------------------------------------------------

    def publications(self):
        """The live, public publications of this library."""
        return PublicationPage.objects.child_of(self).live().public()

    def feed_items(self, request):
        return self.publications().order_by("-first_published_at")

    def feed_description(self):
        return self.intro

    @staticmethod
    def _apply(queryset, selected, skip=None):
        """``queryset`` filtered by every selected facet except ``skip``."""
        lookups = {
            "type": "publication_type",
            "topic": "topic_items__tag__slug",
            "year": "year",
            "language": "language",
            "project": "related_project_id",
            "format": "documents__document__file_format",
        }
        for key, value in selected.items():
            if value and key != skip:
                queryset = queryset.filter(**{lookups[key]: value})
        if any(selected.get(key) and key != skip for key in ("topic", "format")):
            queryset = queryset.distinct()  # both filter across a one-to-many join
        return queryset

    def filter_listing(self, request):
        """The filtered, sorted publications and every facet's options with counts.

        An option's count is how many publications it would show together with the
        other selected facets. Unknown or malformed values are ignored, never an error.
        """
        publications = self.publications()
        ids = publications.values("pk")

        topics = list(Topic.objects.filter(page_items__content_object__in=ids).distinct())
        years = set(publications.values_list("year", flat=True))
        languages = set(publications.values_list("language", flat=True))
        project_ids = set(
            publications.exclude(related_project=None).values_list("related_project", flat=True)
        )
        formats = set(
            PublicationDocument.objects.filter(page__in=ids)
            .exclude(document__file_format="")
            .values_list("document__file_format", flat=True)
        )
        types = set(publications.values_list("publication_type", flat=True))

        selected = {
            "type": choice(request, "typ", types),
            "topic": choice(request, "thema", {topic.slug for topic in topics}),
            "year": choice(request, "jahr", {str(year) for year in years}),
            "language": choice(request, "sprache", languages),
            "project": choice(request, "projekt", {str(pk) for pk in project_ids}),
            "format": choice(request, "format", formats),
        }
        sort = choice(request, "sortierung", SORTS, DEFAULT_SORT)

        def counts(skip, field):
            rows = (
                self._apply(publications, selected, skip=skip)
                .values_list(field)
                .annotate(count=Count("pk", distinct=True))
                .order_by()
            )
            return {str(value): count for value, count in rows}

        type_counts = counts("type", "publication_type")
        topic_counts = counts("topic", "topic_items__tag__slug")
        year_counts = counts("year", "year")
        language_counts = counts("language", "language")
        project_counts = counts("project", "related_project")
        format_counts = counts("format", "documents__document__file_format")

        projects = _localized_titles(project_ids)
        type_labels = dict(PublicationType.choices)
        language_labels = dict(PublicationLanguage.choices)

        def option(value, label, table):
            return {"value": str(value), "label": label, "count": table.get(str(value), 0)}

        options = {
            "type": [
                option(value, label, type_counts)
                for value, label in PublicationType.choices
                if value in types
            ],
            "topic": sorted(
                (option(topic.slug, topic.label, topic_counts) for topic in topics),
                key=lambda item: str(item["label"]).casefold(),
            ),
            "year": [option(year, str(year), year_counts) for year in sorted(years, reverse=True)],
            "language": [
                option(value, label, language_counts)
                for value, label in PublicationLanguage.choices
                if value in languages
            ],
            "project": sorted(
                (option(pk, title, project_counts) for pk, title in projects.items()),
                key=lambda item: item["label"].casefold(),
            ),
            "format": sorted(
                (option(value, format_label(value), format_counts) for value in formats),
                key=lambda item: str(item["label"]).casefold(),
            ),
        }
        results = (
            self._apply(publications, selected)
            .order_by(*SORTS[sort])
            .prefetch_related(
                Prefetch(
                    "documents",
                    queryset=PublicationDocument.objects.select_related("document").order_by(
                        "sort_order"
                    ),
                )
            )
        )
        return {
            "results": results,
            "selected": selected,
            "options": options,
            "sort": sort,
            "type_labels": type_labels,
            "language_labels": language_labels,
        }

    def videos(self, topic=""):
        """The live, public videos of this library, newest first."""
        videos = VideoPage.objects.child_of(self).live().public()
        if topic:
            videos = videos.filter(topic_items__tag__slug=topic).distinct()
        return videos.order_by("-first_published_at")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = self.filter_listing(request)
        selected = listing["selected"]
        context["page_obj"] = paginate(request, listing["results"], self.per_page)
        context["filters"] = listing["options"]
        context["selected"] = selected
        context["sort"] = listing["sort"]
        context["filtered"] = any(selected.values())
        # Videos have no type, year, language or format: they are listed when only
        # a topic (or nothing) is chosen, and only on the first page of results.
        only_topic = not any(value for key, value in selected.items() if key != "topic")
        if only_topic and context["page_obj"].number == 1:
            context["videos"] = list(self.videos(selected["topic"]))
        return context


def _localized_titles(page_ids):
    """``{str(pk): title}`` with each title in the active language where translated.

    wagtail-localize copies page links unchanged into translations (a page is
    localized when it is shown), so an English publication names the German project.
    """
    pages = list(Page.objects.filter(pk__in=page_ids).only("title", "translation_key"))
    translated = dict(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale=Locale.get_active(),
        )
        .live()
        .values_list("translation_key", "title")
    )
    return {str(page.pk): translated.get(page.translation_key, page.title) for page in pages}


def format_label(file_format):
    """``PDF``, ``Word (DOCX)``, ...; an unknown format in capitals."""
    return FORMAT_LABELS.get(file_format, file_format.upper())
