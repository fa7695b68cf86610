"""Admin registrations of the projects app."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from projects.models import FundingProgramme


class FundingProgrammeViewSet(SnippetViewSet):
    model = FundingProgramme
    icon = "form"
    menu_label = _("Förderprogramme")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "short_name"]
    search_fields = ["name", "short_name"]


register_snippet(FundingProgrammeViewSet)
