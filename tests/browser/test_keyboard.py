"""The site by keyboard alone, on the demo content: skip link, main navigation, language
switch, library filters, search and the feedback form "Barriere melden".

Only keys are pressed (Tab, Enter, arrow keys, typing), the way someone who cannot
use a mouse gets around. Every element Tab reaches on the way must show where the
focus is (WCAG 2.4.7 Focus Visible): its computed style has an outline or a box
shadow while it has the focus. The Diversometer has its own keyboard tests
(test_diversometer.py).
"""

import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.models import Locale, Page

from tests.browser.conftest import TIMEOUT_MS, _is_media, _serve_media

pytestmark = [
    pytest.mark.browser,
    # The live server reads committed rows; the migrations' locales survive the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MAX_TABS = 120

# What has the focus, where it is, and whether it shows it.
FOCUS_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const region = el.closest('.skip-link') ? 'skip link'
        : el.closest('.main-nav') ? 'main navigation'
        : el.closest('.language-switcher') ? 'language switcher'
        : el.closest('.site-search') ? 'search form'
        : el.closest('main') ? 'main'
        : el.closest('footer') ? 'footer'
        : 'header';
    return {
        tag: el.tagName,
        id: el.id,
        name: el.getAttribute('name'),
        text: (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 80),
        href: el.getAttribute('href'),
        lang: el.getAttribute('lang'),
        html: el.outerHTML.slice(0, 140),
        region: region,
        indicator: outline || shadow,
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0
            && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
}"""


class Keyboard:
    """A browser context driven by keys only; remembers every element Tab reached
    that did not show its focus, or was off screen while focused."""

    def __init__(self, browser, live_server):
        self.base = live_server.url
        self.own_host = urlsplit(self.base).netloc
        self.foreign_requests = []
        self.unseen = []
        self.tabs = 0
        self.context = browser.new_context(
            locale="de-DE", viewport={"width": 1280, "height": 900}, service_workers="block"
        )
        self.context.set_default_timeout(TIMEOUT_MS)
        self.context.route("**/*", self._guard)
        self.page = self.context.new_page()

    def _guard(self, route):
        parts = urlsplit(route.request.url)
        if parts.scheme in {"http", "https"} and parts.netloc != self.own_host:
            self.foreign_requests.append(route.request.url)
            route.abort("blockedbyclient")
        elif _is_media(parts.path):
            _serve_media(route, parts.path)
        else:
            route.continue_()

    def goto(self, path):
        self.page.goto(self.base + path, wait_until="load")

    def focus(self):
        return self.page.evaluate(FOCUS_JS)

    def tab(self, key="Tab"):
        self.page.keyboard.press(key)
        self.tabs += 1
        state = self.focus()
        if state is not None and not (state["indicator"] and state["onScreen"]):
            self.unseen.append(f"{self.path()}: {state['html']}")
        return state

    def tab_to(self, wanted, what):
        for _ in range(MAX_TABS):
            state = self.tab()
            if state is not None and wanted(state):
                return state
        pytest.fail(f"{MAX_TABS} presses of Tab never reached {what}; focus: {self.focus()}")

    def enter_navigates(self):
        with self.page.expect_navigation(wait_until="load"):
            self.page.keyboard.press("Enter")

    def path(self):
        parts = urlsplit(self.page.url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def check(self, summary, flow):
        """Every focused element was visible and showed its focus; no request left the
        site and no cookie was set. Adds a line to the terminal summary."""
        assert self.unseen == [], "focus not visible (WCAG 2.4.7):\n" + "\n".join(self.unseen)
        assert self.foreign_requests == []
        assert self.context.cookies() == [], "a cookie for a visitor who chose none"
        summary.append(
            f"browser pass: keyboard only: {flow} ({self.tabs} Tab stops, each with "
            "visible focus; no cookie, nothing from other hosts)"
        )


@pytest.fixture
def keyboard(browser, live_server, demo_pages):
    keys = Keyboard(browser, live_server)
    yield keys
    keys.context.close()


def number_in(text):
    return int(re.search(r"\d+", text).group())


def test_skip_link(keyboard, browser_summary):
    keyboard.goto("/")
    state = keyboard.tab()
    assert state["region"] == "skip link", state
    assert state["text"] == "Zum Inhalt springen"
    assert state["onScreen"] and state["indicator"]
    keyboard.page.keyboard.press("Enter")
    assert keyboard.page.evaluate("document.activeElement.id") == "main-content"
    # The next Tab continues inside the main content, past header and navigation.
    assert keyboard.tab()["region"] == "main"
    keyboard.check(browser_summary, "skip link")


def test_main_navigation(keyboard, browser_summary):
    keyboard.goto("/")
    state = keyboard.tab_to(lambda s: s["region"] == "main navigation", "the main navigation")
    target = state["href"]
    keyboard.enter_navigates()
    assert urlsplit(keyboard.page.url).path == target
    current = keyboard.page.locator('.main-nav a[aria-current="page"]')
    assert current.get_attribute("href") == target
    assert keyboard.page.locator("h1").count() == 1
    keyboard.check(browser_summary, "main navigation")


def test_language_switch(keyboard, browser_summary):
    from projects.models import ProjectPage

    project = ProjectPage.objects.live().filter(locale__language_code="de").order_by("path")[0]
    keyboard.goto(project.url)
    german_title = keyboard.page.locator("h1").inner_text()
    state = keyboard.tab_to(
        lambda s: s["region"] == "language switcher" and s["lang"] == "en", "the link to English"
    )
    assert state["text"] == "English"
    keyboard.enter_navigates()
    english = project.get_translation(Locale.objects.get(language_code="en"))
    assert keyboard.path() == english.url
    assert keyboard.page.evaluate("document.documentElement.lang") == "en"
    assert keyboard.page.locator("h1").inner_text() != german_title
    # And back: the language comes from the address only; nothing is stored.
    keyboard.tab_to(
        lambda s: s["region"] == "language switcher" and s["lang"] == "de", "the link to German"
    )
    keyboard.enter_navigates()
    assert keyboard.path() == project.url
    keyboard.check(browser_summary, "language switch")


def test_library_filters(keyboard, browser_summary):
    from publications.models import PublicationIndexPage

    library = PublicationIndexPage.objects.live().get(locale__language_code="de")
    keyboard.goto(library.url)
    before = number_in(keyboard.page.locator(".result-count").inner_text())
    keyboard.tab_to(lambda s: s["tag"] == "SELECT" and s["name"] == "typ", "the filter Art")
    select = keyboard.page.locator("#filter-typ")
    assert select.input_value() == ""
    keyboard.page.keyboard.press("ArrowDown")
    chosen = select.input_value()
    assert chosen != "", "ArrowDown did not choose a type"
    keyboard.tab_to(lambda s: s["tag"] == "BUTTON" and s["text"] == "Anzeigen", "Anzeigen")
    keyboard.enter_navigates()
    query = parse_qs(urlsplit(keyboard.page.url).query)
    assert query["typ"] == [chosen]
    after = number_in(keyboard.page.locator(".result-count").inner_text())
    assert 0 < after < before
    assert keyboard.page.locator(".library-entry").count() == min(after, library.per_page)
    assert keyboard.page.locator("#filter-typ").input_value() == chosen
    keyboard.check(browser_summary, "library filters")


def test_search(keyboard, browser_summary):
    keyboard.goto("/")
    keyboard.tab_to(lambda s: s["id"] == "site-search-query", "the search field")
    keyboard.page.keyboard.type("Wegeleitsystem")
    keyboard.enter_navigates()
    parts = urlsplit(keyboard.page.url)
    assert parts.path == "/suche/"
    assert parse_qs(parts.query)["q"] == ["Wegeleitsystem"]
    results = keyboard.page.locator(".search-results__item")
    assert results.count() >= 1
    # The results are links, reached by Tab as well.
    state = keyboard.tab_to(
        lambda s: s["region"] == "main" and s["tag"] == "A" and s["href"], "a search result"
    )
    assert state["indicator"]
    keyboard.check(browser_summary, "search")


def test_feedback_form(keyboard, browser_summary):
    """From any page to "Barriere melden" in the footer, the form filled in and sent."""
    try:
        form_path = reverse("accessibility_feedback")
    except NoReverseMatch:
        pytest.skip("the feedback form (accessibility app, URL accessibility_feedback) is missing")
    from accessibility.forms import MIN_SECONDS
    from accessibility.models import FeedbackReport

    about = Page.objects.live().get(slug="ueber-dieses-angebot", locale__language_code="de")
    keyboard.goto(about.url)
    keyboard.tab_to(
        lambda s: s["region"] == "footer" and (s["href"] or "").startswith(form_path),
        "the link Barriere melden in the footer",
    )
    keyboard.enter_navigates()
    shown = time.monotonic()
    assert urlsplit(keyboard.page.url).path == form_path
    assert keyboard.page.locator("h1").inner_text() == "Barriere melden"

    def field(name):
        return lambda s: s["name"] == name

    def never_the_trap(s):
        assert s["name"] != "website", "Tab reached the hidden spam trap"
        return False

    keyboard.tab_to(lambda s: never_the_trap(s) or field("beschreibung")(s), "the description")
    keyboard.page.keyboard.type("Das PDF auf dieser Seite lässt sich nicht vorlesen.")
    state = keyboard.tab()
    assert state["name"] == "name", state
    keyboard.page.keyboard.type("Erika Mustermann")
    state = keyboard.tab()
    assert state["name"] == "email", state
    keyboard.page.keyboard.type("erika@example.org")
    keyboard.tab_to(
        lambda s: never_the_trap(s) or (s["tag"] == "BUTTON" and s["text"] == "Meldung senden"),
        "Meldung senden",
    )
    # A person needs a few seconds for a form; quicker ones are taken for spam.
    time.sleep(max(0.0, MIN_SECONDS + 0.5 - (time.monotonic() - shown)))
    keyboard.enter_navigates()
    assert keyboard.page.locator(".error-summary").count() == 0, keyboard.page.content()
    assert keyboard.page.locator("h1").count() == 1
    report = FeedbackReport.objects.get()
    assert "nicht vorlesen" in report.description
    keyboard.check(browser_summary, "feedback form")
