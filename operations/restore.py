"""Restoring a backup: refuse early, then replace everything or nothing.

Before anything is changed:

1. the whole archive is read and every member checked against the manifest
   (:func:`operations.archive.verify_archive`): a damaged, truncated or incomplete
   archive is refused, naming the member;
2. the migrations applied to this database must be exactly those of the archive (rows of
   another schema cannot be loaded faithfully); the refusal names the differences;
3. the database must be empty, i.e. hold nothing beyond what ``migrate`` creates
   (:func:`operations.database.database_contents`), unless ``force`` is given.

Then:

4. media files are written through ``default_storage``. A file that is there already
   with the same content is left alone; one with other content is replaced, and a copy
   of it is kept until the restore has succeeded;
5. in one transaction, every table but content types and permissions is emptied and
   the archive's rows are loaded, foreign keys checked and the rows counted against the
   manifest. Any error rolls the transaction back, removes the media files step 4
   wrote and puts back the ones it replaced: the installation is as it was;
6. after the commit: Django's caches are cleared (they hold ids of sites, pages and
   renditions of the database that was replaced) and the search index is rebuilt
   (``update_index``). If the search server cannot be reached, the data is restored
   anyway and the result says to run ``update_index`` later.

Run it with the web server and workers stopped: they keep content types, sites and
locales in memory, and a request during the restore would see an empty site.
"""

import hashlib
import posixpath
import shutil
import tempfile
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from operations.archive import (
    CHUNK,
    DATABASE_MEMBER,
    ArchiveError,
    HashingReader,
    media_member,
    verify_archive,
)
from operations.database import (
    MERGED,
    applied_migrations,
    database_contents,
    empty_tables,
    finish_load,
    json_line_stream,
    load,
    migration_differences,
    table_counts,
)


class RestoreRefused(Exception):
    """The restore did not start: nothing was changed."""


class RestoreFailed(Exception):
    """The restore started and failed: the database was rolled back, media undone."""


@dataclass
class RestoreResult:
    manifest: dict
    # model label -> (rows in the archive, rows in the database now)
    counts: dict
    media_written: int = 0
    media_unchanged: int = 0
    media_replaced: int = 0
    warnings: list = field(default_factory=list)


def _limited(names, limit=10):
    return ", ".join(names[:limit]) + (
        f" and {len(names) - limit} more" if len(names) > limit else ""
    )


def check_migrations(manifest, connection):
    current = applied_migrations(connection)
    if not current:
        raise RestoreRefused(
            "this database has no migrations applied: run `python manage.py migrate` first"
        )
    only_archive, only_here = migration_differences(manifest["migrations"], current)
    if not (only_archive or only_here):
        return
    parts = []
    if only_archive:
        parts.append(f"the archive has migrations this database lacks: {_limited(only_archive)}")
    if only_here:
        parts.append(f"this database has migrations the archive lacks: {_limited(only_here)}")
    software = manifest.get("software", {})
    raise RestoreRefused(
        "the migrations differ; "
        + "; ".join(parts)
        + ". Restore with the code version the backup was made with (Django "
        f"{software.get('django', '?')}, Wagtail {software.get('wagtail', '?')}) into a "
        "database migrated by that code, then update the code and run `migrate`"
    )


def check_empty(connection):
    found = database_contents(connection)
    if not found:
        return
    described = ", ".join(f"{count} {what}" for what, count in found[:8])
    if len(found) > 8:
        described += f" and rows in {len(found) - 8} more tables"
    raise RestoreRefused(
        f"the database is not empty ({described}). A restore replaces everything in it; "
        "run again with --force to do that"
    )


def _storage_sha256(storage, name):
    digest = hashlib.sha256()
    with storage.open(name, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class MediaRestore:
    """Writes the archive's media files, remembering how to take them back."""

    def __init__(self, archive, storage):
        self.archive = archive
        self.storage = storage
        self.written = []
        self.replaced = {}
        self.unchanged = 0
        self._scratch = None

    def write(self):
        names = self.archive.media_names
        if not names:
            return
        with self.archive.open() as tar:
            # tarfile looks a name up by scanning its list; index it once.
            members = {member.name: member for member in tar.getmembers()}
            for name in names:
                entry = self.archive.member_entry(media_member(name))
                if self.storage.exists(name):
                    if _storage_sha256(self.storage, name) == entry["sha256"]:
                        self.unchanged += 1
                        continue
                    self._keep_copy(name)
                    self.storage.delete(name)
                member = members[media_member(name)]
                reader = HashingReader(tar.extractfile(member), member.size)
                saved = self.storage.save(name, File(reader, name=posixpath.basename(name)))
                self.written.append(saved)
                if saved != name:
                    raise RestoreFailed(f"the media storage stored {name} as {saved}")
                if reader.bytes_read != entry["size"] or reader.hexdigest() != entry["sha256"]:
                    raise ArchiveError(
                        f"checksum mismatch in {media_member(name)}: the archive changed "
                        "while it was restored"
                    )

    def _keep_copy(self, name):
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="vielfalt-restore-"))
        copy = self._scratch / str(len(self.replaced))
        with self.storage.open(name, "rb") as source, open(copy, "wb") as target:
            shutil.copyfileobj(source, target, CHUNK)
        self.replaced[name] = copy

    def undo(self):
        """Remove what was written, put back what was replaced; returns the problems."""
        problems = []
        for name in reversed(self.written):
            try:
                self.storage.delete(name)
            except Exception as error:  # noqa: BLE001 - keep undoing the rest
                problems.append(f"could not remove {name}: {error}")
        for name, copy in self.replaced.items():
            try:
                if self.storage.exists(name):
                    self.storage.delete(name)
                with open(copy, "rb") as file:
                    self.storage.save(name, File(file, name=posixpath.basename(name)))
            except Exception as error:  # noqa: BLE001
                problems.append(f"could not put back {name} (a copy is in {copy}): {error}")
        if not problems:
            self.forget()
        return problems

    def forget(self):
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def _replace_database(archive, connection):
    """Empty the tables and load the archive's rows; runs inside the caller's transaction."""
    manifest = archive.manifest
    entry = archive.member_entry(DATABASE_MEMBER)
    with archive.open() as tar:
        member = tar.getmember(DATABASE_MEMBER)
        reader = HashingReader(tar.extractfile(member), member.size)
        empty_tables(connection)
        loaded = load(json_line_stream(reader), connection, manifest.get("content_types"))
        reader.drain()
    if reader.hexdigest() != entry["sha256"]:
        raise ArchiveError(
            f"checksum mismatch in {DATABASE_MEMBER}: the archive changed while it was restored"
        )
    finish_load(connection, set(loaded))

    expected = manifest["counts"]
    unknown = sorted(set(loaded) - set(expected))
    if unknown:
        raise RestoreFailed(
            f"the archive holds rows of tables its manifest does not count: {unknown}"
        )
    now = table_counts(connection, expected)
    counts = {}
    wrong = []
    for model_label, archived in expected.items():
        present = now[model_label]
        counts[model_label] = (archived, present)
        if loaded.get(model_label, 0) != archived:
            wrong.append(f"{model_label}: {loaded.get(model_label, 0)} read, manifest {archived}")
        elif model_label in MERGED:
            if present is None or present < archived:
                wrong.append(f"{model_label}: {present} in the database, archive {archived}")
        elif present != archived:
            wrong.append(f"{model_label}: {present} in the database, archive {archived}")
    if wrong:
        raise RestoreFailed("the rows loaded do not match the manifest: " + "; ".join(wrong))
    return counts


def _after_commit(result):
    ContentType.objects.clear_cache()
    for cache in caches.all():
        try:
            cache.clear()
        except Exception as error:  # noqa: BLE001 - the data is restored; say what is left
            result.warnings.append(f"the cache could not be cleared ({error}): clear it yourself")
    try:
        call_command("update_index", verbosity=0, stdout=StringIO(), stderr=StringIO())
    except Exception as error:  # noqa: BLE001
        result.warnings.append(
            f"the search index was not rebuilt ({error}): run `python manage.py update_index`"
        )


def restore_backup(path, *, force=False, using=DEFAULT_DB_ALIAS, storage=None, progress=None):
    """Restore the archive at ``path``; returns a :class:`RestoreResult`.

    Raises :class:`RestoreRefused` (nothing changed) or :class:`RestoreFailed` (rolled back).
    """
    storage = storage or default_storage
    connection = connections[using]
    say = progress or (lambda message: None)

    say("Checking the archive …")
    try:
        archive = verify_archive(path)
    except ArchiveError as error:
        raise RestoreRefused(str(error)) from error
    check_migrations(archive.manifest, connection)
    if not force:
        check_empty(connection)

    media = MediaRestore(archive, storage)
    try:
        say(f"Writing {len(archive.media_names)} media files …")
        media.write()
        say("Loading the database …")
        with transaction.atomic(using=using):
            counts = _replace_database(archive, connection)
    except BaseException as error:
        problems = media.undo()
        if not isinstance(error, Exception):
            raise
        message = f"{error}. The database was not changed"
        message += (
            "; media files: " + "; ".join(problems)
            if problems
            else " and the media files the restore wrote were removed"
        )
        raise RestoreFailed(message) from error
    media.forget()

    result = RestoreResult(
        manifest=archive.manifest,
        counts=counts,
        media_written=len(media.written),
        media_unchanged=media.unchanged,
        media_replaced=len(media.replaced),
    )
    missing = archive.manifest.get("media", {}).get("missing") or []
    if missing:
        result.warnings.append(
            f"{len(missing)} file(s) were already missing when the backup was made: "
            + _limited(missing)
        )
    say("Rebuilding the search index …")
    _after_commit(result)
    return result


def check_only(path, *, using=DEFAULT_DB_ALIAS):
    """Verify the archive and whether it could be restored here; changes nothing.

    Returns ``(archive, migrations, contents)``: the verified archive, why the migrations
    would refuse a restore (or None), and why the database counts as not empty (or None:
    a restore would need no ``--force``). Raises :class:`RestoreRefused` for an archive
    that is damaged.
    """
    try:
        archive = verify_archive(path)
    except ArchiveError as error:
        raise RestoreRefused(str(error)) from error
    connection = connections[using]
    problems = []
    for check in (
        lambda: check_migrations(archive.manifest, connection),
        lambda: check_empty(connection),
    ):
        try:
            check()
        except RestoreRefused as refusal:
            problems.append(str(refusal))
        else:
            problems.append(None)
    return archive, *problems
