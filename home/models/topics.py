"""Topics: one tag vocabulary shared by every page type.

Topics are django-taggit tags kept through modelcluster, so they are edited with
the page, versioned in its revisions and copied to its translations. The
through model points at ``wagtailcore.Page``, which lets a single query find
every page of any type with a topic. Topic names are German; ``name_en`` is
shown to English readers.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def german_slug(text):
    """``Führung und Förderung`` → ``fuehrung-und-foerderung``."""
    return slugify(text.translate(GERMAN_LETTERS))


class Topic(TagBase):
    """A topic such as "Willkommenskultur" or "Personalgewinnung"."""

    name_en = models.CharField(
        _("Name (Englisch)"),
        max_length=100,
        blank=True,
        help_text=_("Für die englische Fassung; leer: der deutsche Name."),
    )

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        ordering = ["name"]

    def slugify(self, tag, i=None):
        """ASCII slugs for URLs (/themen/fuehrung/), spelling umlauts as German does."""
        slug = german_slug(tag)
        return f"{slug}_{i}" if i is not None else slug

    @property
    def label(self):
        """The topic's name in the active language."""
        if (get_language() or "").startswith("en") and self.name_en:
            return self.name_en
        return self.name


class PageTopic(ItemBase):
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="page_items")
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="topic_items"
    )

    class Meta:
        verbose_name = _("Themenzuordnung")
        verbose_name_plural = _("Themenzuordnungen")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_page_topic")
        ]


class TopicsMixin(models.Model):
    """Adds the shared ``topics`` field and shows it in the page's promote tab.

    Put the mixin before ``Page`` (``class ProjectPage(TopicsMixin, Page)``) so its
    ``promote_panels`` win; a page that redefines ``promote_panels`` adds
    ``TopicsMixin.panels`` itself.
    """

    topics = ClusterTaggableManager(
        through=PageTopic,
        blank=True,
        verbose_name=_("Themen"),
        help_text=_("Themen verbinden Seiten aller Arten; jedes Thema hat eine eigene Übersicht."),
    )

    panels = [FieldPanel("topics")]
    promote_panels = Page.promote_panels + panels

    class Meta:
        abstract = True
