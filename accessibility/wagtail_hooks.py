"""Admin: the barrier reports (*Barrieremeldungen*), listed and read, with a status.

Reports come only from the public form: nobody adds or copies one in the admin, and
what the sender wrote cannot be edited (read-only panels); editors with the "change"
permission set the status (offen, beantwortet). Those with "delete" remove reports
once they are dealt with. Wagtail's groups "Editors" and "Moderators" get these
permissions from the migration ``0002_report_permissions``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from accessibility.models import FeedbackReport


class FeedbackReportPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, except that no one may create a report here."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(FeedbackReport, FeedbackReportPermissionPolicy(FeedbackReport))


class FeedbackReportViewSet(ModelViewSet):
    model = FeedbackReport
    name = "feedback_reports"
    icon = "warning"
    menu_label = _("Barrieremeldungen")
    menu_order = 310
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        Column("__str__", label=_("Meldung")),
        DateColumn("created_at", label=_("Eingegangen am")),
        "page_url",
        "status",
        Column("email", label=_("Antwort erbeten an")),
    ]
    list_filter = ["status", "created_at"]
    search_fields = ["description", "page_url", "name", "email"]
    inspect_view_fields = [
        "created_at",
        "site",
        "language",
        "page_url",
        "description",
        "name",
        "email",
        "status",
        "notified_at",
        "confirmed_at",
    ]
    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("created_at", read_only=True),
                FieldPanel("page_url", read_only=True),
                FieldPanel("description", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("notified_at", read_only=True),
                FieldPanel("confirmed_at", read_only=True),
            ],
            heading=_("Die Meldung"),
        ),
    ]


feedback_report_viewset = FeedbackReportViewSet()


@hooks.register("register_admin_viewset")
def register_feedback_report_viewset():
    return feedback_report_viewset
