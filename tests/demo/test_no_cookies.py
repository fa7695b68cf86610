"""Anonymous visitors get no cookie unless they choose one (issue 7, privacy).

Every public page of the demo content in both languages, the search, the library's
filters, the Diversometer from start to result, a video page, loading a video once
and a document download set no cookie. The only cookie there is, ``video_consent``,
is set when the visitor chooses "Videos von … immer laden".

The client enforces CSRF checks as a browser would and sends ``Sec-Fetch-Site:
same-origin`` like a current browser on a form of this site.
"""

import pytest
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Page

from diversometer.models import DiversometerPage
from publications.consent import COOKIE_NAME
from publications.models import VideoPage
from tests.diversometer.helpers import answer_data, counts, state_of

pytestmark = pytest.mark.django_db

SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}
CROSS_SITE = {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}


def visitor():
    return Client(enforce_csrf_checks=True)


def assert_no_cookie(response, what):
    assert not response.cookies, f"{what} sets {sorted(response.cookies)}"
    assert "Set-Cookie" not in response.headers, what


def test_every_public_page_in_both_languages_sets_no_cookie(demo_content):
    client = visitor()
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    checked = {"de": 0, "en": 0}
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        assert_no_cookie(response, url)
        checked[page.locale.language_code] += 1
    # Every page type of the demo content, in both languages.
    assert checked["de"] > 20 and checked["en"] > 20, checked
    assert not client.cookies


@pytest.mark.parametrize(
    "url",
    [
        "/suche/?q=Wegeleitsystem",
        "/en/search/?q=Wegeleitsystem",
        "/suche/?q=",
        "/publikationen/?typ=handreichung&sortierung=titel",
        "/en/publications/?jahr=2099",
        "/publikationen/?seite=99",
        "/gibt-es-nicht/",
        "/sitemap.xml",
        "/theme.css",
    ],
)
def test_search_filters_and_other_views_set_no_cookie(demo_content, url):
    response = visitor().get(url)
    assert response.status_code in (200, 404), url
    assert_no_cookie(response, url)


def test_a_document_download_sets_no_cookie(demo_content):
    document = get_document_model().objects.exclude(file="").first()
    response = visitor().get(document.url)
    assert response.status_code == 200
    assert_no_cookie(response, document.url)


def demo_diversometer():
    return DiversometerPage.objects.live().get(locale__language_code="de")


def test_the_demo_diversometer_from_start_to_result_sets_no_cookie(demo_content):
    page = demo_diversometer()
    client = visitor()
    response = client.get(page.url)
    assert_no_cookie(response, page.url)
    response = client.get(page.url + "fragen/")
    assert_no_cookie(response, "fragen/")
    for number in range(1, len(page.questionnaire.questions) + 1):
        data = answer_data(page, {number: [1]})
        response = client.post(
            page.url + "fragen/",
            {"zustand": state_of(response), "aktion": "weiter", **data},
            headers=SAME_ORIGIN,
        )
        assert response.status_code in (200, 303), number
        assert_no_cookie(response, f"question {number}")
    assert response.status_code == 303
    result = client.get(response["Location"])
    assert result.status_code == 200
    assert_no_cookie(result, "the result")
    assert not client.cookies


def test_the_demo_diversometer_refuses_posts_from_other_sites(demo_content):
    page = demo_diversometer()
    client = visitor()
    before = counts(page)
    start = client.get(page.url + "fragen/")
    data = {"zustand": state_of(start), "aktion": "weiter", **answer_data(page, {1: [1]})}
    response = client.post(page.url + "fragen/", data, headers=CROSS_SITE)
    assert response.status_code == 403
    assert_no_cookie(response, "the refusal")
    assert counts(page) == before


def external_video():
    """The demo's YouTube video (behind two-click consent)."""
    return VideoPage.objects.live().get(
        slug="video-zwei-thueringer-landratsaemter", locale__language_code="de"
    )


def test_a_video_page_and_loading_once_set_no_cookie(demo_content):
    page = external_video()
    client = visitor()
    assert_no_cookie(client.get(page.url), page.url)
    response = client.post(
        "/video-zustimmung/", {"host": "youtube", "next": page.url}, headers=SAME_ORIGIN
    )
    assert response.status_code == 302
    assert_no_cookie(response, "loading once")
    loaded = client.get(response["Location"], headers=SAME_ORIGIN)
    assert "<iframe" in loaded.content.decode()
    assert_no_cookie(loaded, "the page with the player")
    assert not client.cookies


def test_always_loading_sets_exactly_the_consent_cookie(demo_content):
    page = external_video()
    client = visitor()
    refused = client.post(
        "/video-zustimmung/",
        {"host": "youtube", "next": page.url, "immer": "1"},
        headers=CROSS_SITE,
    )
    assert refused.status_code == 403
    assert_no_cookie(refused, "a consent from another site")
    response = client.post(
        "/video-zustimmung/",
        {"host": "youtube", "next": page.url, "immer": "1"},
        headers=SAME_ORIGIN,
    )
    assert response.status_code == 302
    assert list(response.cookies) == [COOKIE_NAME]
    assert list(client.cookies) == [COOKIE_NAME]
    page_response = client.get(page.url)
    assert "<iframe" in page_response.content.decode()
    assert_no_cookie(page_response, "the page after consent")
