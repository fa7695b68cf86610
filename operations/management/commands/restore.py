"""Restore a backup archive made by `python manage.py backup`."""

from django.core.management.base import BaseCommand, CommandError

from operations.management.commands.backup import size_text
from operations.restore import RestoreFailed, RestoreRefused, check_only, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup archive: checks every checksum and that this database has the "
        "archive's migrations, refuses a database that is not empty unless --force, then "
        "writes the media files and replaces the whole database in one transaction (a "
        "failure changes nothing), rebuilds the search index and compares the rows per "
        "table with the archive. Stop the web server and workers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the vielfalt-backup-*.tar file")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that is not empty (everything in it is lost)",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help=(
                "only verify the archive (checksums, manifest) and whether its migrations "
                "match this database's; changes nothing"
            ),
        )

    def handle(self, *args, archive, force=False, check=False, **options):
        verbose = options["verbosity"] > 0
        if check:
            self._check(archive, verbose)
            return
        progress = (lambda message: self.stdout.write(message)) if verbose else None
        try:
            result = restore_backup(archive, force=force, progress=progress)
        except RestoreRefused as refusal:
            raise CommandError(f"Restore refused: {refusal}. Nothing was changed.") from refusal
        except RestoreFailed as failure:
            raise CommandError(f"Restore failed: {failure}.") from failure

        manifest = result.manifest
        if verbose:
            self._describe(manifest)
            width = max(len(name) for name in result.counts)
            self.stdout.write(f"  {'table'.ljust(width)}  {'archive':>8}  {'database':>8}")
            for name, (archived, present) in sorted(result.counts.items()):
                if archived or present:
                    self.stdout.write(f"  {name.ljust(width)}  {archived:>8}  {present:>8}")
            self.stdout.write(
                f"  media: {result.media_written} files written, {result.media_unchanged} "
                f"already there, {result.media_replaced} of them replaced"
            )
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"  warning: {warning}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {archive}. Restart the web server and workers (they keep content "
                "types, sites and locales in memory)."
            )
        )

    def _describe(self, manifest):
        software = manifest.get("software", {})
        self.stdout.write(
            f"  made {manifest.get('created_at', '?')} on {manifest['database']['vendor']} "
            f"(Django {software.get('django', '?')}, Wagtail {software.get('wagtail', '?')}); "
            f"{manifest['media']['files']} media files, {size_text(manifest['media']['bytes'])}"
        )

    def _check(self, archive, verbose):
        try:
            verified, migrations, contents = check_only(archive)
        except RestoreRefused as refusal:
            raise CommandError(f"The archive is not usable: {refusal}.") from refusal
        if verbose:
            self._describe(verified.manifest)
            if contents:
                self.stdout.write(f"  note: a restore here would need --force: {contents}")
        if migrations:
            raise CommandError(
                f"The archive is intact, but a restore here would be refused: {migrations}."
            )
        self.stdout.write(self.style.SUCCESS(f"{archive}: every checksum matches its manifest."))
