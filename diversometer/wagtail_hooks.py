"""Admin registrations: the report's URLs, its menu item and buttons on the page.

Editors find a Diversometer's report in three places: *Berichte → Diversometer*
(all Diversometers they may edit), the "…" menu of the page in the page listing,
and the "…" menu in the header of the page's edit view ("Auswertung").
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from diversometer import admin_views
from diversometer.models import DiversometerPage


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "diversometer/",
            admin_views.ReportIndexView.as_view(),
            name="diversometer_report_index",
        ),
        path(
            "diversometer/<int:page_id>/",
            admin_views.ReportView.as_view(),
            name="diversometer_report",
        ),
        path(
            "diversometer/<int:page_id>/auswertung.csv",
            admin_views.report_csv,
            name="diversometer_report_csv",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.editable_pages(request.user).exists()


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Diversometer"),
        reverse("diversometer_report_index"),
        name="diversometer",
        icon_name="sliders",
        order=900,
    )


class ReportButton(PageMenuItem):
    label = _("Auswertung")
    icon_name = "sliders"
    url_name = "diversometer_report"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


def _is_diversometer(page):
    return issubclass(page.specific_class or type(page), DiversometerPage)


@hooks.register("register_page_listing_more_buttons")
def report_listing_button(page, user, next_url=None):
    if _is_diversometer(page):
        yield ReportButton(page=page, priority=45)


@hooks.register("register_page_header_buttons")
def report_header_button(page, user, view_name, next_url=None):
    if _is_diversometer(page):
        yield ReportButton(page=page, priority=55)
