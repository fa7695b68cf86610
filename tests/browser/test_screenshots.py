"""Screenshots of the main page types at 375 and 1280 px, and reflow at 375 px.

Written to ``tests/browser/artifacts/<name>-<width>.png`` (ignored by git) for a
person to look at: home, a project, the library, search results, the Diversometer's
start and result pages and the accessibility statement. At 375 px (a phone, and
1280 px at 340 % zoom) nothing may need horizontal scrolling: WCAG 1.4.10 Reflow.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.test import Client

from tests.browser.conftest import TIMEOUT_MS, _is_media, _serve_media
from tests.diversometer.helpers import complete_steps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WIDTHS = (375, 1280)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Elements that stick out to the right of the viewport (the innermost ones).
OVERFLOW_JS = """(width) => {
    const wide = Array.from(document.querySelectorAll('body *')).filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.right > width + 1 && rect.width > 0;
    });
    return wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
        .slice(0, 8)
        .map((el) => `${el.outerHTML.slice(0, 100)} (right edge at ${
            Math.round(el.getBoundingClientRect().right)} px)`);
}"""


def pages_to_shoot():
    """``(name, path)`` of one page of each kind in the demo content (German)."""
    from diversometer.models import DiversometerPage
    from projects.models import ProjectPage
    from publications.models import PublicationIndexPage

    def german(model):
        return model.objects.live().filter(locale__language_code="de").order_by("path").first()

    diversometer = german(DiversometerPage)
    questions = len(diversometer.questionnaire.questions)
    finished = complete_steps(Client(), diversometer, {n: [1] for n in range(1, questions + 1)})
    assert finished.status_code == 303, "the demo Diversometer did not reach its result"
    result = urlsplit(finished["Location"])
    shots = [
        ("home", "/"),
        ("project", german(ProjectPage).url),
        ("library", german(PublicationIndexPage).url),
        ("search", "/suche/?q=Wegeleitsystem"),
        ("diversometer", diversometer.url),
        ("diversometer-result", f"{result.path}?{result.query}"),
    ]
    if apps.is_installed("accessibility"):
        statement = german(apps.get_model("accessibility", "AccessibilityStatementPage"))
        if statement is not None:
            shots.append(("accessibility-statement", statement.url))
    return shots


def test_screenshots_at_375_and_1280_px_and_no_horizontal_scrolling(
    browser, live_server, demo_pages, browser_summary
):
    ARTIFACTS.mkdir(exist_ok=True)
    shots = pages_to_shoot()
    own_host = urlsplit(live_server.url).netloc
    overflowing, written = [], []

    def guard(route):
        parts = urlsplit(route.request.url)
        if parts.netloc != own_host:
            route.abort("blockedbyclient")
        elif _is_media(parts.path):
            _serve_media(route, parts.path)
        else:
            route.continue_()

    for width in WIDTHS:
        context = browser.new_context(
            viewport={"width": width, "height": 800}, locale="de-DE", service_workers="block"
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", guard)
        page = context.new_page()
        try:
            for name, path in shots:
                response = page.goto(live_server.url + path, wait_until="networkidle")
                assert response.status == 200, f"{path} answered {response.status}"
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    offenders = "".join(f"\n    {o}" for o in page.evaluate(OVERFLOW_JS, width))
                    overflowing.append(f"{path} at {width} px: {scroll_width} px wide{offenders}")
                target = ARTIFACTS / f"{name}-{width}.png"
                target.unlink(missing_ok=True)
                page.screenshot(path=target, full_page=True)
                written.append(target)
        finally:
            context.close()

    for target in written:
        data = target.read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 1000, f"{target} is not a PNG"
    assert overflowing == [], "horizontal scrolling (WCAG 1.4.10 Reflow):\n" + "\n".join(
        overflowing
    )
    browser_summary.append(
        f"browser pass: {len(written)} screenshots in {ARTIFACTS.relative_to(Path.cwd())}/ "
        f"({', '.join(name for name, _path in shots)} at {' and '.join(map(str, WIDTHS))} px); "
        "no horizontal scrolling at 375 px"
    )
