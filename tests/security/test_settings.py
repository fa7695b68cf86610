"""The hardening settings: production defaults, values from the environment."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = """
import json, django
from django.conf import settings
django.setup()
from home import security
print(json.dumps({
    "middleware": settings.MIDDLEWARE,
    "hsts": settings.SECURE_HSTS_SECONDS,
    "session_cookie": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                       settings.SESSION_COOKIE_SAMESITE],
    "csrf_cookie": [settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_SAMESITE],
    "coop": settings.SECURE_CROSS_ORIGIN_OPENER_POLICY,
    "report_only": settings.CSP_REPORT_ONLY,
    "report_uri": settings.CSP_REPORT_URI,
    "frames": settings.CSP_FRAME_SRC,
    "img": security.public_policy()["img-src"],
    "login": [settings.LOGIN_RATE_LIMIT, settings.LOGIN_IP_RATE_LIMIT,
              settings.PASSWORD_RESET_RATE_LIMIT],
    "image_size": settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
    "image_pixels": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
    "image_form": settings.WAGTAILIMAGES_IMAGE_FORM_BASE,
    "gravatar": settings.WAGTAIL_GRAVATAR_PROVIDER_URL,
}))
"""


def probe(**environ):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "x" * 50,
        **environ,
    }
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_defaults():
    result = probe()
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    middleware = values["middleware"]
    assert middleware[:2] == [
        "django.middleware.security.SecurityMiddleware",
        "home.security.SecurityHeadersMiddleware",
    ]
    # The login throttle sees a request after the CSRF check and the authentication.
    throttle = middleware.index("home.login_throttle.LoginThrottleMiddleware")
    assert throttle > middleware.index("django.middleware.csrf.CsrfViewMiddleware")
    assert throttle > middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware")
    assert values["hsts"] == 31_536_000
    assert values["session_cookie"] == [True, True, "Lax"]
    assert values["csrf_cookie"] == [True, "Lax"]
    assert values["coop"] == "same-origin"
    assert values["report_only"] is False
    assert values["report_uri"] == ""
    assert values["frames"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    assert values["img"] == ["'self'"]
    assert values["login"] == ["10/h", "30/h", "5/h"]
    assert values["image_size"] == 20_000_000
    assert values["image_pixels"] == 50_000_000
    assert values["image_form"] == "publications.forms.ImageForm"
    assert values["gravatar"] is None


def test_values_from_the_environment():
    result = probe(
        CSP_REPORT_ONLY="true",
        CSP_REPORT_URI="https://reports.example.org/csp",
        CSP_IMG_SRC="https://cdn.example.org",
        AWS_STORAGE_BUCKET_NAME="medien",
        AWS_S3_CUSTOM_DOMAIN="medien.example.org",
        LOGIN_RATE_LIMIT="5/m",
        LOGIN_IP_RATE_LIMIT="off",
        PASSWORD_RESET_RATE_LIMIT="3/d",
        IMAGE_MAX_UPLOAD_MB="8",
        IMAGE_MAX_MEGAPIXELS="24",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["report_only"] is True
    assert values["report_uri"] == "https://reports.example.org/csp"
    assert values["img"] == ["'self'", "https://medien.example.org", "https://cdn.example.org"]
    assert values["login"] == ["5/m", "off", "3/d"]
    assert values["image_size"] == 8_000_000
    assert values["image_pixels"] == 24_000_000


def test_malformed_rates_are_refused():
    result = probe(LOGIN_RATE_LIMIT="5 per hour")
    assert result.returncode == 1
    assert "LOGIN_RATE_LIMIT='5 per hour' is not a rate" in result.stderr
