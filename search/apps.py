from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "site_search"
    verbose_name = _("Suche")

    def ready(self):
        from home import page_cache
        from search import views

        # Here, not in views: a cache hit is answered before any URL is resolved.
        page_cache.on_hit(views.CACHED_HIT_HOOK, views.count_cached_search)
