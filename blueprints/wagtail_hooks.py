"""Admin registrations: the menu "Vorlagen", the blueprint library and the page actions.

*Vorlagen* in the main menu holds the library ("Vorlagenbibliothek": the pages marked
as blueprints, each with "Neue Seite aus Vorlage") and "Vorlage importieren". The "…"
menu of a page (in the page listing and in the editor's header) offers "Als Vorlage
exportieren", "Vorlage hierher importieren", and "Als Vorlage markieren" or
"Neue Seite aus dieser Vorlage".
"""

from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import CreateView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from blueprints import views
from blueprints.models import Blueprint


class BlueprintPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions for marking pages; seeing the library needs less.

    Using a blueprint creates a page, so everyone who may add pages somewhere may see
    the library; whether they may add *this* page *there* is checked when they do.
    """

    def user_has_permission(self, user, action):
        if action == "view" and views.may_add_pages(user):
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Blueprint, BlueprintPermissionPolicy(Blueprint))


class BlueprintIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = [
            ListingMenuItem(
                _("Neue Seite aus Vorlage"),
                url=reverse("blueprints_use", args=[instance.pk]),
                icon_name="doc-empty-inverse",
                priority=5,
            )
        ]
        permissions = instance.page.permissions_for_user(self.request.user)
        if permissions.can_edit():
            buttons.append(
                ListingMenuItem(
                    _("Seite bearbeiten"),
                    url=reverse("wagtailadmin_pages:edit", args=[instance.page_id]),
                    icon_name="edit",
                    priority=15,
                )
            )
            buttons.append(
                ListingMenuItem(
                    _("Als Vorlage exportieren"),
                    url=reverse("blueprints_export", args=[instance.page_id]),
                    icon_name="download",
                    priority=16,
                )
            )
        return buttons + super().get_list_more_buttons(instance)


class BlueprintCreateView(CreateView):
    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit() and Page.objects.filter(pk=page_id).exists():
            instance = instance or Blueprint()
            instance.page_id = int(page_id)
        return instance


def _languages(blueprint):
    return ", ".join(
        page.locale.get_display_name()
        for page in blueprint.page.get_translations(inclusive=True).select_related("locale")
    )


def _page_type(blueprint):
    return blueprint.page.specific_class._meta.verbose_name


class BlueprintViewSet(ModelViewSet):
    model = Blueprint
    name = "blueprints"
    url_prefix = "vorlagen/bibliothek"
    icon = "doc-full-inverse"
    menu_label = _("Vorlagenbibliothek")
    index_view_class = BlueprintIndexView
    add_view_class = BlueprintCreateView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "__str__",
        Column("page_type", label=_("Seitentyp"), accessor=_page_type),
        Column("languages", label=_("Sprachen"), accessor=_languages),
        "description",
    ]
    search_fields = ["page__title", "description"]


blueprint_viewset = BlueprintViewSet()


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_add_pages(request.user)


class BlueprintGroup(ViewSetGroup):
    menu_label = _("Vorlagen")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    submenu_hook = "register_blueprints_menu_item"
    items = (blueprint_viewset,)


@hooks.register("register_admin_viewset")
def register_blueprint_viewsets():
    return BlueprintGroup()


@hooks.register("register_blueprints_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Vorlage importieren"),
        reverse("blueprints_import"),
        name="blueprints-import",
        icon_name="upload",
        order=2,
    )


@hooks.register("register_admin_urls")
def register_blueprint_urls():
    return [
        path(
            "vorlagen/export/<int:page_id>/", views.ExportView.as_view(), name="blueprints_export"
        ),
        path("vorlagen/import/", views.ImportView.as_view(), name="blueprints_import"),
        path(
            "vorlagen/<int:blueprint_id>/neue-seite/",
            views.UseBlueprintView.as_view(),
            name="blueprints_use",
        ),
    ]


class ExportButton(PageMenuItem):
    label = _("Als Vorlage exportieren")
    icon_name = "download"
    url_name = "blueprints_export"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


class ImportHereButton(PageMenuItem):
    label = _("Vorlage hierher importieren")
    icon_name = "upload"

    @property
    def url(self):
        return reverse("blueprints_import") + "?" + urlencode({"parent": self.page.pk})

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_add_subpage()


class MarkButton(PageMenuItem):
    label = _("Als Vorlage markieren")
    icon_name = "doc-full-inverse"

    @property
    def url(self):
        return reverse("blueprints:add") + "?" + urlencode({"page": self.page.pk})

    def is_shown(self, user):
        return user.has_perm("blueprints.add_blueprint")


class UseButton(PageMenuItem):
    label = _("Neue Seite aus dieser Vorlage")
    icon_name = "doc-empty-inverse"

    def __init__(self, *args, blueprint, **kwargs):
        super().__init__(*args, **kwargs)
        self.blueprint = blueprint

    @property
    def url(self):
        return reverse("blueprints_use", args=[self.blueprint.pk])

    def is_shown(self, user):
        return views.may_add_pages(user)


@hooks.register("register_page_listing_more_buttons")
def blueprint_listing_buttons(page, user, next_url=None):
    """No query per row: "Als Vorlage markieren" shows on every page; the form refuses a
    page that is a blueprint already."""
    if page.is_root():
        return
    yield ExportButton(page=page, priority=60)
    yield ImportHereButton(page=page, priority=61)
    yield MarkButton(page=page, priority=62)


@hooks.register("register_page_header_buttons")
def blueprint_header_buttons(page, user, view_name, next_url=None):
    if page.is_root():
        return
    yield ExportButton(page=page, priority=70)
    yield ImportHereButton(page=page, priority=71)
    blueprint = Blueprint.objects.filter(page_id=page.pk).first()
    if blueprint is None:
        yield MarkButton(page=page, priority=72)
    else:
        yield UseButton(page=page, priority=72, blueprint=blueprint)
