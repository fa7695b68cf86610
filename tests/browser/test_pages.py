"""Every public page, in every language, through axe-core, the Nu HTML Checker and Chromium.

The pages come from the database at test time (the demo content), so a new page
type is checked as soon as the demo content has a page of it. All problems of
all pages are collected first and reported together in one failure message.
See tests/browser/README.md.
"""

import time
from collections import Counter
from urllib.parse import urlsplit

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

pytestmark = pytest.mark.browser

# A page that breaks every rule the pass enforces. Served by the checker itself,
# at a host that does not exist, so the self-test needs neither server nor database.
BROKEN_URL = "http://selftest.invalid/broken/"
BROKEN_HTML = """<!DOCTYPE html>
<html lang="en">
<head><title>Broken</title></head>
<body>
<p id="twice">Duplicate id, no skip link, no main, two headings.</p>
<p id="twice"><a href="/elsewhere/">A link first in the tab order</a></p>
<h1>One</h1><h1>Two</h1>
<img src="/picture.png">
<img src="https://third-party.example/tracker.gif" alt="">
<script>document.cookie = "tracker=1; path=/";</script>
<script>console.error("deliberate console error"); notDefinedAnywhere();</script>
</body>
</html>
"""

CLEAN_URL = "http://selftest.invalid/clean/"
CLEAN_HTML = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Sauber</title></head>
<body>
<a href="#main-content">Zum Inhalt springen</a>
<main id="main-content" tabindex="-1">
<h1>Eine saubere Seite</h1>
<p>Sie erfüllt alle Regeln des Browser-Tests.</p>
</main>
</body>
</html>
"""

# The clean page with what the public Content-Security-Policy blocks.
CSP_URL = "http://selftest.invalid/csp/"
CSP_HTML = CLEAN_HTML.replace("<p>Sie erfüllt", '<p style="color: #600">Sie erfüllt').replace(
    "</main>", "</main><script>document.title = 'Eingeschleust';</script>"
)


def public_policy():
    from home import security

    return security.header_value(security.public_policy())


NOT_FOUND_PAGES = [("/gibt-es-nicht/", "de"), ("/en/does-not-exist/", "en")]
# Pages that are views, not Wagtail pages: the search with a hit inside a demo PDF,
# an empty search, and a search without results.
VIEW_PAGES = [
    ("/suche/?q=Wegeleitsystem", "de"),
    ("/en/search/?q=Wegeleitsystem", "en"),
    ("/suche/?q=", "de"),
    ("/en/search/?q=Quantenchromodynamik", "en"),
    ("/publikationen/?typ=handreichung&sortierung=titel", "de"),
    ("/en/publications/?jahr=2099", "en"),
]
# The 500 page as Django's handler renders it, served at these (otherwise unused) paths.
SERVER_ERROR_PAGES = [("/browser-pass/500/", "de"), ("/en/browser-pass/500/", "en")]


def _server_error_html(lang):
    """500.html exactly as ``handler500`` renders it, in the request's language."""
    with translation.override(lang):
        return server_error(RequestFactory().get("/")).content.decode()


def test_checkers_catch_a_broken_page(page_checker):
    """The pass cannot silently check nothing: each checker reports the broken page."""
    report = page_checker.check(BROKEN_URL, lang="de", canned={BROKEN_URL: BROKEN_HTML})
    text = "\n".join(report.problems)

    assert report.axe_violations >= 1, text
    assert "axe image-alt [critical]" in text
    assert report.html_errors >= 2, text
    assert "Duplicate ID “twice”" in text
    assert "must have an “alt” attribute" in text
    assert "request to another host: https://third-party.example/tracker.gif" in text
    assert "console error: deliberate console error" in text
    assert "JavaScript error: notDefinedAnywhere is not defined" in text
    assert 'lang="en">, expected "de"' in text
    assert "2 <h1> elements" in text
    assert "0 <main> elements" in text
    assert "not a skip link" in text
    assert "request failed: /picture.png" in text
    assert "cookie 'tracker' for an anonymous visitor (in the browser for selftest" in text
    assert report.cookie_problems == 1


def test_checkers_catch_a_broken_skip_link(page_checker):
    """A skip link that stays off-screen when focused and points nowhere is reported."""
    html = CLEAN_HTML.replace(
        '<a href="#main-content">',
        '<a href="#nowhere" style="position: absolute; left: -9999px">',
    )
    report = page_checker.check(CLEAN_URL, lang="de", canned={CLEAN_URL: html})
    assert report.problems == [
        "the skip link's target #nowhere does not exist",
        "the skip link stays invisible when focused",
    ]


def test_checkers_accept_a_clean_page(page_checker):
    """...and report nothing on a page that follows every rule (no false alarms)."""
    report = page_checker.check(CLEAN_URL, lang="de", canned={CLEAN_URL: CLEAN_HTML})
    assert report.problems == []


@pytest.mark.parametrize(
    ("header", "mode"),
    [("Content-Security-Policy", ""), ("Content-Security-Policy-Report-Only", " (report-only)")],
)
def test_checkers_catch_content_security_policy_violations(page_checker, header, mode):
    """Inline script and style under the public policy, enforced and report-only."""
    report = page_checker.check(
        CSP_URL, lang="de", canned={CSP_URL: CSP_HTML}, canned_headers={header: public_policy()}
    )
    text = "\n".join(report.problems)
    assert f"CSP violation{mode}: script-src-elem blocked inline on {CSP_URL}" in text
    assert f"CSP violation{mode}: style-src-attr blocked inline on {CSP_URL}" in text
    # Reported once each, not again as console errors.
    assert "console error" not in text
    # The same page without a policy runs its script: nothing to report.
    report = page_checker.check(CSP_URL, lang="de", canned={CSP_URL: CSP_HTML})
    assert not any("CSP" in problem for problem in report.problems)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_public_pages_have_no_accessibility_or_html_problems(
    page_checker, demo_pages, live_server, browser_summary
):
    """Every live, public page in German and English, plus the 404 and 500 pages in both."""
    started = time.monotonic()
    reports = [page_checker.check(live_server.url + path, lang=lang) for path, lang in demo_pages]
    reports += [page_checker.check(live_server.url + path, lang=lang) for path, lang in VIEW_PAGES]
    reports += [
        page_checker.check(live_server.url + path, lang=lang, status=404)
        for path, lang in NOT_FOUND_PAGES
    ]
    reports += [
        page_checker.check(
            live_server.url + path,
            lang=lang,
            status=500,
            skip_link=False,  # a bare page with nothing to skip
            canned={live_server.url + path: _server_error_html(lang)},
            # As the middleware sends it with every response, 500 included.
            canned_headers={"Content-Security-Policy": public_policy()},
        )
        for path, lang in SERVER_ERROR_PAGES
    ]

    languages = Counter(report.lang for report in reports)
    axe = sum(report.axe_violations for report in reports)
    html = sum(report.html_errors for report in reports)
    other = sum(report.other_problems for report in reports)
    requests = sum(report.requests for report in reports)
    foreign = sum(len(report.foreign_requests) for report in reports)
    cookies = sum(len(report.cookies) for report in reports)
    per_language = ", ".join(f"{code}: {count}" for code, count in sorted(languages.items()))
    browser_summary.append(
        f"browser pass: checked {len(reports)} pages ({per_language}; of them "
        f"{len(VIEW_PAGES)} search and library pages, {len(NOT_FOUND_PAGES)} not-found and "
        f"{len(SERVER_ERROR_PAGES)} server-error pages) "
        f"with {page_checker.description}: "
        f"{axe} axe violations, {html} HTML errors, {other} other problems; "
        f"{requests} requests, {foreign} to other hosts, {cookies} cookies "
        f"in {time.monotonic() - started:.1f} s"
    )

    failed = [report for report in reports if report.problems]
    if failed:
        pytest.fail(
            f"{sum(len(r.problems) for r in failed)} problem(s) on {len(failed)} of "
            f"{len(reports)} pages ({axe} axe violations, {html} HTML errors, "
            f"{other} other):\n\n" + "\n\n".join(str(report) for report in failed),
            pytrace=False,
        )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_admin_login_loads_nothing_from_other_hosts(page_checker, live_server, browser_summary):
    """Wagtail's admin markup is not ours to lint, but it must not call third parties
    (nor break the admin's Content-Security-Policy).

    It may set cookies: the login form is for editors and keeps Django's CSRF cookie.
    That cookie also shows that the checker sees a cookie the server sets, both in the
    response and in the browser (the self-test above only has one set by a script).
    """
    report = page_checker.check(
        live_server.url + "/admin/login/", lang=None, full=False, allow_cookies=True
    )
    assert report.cookies.get("csrftoken") == [
        "Set-Cookie from /admin/login/",
        f"in the browser for {urlsplit(live_server.url).hostname}/",
    ], report.cookies
    if not report.problems:
        browser_summary.append(
            "browser pass: /admin/login/ requested nothing from other hosts (cookies for "
            f"editors: {', '.join(sorted(report.cookies)) or 'none'})"
        )
    assert report.problems == [], "\n".join(report.problems)
