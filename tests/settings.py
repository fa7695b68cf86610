"""Test settings: the project's settings with development values and fast hashing.

The environment wins, so the PostgreSQL pass only has to set DATABASE_URL.
"""

import os
import tempfile

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
os.environ.setdefault("STATIC_ROOT", tempfile.mkdtemp(prefix="vielfalt-test-static-"))
# The page cache is on in the suite (docs/caching.md): every test that changes content
# between two requests also checks the purge.
os.environ.setdefault("PAGE_CACHE_SECONDS", "300")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="vielfalt-test-media-"))

from config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": False}
