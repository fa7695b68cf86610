"""The blocks of the accessibility app: full Meta, previews that render, in the admin too."""

import pytest
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation

from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage

BLOCKS = {
    "non_accessible_content_block": AccessibilityStatementPage._meta.get_field(
        "non_accessible"
    ).stream_block.child_blocks["item"],
    "image_text_block": EasyLanguagePage._meta.get_field("body").stream_block.child_blocks[
        "image_text"
    ],
    "sign_language_video_block": SignLanguagePage._meta.get_field(
        "videos"
    ).stream_block.child_blocks["video"],
}


@pytest.mark.parametrize("name", BLOCKS)
def test_block_has_full_meta(name):
    block = BLOCKS[name]
    for option in ("icon", "template", "label", "preview_value", "description"):
        assert getattr(block.meta, option, None), f"{name} lacks Meta.{option}"
    assert block.meta.template == f"blocks/{name}.html"
    get_template(block.meta.template)


@pytest.mark.django_db
@pytest.mark.parametrize("name", BLOCKS)
def test_block_renders_its_preview_value(name, rf):
    block = BLOCKS[name]
    with translation.override("de"):
        html = block.render(block.get_preview_value(), context={"request": rf.get("/")})
    assert html.strip()


@pytest.mark.django_db
@pytest.mark.parametrize("name", BLOCKS)
def test_admin_block_previews(admin_client, name):
    """What editors see in the block picker renders with the site's styles."""
    block = BLOCKS[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert "css/accessibility.css" in response.content.decode()


@pytest.mark.django_db
def test_a_missing_sign_language_video_shows_in_the_preview():
    block = BLOCKS["sign_language_video_block"]
    html = block.render(block.get_preview_value())
    assert "Video in Deutscher Gebärdensprache folgt." in html
