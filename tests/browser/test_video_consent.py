"""Two-click consent in Chromium: nothing goes to the video platform before the click.

Every request to another host is recorded; requests to the privacy-friendly
player are answered with a stub page here, so nothing leaves the machine. The
placeholder and the self-hosted player also go through the full browser checks
(axe-core, Nu HTML Checker, requests to other hosts) of ``page_checker``.
"""

from contextlib import nullcontext as _nothing
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from publications.consent import COOKIE_NAME
from publications.models import VideoPage
from tests.browser.conftest import watch_csp
from tests.factories import HomePageFactory
from tests.publications import media

pytestmark = pytest.mark.browser

YOUTUBE_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
EMBED_URL = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
STUB_PLAYER = "<!DOCTYPE html><html lang=en><title>player stub</title><p>player</p></html>"


@pytest.fixture
def video_pages(transactional_db):
    """A home page as the default site's root with an external and a self-hosted video."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    external = VideoPage(
        title="Was ist eigentlich Diversity?",
        slug="diversity",
        intro="Ein Erklärfilm.",
        external_url=YOUTUBE_URL,
        duration=timedelta(seconds=200),
        transcript="<p>Zusammenfassung.</p>",
    )
    home.add_child(instance=external)
    external.save_revision().publish()
    Document = get_document_model()
    video = Document.objects.create(title="Film", file=ContentFile(media.webm(), name="film.webm"))
    captions = Document.objects.create(
        title="Untertitel", file=ContentFile(media.vtt(), name="film.vtt")
    )
    hosted = VideoPage(title="Unser Film", slug="film", video_file=video)
    hosted.captions = [("track", {"document": captions, "language": "de", "kind": "captions"})]
    home.add_child(instance=hosted)
    hosted.save_revision().publish()
    return {"external": external.url, "hosted": hosted.url}


def click(page, locator):
    """Scroll ``locator`` into view, let the page paint, then click it.

    Right after a scroll, headless Chromium still hit-tests a cross-origin
    iframe (the player) at its old place, so a click at once can land in it.
    """
    locator.scroll_into_view_if_needed()
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    locator.click()


class Session:
    """One browser context with every request to another host recorded and kept local,
    and the name of every cookie a response sets (``Set-Cookie``)."""

    def __init__(self, browser, base_url, javascript=True):
        self.own_host = urlsplit(base_url).netloc
        self.requests = []
        self.set_cookies = []
        self.context = browser.new_context(java_script_enabled=javascript)
        self.context.set_default_timeout(15_000)
        self.context.route("**/*", self._guard)
        self.csp = watch_csp(self.context)
        self.page = self.context.new_page()
        self.page.on("response", self._record_cookies)
        # Without JavaScript the CSP watch cannot listen; Chromium still logs violations.
        self.console_csp = []
        self.page.on(
            "console",
            lambda message: (
                self.console_csp.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )

    def csp_violations(self):
        """Every Content-Security-Policy violation so far (none is expected)."""
        return self.csp.collect(self.page) + self.console_csp

    def _record_cookies(self, response):
        for line in (response.header_value("set-cookie") or "").splitlines():
            self.set_cookies.append(line.split("=", 1)[0].strip())

    def cookie_names(self):
        """The cookies the browser holds now."""
        return sorted(cookie["name"] for cookie in self.context.cookies())

    def _guard(self, route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc != self.own_host:
            self.requests.append(url)
            if url.startswith(EMBED_URL):
                route.fulfill(status=200, body=STUB_PLAYER, content_type="text/html")
            else:
                route.abort("blockedbyclient")
        else:
            route.continue_()

    def close(self):
        self.context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_placeholder_and_the_player_pass_the_checks(page_checker, live_server, video_pages):
    for path in (video_pages["external"], video_pages["hosted"]):
        report = page_checker.check(live_server.url + path, lang="de")
        assert report.problems == [], str(report)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_javascript_the_click_loads_the_player_in_place(browser, live_server, video_pages):
    session = Session(browser, live_server.url)
    try:
        page = session.page
        page.goto(live_server.url + video_pages["external"], wait_until="networkidle")
        assert session.requests == []
        assert page.locator("iframe").count() == 0

        page.get_by_role("button", name="Video laden").click()
        iframe = page.locator("iframe.video-embed__frame")
        iframe.wait_for()
        assert iframe.get_attribute("src") == EMBED_URL
        assert iframe.get_attribute("title") == "Video bei YouTube: Was ist eigentlich Diversity?"
        assert page.evaluate("document.activeElement.tagName") == "IFRAME"
        page.wait_for_load_state("networkidle")
        assert session.requests == [EMBED_URL]
        # Once only: nothing stored, the next visit asks again.
        assert [c for c in session.context.cookies() if c["name"] == COOKIE_NAME] == []
        page.reload(wait_until="networkidle")
        assert page.locator("iframe").count() == 0
        assert session.csp_violations() == []
    finally:
        session.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_javascript_always_is_remembered_and_can_be_withdrawn(
    browser, live_server, video_pages
):
    session = Session(browser, live_server.url)
    try:
        page = session.page
        url = live_server.url + video_pages["external"]
        page.goto(url, wait_until="networkidle")
        page.get_by_label("Videos von YouTube immer laden").check()
        page.get_by_role("button", name="Video laden").click()
        withdraw = page.get_by_role("button", name="Zustimmung widerrufen")
        withdraw.wait_for(state="visible")
        (cookie,) = [c for c in session.context.cookies() if c["name"] == COOKIE_NAME]
        assert cookie["value"] == "youtube"
        assert cookie["httpOnly"] is True

        session.requests.clear()
        page.goto(url, wait_until="networkidle")
        assert page.locator("iframe").get_attribute("src") == EMBED_URL
        assert session.requests == [EMBED_URL]

        with page.expect_navigation(wait_until="networkidle"):
            click(page, page.get_by_role("button", name="Zustimmung widerrufen"))
        assert urlsplit(page.url).query == "zustimmung=widerrufen"
        assert "Ihre Zustimmung ist widerrufen" in page.content()
        assert page.locator("iframe").count() == 0
        assert [c for c in session.context.cookies() if c["name"] == COOKIE_NAME] == []
        assert session.csp_violations() == []
    finally:
        session.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_javascript_the_form_loads_the_player(browser, live_server, video_pages):
    session = Session(browser, live_server.url, javascript=False)
    try:
        page = session.page
        page.goto(live_server.url + video_pages["external"], wait_until="networkidle")
        assert session.requests == []
        with page.expect_navigation(wait_until="networkidle"):
            page.get_by_role("button", name="Video laden").click()
        assert urlsplit(page.url).query == "video=laden"
        assert page.locator("iframe").get_attribute("src") == EMBED_URL
        assert session.requests == [EMBED_URL]

        # "Immer laden" without JavaScript: a POST, a cookie, a redirect back.
        page.goto(live_server.url + video_pages["external"], wait_until="networkidle")
        page.get_by_label("Videos von YouTube immer laden").check()
        with page.expect_navigation(wait_until="networkidle"):
            page.get_by_role("button", name="Video laden").click()
        assert urlsplit(page.url).query == ""
        assert page.locator("iframe").get_attribute("src") == EMBED_URL
        assert page.get_by_role("button", name="Zustimmung widerrufen").is_visible()
        assert session.csp_violations() == []
    finally:
        session.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_the_only_cookie_is_video_consent_after_choosing_always(
    browser, live_server, video_pages, browser_summary, javascript
):
    """Seeing the placeholder and loading once store nothing; "immer laden" stores
    exactly one cookie, ``video_consent``, and the platform sees no request before."""
    session = Session(browser, live_server.url, javascript=javascript)
    url = live_server.url + video_pages["external"]
    try:
        page = session.page
        page.goto(url, wait_until="networkidle")
        assert (session.cookie_names(), session.set_cookies, session.requests) == ([], [], [])

        with page.expect_navigation(wait_until="networkidle") if not javascript else _nothing():
            page.get_by_role("button", name="Video laden").click()
        page.locator("iframe.video-embed__frame").wait_for()
        page.wait_for_load_state("networkidle")
        assert session.requests == [EMBED_URL]
        assert (session.cookie_names(), session.set_cookies) == ([], [])

        session.requests.clear()
        page.goto(url, wait_until="networkidle")
        assert session.requests == []
        page.get_by_label("Videos von YouTube immer laden").check()
        with page.expect_navigation(wait_until="networkidle") if not javascript else _nothing():
            page.get_by_role("button", name="Video laden").click()
        page.get_by_role("button", name="Zustimmung widerrufen").wait_for(state="visible")
        assert session.cookie_names() == [COOKIE_NAME]
        assert set(session.set_cookies) == {COOKIE_NAME}
        assert session.csp_violations() == []
    finally:
        session.close()
    browser_summary.append(
        f"browser pass: video consent {'with' if javascript else 'without'} JavaScript: no "
        f"cookie and no request to the platform before the click, only {COOKIE_NAME!r} "
        'after "immer laden"'
    )
