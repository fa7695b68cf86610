from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Website-Grundlagen")

    def ready(self):
        # Counts failed admin logins (signal receivers), also where no request passes
        # through the middleware.
        from home import (
            login_throttle,  # noqa: F401
            page_cache,
        )

        # Any change to what pages show purges the page cache (home/page_cache.py).
        page_cache.connect_signals()
        # Each locale once per request (home/locales.py).
        from home import locales

        locales.install()
