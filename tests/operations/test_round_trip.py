"""The round trip: back up the demo content, restore it into a freshly migrated database
whose content types have other ids, and get back the same site.

The demo content is loaded once for the module (about 15 s) and committed for real, and
so is the restore into a freshly migrated database (fixture ``restored``): the backup
reads in its own transaction and the restore replaces every table in its own. The tests
themselves run in transactions that are rolled back, so a test that restores again
(over a changed database, or failing halfway) leaves the restored state to the next.

Before the backup the module adds what the demo lacks: a draft revision on the Berlin
project page, an edited English translation string (wagtail-localize's translation
memory, not yet published), Diversometer counters and completed runs, a tagged image, an
editor account and queued, running and finished background tasks.

The restore (fixture ``restored``, once) starts from the rows ``migrate`` left in the
test database (Django's serialized rollback), with every content type renumbered (as in
a database whose apps were migrated in another order) and an empty media directory.
The tests then compare, table by table and file by file. At the end the database is put
back into the state ``migrate`` left, for the tests that run after this module.
"""

import shutil
from dataclasses import dataclass
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test import Client, override_settings
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from diversometer.counting import record_run
from diversometer.models import CompletedRun, Counter, DiversometerPage
from operations.backup import create_backup
from operations.database import database_contents
from projects.models import ProjectPage
from tests.operations.helpers import (
    content_type_keys,
    differences,
    file_checksums,
    freshly_migrated_state,
    natural_content_types,
    renumber_content_types,
    reset_database,
    table_rows,
)

BERLIN = {
    "de": "/projekte/berliner-netzwerke-fuer-vielfalt/",
    "en": "/en/projects/berlin-networks-for-diversity/",
}
DRAFT_TITLE = "Berliner Netzwerke für Vielfalt (Entwurf)"
EDITED = " [edited translation]"
FLYER = "documents/flyer-berliner-netzwerke-fuer-vielfalt.pdf"
LOGO = "original_images/logo-berliner-netzwerke.png"

# Each test runs in a transaction that is rolled back; the module's fixtures below commit.
pytestmark = pytest.mark.django_db


@dataclass
class Demo:
    media: Path
    archive: Path
    fresh: str
    rows: dict
    files: dict
    facts: dict
    html: dict
    search: list


def sha256_of_stored(name):
    import hashlib

    with default_storage.open(name, "rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def facts():
    """What the issue names, in a form that reads well in a failing assertion."""
    pages = list(Page.objects.select_related("locale").order_by("path"))
    english = Locale.objects.get(language_code="en")
    content_types = content_type_keys()
    return {
        "pages": [
            (
                page.path,
                page.title,
                page.draft_title,
                page.live,
                page.has_unpublished_changes,
                page.locale.language_code,
                str(page.translation_key),
                page.content_type.natural_key(),
                page.latest_revision_id,
                page.live_revision_id,
            )
            for page in pages
        ],
        "revisions": Revision.objects.count(),
        "latest revisions": {
            page.path: natural_content_types(page.latest_revision.content, content_types)
            for page in pages
            if page.latest_revision
        },
        "translation sources": sorted(
            (
                str(source.object_id),
                source.locale.language_code,
                source.specific_content_type.natural_key(),
                natural_content_types(source.content_json, content_types),
            )
            for source in TranslationSource.objects.select_related("locale")
        ),
        "translations": sorted(
            (str(item.uuid), str(item.source.object_id), item.target_locale.language_code)
            for item in Translation.objects.select_related("source", "target_locale")
            if item.enabled
        ),
        "english strings": sorted(
            (item.translation_of.data, item.context.path, item.data)
            for item in StringTranslation.objects.filter(locale=english).select_related(
                "translation_of", "context"
            )
        ),
        "documents": sorted(
            (document.title, document.file.name, sha256_of_stored(document.file.name))
            for document in get_document_model().objects.all()
        ),
        "images": sorted(
            (
                image.title,
                image.file.name,
                sha256_of_stored(image.file.name),
                image.width,
                image.height,
                sorted(image.tags.names()),
            )
            for image in get_image_model().objects.all()
        ),
        "counters": sorted(
            (str(counter.page_key), counter.kind, counter.scope, counter.item, counter.count)
            for counter in Counter.objects.all()
        ),
        "completed runs": sorted(CompletedRun.objects.values_list("digest", "day")),
    }


def render():
    client = Client()
    html = {}
    for language, url in BERLIN.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html[language] = response.content.decode()
    translation.activate("de")
    return html


def search():
    return sorted(page.pk for page in Page.objects.live().search("Netzwerke"))


def add_what_the_demo_lacks():
    berlin = ProjectPage.objects.get(
        slug="berliner-netzwerke-fuer-vielfalt", locale__language_code="de"
    )
    berlin.title = DRAFT_TITLE
    berlin.save_revision()

    english = Locale.objects.get(language_code="en")
    segment = (
        StringSegment.objects.filter(
            source=TranslationSource.objects.get_for_instance(berlin),
            context__path__startswith="body",
        )
        .order_by("order")
        .first()
    )
    string = StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=english
    )
    string.data += EDITED
    string.save()

    diversometer = DiversometerPage.objects.filter(locale__language_code="de").first()
    question = diversometer.questionnaire.questions[0]
    keys = [
        ("run", "", ""),
        ("question", question.id, ""),
        ("option", question.id, question.options[0].id),
    ]
    for nonce in ("backup-run-1", "backup-run-2", "backup-run-3"):
        assert record_run(diversometer.translation_key, nonce, keys)

    get_image_model().objects.get(file=LOGO).tags.add("logo", "berlin")
    get_user_model().objects.create_user("redakteurin", "redaktion@example.org", "geheim-123")

    for status in ("READY", "RUNNING", "SUCCESSFUL"):
        DBTaskResult.objects.create(
            status=status,
            task_path="publications.tasks.extract_document_text",
            args_kwargs={"args": [1], "kwargs": {}},
            backend_name="default",
            queue_name="default",
            run_after=timezone.now() - timedelta(minutes=1),
            started_at=None if status == "READY" else timezone.now(),
            worker_ids=[] if status == "READY" else ["worker-1"],
        )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    base = tmp_path_factory.mktemp("backup-round-trip")
    media = base / "media"
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        fresh = freshly_migrated_state()
        reset_database(fresh)
        try:
            call_command("load_demo_content", verbosity=0, stdout=StringIO())
            add_what_the_demo_lacks()
            html = render()
            state = Demo(
                media=media,
                archive=create_backup(base / "backups").path,
                fresh=fresh,
                rows=table_rows(),
                files=file_checksums(media),
                facts=facts(),
                html=html,
                search=search(),
            )
            yield state
        finally:
            reset_database(fresh)


@pytest.fixture(autouse=True)
def _media_root(demo):
    """The module's MEDIA_ROOT is the demo's (the root conftest would swap it per test)."""


@pytest.fixture(scope="module")
def restored(demo, django_db_blocker):
    """Restore the archive into a freshly migrated database with renumbered content types
    and an empty media directory; returns the command's output."""
    with django_db_blocker.unblock():
        reset_database(demo.fresh)
        renumber_content_types(offset=1000)
        shutil.rmtree(demo.media)
        demo.media.mkdir()
        assert database_contents(connection) == []
        out = StringIO()
        call_command("restore", str(demo.archive), stdout=out)
        return out.getvalue()


def test_the_demo_has_what_the_comparison_needs(demo):
    assert len(demo.facts["pages"]) > 60
    assert DRAFT_TITLE not in demo.html["de"]
    assert any(title == DRAFT_TITLE for _path, _t, title, *_rest in demo.facts["pages"])
    assert any(EDITED in data for *_rest, data in demo.facts["english strings"])
    assert len(demo.facts["documents"]) >= 6 and len(demo.facts["images"]) >= 3
    assert ("run", "", "", 3) in [row[1:] for row in demo.facts["counters"]]
    assert demo.search


def test_the_restore_reports_every_table(restored, demo):
    assert "Restored" in restored
    assert f"{len(demo.facts['pages'])}" in restored
    for line in restored.splitlines():
        parts = line.split()
        if len(parts) == 3 and "." in parts[0] and parts[1].isdigit():
            assert parts[1] == parts[2], line
    assert "media: 11 files written" in restored


def test_content_types_really_have_other_ids(restored):
    assert ContentType.objects.get_for_model(Page).pk > 1000


def test_pages_are_the_same(restored, demo):
    assert facts()["pages"] == demo.facts["pages"]


def test_revisions_are_the_same(restored, demo):
    after = facts()
    assert after["revisions"] == demo.facts["revisions"]
    assert after["latest revisions"] == demo.facts["latest revisions"]


def test_translations_are_the_same(restored, demo):
    after = facts()
    for key in ("translation sources", "translations", "english strings"):
        assert after[key] == demo.facts[key], key


def test_documents_and_images_are_the_same(restored, demo):
    after = facts()
    assert after["documents"] == demo.facts["documents"]
    assert after["images"] == demo.facts["images"]


def test_diversometer_counters_are_the_same(restored, demo):
    after = facts()
    assert after["counters"] == demo.facts["counters"]
    assert after["completed runs"] == demo.facts["completed runs"]


def test_every_row_of_every_table_is_the_same(restored, demo):
    assert differences(demo.rows, table_rows()) == []


def test_media_files_are_the_same(restored, demo):
    assert file_checksums(demo.media) == demo.files


def test_the_berlin_project_renders_the_same_html(restored, demo):
    assert render() == demo.html


def test_the_search_index_is_rebuilt(restored, demo):
    assert search() == demo.search


def test_the_task_queue_is_kept_and_finished_results_are_not(restored):
    tasks = sorted(DBTaskResult.objects.values_list("status", "worker_ids", "started_at"))
    assert tasks == [("READY", [], None), ("READY", [], None)]


def test_restored_content_works_with_other_content_type_ids(restored):
    """Revision JSON keeps the old content type ids; Wagtail and wagtail-localize must
    still turn revisions and translation sources into pages of the right type."""
    berlin = ProjectPage.objects.get(
        slug="berliner-netzwerke-fuer-vielfalt", locale__language_code="de"
    )
    english = berlin.get_translation(Locale.objects.get(language_code="en"))
    with transaction.atomic():
        draft = berlin.latest_revision.as_object()
        assert draft.content_type == ContentType.objects.get_for_model(ProjectPage)
        assert draft.title == DRAFT_TITLE
        berlin.latest_revision.publish()
        assert Page.objects.get(pk=berlin.pk).specific.title == DRAFT_TITLE

        source = TranslationSource.objects.get_for_instance(berlin)
        assert source.as_instance().content_type == berlin.content_type
        item = Translation.objects.get(source=source, target_locale=english.locale)
        item.save_target(publish=False)
        draft_en = Page.objects.get(pk=english.pk).specific.latest_revision.as_object()
        assert draft_en.content_type == english.content_type
        assert EDITED in str(draft_en.serializable_data())
        transaction.set_rollback(True)


def test_restore_over_a_changed_database_needs_force(demo, settings):
    Page.objects.get(url_path__endswith="/berlin-networks-for-diversity/").delete()
    get_user_model().objects.create_user("jemand")
    Counter.objects.update(count=99)
    (Path(settings.MEDIA_ROOT) / FLYER).unlink()

    with pytest.raises(CommandError, match="the database is not empty"):
        call_command("restore", str(demo.archive), stdout=StringIO())
    assert Counter.objects.filter(count=99).exists()

    call_command("restore", str(demo.archive), force=True, stdout=StringIO())
    assert differences(demo.rows, table_rows()) == []
    assert file_checksums(demo.media) == demo.files


def test_a_failing_restore_changes_nothing(demo, settings, monkeypatch):
    media = Path(settings.MEDIA_ROOT)
    flyer, logo = media / FLYER, media / LOGO
    flyer_bytes, logo_bytes = flyer.read_bytes(), logo.read_bytes()
    flyer.unlink()  # the restore writes it
    logo.write_bytes(b"another logo")  # the restore replaces it
    Counter.objects.update(count=5)
    rows, files = table_rows(), file_checksums(media)

    def fail(connection, loaded):
        assert not Counter.objects.filter(count=5).exists()  # the rows were replaced …
        raise RuntimeError("simulated failure after loading")

    monkeypatch.setattr("operations.restore.finish_load", fail)
    try:
        with pytest.raises(CommandError) as raised:
            call_command("restore", str(demo.archive), force=True, stdout=StringIO())
        message = str(raised.value)
        assert message.startswith("Restore failed: simulated failure after loading")
        assert "The database was not changed and the media files the restore wrote were" in message
        assert table_rows() == rows  # … and the transaction took them back
        assert file_checksums(media) == files
        assert not flyer.exists() and logo.read_bytes() == b"another logo"
    finally:
        flyer.write_bytes(flyer_bytes)
        logo.write_bytes(logo_bytes)
