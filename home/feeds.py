"""RSS and Atom feeds for index pages (projects, calls for proposals, events)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_LENGTH = 30


class PageFeed(Feed):
    """A feed of pages, built for one index page and one request."""

    def __init__(self, index_page, feed_type):
        super().__init__()
        self.index_page = index_page
        self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri()

    def description(self):
        return self.index_page.search_description or getattr(self.index_page, "intro", "")

    def items(self):
        return list(self.index_page.feed_items(self.request)[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        if hasattr(item, "feed_description"):
            return item.feed_description()
        return item.search_description

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}:{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class FeedMixin(RoutablePageMixin):
    """Adds ``feed/rss/`` and ``feed/atom/`` to an index page.

    The page implements ``feed_items(request)`` returning a queryset of live pages,
    newest first; items may implement ``feed_description()``.
    """

    def feed_items(self, request):
        raise NotImplementedError

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return PageFeed(self, Rss201rev2Feed)(request)

    @path("feed/atom/", name="feed_atom")
    def atom_feed(self, request):
        return PageFeed(self, Atom1Feed)(request)

    def feed_urls(self):
        """``[(type, url)]`` for ``<link rel="alternate">`` in the page head."""
        base = self.url
        return [
            ("application/rss+xml", f"{base}feed/rss/"),
            ("application/atom+xml", f"{base}feed/atom/"),
        ]
