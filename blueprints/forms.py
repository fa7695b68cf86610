"""Admin forms: export options, import (archive and parent), new page from a blueprint."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from blueprints.archive import max_files, max_unpacked_size
from publications.filetypes import lazy_size_label


class ExportForm(forms.Form):
    subtree = forms.BooleanField(
        label=_("Mit Unterseiten"),
        required=False,
        help_text=_("Alle Seiten unterhalb dieser Seite kommen mit in die Vorlage."),
    )
    translations = forms.BooleanField(
        label=_("Mit Übersetzungen"),
        required=False,
        initial=True,
        help_text=_("Die Fassungen in den anderen Sprachen kommen mit."),
    )
    files = forms.BooleanField(
        label=_("Mit Bildern und Dokumenten"),
        required=False,
        initial=True,
        help_text=_(
            "Die verwendeten Bilder und Dokumente kommen als Dateien mit. Ohne sie ist die "
            "Vorlage kleiner, taugt aber nur für diese Installation: Beim Import werden die "
            "Dateien dann hier gesucht."
        ),
    )


def _archive_help():
    return _(
        "Eine ZIP-Datei, die mit „Als Vorlage exportieren“ erstellt wurde. Höchstens "
        "%(files)s Dateien und %(size)s entpackt."
    ) % {"files": max_files(), "size": lazy_size_label(max_unpacked_size())}


class ImportForm(forms.Form):
    archive = forms.FileField(label=_("Vorlage (ZIP-Datei)"))
    parent = forms.ModelChoiceField(
        label=_("Einfügen unter"),
        queryset=Page.objects.all(),
        widget=AdminPageChooser(can_choose_root=False, user_perms="add_subpage"),
        help_text=_(
            "Die Seiten werden als Entwürfe unter dieser Seite angelegt; Übersetzungen unter "
            "ihren Übersetzungen."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["archive"].help_text = _archive_help()

    def clean_archive(self):
        archive = self.cleaned_data["archive"]
        if not archive.name.lower().endswith(".zip"):
            raise forms.ValidationError(
                _("Bitte eine ZIP-Datei wählen (die Datei „%(name)s“ ist keine)."),
                params={"name": archive.name},
            )
        return archive


class UseBlueprintForm(forms.Form):
    parent = forms.ModelChoiceField(
        label=_("Einfügen unter"),
        queryset=Page.objects.all(),
        help_text=_("Die neue Seite wird als Entwurf unter dieser Seite angelegt."),
    )
    title = forms.CharField(
        label=_("Titel der neuen Seite"),
        required=False,
        max_length=255,
        help_text=_("Leer lassen, um den Titel der Vorlage zu übernehmen."),
    )
    subtree = forms.BooleanField(
        label=_("Mit Unterseiten"),
        required=False,
        help_text=_("Die Seiten unterhalb der Vorlage werden mitkopiert."),
    )
    translations = forms.BooleanField(
        label=_("Mit Übersetzungen"),
        required=False,
        initial=True,
        help_text=_(
            "Die Übersetzungen der Vorlage werden unter den Übersetzungen der gewählten "
            "Seite angelegt, wo es diese gibt."
        ),
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].widget = AdminPageChooser(
            target_models=page.specific_class.allowed_parent_page_models(),
            can_choose_root=False,
            user_perms="add_subpage",
        )
        if not page.get_children().exists():
            del self.fields["subtree"]
