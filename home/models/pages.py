"""The base page types every site has."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api import StreamFieldValue, TopicsValue
from home.blocks import BodyBlock
from home.models.topics import TopicsMixin


class HomePage(Page):
    """The root page of one site (and, translated, of its English tree)."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze unter der Hauptüberschrift."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body", serializer=StreamFieldValue())]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.TopicIndexPage",
        "projects.ProjectIndexPage",
        "projects.FundingNoticeIndexPage",
        "networks.NetworkPage",
        "networks.EventIndexPage",
        "networks.BestPracticeIndexPage",
        "publications.PublicationIndexPage",
        "diversometer.DiversometerPage",
        "publications.VideoPage",
        "accessibility.AccessibilityStatementPage",
        "accessibility.EasyLanguagePage",
        "accessibility.SignLanguagePage",
    ]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")


class ContentPage(TopicsMixin, Page):
    """A general page built from the block library: about us, legal notices, topics."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze unter der Hauptüberschrift; auch in Übersichten gezeigt."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = [
        "home.ContentPage",
        "projects.ProjectIndexPage",
        "projects.FundingNoticeIndexPage",
        "networks.NetworkPage",
        "networks.EventIndexPage",
        "networks.BestPracticeIndexPage",
        "publications.PublicationIndexPage",
        "diversometer.DiversometerPage",
        "publications.VideoPage",
    ]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")
