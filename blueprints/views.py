"""Admin views: export a page as a blueprint, import one, new page from a blueprint.

Who may do what:

- **export**: whoever may edit the page (and, with subpages or translations, every page
  that goes into the archive): the archive contains the latest drafts;
- **import**: whoever may add pages under the chosen parent (and upload images and
  documents, if the blueprint brings files);
- **new page from a blueprint**: whoever may add a page of the blueprint's type under
  the chosen parent. Everyone else gets Wagtail's "permission denied".
"""

import tempfile

from django.contrib import messages
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from blueprints.archive import BlueprintRefused
from blueprints.copying import copy_blueprint
from blueprints.export import export_archive, pages_to_export
from blueprints.forms import ExportForm, ImportForm, UseBlueprintForm
from blueprints.importer import import_archive
from blueprints.models import Blueprint


def may_add_pages(user):
    """Whether ``user`` may add pages anywhere (and so use blueprints at all)."""
    return user.is_active and PagePermissionPolicy().user_has_permission(user, "add")


class _FormView(WagtailAdminTemplateMixin, FormView):
    template_name = "blueprints/admin/form.html"
    header_icon = "doc-full-inverse"
    submit_button_label = gettext_lazy("Weiter")
    intro = ""

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("blueprints:index"), "label": _("Vorlagen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "action_url": self.request.get_full_path(),
                "submit_button_label": self.submit_button_label,
                "intro": self.intro,
            }
        )
        return context

    def refused(self, form, refusal, heading):
        return self.render_to_response(
            self.get_context_data(form=form, refusal=refusal.messages, refusal_heading=heading)
        )


class ExportView(_FormView):
    form_class = ExportForm
    submit_button_label = gettext_lazy("Vorlage herunterladen")
    intro = gettext_lazy(
        "Die Vorlage ist eine ZIP-Datei mit den Inhalten der Seite (in der zuletzt "
        "gespeicherten Fassung), ihren Bildern und Dokumenten. Sie lässt sich in eine andere "
        "Website dieser oder einer anderen Installation importieren."
    )

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id, depth__gt=1).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            return permission_denied(request)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Als Vorlage exportieren: %(title)s") % {
            "title": self.page.get_admin_display_title()
        }

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]),
                "label": self.page.get_parent().get_admin_display_title(),
            },
            {"url": "", "label": _("Als Vorlage exportieren")},
        ]

    def form_valid(self, form):
        options = form.cleaned_data
        pages = pages_to_export(
            self.page, subtree=options["subtree"], translations=options["translations"]
        )
        forbidden = [
            page for page in pages if not page.permissions_for_user(self.request.user).can_edit()
        ]
        if forbidden:
            return self.refused(
                form,
                BlueprintRefused(
                    [
                        _("Sie dürfen „%(title)s“ (%(locale)s) nicht bearbeiten.")
                        % {
                            "title": page.get_admin_display_title(),
                            "locale": page.locale.get_display_name(),
                        }
                        for page in forbidden[:10]
                    ]
                ),
                _("Die Vorlage wurde nicht erstellt:"),
            )
        out = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115
        export_archive(
            self.page,
            out,
            subtree=options["subtree"],
            translations=options["translations"],
            files=options["files"],
        )
        out.seek(0)
        filename = f"vorlage-{self.page.slug}-{timezone.localdate().isoformat()}.zip"
        response = FileResponse(
            out, as_attachment=True, filename=filename, content_type="application/zip"
        )
        response["Cache-Control"] = "private, no-store"
        return response


class ImportView(_FormView):
    form_class = ImportForm
    page_title = gettext_lazy("Vorlage importieren")
    submit_button_label = gettext_lazy("Importieren")
    intro = gettext_lazy(
        "Die Seiten der Vorlage werden als Entwürfe angelegt; nichts wird veröffentlicht. "
        "Snippets wie Organisationen und Förderprogramme werden über ihren Namen zugeordnet; "
        "was sich nicht zuordnen lässt, nennt der Bericht."
    )

    def dispatch(self, request, *args, **kwargs):
        if not may_add_pages(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        initial = super().get_initial()
        parent_id = self.request.GET.get("parent", "")
        if parent_id.isdigit():
            initial["parent"] = Page.objects.filter(pk=parent_id).first()
        return initial

    def form_valid(self, form):
        parent = form.cleaned_data["parent"].specific
        if not parent.permissions_for_user(self.request.user).can_add_subpage():
            return permission_denied(self.request)
        try:
            report = import_archive(form.cleaned_data["archive"], parent, user=self.request.user)
        except BlueprintRefused as refusal:
            return self.refused(form, refusal, _("Die Vorlage wurde nicht importiert:"))
        return TemplateResponse(
            self.request,
            "blueprints/admin/report.html",
            {
                **self.get_context_data(form=form),
                "page_title": _("Vorlage importiert"),
                "header_title": _("Vorlage importiert"),
                "report": report,
                "created": [
                    {
                        "page": page,
                        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        "language": page.locale.get_display_name(),
                    }
                    for page in report.pages
                ],
                "parent": parent,
            },
        )


class UseBlueprintView(_FormView):
    form_class = UseBlueprintForm
    submit_button_label = gettext_lazy("Seite anlegen")

    def dispatch(self, request, blueprint_id):
        self.blueprint = get_object_or_404(
            Blueprint.objects.select_related("page"), pk=blueprint_id
        )
        if not may_add_pages(request.user):
            return permission_denied(request)
        return super().dispatch(request, blueprint_id)

    def get_page_title(self):
        return _("Neue Seite aus Vorlage: %(title)s") % {"title": self.blueprint}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page": self.blueprint.page}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["intro"] = self.blueprint.description or _(
            "Die Vorlage wird als Entwurf kopiert; die Kopie ist eine gewöhnliche Seite."
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            result = copy_blueprint(
                self.blueprint.page,
                data["parent"],
                user=self.request.user,
                title=data["title"],
                subtree=data.get("subtree", False),
                translations=data["translations"],
            )
        except BlueprintRefused as refusal:
            return self.refused(form, refusal, _("Die Seite wurde nicht angelegt:"))
        messages.success(
            self.request,
            _("„%(title)s“ wurde als Entwurf aus der Vorlage angelegt.")
            % {"title": result.root.get_admin_display_title()},
        )
        for skipped in result.skipped:
            messages.warning(self.request, skipped)
        return redirect("wagtailadmin_pages:edit", result.root.pk)
