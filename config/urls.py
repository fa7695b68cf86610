"""URL configuration: admin, API and documents without a language prefix, pages under
``i18n_patterns`` so that German URLs have no prefix and English ones live under /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from home import views as home_views
from home.sitemap import MultilingualSitemap
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # The read-only API for other administrations' portals (docs/api.md).
    path("api/v2/", api_router.urls),
    # Document serving with byte ranges (videos) and the video consent view.
    path("", include("publications.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz/", home_views.healthz, name="healthz"),
    path("theme.css", home_views.theme_css, name="theme_css"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "suche/"), search_views.search, name="search"),
    # "Barriere melden", before the pages (a page with that slug would be hidden).
    path("", include("accessibility.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
