"""Load the demo content: creates what is missing, never changes what exists."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import autodiscover_modules
from wagtail.models import Page, Site

from home.demo import DemoContext, registered_loaders
from home.translation import IncompleteTranslation


class Command(BaseCommand):
    help = (
        "Load the demo content (German pages with English translations). Safe to run "
        "again: existing pages, including pages editors changed, are left as they are."
    )

    def handle(self, *args, **options):
        autodiscover_modules("demo_content")
        try:
            with transaction.atomic():
                context = DemoContext(site=self._site())
                for load in registered_loaders():
                    load(context)
        except IncompleteTranslation as error:
            raise CommandError(str(error)) from error

        if options["verbosity"] == 0:
            return
        for item in context.created:
            self.stdout.write(f"  created {item}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(context.created)} created, {len(context.kept)} already there."
            )
        )

    def _site(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            root = Page.get_first_root_node()
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=root, is_default_site=True
            )
        return site
