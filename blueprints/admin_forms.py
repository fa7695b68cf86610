"""The admin form of :class:`blueprints.models.Blueprint` (imported by the model)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class BlueprintAdminForm(WagtailAdminModelForm):
    """Marking a page as a blueprint offers its latest draft to every editor who uses the
    library: only someone who may edit the page may mark it."""

    def clean_page(self):
        page = self.cleaned_data.get("page")
        if page is None:
            return page
        if page.is_root() or page.alias_of_id:
            raise forms.ValidationError(_("Diese Seite kann keine Vorlage sein."))
        user = getattr(self, "for_user", None)
        if user is not None and not page.permissions_for_user(user).can_edit():
            raise forms.ValidationError(
                _("Nur wer „%(title)s“ bearbeiten darf, kann die Seite als Vorlage markieren."),
                params={"title": page.get_admin_display_title()},
            )
        return page
