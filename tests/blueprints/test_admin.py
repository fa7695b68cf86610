"""The admin: export download, import with report, the blueprint library, permissions."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from blueprints.models import Blueprint
from tests.blueprints.helpers import export, read, rewrite, state

pytestmark = pytest.mark.django_db


def upload(data, name="vorlage.zip"):
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture
def editor_client(limited_editor):
    client = Client()
    client.force_login(limited_editor)
    return client


@pytest.fixture
def reader_client(django_user_model):
    """Logged in to the admin, without any page permission."""
    user = django_user_model.objects.create_user("leserin", password="x")
    group = Group.objects.create(name="Nur Admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


# Export ----------------------------------------------------------------------------


def test_export_form_and_download(admin_client, sample):
    url = reverse("blueprints_export", args=[sample["page"].pk])
    form = admin_client.get(url)
    assert form.status_code == 200
    assert "Mit Unterseiten" in form.content.decode()

    response = admin_client.post(url, {"subtree": "on", "translations": "on", "files": "on"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith(
        'attachment; filename="vorlage-vorlage-netzwerk-'
    )
    manifest, members = read(b"".join(response.streaming_content))
    assert len(manifest["pages"]) == 4
    assert len(members) == 2


def test_export_needs_permission_to_edit_the_page(editor_client, sample):
    response = editor_client.get(reverse("blueprints_export", args=[sample["page"].pk]))
    assert response.status_code == 302
    response = editor_client.post(
        reverse("blueprints_export", args=[sample["page"].pk]), {"files": "on"}
    )
    assert response.status_code == 302
    assert "Content-Disposition" not in response


def test_page_menus_offer_the_actions(admin_client, sample):
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[sample["page"].pk]))
    html = edit.content.decode()
    assert reverse("blueprints_export", args=[sample["page"].pk]) in html
    assert "Als Vorlage exportieren" in html
    assert f"{reverse('blueprints:add')}?page={sample['page'].pk}" in html
    assert f"{reverse('blueprints_import')}?parent={sample['page'].pk}" in html


# Import ----------------------------------------------------------------------------


def test_import_shows_the_report_with_edit_links(admin_client, sample, home_page):
    data = export(sample["page"], subtree=True)
    response = admin_client.post(
        reverse("blueprints_import"), {"archive": upload(data), "parent": home_page.pk}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vorlage importiert" in html
    new = Page.objects.get(slug="vorlage-netzwerk-2")
    assert reverse("wagtailadmin_pages:edit", args=[new.pk]) in html
    assert "Englisch" in html or "English" in html
    assert not new.live


def test_import_refusal_shows_the_reason_and_creates_nothing(admin_client, sample, home_page):
    data = rewrite(export(sample["page"]), members={"../../etc/passwd": b"x"})
    before = state()
    response = admin_client.post(
        reverse("blueprints_import"), {"archive": upload(data), "parent": home_page.pk}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Die Vorlage wurde nicht importiert" in html
    assert "führt mit „..“ aus dem Archiv heraus" in html
    assert state() == before


def test_import_wants_a_zip_file(admin_client, home_page):
    response = admin_client.post(
        reverse("blueprints_import"),
        {"archive": upload(b"%PDF-1.4", "handreichung.pdf"), "parent": home_page.pk},
    )
    assert "Bitte eine ZIP-Datei wählen" in response.content.decode()


def test_import_parent_can_be_preselected(admin_client, sample):
    response = admin_client.get(reverse("blueprints_import") + f"?parent={sample['contact'].pk}")
    assert response.status_code == 200
    assert response.context["form"].initial["parent"].pk == sample["contact"].pk


def test_import_needs_permission_to_add_under_the_parent(editor_client, sample, home_page):
    data = export(sample["page"], translations=False)
    before = state()
    response = editor_client.post(
        reverse("blueprints_import"), {"archive": upload(data), "parent": home_page.pk}
    )
    assert response.status_code == 302
    assert state() == before
    allowed = editor_client.post(
        reverse("blueprints_import"), {"archive": upload(data), "parent": sample["contact"].pk}
    )
    assert allowed.status_code == 200
    assert Page.objects.get(pk=sample["contact"].pk).get_children().count() == 1


def test_import_is_not_offered_to_users_who_add_no_pages(reader_client):
    assert reader_client.get(reverse("blueprints_import")).status_code == 302
    menu = reader_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Vorlage importieren" not in menu


# The blueprint library -----------------------------------------------------------


def test_editors_mark_a_page_as_blueprint(admin_client, sample):
    page = sample["page"]
    form = admin_client.get(reverse("blueprints:add") + f"?page={page.pk}")
    assert form.status_code == 200
    response = admin_client.post(
        reverse("blueprints:add"), {"page": page.pk, "description": "Für neue Netzwerke."}
    )
    assert response.status_code == 302
    blueprint = Blueprint.objects.get()
    assert blueprint.page_id == page.pk
    listing = admin_client.get(reverse("blueprints:index")).content.decode()
    assert "Vorlage Netzwerk" in listing
    assert reverse("blueprints_use", args=[blueprint.pk]) in listing


def test_new_page_from_blueprint_is_a_draft_copy_and_no_blueprint(
    admin_client, sample, home_page, english_home
):
    blueprint = Blueprint.objects.create(page=sample["page"], description="Für Netzwerke.")
    url = reverse("blueprints_use", args=[blueprint.pk])
    form = admin_client.get(url)
    assert form.status_code == 200
    assert "Für Netzwerke." in form.content.decode()

    response = admin_client.post(
        url,
        {"parent": home_page.pk, "title": "Netzwerk Nord", "subtree": "on", "translations": "on"},
    )
    copy = Page.objects.get(title="Netzwerk Nord")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[copy.pk])
    assert not copy.live
    assert copy.slug == "netzwerk-nord"
    assert not Blueprint.objects.filter(page=copy).exists()
    assert Blueprint.objects.count() == 1
    assert [child.title for child in copy.get_children()] == ["Unterseite"]
    english = copy.get_translations().get()
    assert english.title == "Blueprint network"
    assert english.get_parent().pk == english_home.pk
    assert copy.specific.body[1].block_type == "paragraph"


def test_new_page_from_blueprint_checks_the_parent(editor_client, sample, home_page):
    blueprint = Blueprint.objects.create(page=sample["page"])
    before = state()
    response = editor_client.post(
        reverse("blueprints_use", args=[blueprint.pk]), {"parent": home_page.pk}
    )
    assert response.status_code == 200
    assert "Sie dürfen unter „Startseite“ keine Seiten anlegen." in response.content.decode()
    assert state() == before
    # Where the editor may add pages, the copy is made (and belongs to them).
    response = editor_client.post(
        reverse("blueprints_use", args=[blueprint.pk]),
        {"parent": sample["contact"].pk, "translations": "on"},
    )
    assert response.status_code == 302
    copy = Page.objects.get(pk=sample["contact"].pk).get_children().get()
    assert copy.owner.username == "kontakt"


def test_editors_see_the_library_but_readers_do_not(editor_client, reader_client, sample):
    Blueprint.objects.create(page=sample["page"])
    assert editor_client.get(reverse("blueprints:index")).status_code == 200
    assert reader_client.get(reverse("blueprints:index")).status_code == 302


def test_export_archive_is_a_zip_with_manifest_first(admin_client, sample):
    response = admin_client.post(
        reverse("blueprints_export", args=[sample["page"].pk]), {"files": "on"}
    )
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert archive.namelist()[0] == "manifest.json"


def test_only_editors_of_a_page_may_mark_it(editor_client, limited_editor, sample):
    limited_editor.groups.get().permissions.add(Permission.objects.get(codename="add_blueprint"))
    response = editor_client.post(reverse("blueprints:add"), {"page": sample["page"].pk})
    assert response.status_code == 200
    assert "Nur wer „Vorlage Netzwerk“ bearbeiten darf" in response.content.decode()
    assert not Blueprint.objects.exists()
    response = editor_client.post(reverse("blueprints:add"), {"page": sample["contact"].pk})
    assert response.status_code == 302
    assert Blueprint.objects.get().page_id == sample["contact"].pk


def test_the_menu_holds_the_library_and_the_import(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Vorlagenbibliothek" in html
    assert "Vorlage importieren" in html
    assert reverse("blueprints_import") in html


def test_a_blueprint_page_offers_a_new_page_from_it(admin_client, sample):
    blueprint = Blueprint.objects.create(page=sample["page"])
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[sample["page"].pk])
    ).content.decode()
    assert reverse("blueprints_use", args=[blueprint.pk]) in html
    assert "Neue Seite aus dieser Vorlage" in html
    assert f"{reverse('blueprints:add')}?page=" not in html
