"""An import is untrusted input: each bad archive is refused with its reason, and leaves
nothing behind (no page, revision, image, document, topic, collection or file)."""

import hashlib
import io
import json
import os
import stat
import struct
import zipfile

import pytest

from blueprints.archive import BlueprintRefused
from blueprints.importer import import_archive
from tests.blueprints.helpers import build, export, forget_files, read, rewrite, state

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def archive(sample):
    """A valid blueprint of the sample page (no subtree), files included."""
    return export(sample["page"], translations=False)


def refused(data, parent):
    """The messages of the refusal of ``data``; asserts that nothing was left behind."""
    before = state()
    with pytest.raises(BlueprintRefused) as refusal:
        import_archive(io.BytesIO(data), parent)
    assert state() == before
    return " | ".join(refusal.value.messages)


def member_name(manifest, kind):
    return next(iter(manifest[kind].values()))["file"]


def test_the_valid_archive_imports(archive, home_page):
    assert import_archive(io.BytesIO(archive), home_page).root.title == "Vorlage Netzwerk"


def test_not_a_zip(home_page):
    assert "kein lesbares ZIP-Archiv" in refused(b"PK\x03\x04 but not really", home_page)


def test_missing_manifest(home_page):
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("files/readme.txt", "hallo")
    assert "fehlt die Datei manifest.json" in refused(data.getvalue(), home_page)


def test_malformed_json(home_page):
    message = refused(build(None, raw_manifest=b'{"format": "vielfalt-blueprint",'), home_page)
    assert "manifest.json ist kein gültiges JSON" in message


def test_manifest_not_utf8(home_page):
    assert "kein Text in UTF-8" in refused(build(None, raw_manifest=b"\xff\xfe{}"), home_page)


def test_another_format(archive, home_page):
    data = rewrite(archive, lambda manifest: {**manifest, "format": "wordpress-export"})
    assert "keine Seitenvorlage" in refused(data, home_page)


def test_unknown_version(archive, home_page):
    data = rewrite(archive, lambda manifest: {**manifest, "version": 2})
    message = refused(data, home_page)
    assert "Formatversion 2" in message
    assert "nur Version 1" in message


def test_schema_violations_name_the_place(archive, home_page):
    def change(manifest):
        manifest["pages"][0]["type"] = 5
        manifest["pages"][0]["key"] = "not-a-uuid"
        del manifest["images"]
        manifest["surprise"] = True

    message = refused(rewrite(archive, change), home_page)
    assert "entspricht nicht dem Schema" in message
    assert "pages[0].type: erwartet wird ein Text" in message
    assert "pages[0].key: hat nicht die erwartete Form" in message
    assert "„images“ fehlt" in message
    assert "unbekannter Eintrag „surprise“" in message


def test_unknown_page_type(archive, home_page):
    def change(manifest):
        manifest["pages"][0]["type"] = "home.flyingpage"

    message = refused(rewrite(archive, change), home_page)
    assert "Den Seitentyp „home.flyingpage“ gibt es in dieser Installation nicht" in message


def test_unknown_block_type(archive, home_page):
    def change(manifest):
        manifest["pages"][0]["fields"]["body"].append(
            {"type": "hologram", "value": {}, "id": "5b0e9a1c-93f4-4b8e-9d8e-3b2a8b3c1d2e"}
        )
        manifest["pages"][0]["fields"]["body"][0]["value"]["colour"] = "red"

    message = refused(rewrite(archive, change), home_page)
    assert "Den Blocktyp „hologram“ (in body) gibt es hier nicht" in message
    assert "Den Blocktyp „colour“ (in body → heading) gibt es hier nicht" in message


def test_unknown_field(archive, home_page):
    def change(manifest):
        manifest["pages"][0]["fields"]["colour"] = "red"

    assert "Das Feld „colour“ gibt es bei Inhaltsseite nicht" in refused(
        rewrite(archive, change), home_page
    )


def test_path_traversal_member(archive, home_page):
    data = rewrite(archive, members={"../x": b"escape"})
    assert "führt mit „..“ aus dem Archiv heraus" in refused(data, home_page)
    data = rewrite(archive, members={"files/images/../../../etc/cron.d/x": b"escape"})
    assert "führt mit „..“ aus dem Archiv heraus" in refused(data, home_page)


def test_absolute_paths(archive, home_page):
    assert "ist ein absoluter Pfad" in refused(
        rewrite(archive, members={"/etc/passwd": b"root"}), home_page
    )
    assert "ist ein absoluter Pfad" in refused(
        rewrite(archive, members={"C:/Windows/x.dll": b"MZ"}), home_page
    )
    assert "umgekehrten Schrägstrich" in refused(
        rewrite(archive, members={"files\\..\\x": b"x"}), home_page
    )


def test_traversal_in_the_manifest(archive, home_page):
    def change(manifest):
        next(iter(manifest["images"].values()))["file"] = "files/images/1/../../../etc/passwd"

    message = refused(rewrite(archive, change), home_page)
    assert "images." in message
    assert "hat nicht die erwartete Form" in message


def test_members_outside_the_known_folders(archive, home_page):
    assert "gehört nicht in eine Vorlage" in refused(
        rewrite(archive, members={"setup.py": b"import os"}), home_page
    )


def test_symbolic_links(archive, home_page):
    manifest, members = read(archive)
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as target:
        target.writestr("manifest.json", json.dumps(manifest))
        for name, content in members.items():
            target.writestr(name, content)
        link = zipfile.ZipInfo("files/images/1/link.png")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        target.writestr(link, "/etc/passwd")
    assert "ist ein symbolischer Link" in refused(data.getvalue(), home_page)


def test_too_many_files(archive, home_page, settings):
    settings.BLUEPRINT_MAX_FILES = 2
    message = refused(archive, home_page)
    assert "enthält 3 Einträge; erlaubt sind höchstens 2 (BLUEPRINT_MAX_FILES)" in message


def test_oversized(archive, home_page, settings):
    settings.BLUEPRINT_MAX_UNPACKED_MB = 1
    data = rewrite(archive, members={"files/documents/9/gross.pdf": os.urandom(1_200_000)})
    message = refused(data, home_page)
    assert "würde entpackt 1,2 MB belegen; erlaubt sind höchstens 1 MB" in message


def test_zip_bomb(archive, home_page):
    data = rewrite(archive, members={"files/documents/9/nullen.pdf": bytes(30_000_000)})
    assert len(data) < 200_000
    assert "mögliche ZIP-Bombe" in refused(data, home_page)


def _lie_about_size(data, name, size):
    """``data`` with the sizes of member ``name`` in its headers replaced by ``size``."""
    data = bytearray(data)
    encoded = name.encode()
    position = 0
    while True:
        central = data.find(b"PK\x01\x02", position)
        if central < 0:
            break
        name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == encoded:
            data[central + 24 : central + 28] = struct.pack("<I", size)
            offset = struct.unpack("<I", data[central + 42 : central + 46])[0]
            data[offset + 22 : offset + 26] = struct.pack("<I", size)
        position = central + 4
    return bytes(data)


def test_sizes_are_counted_while_streaming(archive, home_page):
    """A directory that understates a member's size does not get it past the limit."""
    manifest, _members = read(archive)
    name = member_name(manifest, "documents")
    data = _lie_about_size(archive, name, 10)
    message = refused(data, home_page)
    assert "beschädigt" in message or "größer, als das Archiv angibt" in message


def _replace_file(archive, kind, content, filename=None):
    def change(manifest):
        entry = next(iter(manifest[kind].values()))
        entry["sha1"] = hashlib.sha1(content, usedforsecurity=False).hexdigest()
        if filename:
            entry["filename"] = filename
            entry["file"] = entry["file"].rsplit("/", 1)[0] + "/" + filename

    manifest, members = read(archive)
    old = member_name(manifest, kind)
    changed = rewrite(archive, change, drop=[old])
    new_manifest, _members = read(changed)
    return rewrite(changed, members={member_name(new_manifest, kind): content})


def test_html_disguised_as_pdf(archive, home_page):
    message = refused(_replace_file(archive, "documents", HTML), home_page)
    assert "Dokument „Handreichung“ (handreichung.pdf)" in message
    assert "ist aber kein PDF-Dokument" in message


def test_documents_only_from_the_allow_list(archive, home_page):
    message = refused(_replace_file(archive, "documents", HTML, "seite.html"), home_page)
    assert "Dateien vom Typ .html können nicht hochgeladen werden" in message


def test_svg_images_are_refused(archive, home_page):
    message = refused(_replace_file(archive, "images", SVG, "bild.svg"), home_page)
    assert "Bild „Gruppenfoto“ (bild.svg)" in message


def test_html_disguised_as_png(archive, home_page):
    message = refused(_replace_file(archive, "images", HTML), home_page)
    assert "Bild „Gruppenfoto“ (foto.png)" in message


def test_checksum_mismatch(archive, home_page):
    manifest, _members = read(archive)
    data = rewrite(archive, members={member_name(manifest, "documents"): b"%PDF-1.4\nanders"})
    assert "Die Prüfsumme stimmt nicht" in refused(data, home_page)


def test_a_failure_while_writing_removes_the_stored_files(archive, home_page):
    """Files are written before the pages; a page that fails takes them back out."""
    forget_files()

    def change(manifest):
        manifest["pages"][0]["fields"]["title"] = "x" * 300

    message = refused(rewrite(archive, change), home_page)
    assert "konnte nicht angelegt werden" in message
    assert "höchstens 255 Zeichen" in message


def test_the_cleanup_is_what_removes_them(archive, home_page, monkeypatch):
    """Without deleting the stored files, the failed import above would leave two behind."""
    forget_files()
    monkeypatch.setattr("blueprints.importer._Importer._delete_saved_files", lambda *args: None)
    before = state()

    def change(manifest):
        manifest["pages"][0]["fields"]["title"] = "x" * 300

    with pytest.raises(BlueprintRefused):
        import_archive(io.BytesIO(rewrite(archive, change)), home_page)
    after = state()
    assert len(after["files"] - before["files"]) == 2
    assert {key: value for key, value in after.items() if key != "files"} == {
        key: value for key, value in before.items() if key != "files"
    }


def test_a_later_page_failing_takes_back_the_earlier_ones(sample, home_page):
    data = export(sample["page"], subtree=True)

    def change(manifest):
        manifest["pages"][-1]["fields"]["title"] = "x" * 300

    assert "konnte nicht angelegt werden" in refused(rewrite(data, change), home_page)


def test_script_addresses_in_link_blocks(archive, home_page):
    def change(manifest):
        manifest["pages"][0]["fields"]["body"][4]["value"]["link"] = {
            "page": None,
            "url": "javascript:alert(document.cookie)",
            "label": "Klick",
        }

    message = refused(rewrite(archive, change), home_page)
    assert "„javascript:alert(document.cookie)“ (in body → call_to_action → link → url)" in message
    assert "ist keine gültige Webadresse" in message


def test_file_names_stay_names(archive, home_page):
    def change(manifest):
        next(iter(manifest["documents"].values()))["filename"] = "../../settings.py"

    message = refused(rewrite(archive, change), home_page)
    assert "filename: hat nicht die erwartete Form" in message
