"""Create or reset the local development admin account and print its login."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.users.models import UserProfile


class Command(BaseCommand):
    help = (
        "Create the local admin account, or reset its password, and print the login. "
        "Refuses to run unless DEBUG is on (development only)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@localhost")
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/admin/", help="Admin address to print."
        )

    def handle(self, *args, username, email, url, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_local_admin only runs with DEBUG=true: it prints a password. "
                "In production use 'python manage.py createsuperuser'."
            )
        password = secrets.token_urlsafe(12)
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"email": email}
        )
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(password)
        user.save()

        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = settings.LANGUAGE_CODE
            profile.save(update_fields=["preferred_language"])

        action = "created" if created else "password reset"
        self.stdout.write(self.style.SUCCESS(f"Local admin account {action}."))
        self.stdout.write(f"  Admin:    {url}")
        self.stdout.write(f"  Username: {username}")
        self.stdout.write(f"  Password: {password}")
