from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiversometerConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "diversometer"
    verbose_name = _("Diversometer")
