"""Settings for Vielfalt: one module, safe defaults, every knob an environment variable.

The defaults describe a production deployment (DEBUG off, HTTPS enforced, no
secret baked in). ``make run`` exports development values instead. Every
variable read here is documented in the README's configuration table.
"""

import os
import re
import sys
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    sys.exit(f"{name}={value!r} is not a boolean: use true or false.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        sys.exit(f"{name}={value!r} is not a whole number.")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        sys.exit(
            "SECRET_KEY is not set: set the SECRET_KEY environment variable to a long random "
            "string (or DEBUG=true for local development)."
        )
    SECRET_KEY = "django-insecure-development-only-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Applications -------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "projects",
    "networks",
    "publications",
    "diversometer",
    "accessibility",
    "blueprints",
    "operations",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every response (docs/security.md).
    "home.security.SecurityHeadersMiddleware",
    # Serves collected static files in production (runserver does it in development).
    *([] if DEBUG else ["whitenoise.middleware.WhiteNoiseMiddleware"]),
    # Anonymous page views from the cache, before anything that reads cookies or the
    # session (home/page_cache.py, docs/caching.md).
    "home.page_cache.PageCacheMiddleware",
    # Each locale is looked up once per request (home/locales.py).
    "home.locales.PerRequestLocalesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Public forms on Wagtail pages check the origin instead of a CSRF cookie
    # (home.csrf.same_origin_post): this tells the next middleware to skip them.
    "home.csrf.SameOriginPagesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Failed admin logins and password-reset mails are limited (home.login_throttle).
    "home.login_throttle.LoginThrottleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database -----------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache --------------------------------------------------------------------

CACHE_URL = env_str("CACHE_URL", "locmem://")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
        }
    }
elif CACHE_URL == "dummy://":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif CACHE_URL == "locmem://":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    sys.exit(f"CACHE_URL={CACHE_URL!r} is not supported: use locmem://, dummy:// or redis://HOST.")

# Anonymous page views from the cache (home/page_cache.py, docs/caching.md); 0 turns it
# off. On by default only with a shared cache (redis): the purge on publish reaches every
# process then. locmem:// is per process, so set it there only for a single process.
# Off in development (DEBUG), where templates change without a purge.
PAGE_CACHE_SECONDS = env_int(
    "PAGE_CACHE_SECONDS",
    300 if not DEBUG and CACHES["default"]["BACKEND"].endswith("RedisCache") else 0,
)

# A frontend cache (CDN, Varnish, nginx) purged on every change through Wagtail's
# wagtail.contrib.frontend_cache backends (docs/caching.md). Pages then carry
# s-maxage=FRONTEND_CACHE_SECONDS.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_URL"):
    # Varnish, nginx, Squid: an HTTP PURGE request per address to this server.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_URL"),
    }
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
    }
if env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    # Credentials are read by boto3 from the AWS_* variables.
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
FRONTEND_CACHE_SECONDS = env_int("FRONTEND_CACHE_SECONDS", 600)

# Passwords ----------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages ----------------------------------------------------------------
# German is the source language of every string and the default locale;
# English lives under /en/.

LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Berlin")
USE_I18N = True
USE_TZ = True

# Static and media files ---------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    # S3-compatible object storage (AWS, MinIO, Ceph, ...). Credentials are read
    # by boto3 from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
            "file_overwrite": False,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}

# Large page editors post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail -------------------------------------------------------------------

EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
else:
    # Without a mail server, messages are written to the log (stdout).
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "vielfalt@localhost")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Admin", address) for address in env_list("ADMIN_EMAILS")]

# Security -----------------------------------------------------------------

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
# Django's defaults, stated: no script reads the session cookie, and Lax (not Strict) so
# that a link from a workflow e-mail into the admin finds the editor logged in.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Readable by scripts, as Django's default: Wagtail's admin takes the token from the page
# (wagtailConfig), but HttpOnly would protect nothing (a script can read it from any form).
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Content-Security-Policy (home/security.py, docs/security.md). Report-only for a rollout:
# browsers report violations (to CSP_REPORT_URI, if set) and block nothing.
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
CSP_REPORT_URI = env_str("CSP_REPORT_URI")
# Video players a page may frame after the visitor's consent (publications.videos).
CSP_FRAME_SRC = env_list(
    "CSP_FRAME_SRC", "https://www.youtube-nocookie.com,https://player.vimeo.com"
)
# Further image hosts (a CDN); MEDIA_URL's host and the S3 bucket are added by themselves.
CSP_IMG_SRC = env_list("CSP_IMG_SRC")
# Wagtail's live preview shows the page in a same-origin frame; DENY would break it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if env_bool("USE_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The health check of a load balancer speaks plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]

# Background tasks -----------------------------------------------------------
# "immediate" runs a task at once in the request (development, tests);
# "database" queues it for `python manage.py db_worker` (production).

_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in _TASK_BACKENDS:
    sys.exit(f"TASKS_BACKEND={TASKS_BACKEND!r} is not supported: use immediate or database.")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}

# Diversometer ---------------------------------------------------------------
# Completed runs per client (a salted hash of its IP address in the cache, never in
# the database): "<number>/<unit>" with unit s, m, h or d, or "off".


def env_rate(name, default):
    """A rate limit "<number>/<unit>" (unit s, m, h or d) or "off"; exits when malformed."""
    value = env_str(name, default).lower()
    if not re.fullmatch(r"off|[1-9]\d*/[smhd]", value):
        sys.exit(f"{name}={value!r} is not a rate: use e.g. {default} (units s, m, h, d) or off.")
    return value


DIVERSOMETER_RATE_LIMIT = env_rate("DIVERSOMETER_RATE_LIMIT", "30/h")
# Behind a reverse proxy, the client's address is the last entry of X-Forwarded-For.
USE_X_FORWARDED_FOR = env_bool("USE_X_FORWARDED_FOR", False)

# Feedback form "Barriere melden" --------------------------------------------------
# Reports per client, counted like the Diversometer's runs (a salted hash of the address
# in the cache, never in the database): "<number>/<unit>" with unit s, m, h or d, or "off".

FEEDBACK_RATE_LIMIT = env_rate("FEEDBACK_RATE_LIMIT", "10/h")

# Admin logins and password resets (home.login_throttle) --------------------------
# Failed logins per username and per client address (counted like the forms above);
# over either limit the login answers 429 without checking the password.
LOGIN_RATE_LIMIT = env_rate("LOGIN_RATE_LIMIT", "10/h")
LOGIN_IP_RATE_LIMIT = env_rate("LOGIN_IP_RATE_LIMIT", "30/h")
# Password-reset requests per client address and per e-mail address (each may send a mail).
PASSWORD_RESET_RATE_LIMIT = env_rate("PASSWORD_RESET_RATE_LIMIT", "5/h")
# Wrong passwords per client address on pages and document collections with a password.
PAGE_PASSWORD_RATE_LIMIT = env_rate("PAGE_PASSWORD_RATE_LIMIT", "30/h")

# Backups (operations app, docs/backup.md) -------------------------------------------
# `manage.py backup` writes vielfalt-backup-YYYYmmdd-HHMMSS.tar into BACKUP_DIR and then
# deletes the oldest of them beyond BACKUP_KEEP (0 keeps all).
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(BASE_DIR / "backups")))
BACKUP_KEEP = env_int("BACKUP_KEEP", 0)

# Logging ------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # One line per background task run is too chatty for INFO.
        "django_tasks": {"level": "WARNING"},
    },
}

# Wagtail ------------------------------------------------------------------

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Vielfalt")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "publications.LibraryDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publications.forms.DocumentForm"
WAGTAILDOCS_EXTENSIONS = [
    *["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv", "epub"],
    # Videos of video pages and their WebVTT captions.
    *["mp4", "webm", "vtt"],
]
DOCUMENT_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 20) * 1000 * 1000
VIDEO_MAX_UPLOAD_SIZE = env_int("VIDEO_MAX_UPLOAD_MB", 500) * 1000 * 1000
# Wagtail checks this bound itself; publications.forms applies the limit of each type.
WAGTAILDOCS_MAX_UPLOAD_SIZE = max(DOCUMENT_MAX_UPLOAD_SIZE, VIDEO_MAX_UPLOAD_SIZE)
# Page blueprints (blueprints.archive): an imported archive may hold at most this many
# entries and unpack to at most this many megabytes; each file inside still has to pass
# the document or image limits above.
BLUEPRINT_MAX_FILES = env_int("BLUEPRINT_MAX_FILES", 500)
BLUEPRINT_MAX_UNPACKED_MB = env_int("BLUEPRINT_MAX_UNPACKED_MB", 500)
# Documents go through Wagtail's serve view: permission checks, Content-Disposition
# and "Content-Security-Policy: default-src 'none'" on every response. Videos and
# captions are served inline so that <video> and <track> can play them, and
# publications.serving answers Range requests for them (seeking; Safari needs it).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_CONTENT_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "vtt": "text/vtt"}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "video/mp4", "video/webm", "text/vtt"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Image uploads: no SVG or HTML, also not renamed (publications.images); limits in German.
WAGTAILIMAGES_IMAGE_FORM_BASE = "publications.forms.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 20) * 1000 * 1000
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_MEGAPIXELS", 50) * 1000 * 1000
# Avatars from gravatar.com would send each editor's hashed e-mail address to a third
# party (and need it in the admin's Content-Security-Policy): initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

# Read-only API at /api/v2/ (config/api.py, docs/api.md) ----------------------------
# Anonymous and JSON only. Wagtail's endpoints pick their renderers themselves, so
# config/api.py also drops the browsable API there (it needs inline scripts and styles).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
}
# Requests per client to /api/v2/, counted like the public forms (home.ratelimit: a
# salted hash of the address in the cache): "<number>/<unit>" with unit s, m, h or d, or "off".
API_RATE_LIMIT = env_rate("API_RATE_LIMIT", "60/m")
# Rich text as HTML with working links (Wagtail's default is its database format).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
# German stemming and stop words for every text field of the Elasticsearch index.
ELASTICSEARCH_INDEX_SETTINGS = {
    "settings": {"analysis": {"analyzer": {"default": {"type": "german"}}}}
}
DATABASE_SEARCH = {
    # On PostgreSQL Wagtail's backend with a query that ranks through the GIN index of
    # site_search's migration (search/postgres.py); on SQLite Wagtail's own (FTS5).
    "BACKEND": "search.postgres"
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    else "wagtail.search.backends.database",
    # Used by PostgreSQL's full-text search (German stemming); SQLite ignores it.
    "SEARCH_CONFIG": "german",
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env_str("ELASTICSEARCH_INDEX", "vielfalt") + "_",
            "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
            "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
        },
        # Kept up to date as well; the search page answers from it when the
        # Elasticsearch server cannot be reached.
        "fallback": DATABASE_SEARCH,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH}
