"""The topic overview: every topic, and every page with one topic."""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Page

from home.listing import paginate
from home.models.topics import Topic


class TopicIndexPage(RoutablePageMixin, Page):
    """Lists the topics in use; ``<slug>/`` lists every page of any type with that topic."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    template = "home/topic_index_page.html"
    topic_template = "home/topic_page.html"
    # Query parameters the page reads; only these make cached variants (home/page_cache.py).
    cache_query_parameters = ("seite",)

    class Meta:
        verbose_name = _("Themenübersicht")
        verbose_name_plural = _("Themenübersichten")

    def tagged_pages(self):
        """Live, public pages of this site in this page's language.

        The overview sits directly under a home page, the root of its site's tree in
        its language, so the pages below that home page are the site's: another site of
        the installation has its own home page and its own overview.
        """
        return (
            Page.objects.live()
            .public()
            .descendant_of(self.get_parent(), inclusive=True)
            .filter(locale_id=self.locale_id)
        )

    def topics_in_use(self):
        live = self.tagged_pages().values("pk")
        return (
            Topic.objects.annotate(
                page_count=Count("page_items", filter=Q(page_items__content_object__in=live))
            )
            .filter(page_count__gt=0)
            .order_by("name")
        )

    @path("")
    def topic_list(self, request):
        return self.render(request, context_overrides={"topics": self.topics_in_use()})

    @path("<slug:slug>/", name="topic")
    def topic(self, request, slug):
        topic = get_object_or_404(Topic, slug=slug)
        pages = (
            self.tagged_pages()
            .filter(topic_items__tag=topic)
            .exclude(pk=self.pk)
            .order_by("-first_published_at", "pk")
            .specific()
        )
        page_obj = paginate(request, pages, per_page=20)
        if not page_obj.object_list and not pages.exists():
            raise Http404("no page has this topic")
        return self.render(
            request,
            template=self.topic_template,
            context_overrides={"topic": topic, "page_obj": page_obj},
        )

    def topic_url(self, topic, request=None):
        return self.url + self.reverse_subpage("topic", kwargs={"slug": topic.slug})


def topic_index_for(page):
    """The TopicIndexPage of ``page``'s site in ``page``'s language, or None."""
    site_root = page.get_site().root_page if page.get_site() else None
    if site_root is None:
        return None
    locale = Locale.objects.get(pk=page.locale_id)
    root = site_root.get_translation_or_none(locale) or site_root
    return TopicIndexPage.objects.live().child_of(root).first()
