"""Pages in Leichte Sprache and in Deutscher Gebärdensprache (DGS).

BITV 2.0 § 4 asks every public body's website to explain on its start page, in
Leichte Sprache and in DGS: (1) what the website offers, (2) how to find one's way
on it, (3) the main points of the accessibility statement and (4) where more such
content is. Each site has one page of each kind directly under its home page, linked
from the header of every page (``SiteSettings.easy_language_page`` and
``sign_language_page``); the four contents are its sections.

Sign-language videos are library documents like the videos of video pages
(``publications``): the same upload checks, collections and serve view with byte
ranges. A video may be missing while it is being produced; the page then says
"Video in Deutscher Gebärdensprache folgt" and shows the German text the video will
sign, instead of pretending.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from accessibility.blocks import EasyLanguageBlock, SignLanguageVideosBlock
from home.api import DocumentValue, StreamFieldValue

BITV_SECTIONS_HELP = _(
    "Die BITV 2.0 (§ 4) verlangt vier Abschnitte: was es auf der Website gibt, wie man "
    "sich zurechtfindet, das Wichtigste aus der Erklärung zur Barrierefreiheit und wo "
    "es weitere Inhalte in Leichter Sprache und Gebärdensprache gibt."
)


class EasyLanguagePage(Page):
    """The site explained in Leichte Sprache (easy-to-read German; English: Easy Read)."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=400,
        help_text=_("Ein bis zwei kurze Sätze. Kurze Wörter, keine Fremdwörter."),
    )
    body = StreamField(
        EasyLanguageBlock(),
        blank=True,
        verbose_name=_("Inhalt"),
        help_text=BITV_SECTIONS_HELP,
    )
    pdf = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("Fassung zum Ausdrucken"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Freiwillig: dieser Text in Leichter Sprache als PDF-Dokument."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("pdf"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("body", serializer=StreamFieldValue()),
        APIField("pdf", serializer=DocumentValue()),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Seite in Leichter Sprache")
        verbose_name_plural = _("Seiten in Leichter Sprache")


class SignLanguagePage(Page):
    """The site explained in Deutscher Gebärdensprache: videos with their German text."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze, was auf dieser Seite zu finden ist."),
    )
    videos = StreamField(
        SignLanguageVideosBlock(),
        blank=True,
        verbose_name=_("Videos"),
        help_text=BITV_SECTIONS_HELP,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("videos"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("videos"),
    ]
    api_fields = [APIField("intro"), APIField("videos", serializer=StreamFieldValue())]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Seite in Gebärdensprache")
        verbose_name_plural = _("Seiten in Gebärdensprache")

    @property
    def missing_videos(self):
        """How many sections still wait for their video."""
        return sum(1 for child in self.videos if child.value.playable_video is None)
