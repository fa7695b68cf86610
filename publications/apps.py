from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "publications"
    verbose_name = _("Publikationen")

    def ready(self):
        from home import page_cache
        from publications import (
            consent,
            signals,  # noqa: F401
        )

        # A visitor who always allows a platform gets its player: one cached variant
        # per set of allowed platforms, whatever else the cookie holds.
        page_cache.key_cookie(
            consent.COOKIE_NAME,
            lambda value: consent.cookie_value(value.split(consent.SEPARATOR)),
        )
