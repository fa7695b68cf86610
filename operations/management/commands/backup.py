"""Back up the database and the media files into one archive with checksums."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, create_backup


def size_text(size):
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size} bytes"  # pragma: no cover


class Command(BaseCommand):
    help = (
        "Write a backup archive (tar): the database as JSON Lines (restores into SQLite or "
        "PostgreSQL), every media file the database names, and manifest.json with the "
        "versions, the applied migrations, the rows per table and the SHA-256 of every "
        "member. The database is read in one transaction (one consistent snapshot). "
        "Restore it with `python manage.py restore ARCHIVE`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help=(
                "directory for the archive (default BACKUP_DIR), named "
                "vielfalt-backup-YYYYmmdd-HHMMSS.tar (UTC); or the path of a .tar file"
            ),
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=None,
            help=(
                "after the backup, delete the oldest vielfalt-backup-*.tar in the directory "
                "beyond this many (default BACKUP_KEEP; 0 keeps all)"
            ),
        )

    def handle(self, *args, output=None, keep=None, **options):
        keep = settings.BACKUP_KEEP if keep is None else keep
        if keep < 0:
            raise CommandError("--keep must be 0 (keep all) or more.")
        try:
            result = create_backup(output, keep=keep)
        except BackupError as error:
            raise CommandError(f"Backup failed: {error}") from error

        manifest = result.manifest
        rows = sum(manifest["counts"].values())
        tables = sum(1 for count in manifest["counts"].values() if count)
        media = manifest["media"]
        if options["verbosity"] > 0:
            self.stdout.write(
                f"  database: {rows} rows in {tables} tables "
                f"({manifest['database']['vendor']}, {manifest['database']['snapshot']})"
            )
            self.stdout.write(f"  media:    {media['files']} files, {size_text(media['bytes'])}")
            for pruned in result.pruned:
                self.stdout.write(f"  deleted old backup {pruned.name}")
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"  warning: {warning}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written: {result.path} ({size_text(result.path.stat().st_size)})"
            )
        )
