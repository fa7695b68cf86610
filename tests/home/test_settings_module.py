"""config/settings.py: production-safe defaults, every knob from the environment."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "debug": settings.DEBUG,
    "db": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "search_urls": settings.WAGTAILSEARCH_BACKENDS["default"].get("URLS"),
    "cache": settings.CACHES["default"]["BACKEND"],
    "media": settings.STORAGES["default"]["BACKEND"],
    "email": settings.EMAIL_BACKEND,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "hsts": settings.SECURE_HSTS_SECONDS,
    "secure_cookies": settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE,
    "hosts": settings.ALLOWED_HOSTS,
}))
"""


def load_settings(**environ):
    """Import config.settings in a fresh interpreter with only ``environ`` set."""
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings", **environ}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result


def test_production_start_without_secret_key_stops_with_one_clear_line():
    result = load_settings()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "SECRET_KEY is not set: set the SECRET_KEY environment variable to a long random "
        "string (or DEBUG=true for local development)."
    ]


def test_defaults_are_production_safe():
    result = load_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="vielfalt.example.org")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["ssl_redirect"] is True
    assert values["hsts"] == 31_536_000
    assert values["secure_cookies"] is True
    assert values["hosts"] == ["vielfalt.example.org"]
    assert values["db"] == "django.db.backends.sqlite3"
    assert values["search"] == "wagtail.search.backends.database"
    assert values["media"] == "django.core.files.storage.FileSystemStorage"
    assert values["cache"] == "django.core.cache.backends.locmem.LocMemCache"


def test_development_values_from_make_run():
    result = load_settings(DEBUG="true")
    values = json.loads(result.stdout)
    assert values["debug"] is True
    assert values["ssl_redirect"] is False
    assert values["hsts"] == 0
    assert "127.0.0.1" in values["hosts"]


def test_services_are_chosen_by_environment_variables():
    result = load_settings(
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://vielfalt:secret@db.internal:5432/vielfalt",
        ELASTICSEARCH_URL="http://search.internal:9200",
        CACHE_URL="redis://cache.internal:6379/1",
        AWS_STORAGE_BUCKET_NAME="vielfalt-media",
        EMAIL_HOST="mail.internal",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.postgresql"
    assert values["db_name"] == "vielfalt"
    assert values["search"] == "wagtail.search.backends.elasticsearch8"
    assert values["search_urls"] == ["http://search.internal:9200"]
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert values["media"] == "storages.backends.s3.S3Storage"
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"


def test_malformed_values_are_refused_with_a_message():
    result = load_settings(SECRET_KEY="x" * 50, DEBUG="perhaps")
    assert result.returncode == 1
    assert "DEBUG='perhaps' is not a boolean" in result.stderr

    result = load_settings(SECRET_KEY="x" * 50, CACHE_URL="memcached://x")
    assert result.returncode == 1
    assert "CACHE_URL='memcached://x' is not supported" in result.stderr


def test_postgresql_search_uses_german_stemming():
    assert settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") == "german"


def test_check_deploy_is_clean_with_the_documented_production_values(tmp_path):
    """docs/deploy-check.env holds the production values the README points to."""
    values = {}
    for line in (settings.BASE_DIR / "docs" / "deploy-check.env").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    values["DATABASE_URL"] = f"sqlite:///{tmp_path / 'deploy.sqlite3'}"
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings", **values}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_no_model_changes_without_migrations():
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout
