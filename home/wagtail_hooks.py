"""Admin registrations of the base app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.accessibility_checks import use_site_content_checker
from home.models import Topic
from home.security import mark_userbar

# The accessibility checker (userbar and the editor's checks panel) with our rules.
hooks.register("construct_wagtail_userbar", use_site_content_checker)
# A page with the userbar gets the editor's Content-Security-Policy (home/security.py).
hooks.register("construct_wagtail_userbar", mark_userbar)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Themen")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "name_en", "slug"]
    search_fields = ["name", "name_en"]


register_snippet(TopicViewSet)
