"""The project index: current projects by default, filters by status and topic, feeds."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from home.feeds import FeedMixin
from home.listing import choice, paginate
from home.models import Topic
from projects.models.project_queries import CURRENT, STATUS_FILTERS
from projects.models.projects import ProjectPage


class ProjectIndexPage(FeedMixin, Page):
    """Lists its projects: current ones by default, ended ones on request; with RSS and Atom."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze über der Projektliste."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["projects.ProjectPage"]

    per_page = 10
    # Query parameters the page reads; only these make cached variants (home/page_cache.py).
    cache_query_parameters = ("status", "thema", "seite")

    class Meta:
        verbose_name = _("Projektübersicht")
        verbose_name_plural = _("Projektübersichten")

    def projects(self):
        """The live, public projects below this page, newest start first."""
        return (
            ProjectPage.objects.child_of(self)
            .live()
            .public()
            .select_related("lead")
            .order_by("-start_date", "title", "pk")
        )

    def feed_items(self, request):
        return (
            ProjectPage.objects.child_of(self).live().public().order_by("-first_published_at", "pk")
        )

    def topics_in_use(self):
        """Topics of this page's projects, for the topic filter."""
        ids = ProjectPage.objects.child_of(self).live().public().values("pk")
        return Topic.objects.filter(page_items__content_object__in=ids).distinct().order_by("name")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        topics = list(self.topics_in_use())
        topic = next((t for t in topics if t.slug == request.GET.get("thema")), None)
        status = choice(request, "status", [value for value, _label in STATUS_FILTERS], CURRENT)

        projects = self.projects()
        if topic is not None:
            projects = projects.filter(topic_items__tag=topic)
        counts = projects.status_counts(today)
        page_obj = paginate(request, projects.with_status(status, today), self.per_page)
        context.update(
            {
                "page_obj": page_obj,
                "status": status,
                "status_options": [
                    {"value": value, "label": label, "count": counts[value]}
                    for value, label in STATUS_FILTERS
                ],
                "topic": topic,
                "topics": topics,
                "is_filtered": status != CURRENT or topic is not None,
            }
        )
        return context
