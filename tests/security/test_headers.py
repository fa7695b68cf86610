"""Content-Security-Policy and Permissions-Policy on public pages, the admin and documents."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home import security
from tests.publications import pdfs

pytestmark = pytest.mark.django_db

VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def directives(header):
    """``{"script-src": ["'self'"], …}`` from a header's text."""
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in parsed, f"{name} twice in {header}"
        parsed[name] = sources
    return parsed


def policy(response):
    assert "Content-Security-Policy" in response, dict(response.headers)
    return directives(response["Content-Security-Policy"])


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")


def test_public_page_gets_the_strict_policy(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    csp = policy(response)
    assert csp == {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "frame-src": VIDEO_PLAYERS,
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
    assert "unsafe" not in response["Content-Security-Policy"]
    assert "Content-Security-Policy-Report-Only" not in response
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("path", ["/gibt-es-nicht/", "/theme.css", "/healthz/", "/en/search/?q=x"])
def test_views_and_error_pages_get_it_too(client, home_page, path):
    response = client.get(path)
    assert policy(response)["script-src"] == ["'self'"], path
    assert "Permissions-Policy" in response


def test_admin_gets_its_own_looser_policy(client, editor):
    login = policy(client.get("/admin/login/"))
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = policy(response)
    assert csp == login
    # Wagtail's inline scripts and styles, the checker's rules compiled by axe-core.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]
    assert csp["frame-src"] == ["'self'", *VIDEO_PLAYERS]
    for name in ("frame-ancestors", "form-action", "base-uri"):
        assert csp[name] == ["'self'"], name
    assert csp["object-src"] == ["'none'"]


def test_no_request_to_gravatar_from_the_admin(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar.com" not in html


def test_document_downloads_keep_wagtails_default_src_none(client, settings):
    settings.CSP_REPORT_ONLY = True
    document = get_document_model().objects.create(
        title="Handreichung", file=ContentFile(pdfs.one_page_pdf(), name="handreichung.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    # Enforced even while the rest of the site rolls out in report-only mode.
    assert "Content-Security-Policy-Report-Only" not in response
    assert "Permissions-Policy" in response


def test_editor_on_a_public_page_gets_what_the_userbar_needs(client, home_page, editor):
    client.force_login(editor)
    response = client.get(home_page.url)
    assert b"wagtail-userbar" in response.content
    csp = policy(response)
    # The checker's link-text rules are compiled by axe-core; nothing inline.
    assert csp["script-src"] == ["'self'", "'unsafe-eval'"]
    assert csp["style-src"] == ["'self'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]

    client.logout()
    anonymous = client.get(home_page.url)
    assert b"wagtail-userbar" not in anonymous.content
    assert "unsafe" not in anonymous["Content-Security-Policy"]


def test_report_only_rollout(client, home_page, settings):
    settings.CSP_REPORT_ONLY = True
    settings.CSP_REPORT_URI = "https://reports.example.org/csp"
    response = client.get(home_page.url)
    assert "Content-Security-Policy" not in response
    csp = directives(response["Content-Security-Policy-Report-Only"])
    assert csp["script-src"] == ["'self'"]
    assert csp["report-uri"] == ["https://reports.example.org/csp"]
    assert csp["report-to"] == [security.REPORT_GROUP]
    assert response["Reporting-Endpoints"] == 'csp-endpoint="https://reports.example.org/csp"'


def test_a_policy_a_view_set_itself_is_kept(rf):
    from django.http import HttpResponse

    response = HttpResponse()
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    security.add_security_headers(rf.get("/"), response)
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_loosening_for_another_embed_is_a_setting(client, home_page, settings):
    settings.CSP_FRAME_SRC = [*VIDEO_PLAYERS, "https://maps.example.org"]
    settings.CSP_IMG_SRC = ["https://cdn.example.org"]
    csp = policy(client.get(home_page.url))
    assert csp["frame-src"] == [*VIDEO_PLAYERS, "https://maps.example.org"]
    assert csp["img-src"] == ["'self'", "https://cdn.example.org"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (
            {"bucket_name": "medien", "custom_domain": "medien.example.org"},
            ["https://medien.example.org"],
        ),
        (
            {"bucket_name": "medien", "endpoint_url": "https://s3.example.org:9000"},
            ["https://s3.example.org:9000", "https://medien.s3.example.org:9000"],
        ),
        (
            {"bucket_name": "medien", "region_name": "eu-central-1"},
            ["https://medien.s3.amazonaws.com", "https://medien.s3.eu-central-1.amazonaws.com"],
        ),
    ],
)
def test_images_from_the_media_bucket_are_allowed(settings, options, expected):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options},
    }
    assert security.public_policy()["img-src"] == ["'self'", *expected]
    assert security.admin_policy()["img-src"] == ["'self'", "data:", "blob:", *expected]


def test_media_on_another_host(settings):
    settings.MEDIA_URL = "https://medien.example.org/media/"
    assert security.public_policy()["img-src"] == ["'self'", "https://medien.example.org"]
