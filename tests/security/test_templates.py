"""The site's own templates and scripts need nothing a strict policy would block."""

import re
from pathlib import Path

from django.conf import settings

from tests.security.markup import csp_problems

TEMPLATES = Path(settings.BASE_DIR) / "site" / "templates"
SCRIPTS = Path(settings.BASE_DIR) / "site" / "static" / "js"
# Template syntax replaced by something neutral, so the HTML parser sees plain markup.
TEMPLATE_SYNTAX = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.DOTALL)


def html_templates():
    """Templates of public pages: not e-mails, and not admin views (under the admin's
    policy, which allows Wagtail's inline scripts)."""
    return sorted(
        path
        for path in TEMPLATES.rglob("*.html")
        if "email" not in path.parts and "admin" not in path.parts
    )


def test_there_are_templates_to_check():
    assert len(html_templates()) > 80


def test_no_inline_script_style_or_event_handler_in_any_template():
    problems = {}
    for path in html_templates():
        found = csp_problems(TEMPLATE_SYNTAX.sub("x", path.read_text(encoding="utf-8")))
        if found:
            problems[str(path.relative_to(TEMPLATES))] = found
    assert problems == {}


def test_the_checker_finds_what_it_should():
    html = """<p style="color:red" onclick="x()">a</p><style>p{}</style>
    <script>alert(1)</script><script type="application/ld+json">{"@type": "Thing"}</script>
    <a href="javascript:void(0)">b</a><script src="https://cdn.example.org/x.js"></script>
    <iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>
    <iframe src="https://maps.example.org/"></iframe><img src="/media/a.png">"""
    problems = csp_problems(html, frame_hosts=["https://www.youtube-nocookie.com"])
    assert len(problems) == 7, problems
    assert not any("ld+json" in problem or "youtube" in problem for problem in problems)


def test_scripts_neither_eval_nor_write_inline_styles_or_handlers():
    """``eval``/``new Function`` need 'unsafe-eval'; markup with style or on…= attributes
    written by a script is blocked like the same markup in a template."""
    pattern = re.compile(
        r"\beval\(|new Function\(|setAttribute\(\s*['\"](style|on\w+)['\"]|innerHTML|"
        r"insertAdjacentHTML|document\.write|setTimeout\(\s*['\"]"
    )
    offending = {
        path.name: pattern.findall(path.read_text(encoding="utf-8"))
        for path in sorted(SCRIPTS.glob("*.js"))
    }
    assert offending and all(not found for found in offending.values()), offending
