"""Making a backup: the database and every media file it names, in one archive.

1. The database is read in one transaction, so pages, revisions, translations and
   documents agree with each other: on PostgreSQL ``REPEATABLE READ, READ ONLY`` (one
   snapshot for every query; writers are not blocked), on SQLite one read transaction
   (in SQLite's default journal mode writers wait until it ends). The rows go to a
   temporary gzip file next to the archive (:func:`operations.database.dump`), and so do
   the names of the files that rows refer to.
2. After the transaction, each of those files is streamed from ``default_storage`` into
   the archive (local disk or S3 alike). Files uploaded while the backup runs belong to
   rows the snapshot does not contain, so they are neither needed nor copied; they are
   in the next backup. A file that a row of the snapshot names but the storage no longer
   has (deleted meanwhile, or lost before) is listed in the manifest under
   ``media.missing`` and reported as a warning.
3. The manifest (versions, applied migrations, database vendor, rows per table, size and
   SHA-256 of every member) is written last; the archive is renamed into place only when
   it is complete (:class:`operations.archive.ArchiveWriter`).
"""

import platform
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from operations.archive import (
    DATABASE_MEMBER,
    FORMAT_NAME,
    FORMAT_VERSION,
    ArchiveError,
    ArchiveWriter,
    media_member,
)
from operations.database import LEFT_OUT, NOTES, applied_migrations, dump

ARCHIVE_NAME = re.compile(r"^vielfalt-backup-\d{8}-\d{6}\.tar$")


class BackupError(Exception):
    """The backup was not written (no archive, no partial file left behind)."""


@dataclass
class BackupResult:
    path: Path
    manifest: dict
    warnings: list = field(default_factory=list)
    pruned: list = field(default_factory=list)


def archive_name(moment):
    return f"vielfalt-backup-{moment:%Y%m%d-%H%M%S}.tar"


def destination(output, moment):
    """The archive's path: ``output`` if it names a ``.tar`` file, else a new name in the
    directory ``output`` (default: ``settings.BACKUP_DIR``). Returns ``(path, named)``,
    ``named`` False when the name was chosen here."""
    if output and str(output).endswith(".tar"):
        return Path(output), True
    directory = Path(output) if output else Path(settings.BACKUP_DIR)
    return directory / archive_name(moment), False


@contextmanager
def snapshot(connection):
    """One transaction for every query of the dump; yields how it was isolated."""
    if connection.in_atomic_block:
        # Called inside a transaction (tests, other code): read through it.
        yield "the caller's transaction"
        return
    # A health check of a reused connection would run a query; it must not be the
    # first statement of the transaction, which has to be SET TRANSACTION.
    with connection.cursor():
        pass
    with transaction.atomic(using=connection.alias):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield "repeatable read, read only"
        else:
            yield "one transaction"


def _versions():
    from importlib.metadata import PackageNotFoundError, version

    try:
        localize = version("wagtail-localize")
    except PackageNotFoundError:  # pragma: no cover
        localize = None
    return {
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "wagtail_localize": localize,
        "python": platform.python_version(),
    }


def _copy_media(writer, names, storage):
    """Stream each file into the archive; return ``(files, bytes, missing names)``."""
    copied = total = 0
    missing = []
    for name in sorted(names):
        if not storage.exists(name):
            missing.append(name)
            continue
        size = storage.size(name)
        with storage.open(name, "rb") as file:
            try:
                writer.add_stream(media_member(name), file, size)
            except OSError as error:
                raise BackupError(
                    f"media file {name} changed while it was read ({error}); run the backup again"
                ) from error
        copied += 1
        total += size
    return copied, total, missing


def create_backup(output=None, *, using=DEFAULT_DB_ALIAS, keep=0, storage=None):
    """Write a backup archive; returns a :class:`BackupResult`.

    ``keep``: after a backup into a directory under a generated name, delete the oldest
    generated archives there beyond this number (0 keeps all).
    """
    storage = storage or default_storage
    connection = connections[using]
    moment = datetime.now(UTC).replace(microsecond=0)
    path, named = destination(output, moment)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        raise BackupError(f"{path} exists already")

    warnings = []
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".vielfalt-backup-") as scratch:
        dump_path = Path(scratch) / DATABASE_MEMBER
        with snapshot(connection) as isolation:
            migrations = applied_migrations(connection)
            counts, files, foreign_storage, content_types = dump(dump_path, connection)
        try:
            with ArchiveWriter(path) as writer:
                writer.add_path(DATABASE_MEMBER, dump_path)
                dump_path.unlink()
                copied, total, missing = _copy_media(writer, files, storage)
                manifest = writer.finish(
                    {
                        "format": FORMAT_NAME,
                        "version": FORMAT_VERSION,
                        "created_at": moment.isoformat().replace("+00:00", "Z"),
                        "software": _versions(),
                        "database": {"vendor": connection.vendor, "snapshot": isolation},
                        "migrations": migrations,
                        "counts": counts,
                        "content_types": content_types,
                        "media": {
                            "files": copied,
                            "bytes": total,
                            "missing": missing,
                            "other_storage": foreign_storage,
                        },
                        "left_out": LEFT_OUT,
                        "notes": NOTES,
                    }
                )
        except (ArchiveError, OSError) as error:
            raise BackupError(f"the archive could not be written: {error}") from error

    if missing:
        shown = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
        warnings.append(
            f"{len(missing)} file(s) named in the database are missing from the media "
            f"storage and are not in the archive: {shown}"
        )
    if foreign_storage:
        warnings.append(
            "files of these fields live in another storage and are not in the archive: "
            + ", ".join(foreign_storage)
        )
    pruned = prune(path.parent, keep) if keep and not named else []
    return BackupResult(path=path, manifest=manifest, warnings=warnings, pruned=pruned)


def prune(directory, keep):
    """Delete the oldest generated archives in ``directory`` beyond ``keep``; return them."""
    archives = sorted(
        entry for entry in Path(directory).iterdir() if ARCHIVE_NAME.match(entry.name)
    )
    old = archives[:-keep] if keep > 0 else []
    for entry in old:
        entry.unlink()
    return old
