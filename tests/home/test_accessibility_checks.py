"""The accessibility checker's configuration as Wagtail renders it for an editor.

These tests read the JSON Wagtail puts into the page (``<script
id="checker-axe-configuration">``): in the userbar and in the page editor's checks
panel. Whether the rules find what they should is the browser's part
(``tests/browser/test_editor_checks.py``).
"""

import json
import re
from html import unescape

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils.functional import Promise
from wagtail.admin.userbar import (
    AccessibilityItem,
    AdminItem,
    ContentCheckerItem,
    Userbar,
    apply_userbar_hooks,
)

from home.accessibility_checks import (
    LINK_TEXT_RULE_IDS,
    VAGUE_LINK_TEXTS,
    VielfaltContentCheckerItem,
    use_site_content_checker,
)

CONFIG_SCRIPT = re.compile(
    r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', re.S
)


def axe_configurations(html):
    """Every checker configuration in a rendered document, parsed."""
    return [json.loads(unescape(match)) for match in CONFIG_SCRIPT.findall(html)]


@pytest.fixture
def editor_request(admin_user):
    request = RequestFactory().get("/")
    request.user = admin_user
    return request


def render_userbar(request, page=None):
    template = Template("{% load wagtailuserbar %}{% wagtailuserbar %}")
    return template.render(Context({"request": request, "page": page}))


# The configuration itself -------------------------------------------------


def test_the_checker_covers_wagtails_rules_and_ours():
    run_only = VielfaltContentCheckerItem.axe_run_only
    assert set(ContentCheckerItem.axe_run_only) <= set(run_only)
    assert {"image-alt", "input-image-alt", *LINK_TEXT_RULE_IDS} <= set(run_only)
    assert len(run_only) == len(set(run_only))


def test_every_rule_has_a_custom_rule_or_is_axes_own_and_a_german_message():
    item = VielfaltContentCheckerItem()
    custom_rules = {rule["id"]: rule for rule in item.axe_custom_rules}
    custom_checks = {check["id"]: check for check in item.axe_custom_checks}
    for rule_id in LINK_TEXT_RULE_IDS:
        rule = custom_rules[rule_id]
        assert rule["enabled"] is True
        assert rule["selector"] == "a[href]"
        for check_id in rule["any"]:
            evaluate = custom_checks[check_id]["evaluate"]
            # axe-core compiles a string that starts with "function" into the function.
            assert re.match(r"^\s*function[\s\w]*\(", evaluate)
    # Wagtail's own custom rule stays (its check function comes from Wagtail's JS).
    assert "alt-text-quality" in custom_rules
    assert "check-image-alt-text" in custom_checks
    assert set(item.axe_messages) == set(item.axe_run_only)
    for messages in item.axe_messages.values():
        assert str(messages["error_name"]) and str(messages["help_text"])


def test_the_vague_phrases_are_normalised_as_the_check_compares_them():
    # Lower case, words separated by single spaces: punctuation counts as a space.
    assert all(re.fullmatch(r"[a-zäöüß]+( [a-zäöüß]+)*", phrase) for phrase in VAGUE_LINK_TEXTS)
    assert len(set(VAGUE_LINK_TEXTS)) == len(VAGUE_LINK_TEXTS)
    assert {"hier klicken", "klicken sie hier", "mehr", "weiterlesen", "click here"} <= set(
        VAGUE_LINK_TEXTS
    )


def test_the_check_runs_on_the_main_content_without_the_userbar(editor_request):
    context = VielfaltContentCheckerItem().get_axe_configuration(editor_request)["context"]
    assert context["include"] == ["main"]
    assert {"fromShadowDom": ["wagtail-userbar", "wagtail-inline-userbar"]} in context["exclude"]


# The hook -----------------------------------------------------------------


def test_the_hook_replaces_wagtails_checker_in_place(editor_request):
    admin_item = AdminItem()
    items = [admin_item, ContentCheckerItem()]
    use_site_content_checker(editor_request, items, None)
    assert items[0] is admin_item
    assert type(items[1]) is VielfaltContentCheckerItem
    assert len(items) == 2


def test_the_hook_keeps_the_editor_flag_and_never_duplicates(editor_request):
    items = [AccessibilityItem(in_editor=True), ContentCheckerItem()]
    use_site_content_checker(editor_request, items, None)
    assert len(items) == 1
    assert type(items[0]) is VielfaltContentCheckerItem
    assert items[0].in_editor is True

    ours = items[0]
    use_site_content_checker(editor_request, items, None)
    assert items == [ours]


def test_the_hook_is_registered(editor_request):
    items = [AdminItem(), AccessibilityItem()]
    apply_userbar_hooks(editor_request, items, None)
    checkers = [item for item in items if isinstance(item, ContentCheckerItem)]
    assert [type(item) for item in checkers] == [VielfaltContentCheckerItem]


# As Wagtail renders it -----------------------------------------------------


def assert_is_ours(config):
    rule_ids = {rule["id"] for rule in config["spec"]["rules"]}
    check_ids = {check["id"] for check in config["spec"]["checks"]}
    assert set(LINK_TEXT_RULE_IDS) <= rule_ids
    assert {
        "vielfalt-check-link-text-vague",
        "vielfalt-check-link-text-blank",
        "vielfalt-check-link-text-url",
    } <= check_ids
    assert set(LINK_TEXT_RULE_IDS) <= set(config["options"]["runOnly"])
    assert config["context"]["include"] == ["main"]
    assert config["messages"]["vielfalt-link-text-vague"]["error_name"] == (
        "Nichtssagender Linktext"
    )
    assert config["messages"]["link-name"]["error_name"] == "Link ohne Text"
    assert config["messages"]["heading-order"]["error_name"] == "Überschriftenebene übersprungen"
    vague = next(c for c in config["spec"]["checks"] if c["id"] == "vielfalt-check-link-text-vague")
    assert "hier klicken" in vague["options"]["phrases"]
    assert vague["evaluate"].startswith("function (node, options, virtualNode)")


def test_the_userbar_on_a_page_carries_our_configuration_once(editor_request, home_page):
    html = render_userbar(editor_request, home_page)
    configs = axe_configurations(html)
    assert len(configs) == 1
    assert_is_ours(configs[0])


def test_the_userbar_in_the_preview_panel_carries_our_configuration(editor_request):
    editor_request.in_preview_panel = True
    html = Userbar(object=None).render_html({"request": editor_request})
    configs = axe_configurations(html)
    assert len(configs) == 1
    assert_is_ours(configs[0])


def test_the_page_editors_checks_panel_carries_our_configuration(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-side-panel="checks"' in html
    configs = axe_configurations(html)
    assert len(configs) == 1
    assert_is_ours(configs[0])


def test_the_messages_are_translated_when_rendered_not_at_import():
    """Lazy strings: the userbar renders them in the editor's admin language."""
    for messages in VielfaltContentCheckerItem.axe_messages.values():
        assert isinstance(messages["error_name"], Promise)
        assert isinstance(messages["help_text"], Promise)
