"""The report in the admin: per question and dimension, with a CSV download.

Who may see a Diversometer's report: whoever may edit the page (Wagtail's page
permissions; a translation's editor sees the same figures, since all languages
count together). Everyone else is sent back to the dashboard with Wagtail's
"permission denied" message; anonymous visitors to the login.
"""

import csv
import io

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from diversometer.models import Counter, DiversometerPage
from diversometer.report import build_report, csv_rows, load_counts


def editable_pages(user):
    """The Diversometer pages ``user`` may edit, in tree order."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change"})
    return (
        DiversometerPage.objects.filter(pk__in=editable.values("pk"))
        .select_related("locale")
        .order_by("path")
    )


def _page_for(request, page_id):
    """``(page, None)`` or ``(None, response)`` when the user may not edit it."""
    page = get_object_or_404(DiversometerPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        return None, permission_denied(request)
    return page, None


class ReportIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "diversometer/admin/index.html"
    page_title = gettext_lazy("Diversometer-Auswertung")
    header_icon = "sliders"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        default_locale = Locale.get_default()
        groups = {}
        for page in editable_pages(self.request.user):
            group = groups.setdefault(page.translation_key, [])
            group.append(page)
        keys = list(groups)
        runs = dict(
            Counter.objects.filter(page_key__in=keys, kind=Counter.Kind.RUN).values_list(
                "page_key", "count"
            )
        )
        rows = []
        for key, pages in groups.items():
            main = next((p for p in pages if p.locale_id == default_locale.pk), pages[0])
            rows.append(
                {
                    "page": main,
                    "languages": ", ".join(p.locale.get_display_name() for p in pages),
                    "runs": runs.get(key, 0),
                    "url": reverse("diversometer_report", args=[main.pk]),
                }
            )
        context["rows"] = rows
        return context


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "diversometer/admin/report.html"
    header_icon = "sliders"

    def dispatch(self, request, page_id):
        self.page, refusal = _page_for(request, page_id)
        if refusal is not None:
            return refusal
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Auswertung: %(title)s") % {"title": self.page.get_admin_display_title()}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("diversometer_report_index"), "label": _("Diversometer-Auswertung")},
            {"url": "", "label": self.page.get_admin_display_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = build_report(self.page.questionnaire, load_counts(self.page.counter_key))
        context.update(
            {
                "page": self.page,
                "report": report,
                "csv_url": reverse("diversometer_report_csv", args=[self.page.pk]),
                "edit_url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "languages": ", ".join(
                    p.locale.get_display_name()
                    for p in self.page.get_translations(inclusive=True).select_related("locale")
                ),
            }
        )
        return context


def report_csv(request, page_id):
    page, refusal = _page_for(request, page_id)
    if refusal is not None:
        return refusal
    report = build_report(page.questionnaire, load_counts(page.counter_key))
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(csv_rows(report))
    response = HttpResponse(
        buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    filename = f"diversometer-{page.slug}-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
