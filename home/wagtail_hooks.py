"""Admin registrations of the base app."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Themen")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


register_snippet(TopicViewSet)
