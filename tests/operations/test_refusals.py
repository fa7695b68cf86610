"""Archives and databases a restore refuses, each with a message naming the problem, and
with nothing changed: the database's rows and the media files are compared before and
after. Every restore here runs with --force, so only the checks before any change stand
between the archive and the data.

A small site (a page, a library document, an image, Diversometer counters) keeps these
fast; the round trip of the demo content is in test_round_trip.py.
"""

import json
import uuid
from io import StringIO

import pytest
import wagtail_factories
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

from diversometer.models import Counter
from operations.archive import verify_archive
from operations.backup import create_backup
from tests.factories import ContentPageFactory
from tests.operations.helpers import (
    cut,
    file_checksums,
    flip_byte,
    members,
    rewrite,
    table_rows,
)
from tests.publications.library import document

PAGE_KEY = uuid.UUID("44444444-4444-4444-4444-444444444444")
DOCUMENT = "media/documents/handreichung-vielfalt.pdf"


@pytest.fixture
def small_site(home_page):
    ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    document("Handreichung Vielfalt")
    wagtail_factories.ImageFactory(title="Logo")
    Counter.objects.create(page_key=PAGE_KEY, kind="run", count=7)
    return home_page


@pytest.fixture
def archive(small_site, tmp_path):
    return create_backup(tmp_path / "backups").path


@pytest.fixture
def unchanged(settings):
    """Call after the refusal: asserts that rows and media files are as they were."""
    rows = table_rows()
    files = file_checksums(settings.MEDIA_ROOT)

    def check():
        assert table_rows() == rows
        assert file_checksums(settings.MEDIA_ROOT) == files

    return check


def refusal(path):
    with pytest.raises(CommandError) as raised:
        call_command("restore", str(path), force=True, stdout=StringIO())
    message = str(raised.value)
    assert message.startswith("Restore refused: ")
    assert message.endswith("Nothing was changed.")
    return message


def test_the_archive_itself_verifies(archive):
    manifest = verify_archive(archive).manifest
    assert DOCUMENT in manifest["members"]
    assert manifest["counts"]["diversometer.counter"] == 1


@pytest.mark.parametrize(
    "member",
    ["database.jsonl.gz", DOCUMENT, "manifest.json"],
)
def test_a_flipped_byte_is_refused(archive, tmp_path, unchanged, member):
    damaged = flip_byte(archive, tmp_path / "damaged.tar", member)
    assert f"checksum mismatch in {member}" in refusal(damaged)
    unchanged()


def test_a_flipped_byte_in_the_manifest_checksum_is_refused(archive, tmp_path, unchanged):
    damaged = flip_byte(archive, tmp_path / "damaged.tar", "manifest.json.sha256", offset=3)
    assert "checksum mismatch in manifest.json" in refusal(damaged)
    unchanged()


def test_an_archive_cut_inside_a_member_is_refused(archive, tmp_path, unchanged):
    member = members(archive)["database.jsonl.gz"]
    damaged = cut(archive, tmp_path / "cut.tar", member.offset_data + member.size // 2)
    assert "database.jsonl.gz is cut short" in refusal(damaged)
    unchanged()


def test_an_archive_cut_between_members_is_refused(archive, tmp_path, unchanged):
    # Cut where the manifest's header begins: every member before it is complete.
    manifest = members(archive)["manifest.json"]
    damaged = cut(archive, tmp_path / "cut.tar", manifest.offset)
    message = refusal(damaged)
    assert "no manifest.json" in message
    assert "it ends after media/" in message
    unchanged()


def test_an_archive_cut_to_its_first_bytes_is_refused(archive, tmp_path, unchanged):
    damaged = cut(archive, tmp_path / "cut.tar", 700)
    assert "truncated" in refusal(damaged)
    unchanged()


def test_a_missing_member_is_refused(archive, tmp_path, unchanged):
    damaged = rewrite(archive, tmp_path / "missing.tar", drop=[DOCUMENT])
    assert f"{DOCUMENT} is listed in manifest.json but missing from the archive" in refusal(damaged)
    unchanged()


def test_a_member_not_in_the_manifest_is_refused(archive, tmp_path, unchanged):
    damaged = rewrite(archive, tmp_path / "extra.tar", add={"media/documents/extra.pdf": b"x"})
    assert "media/documents/extra.pdf is in the archive but not listed" in refusal(damaged)
    unchanged()


def test_a_member_leading_out_of_the_archive_is_refused(archive, tmp_path, unchanged):
    damaged = rewrite(archive, tmp_path / "evil.tar", add={"media/../../etc/passwd": b"x"})
    assert "media/../../etc/passwd" in refusal(damaged)
    unchanged()


def test_a_file_that_is_no_archive_is_refused(tmp_path, small_site, unchanged):
    path = tmp_path / "notes.tar"
    path.write_bytes(b"not a tar file\n" * 100)
    assert "is not a readable tar archive" in refusal(path)
    unchanged()


def test_other_migrations_in_the_database_are_refused(archive, unchanged):
    recorder = MigrationRecorder(connection)
    recorder.record_applied("operations", "0001_later_code")
    try:
        message = refusal(archive)
    finally:
        recorder.record_unapplied("operations", "0001_later_code")
    assert "the migrations differ" in message
    assert "this database has migrations the archive lacks: operations.0001_later_code" in message
    unchanged()


def test_other_migrations_in_the_archive_are_refused(archive, tmp_path, unchanged):
    def newer(manifest):
        manifest["migrations"]["home"].append("9999_future_field")
        return manifest

    other = rewrite(archive, tmp_path / "newer.tar", manifest=newer)
    message = refusal(other)
    assert "the archive has migrations this database lacks: home.9999_future_field" in message
    assert "Wagtail" in message  # names the versions the backup was made with
    unchanged()


def test_a_database_that_is_not_empty_needs_force(archive, unchanged):
    with pytest.raises(CommandError) as raised:
        call_command("restore", str(archive), stdout=StringIO())
    message = str(raised.value)
    assert "the database is not empty (2 pages, 1 documents, 1 images" in message
    assert "--force" in message
    assert message.endswith("Nothing was changed.")
    unchanged()


def test_check_reports_without_changing_anything(archive, tmp_path, unchanged):
    out = StringIO()
    call_command("restore", str(archive), check=True, stdout=out)
    assert "every checksum matches its manifest" in out.getvalue()
    assert "a restore here would need --force: the database is not empty" in out.getvalue()

    damaged = flip_byte(archive, tmp_path / "damaged.tar", DOCUMENT)
    with pytest.raises(CommandError, match=f"checksum mismatch in {DOCUMENT}"):
        call_command("restore", str(damaged), check=True, stdout=StringIO())

    recorder = MigrationRecorder(connection)
    recorder.record_applied("operations", "0001_later_code")
    try:
        with pytest.raises(CommandError, match="intact, but a restore here would be refused"):
            call_command("restore", str(archive), check=True, stdout=StringIO())
    finally:
        recorder.record_unapplied("operations", "0001_later_code")
    unchanged()


def test_a_file_missing_from_storage_is_reported(small_site, tmp_path, settings):
    (settings.MEDIA_ROOT / "documents" / "handreichung-vielfalt.pdf").unlink()
    out = StringIO()
    tmp_path = tmp_path / "out"
    call_command("backup", output=str(tmp_path), stdout=out)
    assert "1 file(s) named in the database are missing" in out.getvalue()
    assert "documents/handreichung-vielfalt.pdf" in out.getvalue()
    (path,) = tmp_path.glob("vielfalt-backup-*.tar")
    manifest = verify_archive(path).manifest
    assert manifest["media"]["missing"] == ["documents/handreichung-vielfalt.pdf"]
    assert DOCUMENT not in manifest["members"]


def test_backup_refuses_to_overwrite_and_leaves_no_partial_file(small_site, tmp_path):
    tmp_path = tmp_path / "out"
    target = tmp_path / "fixed.tar"
    create_backup(target)
    with pytest.raises(CommandError, match="exists already"):
        call_command("backup", output=str(target), stdout=StringIO())
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fixed.tar"]
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_failing_backup_leaves_nothing(small_site, tmp_path, monkeypatch):
    import operations.backup

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(operations.backup.ArchiveWriter, "finish", broken)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(CommandError, match="Backup failed: .*disk full"):
        call_command("backup", output=str(tmp_path), stdout=StringIO())
    assert list(tmp_path.iterdir()) == []


def test_keep_deletes_only_the_oldest_generated_archives(small_site, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    old = ["vielfalt-backup-20200101-000000.tar", "vielfalt-backup-20210101-000000.tar"]
    for name in [*old, "vielfalt-backup-manual.tar", "notes.txt"]:
        (tmp_path / name).write_text("x")
    out = StringIO()
    call_command("backup", output=str(tmp_path), keep=2, stdout=out)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert old[0] not in names
    assert old[1] in names
    assert "vielfalt-backup-manual.tar" in names and "notes.txt" in names
    assert len([name for name in names if name.startswith("vielfalt-backup-2")]) == 2
    assert f"deleted old backup {old[0]}" in out.getvalue()


def test_the_manifest_describes_the_archive(archive):
    manifest = json.loads(_member_bytes(archive, "manifest.json"))
    assert manifest["format"] == "vielfalt-backup"
    assert manifest["version"] == 1
    assert manifest["created_at"].endswith("Z")
    assert set(manifest["software"]) >= {"django", "wagtail", "python"}
    assert manifest["database"]["vendor"] == connection.vendor
    assert "0001_initial" in manifest["migrations"]["wagtailcore"]
    assert manifest["counts"]["wagtailcore.page"] == 3  # root, home page, content page
    assert "sessions.session" in manifest["left_out"]
    assert "wagtailimages.rendition" in manifest["left_out"]
    for entry in manifest["members"].values():
        assert len(entry["sha256"]) == 64 and entry["size"] > 0


def _member_bytes(path, name):
    import tarfile

    with tarfile.open(path) as tar:
        return tar.extractfile(name).read()
