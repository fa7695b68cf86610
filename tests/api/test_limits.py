"""What every endpoint shares: read-only, JSON only, anonymous, rate-limited."""

import pytest
from django.core.cache import cache

from tests.api.conftest import api_get

pytestmark = pytest.mark.django_db

ENDPOINTS = ["pages/", "documents/", "images/"]


@pytest.fixture
def detail_urls(pages, files):
    return [
        f"/api/v2/pages/{pages['live'].pk}/",
        f"/api/v2/documents/{files['public_document'].pk}/",
        f"/api/v2/images/{files['public_image'].pk}/",
    ]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_not_allowed(client, detail_urls, method):
    listings = [f"/api/v2/{endpoint}" for endpoint in ENDPOINTS]
    for url in listings + detail_urls:
        response = getattr(client, method)(url, {}, content_type="application/json")
        assert response.status_code == 405, url
        assert "GET" in response["Allow"]
        assert "POST" not in response["Allow"]


def test_head_and_options_answer(client, detail_urls):
    for url in detail_urls:
        assert client.head(url).status_code == 200
        options = client.options(url)
        assert options.status_code == 200
        assert options["Allow"] == "GET, HEAD, OPTIONS"


def test_json_only_even_for_browsers(client, pages):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert b"<html" not in response.content

    assert client.get("/api/v2/pages/", {"format": "api"}).status_code == 404


def test_no_cookie_and_open_to_other_origins(client, pages):
    response = api_get(client, "pages/")

    assert response.cookies == {}
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Cookie" not in response.get("Vary", "")


def test_requests_beyond_the_limit_get_429_with_retry_after(client, pages, settings):
    settings.API_RATE_LIMIT = "3/m"
    cache.clear()

    answers = [api_get(client, endpoint).status_code for endpoint in ENDPOINTS]
    assert answers == [200, 200, 200]

    response = api_get(client, "pages/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "message" in response.json() or "detail" in response.json()

    # Another client has its own allowance.
    other = client.get("/api/v2/pages/", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_writes_count_against_the_limit_too(client, pages, settings):
    settings.API_RATE_LIMIT = "2/h"
    cache.clear()

    assert client.post("/api/v2/pages/").status_code == 405
    assert api_get(client, "pages/").status_code == 200
    assert api_get(client, "pages/").status_code == 429


def test_the_limit_can_be_switched_off(client, pages, settings):
    settings.API_RATE_LIMIT = "off"
    cache.clear()

    assert {api_get(client, "pages/").status_code for _ in range(5)} == {200}


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("pages/", {"type": "projects.ProjectPage", "partners": "abc"}),
        ("pages/", {"type": "projects.ProjectPage", "start_date": "kein Datum"}),
        ("pages/", {"type": "projects.ProjectPage", "order": "status"}),
        ("pages/", {"type": "home.ContentPage", "topics": "Führung"}),
        ("pages/", {"search": "Projekt", "search_operator": "vielleicht"}),
        ("pages/", {"limit": "1000"}),
        ("pages/find/", {"id": "abc"}),
        ("documents/", {"file_size": "abc"}),
        ("documents/find/", {"id": "abc"}),
        ("images/", {"width": "breit"}),
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client, pages, path, params):
    response = api_get(client, path, **params)

    assert response.status_code == 400
    assert response.json()["message"]
