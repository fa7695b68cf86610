"""The accessibility checker's rules at work in Chromium.

A configuration test cannot fail when the JavaScript of a custom rule is wrong, so
here the rules run on a page with known problems:

1. axe-core from ``node_modules`` with exactly the configuration our checker item
   produces (context, options, custom rules and checks; Wagtail's own two checks
   get the functions Wagtail's JavaScript gives them), result by result;
2. Wagtail's own userbar as ``{% wagtailuserbar %}`` renders it for an editor, with
   Wagtail's JavaScript and the axe-core bundled with it: what the editor sees;
3. the page editor's "Checks" panel on the live server, which runs the checker in
   the preview. It needs ``{% wagtailuserbar %}`` in ``base.html`` (the preview's
   userbar runs axe and tells the editor when it is ready); without it the test is
   reported as an expected failure with that reason.

The first two need no live server: the documents are served to Chromium from
memory, and the userbar's scripts from Django's static files finders.
"""

import json
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.serializers.json import DjangoJSONEncoder
from django.template import Context, Template
from django.template.loader import get_template
from django.test import Client, RequestFactory
from wagtail.models import Page, Site

from home.accessibility_checks import VielfaltContentCheckerItem
from home.models import ContentPage
from tests.browser.conftest import AXE_JS, TIMEOUT_MS, watch_csp
from tests.factories import HomePageFactory

pytestmark = pytest.mark.browser

ORIGIN = "http://testserver"
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="

# Every link has an id, so axe names it "#id" in its results.
BODY = f"""
<header><a id="outside" href="/">hier</a></header>
<main>
  <h1>Testseite</h1>
  <h3 id="skipped">Eine Ebene zu tief</h3>
  <p>
    <a id="vague-1" href="/a">hier klicken</a>
    <a id="vague-2" href="/b">Hier klicken!</a>
    <a id="vague-3" href="/c">  Klicken Sie   hier. </a>
    <a id="vague-4" href="/d">mehr&nbsp;»</a>
    <a id="vague-5" href="/e">Weiterlesen …</a>
    <a id="vague-6" href="/f">LINK</a>
    <a id="vague-7" href="/g">Read more</a>
    <a id="vague-8" href="/h">[weiter]</a>
    <a id="vague-9" href="/h2">Hier: klicken</a>
    <a id="vague-10" href="/h3">Read-more</a>
    <a id="vague-label" href="/i" aria-label="mehr">Jahresbericht 2024</a>
    <a id="empty-1" href="/j"></a>
    <a id="empty-2" href="/k">   </a>
    <a id="empty-3" href="/l"><img src="{GIF}" alt=""></a>
    <a id="empty-4" href="/l2"><span aria-hidden="true">Jahresbericht</span></a>
    <a id="blank-1" href="/m">→</a>
    <a id="blank-2" href="/n">&#8203;</a>
    <a id="blank-3" href="/n2">…</a>
    <a id="blank-4" href="/n3" title="Jahresbericht">»</a>
    <a id="url-1" href="https://www.berlin.de/">https://www.berlin.de/</a>
    <a id="url-2" href="https://www.berlin.de/">www.berlin.de</a>
    <a id="good" href="/o">Jahresbericht 2024 lesen</a>
    <a id="good-more" href="/p">Mehr über Diversity-Management in Berlin</a>
    <a id="good-here" href="/q">Hier finden Sie den Antrag</a>
    <a id="good-mail" href="mailto:info@example.org">info@example.org</a>
    <a id="good-image" href="/r"><img src="{GIF}" alt="Logo der Landesstelle"></a>
    <a id="good-label" href="/s" aria-label="Mehr über das Projekt Vielfalt">mehr</a>
    <span id="report-title">Jahresbericht 2024:</span>
    <a id="good-labelledby" href="/t" aria-labelledby="report-title good-labelledby">mehr</a>
    <a id="good-hidden" href="/u">mehr<span class="visually-hidden"> über Projekt X</span></a>
  </p>
</main>
"""

STYLE = """<style>
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
</style>"""


def document(extra=""):
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>Prüfseite</title>{STYLE}</head><body>{BODY}{extra}</body></html>"
    )


EXPECTED = {
    "vielfalt-link-text-vague": {f"#vague-{n}" for n in range(1, 11)} | {"#vague-label"},
    "link-name": {f"#empty-{n}" for n in range(1, 5)},
    "vielfalt-link-text-blank": {f"#blank-{n}" for n in range(1, 5)},
    "vielfalt-link-text-url": {"#url-1", "#url-2"},
    "heading-order": {"#skipped"},
}
GOOD = {
    "#good",
    "#good-more",
    "#good-here",
    "#good-mail",
    "#good-image",
    "#good-label",
    "#good-labelledby",
    "#good-hidden",
    "#outside",
}

# What Wagtail's content checker does with the configuration (wagtail/admin JS):
# its own checks get their functions, everything else goes to axe.configure as is.
RUN_AXE_JS = """async (config) => {
    const wagtailChecks = {
        'check-image-alt-text': (node, options) =>
            !new RegExp(options.pattern, 'i').test(node.getAttribute('alt') || ''),
        'check-empty-meta-description': () => {
            const meta = document.querySelector('meta[name="description"][content]');
            return !meta || meta.content.trim().length > 0;
        },
    };
    axe.configure({
        ...config.spec,
        checks: config.spec.checks.map((check) =>
            wagtailChecks[check.id] ? {...check, evaluate: wagtailChecks[check.id]} : check),
    });
    const results = await axe.run(config.context, config.options);
    return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}"""


def checker_configuration():
    """The configuration as the page gets it: through JSON (lazy strings resolved)."""
    request = RequestFactory().get("/")
    config = VielfaltContentCheckerItem().get_axe_configuration(request)
    return json.loads(json.dumps(config, cls=DjangoJSONEncoder))


def findings(violations):
    """``{rule id: {target, …}}``."""
    found = {}
    for violation in violations:
        found.setdefault(violation["id"], set()).update(violation["targets"])
    return found


def assert_expected(found):
    for rule_id, targets in EXPECTED.items():
        assert found.get(rule_id, set()) == targets, (rule_id, found)
    flagged = set().union(*found.values())
    assert not flagged & GOOD, f"good links flagged: {found}"
    # An empty link is reported once, not by two rules.
    for target in EXPECTED["link-name"] | EXPECTED["vielfalt-link-text-blank"]:
        rules = [rule_id for rule_id, targets in found.items() if target in targets]
        assert len(rules) == 1, (target, rules)


def test_the_custom_rules_find_the_bad_links_in_axe(browser):
    config = checker_configuration()
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.set_content(document())
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        found = findings(page.evaluate(RUN_AXE_JS, config))
    finally:
        context.close()
    assert not errors
    assert_expected(found)
    assert set(found) <= set(config["messages"]), "a finding without our message"


# Wagtail's userbar ---------------------------------------------------------

CAPTURE_RESULTS_JS = """() => {
    // Wagtail's userbar logs its axe results; keep them for the test.
    const original = console.error;
    console.error = (...args) => {
        if (args[0] === 'axe.run results') {
            window.__axeViolations = args[1].map((violation) => ({
                id: violation.id,
                targets: violation.nodes.map((node) => node.target.join(' ')),
            }));
        }
        original.apply(console, args);
    };
}"""

USERBAR_ROWS_JS = """() => {
    const root = document.querySelector('wagtail-userbar').shadowRoot;
    return Array.from(root.querySelectorAll('[data-content-checker-row]'), (row) => ({
        name: row.querySelector('[data-content-checker-name]').textContent,
        help: row.querySelector('[data-content-checker-help]').textContent,
    }));
}"""


def render_userbar(user):
    request = RequestFactory().get("/", HTTP_HOST="testserver")
    request.user = user
    template = Template("{% load wagtailuserbar %}{% wagtailuserbar %}")
    return template.render(Context({"request": request}))


def serve_static(route):
    """The userbar's scripts and styles from the static files finders."""
    path = urlsplit(route.request.url).path
    found = None
    if path.startswith("/static/"):
        found = finders.find(path.removeprefix("/static/"))
    if found:
        route.fulfill(path=found)
    else:
        route.fulfill(status=404, body="not found", content_type="text/plain")


def test_wagtails_userbar_shows_our_findings_in_german(browser, admin_user):
    html = document(render_userbar(admin_user))
    context = browser.new_context(locale="de-DE")
    context.set_default_timeout(TIMEOUT_MS)

    def route(route):
        if route.request.url == f"{ORIGIN}/pruefseite/":
            route.fulfill(body=html, content_type="text/html; charset=utf-8")
        elif route.request.url.startswith(f"{ORIGIN}/static/"):
            serve_static(route)
        else:
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.add_init_script(f"({CAPTURE_RESULTS_JS})()")
        page.goto(f"{ORIGIN}/pruefseite/", wait_until="load")
        page.wait_for_function("() => window.__axeViolations !== undefined")
        found = findings(page.evaluate("() => window.__axeViolations"))
        rows = page.evaluate(USERBAR_ROWS_JS)
    finally:
        context.close()
    assert not errors
    assert_expected(found)
    names = {row["name"] for row in rows}
    assert {
        "Nichtssagender Linktext",
        "Link ohne Text",
        "Link ohne lesbaren Text",
        "Internetadresse als Linktext",
        "Überschriftenebene übersprungen",
    } <= names
    assert len(rows) == sum(len(targets) for targets in found.values())
    vague = next(row for row in rows if row["name"] == "Nichtssagender Linktext")
    assert "hier klicken" in vague["help"]


# The page editor's checks panel ----------------------------------------------

PANEL_ROWS_JS = """() => Array.from(
    document.querySelectorAll('[data-checks-panel] [data-content-checker-row]'),
    (row) => row.querySelector('[data-content-checker-name]').textContent,
)"""


def userbar_in_base_template():
    return "wagtailuserbar" in get_template("base.html").template.source


@pytest.fixture
def page_with_problems(db):
    """A published content page with a skipped heading level and three bad links."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    page = ContentPage(title="Prüfseite", slug="pruefseite", intro="Einleitung.")
    page.body = [
        ("heading", {"text": "Abschnitt", "level": "h2"}),
        ("heading", {"text": "Eine Ebene zu tief", "level": "h4"}),
        (
            "paragraph",
            '<p>Zum Antrag <a href="https://www.berlin.de/antrag">hier klicken</a>. '
            '<a href="https://example.org/x">https://example.org/x</a> '
            '<a href="https://example.org/y">→</a> '
            '<a href="https://example.org/bericht">Jahresbericht 2024 lesen</a></p>',
        ),
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def editor_context(browser, live_server):
    """A browser context logged in as a new editor, watched for CSP violations."""
    editor = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "x")
    client = Client()
    client.force_login(editor)
    host = urlsplit(live_server.url).hostname
    context = browser.new_context(locale="de-DE", viewport={"width": 1400, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "domain": host,
                "path": "/",
            }
        ]
    )
    # Nothing leaves the machine.
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlsplit(route.request.url).hostname in {host, None}
            else route.abort()
        ),
    )
    return context, watch_csp(context)


# The live server reads committed rows; serialized_rollback brings back the rows the
# migrations made (locales, content types) for the tests after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_page_editors_checks_panel_lists_our_findings(browser, live_server, page_with_problems):
    assert userbar_in_base_template(), (
        "base.html has no {% wagtailuserbar %}: the preview runs no checker, so "
        "the editor's checks panel stays empty"
    )
    context, csp = editor_context(browser, live_server)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/admin/pages/{page_with_problems.pk}/edit/")
        page.click('[data-side-panel-toggle="checks"]')
        page.wait_for_function(
            "() => document.querySelectorAll("
            "'[data-checks-panel] [data-content-checker-row]').length > 0",
            timeout=30_000,
        )
        names = page.evaluate(PANEL_ROWS_JS)
        # The editor and its preview frame under the admin's Content-Security-Policy.
        violations = csp.collect(page)
    finally:
        context.close()
    assert violations == []
    assert sorted(names) == sorted(
        [
            "Nichtssagender Linktext",
            "Internetadresse als Linktext",
            "Link ohne lesbaren Text",
            "Überschriftenebene übersprungen",
        ]
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_userbar_on_the_live_site_runs_under_the_editors_policy(
    browser, live_server, page_with_problems
):
    """An editor looking at the published page gets the userbar, whose checker runs
    our rules: the page's policy allows that ('unsafe-eval') and nothing inline."""
    context, csp = editor_context(browser, live_server)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.add_init_script(f"({CAPTURE_RESULTS_JS})()")
        response = page.goto(live_server.url + page_with_problems.url, wait_until="load")
        page.wait_for_function("() => window.__axeViolations !== undefined", timeout=30_000)
        found = findings(page.evaluate("() => window.__axeViolations"))
        header = response.headers["content-security-policy"]
        violations = csp.collect(page)
    finally:
        context.close()
    assert "script-src 'self' 'unsafe-eval'" in header
    assert "unsafe-inline" not in header
    assert violations == []
    assert not errors
    assert set(found) == {
        "vielfalt-link-text-vague",
        "vielfalt-link-text-url",
        "vielfalt-link-text-blank",
        "heading-order",
    }, found
