"""Admin registrations of the networks app."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from networks.models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisationen")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "short_name", "level", "state"]
    list_filter = ["level", "state"]
    search_fields = ["name", "short_name"]


register_snippet(OrganisationViewSet)
