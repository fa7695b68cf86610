"""Create a site of its own for another administration: ``create_site NAME HOSTNAME``."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.http.request import validate_host

from home.site_setup import SiteSetupError, admin_urls, create_site
from home.translation import IncompleteTranslation


class Command(BaseCommand):
    help = (
        "Create a site with its own host name: a German home page with its English "
        "translation, the Impressum, the Datenschutzerklärung, the accessibility statement "
        "and the pages in Leichte Sprache and Gebärdensprache (all drafts that say what "
        "belongs on them), its site settings and a collection for its documents and images. "
        "Refuses a host name (with that port) that a site uses already, changing nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help='Name of the organisation, e.g. "Stadt Musterstadt".')
        parser.add_argument(
            "hostname", help="Host name the site answers to, e.g. vielfalt.example.org."
        )
        parser.add_argument(
            "--port",
            type=int,
            default=80,
            help="Port of the site (default 80; a site on port 80 also answers HTTPS requests).",
        )

    def handle(self, *args, name, hostname, port, **options):
        try:
            new_site = create_site(name, hostname, port)
        except SiteSetupError as error:
            raise CommandError(str(error)) from error
        except IncompleteTranslation as error:
            raise CommandError(f"Nothing was created: {error}") from error

        site = new_site.site
        if options["verbosity"] > 0:
            for item in new_site.created:
                self.stdout.write(f"  created {item}")
        urls = admin_urls(new_site)
        self.stdout.write(self.style.SUCCESS(f'Site "{new_site.name}" created: {site.root_url}/'))
        self.stdout.write(
            "  Every page is a draft: fill in and publish the Impressum, the Datenschutz"
            "erklärung, the accessibility statement and the pages in Leichte Sprache and "
            "Gebärdensprache, then the home page. Until the home page is published the "
            "site's address answers 404."
        )
        self.stdout.write(f"  Pages:    {urls['pages']}")
        self.stdout.write(f"  Settings: {urls['settings']}")
        allowed = settings.ALLOWED_HOSTS or (
            [".localhost", "127.0.0.1", "[::1]"] if settings.DEBUG else []
        )
        if not validate_host(site.hostname, allowed):
            self.stdout.write(
                self.style.WARNING(
                    f"  {site.hostname} is not in ALLOWED_HOSTS: add it (comma-separated), "
                    "or requests for the site are refused with 400."
                )
            )
