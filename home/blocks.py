"""The shared block library (first cut; see the block library task)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Ebene 2")), ("h3", _("Ebene 3")), ("h4", _("Ebene 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Überschrift")
        preview_value = {"text": "Projektbestandteile", "level": "h2"}
        description = _("Eine Zwischenüberschrift, die den Inhalt gliedert.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph.html",
        label=_("Text"),
    )
