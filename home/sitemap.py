"""sitemap.xml over both language trees of the requested site."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the site root's descendants only; translations of the
    root (the English home page under /en/) are separate trees, so add them."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_trees = Q()
        for root in roots:
            in_trees |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
