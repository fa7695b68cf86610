"""Media go through Django's storage API only: a storage without files on disk (Django's
InMemoryStorage, standing in for S3) is backed up and restored like the local one.

The restore here runs inside the test's transaction, as restore code called by other code
would: on PostgreSQL its TRUNCATE then follows writes of the same transaction.
"""

from pathlib import Path

import wagtail_factories
from django.core.files.storage import default_storage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from diversometer.models import Counter
from operations.archive import verify_archive
from operations.backup import create_backup
from operations.restore import restore_backup
from tests.publications.library import document

IN_MEMORY = {"BACKEND": "django.core.files.storage.InMemoryStorage"}


def use_new_in_memory_storage(settings):
    """Point default_storage at a new, empty InMemoryStorage (Django resets it on the
    settings change)."""
    settings.STORAGES = {**settings.STORAGES, "default": IN_MEMORY}
    assert not default_storage.listdir("")[1]


def test_backup_and_restore_through_a_storage_without_files(home_page, settings, tmp_path):
    use_new_in_memory_storage(settings)
    library_document = document("Im Speicher")
    image = wagtail_factories.ImageFactory(title="Im Speicher")
    names = [library_document.file.name, image.file.name]
    contents = {name: default_storage.open(name).read() for name in names}
    assert not any((Path(settings.MEDIA_ROOT) / name).exists() for name in names)

    archive = create_backup(tmp_path / "out").path
    manifest = verify_archive(archive).manifest
    assert {f"media/{name}" for name in names} <= set(manifest["members"])
    assert manifest["media"]["missing"] == []

    use_new_in_memory_storage(settings)  # an empty storage, as on a new installation
    assert not any(default_storage.exists(name) for name in names)
    Counter.objects.create(page_key=home_page.translation_key, kind="run")

    result = restore_backup(archive, force=True)

    assert result.media_written == 2
    assert {name: default_storage.open(name).read() for name in names} == contents
    assert not Counter.objects.exists()  # the row added after the backup is gone
    assert get_document_model().objects.get().file.name == library_document.file.name
    assert get_image_model().objects.get().file.name == image.file.name


def test_a_second_restore_leaves_identical_files_alone(home_page, settings, tmp_path):
    use_new_in_memory_storage(settings)
    document("Zweimal")
    archive = create_backup(tmp_path / "out").path

    first = restore_backup(archive, force=True)
    second = restore_backup(archive, force=True)

    assert (first.media_written, first.media_unchanged) == (0, 1)
    assert (second.media_written, second.media_unchanged, second.media_replaced) == (0, 1, 0)
