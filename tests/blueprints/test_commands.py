"""The management commands export_blueprint and import_blueprint."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from tests.blueprints.helpers import read, rewrite, state

pytestmark = pytest.mark.django_db


def test_export_then_import(sample, home_page, tmp_path, capsys):
    archive = tmp_path / "vorlage.zip"
    call_command(
        "export_blueprint", str(sample["page"].pk), str(archive), "--subtree", "--translations"
    )
    assert "Exported 4 page(s), 1 image(s), 1 document(s) (2 file(s))" in capsys.readouterr().out
    manifest, _members = read(archive.read_bytes())
    assert manifest["options"] == {"subtree": True, "translations": True, "files": True}

    call_command("import_blueprint", str(archive), str(home_page.pk))
    out = capsys.readouterr().out
    assert "4 Entwürfe angelegt:" in out
    assert "/vorlage-netzwerk-2/" in out
    assert "Hinweise:" in out
    assert Page.objects.filter(slug="vorlage-netzwerk-2", live=False).exists()


def test_import_refusal_is_a_command_error(sample, home_page, tmp_path):
    archive = tmp_path / "vorlage.zip"
    call_command("export_blueprint", str(sample["page"].pk), str(archive), "--no-files")
    archive.write_bytes(rewrite(archive.read_bytes(), members={"/etc/passwd": b"x"}))
    before = state()
    with pytest.raises(CommandError) as error:
        call_command("import_blueprint", str(archive), str(home_page.pk))
    assert "ist ein absoluter Pfad" in str(error.value)
    assert state() == before


def test_import_checks_the_users_permissions(sample, home_page, limited_editor, tmp_path):
    archive = tmp_path / "vorlage.zip"
    call_command("export_blueprint", str(sample["page"].pk), str(archive))
    with pytest.raises(CommandError) as error:
        call_command("import_blueprint", str(archive), str(home_page.pk), "--user", "kontakt")
    assert "keine Seiten anlegen" in str(error.value)


def test_unknown_pages(tmp_path):
    with pytest.raises(CommandError):
        call_command("export_blueprint", "999999", str(tmp_path / "x.zip"))
    with pytest.raises(CommandError):
        call_command("import_blueprint", str(tmp_path / "x.zip"), "999999")
