"""The demo content under the public Content-Security-Policy (issue 9, hardening).

Every public page in both languages, the search, the library's filters, the
Diversometer's screens and the video pages are rendered as an anonymous visitor sees
them: each carries the strict policy, and its HTML holds nothing the policy would block
(inline scripts other than JSON-LD, inline styles, event handlers, ``javascript:``
links, scripts, styles or images from other hosts, frames other than the video
players). The browser pass proves the same in Chromium (tests/browser).
"""

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from publications.models import VideoPage
from tests.security.markup import csp_problems
from tests.security.test_headers import directives

pytestmark = pytest.mark.django_db

SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}


def check(response, url):
    assert response.status_code == 200, url
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"], url
    assert policy["style-src"] == ["'self'"], url
    return csp_problems(response.content.decode(), frame_hosts=settings.CSP_FRAME_SRC)


def test_every_public_page_in_both_languages_needs_nothing_the_policy_blocks(demo_content):
    client = Client()
    problems = {}
    checked = {"de": 0, "en": 0}
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        found = check(client.get(url), url)
        if found:
            problems[url] = found
        checked[page.locale.language_code] += 1
    assert checked["de"] > 20 and checked["en"] > 20, checked
    assert problems == {}


@pytest.mark.parametrize(
    "url",
    [
        "/suche/?q=Wegeleitsystem",
        "/en/search/?q=Wegeleitsystem",
        "/publikationen/?typ=handreichung&sortierung=titel",
        "/barriere-melden/",
        "/en/barriere-melden/",
    ],
)
def test_views_need_nothing_the_policy_blocks(demo_content, url):
    assert check(Client().get(url), url) == []


def test_an_external_video_after_consent_is_a_frame_the_policy_allows(demo_content):
    client = Client()
    embedded = 0
    for video in VideoPage.objects.live():
        if "data-embed-src" not in client.get(video.get_url()).content.decode():
            continue  # a library video, or an address that is only linked
        url = video.get_url() + "?video=laden"
        response = client.get(url, headers=SAME_ORIGIN)
        assert "<iframe" in response.content.decode(), url
        assert check(response, url) == []
        embedded += 1
    assert embedded >= 2  # the Thuringian video in German and English
