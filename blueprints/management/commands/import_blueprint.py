"""Import a blueprint archive as drafts under a parent page and print the report."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.models import Page

from blueprints.archive import BlueprintRefused
from blueprints.importer import import_archive


class Command(BaseCommand):
    help = (
        "Import a blueprint archive under a parent page. Pages are created as drafts; "
        "nothing is published. Prints what was created and what could not be mapped."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the blueprint ZIP file")
        parser.add_argument("parent_id", type=int, help="id of the parent page")
        parser.add_argument(
            "--user",
            help="username of the owner of the new pages (their permissions are checked)",
        )

    def handle(self, *args, **options):
        translation.activate(settings.LANGUAGE_CODE)
        parent = Page.objects.filter(pk=options["parent_id"]).first()
        if parent is None:
            raise CommandError(f"There is no page with id {options['parent_id']}.")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"There is no user {options['user']!r}.")
        path = Path(options["archive"])
        try:
            with path.open("rb") as archive:
                report = import_archive(archive, parent, user=user)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        except BlueprintRefused as refusal:
            raise CommandError(
                "Vorlage nicht importiert:\n" + "\n".join(f"  - {m}" for m in refusal.messages)
            ) from refusal

        self.stdout.write(self.style.SUCCESS(f"{len(report.pages)} Entwürfe angelegt:"))
        for page in report.pages:
            self.stdout.write(
                f"  {page.pk}  {page.locale.language_code}  {page.url_path}  {page.title}"
            )
        self.stdout.write(
            f"Bilder: {report.images_created} neu, {report.images_reused} wiederverwendet; "
            f"Dokumente: {report.documents_created} neu, {report.documents_reused} "
            "wiederverwendet."
        )
        for heading, items in report.sections():
            self.stdout.write(f"{heading}:")
            for item in items:
                self.stdout.write(f"  - {item}")
