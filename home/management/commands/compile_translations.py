"""Compile the gettext catalogues in locale/ without GNU gettext."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile locale/*/LC_MESSAGES/*.po to .mo with polib, so a fresh machine "
        "needs nothing but Python (Django's compilemessages needs GNU gettext)."
    )

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(
                    f"  {po_path.relative_to(settings.BASE_DIR)}: "
                    f"{len(catalogue.translated_entries())} translated, "
                    f"{len(catalogue.untranslated_entries())} untranslated, "
                    f"{len(catalogue.fuzzy_entries())} fuzzy"
                )
        self.stdout.write(f"Translations compiled: {compiled} catalogue(s) updated.")
