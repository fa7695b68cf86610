"""Export a page as a blueprint archive (a ZIP file)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from blueprints.export import export_archive


class Command(BaseCommand):
    help = (
        "Export a page as a blueprint (ZIP with manifest.json and files/), optionally with "
        "its subpages and translations. The latest revision of each page is exported."
    )

    def add_arguments(self, parser):
        parser.add_argument("page_id", type=int, help="id of the page to export")
        parser.add_argument("output", help="path of the ZIP file to write")
        parser.add_argument("--subtree", action="store_true", help="include all subpages")
        parser.add_argument(
            "--translations", action="store_true", help="include the page's translations"
        )
        parser.add_argument(
            "--no-files",
            action="store_true",
            help="leave image and document files out (the import then looks for them by hash)",
        )

    def handle(self, *args, **options):
        page = Page.objects.filter(pk=options["page_id"]).first()
        if page is None or page.is_root():
            raise CommandError(f"There is no page with id {options['page_id']}.")
        kwargs = {
            "subtree": options["subtree"],
            "translations": options["translations"],
            "files": not options["no_files"],
        }
        path = Path(options["output"])
        try:
            with path.open("wb") as out:
                result = export_archive(page, out, **kwargs)
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {result.pages} page(s), {result.images} image(s), "
                f"{result.documents} document(s) ({result.files} file(s)) to {path}."
            )
        )
        for warning in result.warnings:
            self.stdout.write(f"  warning: {warning}")
