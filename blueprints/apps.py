from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlueprintsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "blueprints"
    verbose_name = _("Vorlagen")
