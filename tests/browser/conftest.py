"""The browser pass: Chromium, axe-core and the Nu HTML Checker against a live server.

Everything expensive lives for the whole session: one Chromium, one Nu HTML
Checker (``vnu``) running as a local HTTP service, and the axe-core source read
once. Each checked page gets a fresh browser context, so cookies, cache and
listeners never leak from one page to the next.

The checkers come from ``node_modules`` (``npm ci``, versions pinned in
``package.json``) and Chromium from Debian (``apt-get install chromium``).
Without them the browser tests are skipped, unless ``CI=true``: then a missing
piece fails the run, so a CI job cannot pass by checking nothing.
"""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
except ImportError:  # reported (skip, or failure with CI=true) by browser_prerequisites
    PlaywrightError = sync_playwright = None

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Nu HTML Checker message types that count as failures ("info" is a warning).
VNU_FAILING_TYPES = {"error", "non-document-error"}
TIMEOUT_MS = 15_000

SUMMARY_KEY = pytest.StashKey[list]()
# Every PageReport of the session (for the totals in the terminal summary).
REPORTS_KEY = pytest.StashKey[list]()
CHECKER_KEY = pytest.StashKey["PageChecker"]()
# The host of the checkers' self-test pages (served by the checker, never by the site).
SELFTEST_HOST = "selftest.invalid"


# Prerequisites -------------------------------------------------------------


def _in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing_prerequisites():
    """What the browser pass needs but this machine lacks, each with how to get it."""
    missing = []
    if find_spec("playwright") is None:
        missing.append("the Python package playwright (pip install -e '.[dev]')")
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    if shutil.which("java") is None:
        missing.append("java for the Nu HTML Checker (apt-get install openjdk-17-jre-headless)")
    for path in (AXE_JS, VNU_JAR):
        if not path.is_file():
            missing.append(f"{path.relative_to(ROOT)} (npm ci)")
    return missing


@pytest.fixture(scope="session")
def browser_prerequisites():
    """Skip the browser tests if a tool is missing; with CI=true, fail instead."""
    missing = missing_prerequisites()
    if missing:
        message = "browser pass needs " + "; ".join(missing)
        if _in_ci():
            pytest.fail(f"{message} (CI=true: not skipping)", pytrace=False)
        pytest.skip(message)


def _package_version(name):
    try:
        return json.loads((NODE_MODULES / name / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return "?"


# The Nu HTML Checker as a local service ------------------------------------


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class VnuService:
    """``vnu.jar`` started once as an HTTP service on 127.0.0.1.

    The checker refuses localhost URLs, so documents are POSTed as content. Java
    takes several seconds to start and to check its first document; a
    background thread does both while Chromium starts and the test database is
    set up, and :meth:`validate` only waits for it on first use.
    """

    def __init__(self, jar):
        self.port = _free_port()
        self.version = _package_version("vnu-jar")
        self._log_dir = Path(tempfile.mkdtemp(prefix="vielfalt-vnu-"))
        with open(self._log_dir / "vnu.log", "wb") as log:
            self._process = subprocess.Popen(
                [
                    "java",
                    "-Dnu.validator.servlet.bind-address=127.0.0.1",
                    "-cp",
                    str(jar),
                    "nu.validator.servlet.Main",
                    str(self.port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._startup_error = None
        self._startup = threading.Thread(target=self._warm_up, name="vnu-startup", daemon=True)
        self._startup.start()

    def _request(self, method, path, body=None, headers=None, timeout=60):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()

    def _log_tail(self):
        return (self._log_dir / "vnu.log").read_text(errors="replace")[-2000:]

    def _warm_up(self, timeout=120):
        """Wait until the checker answers, then check one document: its first check
        takes seconds (class loading, JIT), and this runs while the database is set up."""
        deadline = time.monotonic() + timeout
        try:
            while True:
                if self._process.poll() is not None:
                    raise RuntimeError(
                        f"the Nu HTML Checker exited with status {self._process.returncode}"
                    )
                try:
                    self._request("GET", "/", timeout=2)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(
                            f"the Nu HTML Checker did not answer within {timeout} s"
                        ) from None
                    time.sleep(0.2)
            self._post(b"<!DOCTYPE html><html lang=en><title>warm-up</title></html>")
        except Exception as error:  # reported by validate(), in the test that needs it
            self._startup_error = error

    def _post(self, html):
        status, body = self._request(
            "POST",
            "/?out=json",
            body=html,
            # The checker rejects requests without a User-Agent.
            headers={"Content-Type": "text/html; charset=utf-8", "User-Agent": "vielfalt-tests"},
        )
        if status != 200:
            raise RuntimeError(f"the Nu HTML Checker answered {status}: {body[:500]!r}")
        return json.loads(body)["messages"]

    def validate(self, html):
        """The checker's messages (dicts as in its JSON output) for a document's bytes."""
        self._startup.join()
        if self._startup_error is not None:
            raise RuntimeError(f"{self._startup_error}:\n{self._log_tail()}")
        return self._post(html)

    def stop(self):
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._log_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def vnu(browser_prerequisites):
    service = VnuService(VNU_JAR)
    yield service
    service.stop()


# Chromium ------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(browser_prerequisites):
    """One headless Debian Chromium for the session (never Playwright's own download)."""
    # Playwright's sync API keeps an asyncio event loop on the main thread, which
    # makes Django refuse ORM calls from tests ("async context"). The calls are in
    # fact synchronous, so allow them while the browser runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


# Content-Security-Policy violations ------------------------------------------

CSP_BINDING = "__vielfaltCspViolation"
# Runs in every frame before the page's own scripts (an init script, which no policy
# blocks). The listener on ``window`` in the capture phase sees every violation of the
# document: blocked scripts, styles, frames, images, eval, also in report-only mode.
CSP_LISTENER_JS = f"""(() => {{
    window.addEventListener('securitypolicyviolation', (event) => {{
        window.{CSP_BINDING}({{
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: event.sourceFile,
            line: event.lineNumber,
            sample: event.sample,
            disposition: event.disposition,
            page: document.location.href,
        }});
    }}, true);
}})()"""


class CspWatch:
    """Every Content-Security-Policy violation in a browser context, as text.

    Install it before the context's first page (:func:`watch_csp`). Violations arrive
    from the page asynchronously; :meth:`collect` makes one round trip first, so all
    of those the page has sent are in. With JavaScript switched off nothing is
    reported here (Chromium still logs the violation to the console).
    """

    def __init__(self, context):
        self.violations = []
        context.expose_binding(CSP_BINDING, self._record)
        context.add_init_script(CSP_LISTENER_JS)

    def _record(self, source, violation):
        where = violation.get("source") or violation.get("page") or ""
        if violation.get("line"):
            where += f":{violation['line']}"
        sample = f" [{violation['sample'][:80]}]" if violation.get("sample") else ""
        mode = " (report-only)" if violation.get("disposition") == "report" else ""
        self.violations.append(
            f"CSP violation{mode}: {violation.get('directive')} blocked "
            f"{violation.get('blocked') or 'inline'} on {violation.get('page')} "
            f"({where}){sample}"
        )

    def collect(self, page=None):
        if page is not None and not page.is_closed():
            with contextlib.suppress(PlaywrightError):
                page.evaluate("() => 0")
        return list(self.violations)


def watch_csp(context):
    return CspWatch(context)


def csp_header_problem(response):
    """A problem text if the document came without a policy (or with 'unsafe-inline'
    or 'unsafe-eval' for scripts outside the admin), else None."""
    header = response.headers.get("content-security-policy") or response.headers.get(
        "content-security-policy-report-only"
    )
    if not header:
        return "no Content-Security-Policy header on the document"
    if urlsplit(response.url).path.startswith("/admin/"):
        return None
    for directive in header.split(";"):
        name, *sources = directive.split()
        if name == "script-src" and {"'unsafe-inline'", "'unsafe-eval'"} & set(sources):
            return f"the public policy allows unsafe scripts: {directive.strip()}"
    return None


# Checking one page ---------------------------------------------------------

# Collected in the page after load; see PageChecker._check_structure.
STRUCTURE_JS = """() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: Array.from(document.querySelectorAll('h1'), (h) => h.textContent.trim()),
    mains: document.querySelectorAll('main').length,
})"""

# Run after one press of Tab: what got focus, and is it a working skip link?
FOCUS_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const href = el.tagName === 'A' ? el.getAttribute('href') : null;
    const id = href && href.length > 1 && href.startsWith('#') ? href.slice(1) : null;
    const rect = el.getBoundingClientRect();
    return {
        html: el.outerHTML.slice(0, 160),
        href: href,
        id: id,
        targetExists: id !== null && document.getElementById(decodeURIComponent(id)) !== null,
        visible: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0
            && rect.top < window.innerHeight && rect.left < window.innerWidth,
    };
}"""

AXE_RUN_JS = """async (tags) => {
    const result = await axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
    });
    // Every rule that ran is in exactly one of these lists.
    const ran = [result.passes, result.violations, result.incomplete, result.inapplicable]
        .flat().map((rule) => rule.id);
    return {
        ran: ran,
        violations: result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
        })),
    };
}"""
# The rules axe-core has for the tags, each with "deprecated" or "experimental" if so:
# axe leaves those out of a run by tag.
AXE_RULES_JS = """(tags) => Object.fromEntries(axe.getRules(tags).map((rule) => [
    rule.ruleId,
    rule.tags.find((tag) => tag === 'deprecated' || tag === 'experimental') || '',
]))"""


@dataclass
class PageReport:
    """What the checkers found on one page. ``problems`` holds every finding as text."""

    url: str
    lang: str | None
    problems: list = field(default_factory=list)
    axe_violations: int = 0
    html_errors: int = 0
    # Ids of the axe rules that ran, and of those that found violations.
    axe_rules: set = field(default_factory=set)
    axe_violated: list = field(default_factory=list)
    # Requests the page made (any host), and those to another host (all aborted).
    requests: int = 0
    foreign_requests: list = field(default_factory=list)
    # Cookie name → where it was seen ("Set-Cookie from /path", "in the browser").
    cookies: dict = field(default_factory=dict)
    cookie_problems: int = 0

    @property
    def path(self):
        parts = urlsplit(self.url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    @property
    def other_problems(self):
        return len(self.problems) - self.axe_violations - self.html_errors

    @property
    def is_selftest(self):
        return urlsplit(self.url).hostname == SELFTEST_HOST

    def __str__(self):
        lines = [f"{self.path} ({self.lang or 'no language'}):"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def _other_language(lang):
    """The browser asks for the other language, so a page must take it from its URL."""
    return "en-GB" if lang == "de" else "de-DE"


class PageChecker:
    """Loads one page in a fresh context and runs every check on it.

    Every request to a host other than the page's own is aborted and reported,
    and so is every cookie: one set by a response (``Set-Cookie``, recorded for
    every response) or found in the browser after the checks
    (``context.cookies()``), since anonymous visitors get no cookie they did
    not choose. ``canned`` maps URLs to HTML served instead of the network: for
    the self-test, which needs no server, and for the 500 page, which a working
    server does not show. Every report is also appended to ``reports`` (the
    session's, for the terminal summary).
    """

    def __init__(self, browser, axe_source, vnu, reports=None):
        self.browser = browser
        self.axe_source = axe_source
        self.vnu = vnu
        self.reports = reports if reports is not None else []
        self.axe_rules = None  # axe.getRules(AXE_TAGS) as {id: status}, read on the first page
        self.description = (
            f"axe-core {_package_version('axe-core')} ({', '.join(AXE_TAGS)}) and "
            f"Nu HTML Checker {vnu.version}"
        )

    def check(
        self,
        url,
        *,
        lang,
        status=200,
        full=True,
        skip_link=True,
        canned=None,
        canned_headers=None,
        allow_cookies=False,
    ):
        """Check the page at ``url``; with ``full=False`` only requests and cookies.

        ``lang`` is the expected ``<html lang>``, ``status`` the expected HTTP status
        (also the status of a ``canned`` document, served with ``canned_headers``).
        ``skip_link=False`` for a page without blocks to skip (the bare 500 page).
        ``allow_cookies=True`` records cookies without reporting them (pages for
        editors: the admin login). Every page is watched for Content-Security-Policy
        violations, and a document the server sent must carry a policy.
        """
        report = PageReport(url=url, lang=lang)
        self.reports.append(report)
        own_host = urlsplit(url).netloc
        canned = canned or {}
        known_failures = set()  # URLs already reported, so their console echo is dropped
        console_errors = []

        context = self.browser.new_context(
            locale=_other_language(lang),
            viewport={"width": 1280, "height": 900},
            service_workers="block",
        )
        context.set_default_timeout(TIMEOUT_MS)

        def guard(route):
            request = route.request
            parts = urlsplit(request.url)
            report.requests += 1
            if request.url in canned:
                route.fulfill(
                    status=status,
                    body=canned[request.url],
                    content_type="text/html; charset=utf-8",
                    headers=canned_headers or {},
                )
            elif parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc != own_host:
                known_failures.add(request.url)
                report.foreign_requests.append(request.url)
                report.problems.append(
                    f"request to another host: {request.url} ({request.resource_type})"
                )
                route.abort("blockedbyclient")
            elif parts.netloc == own_host and _is_media(parts.path):
                _serve_media(route, parts.path)
            else:
                route.continue_()

        def on_response(response):
            request = response.request
            # Not in ``response.headers``, which leaves out cookie headers.
            for line in (response.header_value("set-cookie") or "").splitlines():
                name = line.split("=", 1)[0].strip()
                if name:
                    where = f"Set-Cookie from {_path(response.url, own_host)}"
                    report.cookies.setdefault(name, []).append(where)
            if request.is_navigation_request() and request.frame.parent_frame is None:
                return  # the document itself: checked against ``status`` below
            if response.status >= 400:
                known_failures.add(response.url)
                report.problems.append(
                    f"{request.method} {_path(response.url, own_host)} answered {response.status}"
                )

        def on_request_failed(request):
            if request.url not in known_failures:
                known_failures.add(request.url)
                report.problems.append(
                    f"request failed: {_path(request.url, own_host)} ({request.failure})"
                )

        def on_websocket(websocket):
            if urlsplit(websocket.url).netloc != own_host:
                report.problems.append(f"WebSocket to another host: {websocket.url}")

        context.route("**/*", guard)
        csp = watch_csp(context)
        page = context.new_page()
        page.on("response", on_response)
        page.on("requestfailed", on_request_failed)
        page.on("websocket", on_websocket)
        page.on("console", lambda message: console_errors.append(message))
        page.on("pageerror", lambda error: report.problems.append(f"JavaScript error: {error}"))

        try:
            response = page.goto(url, wait_until="load")
            if response is None or response.status != status:
                got = response.status if response else "no response"
                report.problems.append(f"expected HTTP status {status}, got {got}")
            if response is not None and response.status == status and status >= 400:
                known_failures.add(response.url)  # Chromium logs an expected 404 as an error
            if response is not None and url not in canned:
                problem = csp_header_problem(response)
                if problem:
                    report.problems.append(problem)
            if full and response is not None:
                self._check_structure(page, report, skip_link=skip_link)
                self._check_axe(page, report)
                self._check_html(response, report)
            for cookie in context.cookies():
                report.cookies.setdefault(cookie["name"], []).append(
                    f"in the browser for {cookie['domain']}{cookie['path']}"
                )
        except PlaywrightError as error:  # e.g. a redirect to another host: report, go on
            report.problems.append(f"browser error: {error.message.splitlines()[0]}")
        finally:
            report.problems.extend(csp.collect(page))
            context.close()

        if not allow_cookies:
            for name, places in sorted(report.cookies.items()):
                report.cookie_problems += 1
                report.problems.append(
                    f"cookie {name!r} for an anonymous visitor ({'; '.join(dict.fromkeys(places))})"
                )

        if full:
            for message in console_errors:
                if message.type != "error":
                    continue
                location = message.location.get("url", "")
                if message.text.startswith("Failed to load resource") and (
                    location in known_failures
                ):
                    continue
                if "Content Security Policy" in message.text:
                    continue  # reported with its details by the CSP watch above
                line = message.location.get("lineNumber", 0) + 1
                where = f" ({_path(location, own_host)}:{line})" if location else ""
                report.problems.append(f"console error: {message.text}{where}")
        return report

    def _check_structure(self, page, report, skip_link=True):
        facts = page.evaluate(STRUCTURE_JS)
        if facts["lang"] != report.lang:
            report.problems.append(f'<html lang="{facts["lang"]}">, expected "{report.lang}"')
        if len(facts["h1"]) != 1:
            report.problems.append(f"{len(facts['h1'])} <h1> elements {facts['h1']}, expected 1")
        if facts["mains"] != 1:
            report.problems.append(f"{facts['mains']} <main> elements, expected 1")

        if not skip_link:
            return
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_JS)
        if focused is None:
            report.problems.append("nothing takes focus on the first Tab: no skip link")
        elif focused["id"] is None:
            report.problems.append(
                f"the first focusable element is not a skip link to #id: {focused['html']}"
            )
        else:
            if not focused["targetExists"]:
                report.problems.append(f"the skip link's target {focused['href']} does not exist")
            if not focused["visible"]:
                report.problems.append("the skip link stays invisible when focused")

    def _check_axe(self, page, report):
        page.evaluate(self.axe_source)  # evaluated by the browser, so a CSP cannot block it
        if self.axe_rules is None:
            self.axe_rules = page.evaluate(AXE_RULES_JS, AXE_TAGS)
        result = page.evaluate(AXE_RUN_JS, AXE_TAGS)
        report.axe_rules.update(result["ran"])
        for violation in result["violations"]:
            report.axe_violations += 1
            report.axe_violated.append(violation["id"])
            targets = ", ".join(violation["targets"][:5])
            more = len(violation["targets"]) - 5
            report.problems.append(
                f"axe {violation['id']} [{violation['impact']}]: {violation['help']} – "
                f"{targets}{f' (+{more} more)' if more > 0 else ''}"
            )

    def _check_html(self, response, report):
        """Validate the document as the server sent it (line numbers refer to that source)."""
        content_type = response.headers.get("content-type", "")
        if not content_type.startswith("text/html"):
            report.problems.append(f"served as {content_type!r}, not text/html")
            return
        for message in self.vnu.validate(response.body()):
            if message.get("type") not in VNU_FAILING_TYPES:
                continue
            report.html_errors += 1
            line = message.get("lastLine", message.get("firstLine", "?"))
            column = message.get("firstColumn", message.get("lastColumn", "?"))
            extract = message.get("extract", "").strip().replace("\n", " ")
            report.problems.append(
                f"HTML line {line}, column {column}: {message['message']}"
                + (f" [{extract}]" if extract else "")
            )


def _path(url, own_host):
    """A URL without scheme and host when it is the page's own host (shorter reports)."""
    parts = urlsplit(url)
    if parts.netloc != own_host:
        return url
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _is_media(path):
    media_url = settings.MEDIA_URL
    return media_url.startswith("/") and media_url != "/" and path.startswith(media_url)


def _serve_media(route, path):
    """Uploaded files, as the web server in front of Django serves them in production.

    The test server only serves static files (and Django serves media only with
    DEBUG on), so images of the demo content would otherwise answer 404.
    """
    root = Path(settings.MEDIA_ROOT).resolve()
    file = (root / unquote(path[len(settings.MEDIA_URL) :])).resolve()
    if file.is_relative_to(root) and file.is_file():
        route.fulfill(path=file)
    else:
        route.fulfill(status=404, body="not found", content_type="text/plain")


@pytest.fixture(scope="session")
def page_checker(browser, vnu, request):
    reports = request.config.stash.setdefault(REPORTS_KEY, [])
    checker = PageChecker(browser, AXE_JS.read_text(encoding="utf-8"), vnu, reports)
    request.config.stash[CHECKER_KEY] = checker
    return checker


# The site with its demo content -------------------------------------------


def _public_pages():
    """Every live, public, routable page (any language) as ``(path, language code)``,
    German first; and the titles of pages that have no URL (not under any site)."""
    from wagtail.models import Page

    pages, unroutable = [], []
    queryset = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    for page in queryset.specific():
        parts = page.get_url_parts()
        if parts is None:
            unroutable.append(page.title)
        else:
            pages.append((parts[2], page.locale.language_code))
    pages.sort(key=lambda item: (item[1] != settings.LANGUAGE_CODE, item[1], item[0]))
    return pages, unroutable


DEMO_SNAPSHOT_KEY = pytest.StashKey[sqlite3.Connection]()


@pytest.fixture(scope="session")
def demo_media_root(tmp_path_factory):
    """One MEDIA_ROOT for the demo content of the whole session (its PDFs and images)."""
    return tmp_path_factory.mktemp("demo-media")


def _in_memory_sqlite():
    from django.db import connection

    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def _snapshot_database():
    """A copy of the whole test database (SQLite's backup API: milliseconds)."""
    from django.db import connection

    connection.ensure_connection()
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(copy)
    return copy


def _restore_database(snapshot):
    from django.db import connection

    connection.ensure_connection()
    snapshot.backup(connection.connection)


@pytest.fixture
def demo_pages(transactional_db, settings, demo_media_root, request):
    """Loads the demo content into the database the live server reads; returns
    the pages to check as ``(path, language code)``.

    The demo content makes the German home page the root of the default Site
    (``is_default_site=True``), so it answers on the live server's random port.

    Loading it takes half a minute, so the first test that needs it loads it and
    keeps a copy of the database (the browser pass runs on in-memory SQLite), and
    every later test gets that copy back in milliseconds, with the same files
    (one MEDIA_ROOT for the session). Each test still starts from the demo content
    as loaded: the transactional test case empties the database after it.
    """
    from wagtail.models import Site

    settings.MEDIA_ROOT = demo_media_root
    snapshot = request.config.stash.get(DEMO_SNAPSHOT_KEY, None)
    if snapshot is not None:
        _restore_database(snapshot)
    else:
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        if _in_memory_sqlite():
            request.config.stash[DEMO_SNAPSHOT_KEY] = _snapshot_database()

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not site.root_page.live:
        pytest.fail("the demo content left no default Site with a live root page", pytrace=False)
    pages, unroutable = _public_pages()
    if unroutable:
        pytest.fail(f"live public pages without a URL: {unroutable}", pytrace=False)
    missing = sorted({code for code, _name in settings.LANGUAGES} - {code for _, code in pages})
    if missing:
        pytest.fail(f"the demo content has no public page in {missing}", pytrace=False)
    return pages


# Summary -------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_summary(request):
    """Lines for the terminal summary (shown by ``make test`` even without ``-s``)."""
    return request.config.stash.setdefault(SUMMARY_KEY, [])


def _idle_rule(checker, rule):
    status = checker.axe_rules[rule]
    return f"{rule} ({status})" if status else rule


def session_totals(checker, reports):
    """What every page check of the session found, for the closing note of a run:
    pages per language, the axe rules that ran, violations, requests and cookies."""
    reports = [report for report in reports if not report.is_selftest]
    if not reports:
        return []
    languages = Counter(report.lang or "none" for report in reports)
    addresses = {report.path for report in reports}
    ran = set().union(*(report.axe_rules for report in reports))
    violated = Counter(rule for report in reports for rule in report.axe_violated)
    foreign = sum(len(report.foreign_requests) for report in reports)
    cookies = Counter(name for report in reports for name in report.cookies)
    allowed = sum(
        len(report.cookies) for report in reports if report.cookies and not report.cookie_problems
    )
    per_language = ", ".join(f"{code}: {count}" for code, count in sorted(languages.items()))
    lines = [
        f"all page checks: {len(reports)} page loads ({per_language}) of {len(addresses)} "
        f"addresses, with {checker.description if checker else 'the checkers'}",
    ]
    if checker is not None and checker.axe_rules is not None and ran:
        idle = ", ".join(_idle_rule(checker, rule) for rule in sorted(set(checker.axe_rules) - ran))
        lines.append(
            f"axe rules: {len(ran)} ran of the {len(checker.axe_rules)} that axe.getRules() has "
            f"for {', '.join(AXE_TAGS)}"
            + (f" (not run: {idle})" if idle else "")
            + f": {', '.join(sorted(ran))}"
        )
    lines.append(
        "axe violations: "
        + (
            ", ".join(f"{rule} ×{count}" for rule, count in sorted(violated.items()))
            if violated
            else "none"
        )
        + f"; HTML errors: {sum(report.html_errors for report in reports)}"
        + f"; other problems: {sum(report.other_problems for report in reports)}"
    )
    lines.append(
        f"requests: {sum(report.requests for report in reports)}, to other hosts: {foreign}; "
        "cookies: "
        + (
            ", ".join(f"{name} on {count} page(s)" for name, count in sorted(cookies.items()))
            if cookies
            else "none"
        )
        + (f" ({allowed} on pages for editors, allowed)" if allowed else "")
    )
    return lines


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = list(config.stash.get(SUMMARY_KEY, []))
    lines += session_totals(config.stash.get(CHECKER_KEY, None), config.stash.get(REPORTS_KEY, []))
    if lines:
        terminalreporter.section("browser pass")
        for line in lines:
            terminalreporter.write_line(line)
