"""What a page is made of, seen by export and import alike.

:func:`content_fields` lists the fields of a page type (or of a child row such as a
``PublicationDocument``) that a blueprint carries, each with its *kind*: a plain value,
a StreamField, rich text, a reference (foreign key) or a list of references (many to
many), or tags. :func:`reference_kind` says how a referenced model travels: pages,
images and documents by their source id (the manifest's tables describe them), other
models ("snippets") by their natural key.

:func:`walk_stream` visits the raw JSON of a StreamField with its block definitions and
lets a visitor replace every reference (chooser blocks) and every rich text value;
:func:`rewrite_rich_text` does the same for the ``<a linktype=…>`` links and
``<embed embedtype="image">`` images inside Wagtail's rich text.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.html import escape
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from taggit.models import ItemBase
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.models import Comment, Page, TranslatableMixin
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

# Fields of Wagtail's Page that belong to the content; everything else on Page is tree
# position, publishing state or bookkeeping, which the target installation sets itself.
PAGE_CONTENT_FIELDS = ("title", "slug", "seo_title", "search_description", "show_in_menus")

PLAIN = "plain"
STREAM = "stream"
RICH_TEXT = "rich_text"
REFERENCE = "reference"
REFERENCES = "references"
TAGS = "tags"

IMAGE = "image"
DOCUMENT = "document"
PAGE = "page"
SNIPPET = "snippet"


@dataclass(frozen=True)
class ContentField:
    name: str
    kind: str
    field: object

    @property
    def related_model(self):
        return getattr(self.field, "related_model", None)


def reference_kind(model):
    """``"page"``, ``"image"``, ``"document"``, ``"snippet"`` or None (cannot travel)."""
    if model is None:
        return None
    if issubclass(model, Page):
        return PAGE
    if model is get_image_model():
        return IMAGE
    if model is get_document_model():
        return DOCUMENT
    if hasattr(model, "natural_key") and hasattr(model._default_manager, "get_by_natural_key"):
        return SNIPPET
    return None


def model_label(model):
    """``"networks.organisation"``: the lower-case label used in manifests."""
    return model._meta.label_lower


def content_fields(model):
    """The fields of ``model`` a blueprint carries, in declaration order.

    For pages: the content fields of Wagtail's Page (title, slug, ...) and every
    editable field the page type adds. For child rows: every editable field except the
    primary key, the parental key, and ``locale``/``translation_key`` (set by the
    importer). Computed fields (``editable=False``) are recomputed by the target.
    """
    is_page = issubclass(model, Page)
    result = []
    for field in model._meta.get_fields():
        if isinstance(field, TaggableManager):
            result.append(ContentField(field.name, TAGS, field))
            continue
        if field.auto_created or not getattr(field, "concrete", False):
            continue
        if is_page and field.model is Page and field.name not in PAGE_CONTENT_FIELDS:
            continue
        if isinstance(field, ParentalKey) or getattr(field, "primary_key", False):
            continue
        if field.name in ("locale", "translation_key") and issubclass(model, TranslatableMixin):
            continue
        if not field.editable:
            continue
        if isinstance(field, StreamField):
            kind = STREAM
        elif isinstance(field, RichTextField):
            kind = RICH_TEXT
        elif field.many_to_many:
            kind = REFERENCES
        elif field.is_relation:
            if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
                continue
            kind = REFERENCE
        else:
            kind = PLAIN
        result.append(ContentField(field.name, kind, field))
    return result


def child_relations(model):
    """The inline child relations (``ParentalKey``) that belong to the content.

    Left out: Wagtail's editor comments, and the through rows of tag fields (the tags
    travel as the tag field's value; pages without one have no tags to carry).
    """
    return [
        relation
        for relation in get_all_child_relations(model)
        if relation.related_model is not Comment
        and not issubclass(relation.related_model, ItemBase)
    ]


# StreamField ------------------------------------------------------------------


@dataclass
class Unresolved:
    """A page reference that has no target here; ``url`` is its address on the source."""

    url: str | None = None


class StreamVisitor:
    """Called by :func:`walk_stream`; the defaults keep every value as it is."""

    def reference(self, model, value, path):
        return value

    def rich_text(self, html, path, features=None):
        return html

    def url(self, value, path):
        return value

    def unknown_block(self, path, name):
        """A block type (or a member of a struct) the definition does not know."""


def _item_path(path, name):
    return f"{path} → {name}" if path else name


def walk_stream(block, raw, visitor, path="", *, keep_unknown=True):
    """The raw JSON ``raw`` of ``block`` with references and rich text replaced by ``visitor``.

    Unknown block types (and unknown members of struct blocks) are reported to
    ``visitor.unknown_block``; ``keep_unknown=False`` drops them (stale data in the
    source database that Wagtail would not render either).
    """
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(raw, list):
            return raw
        result = []
        for child in raw:
            if not isinstance(child, dict) or not isinstance(child.get("type"), str):
                visitor.unknown_block(path, repr(child)[:60])
                continue
            child_block = block.child_blocks.get(child["type"])
            if child_block is None:
                visitor.unknown_block(path, child["type"])
                if keep_unknown:
                    result.append(child)
                continue
            new_child = dict(child)
            new_child["value"] = walk_stream(
                child_block,
                child.get("value"),
                visitor,
                _item_path(path, child["type"]),
                keep_unknown=keep_unknown,
            )
            result.append(new_child)
        return result

    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list):
            return raw
        result = []
        for item in raw:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                new_item = dict(item)
                new_item["value"] = walk_stream(
                    block.child_block, item["value"], visitor, path, keep_unknown=keep_unknown
                )
                result.append(new_item)
            else:
                result.append(
                    walk_stream(block.child_block, item, visitor, path, keep_unknown=keep_unknown)
                )
        return result

    if isinstance(block, blocks.StructBlock):
        if isinstance(block, ImageBlock) and isinstance(raw, int):
            return _reference(block.child_blocks["image"], raw, visitor, path)
        if not isinstance(raw, dict):
            return raw
        result = {}
        for name, value in raw.items():
            child_block = block.child_blocks.get(name)
            if child_block is None:
                visitor.unknown_block(path, name)
                if keep_unknown:
                    result[name] = value
                continue
            result[name] = walk_stream(
                child_block, value, visitor, _item_path(path, name), keep_unknown=keep_unknown
            )
        _fill_addresses(block, result)
        return result

    if isinstance(block, blocks.ChooserBlock):
        return _reference(block, raw, visitor, path)

    if isinstance(block, blocks.RichTextBlock):
        return visitor.rich_text(raw, path, block.features) if isinstance(raw, str) else raw

    if isinstance(block, blocks.URLBlock):
        return visitor.url(raw, path) if isinstance(raw, str) and raw else raw

    return raw


def _reference(block, raw, visitor, path):
    if raw is None or raw == "":
        return None
    return visitor.reference(block.model_class, raw, path)


def _fill_addresses(block, value):
    """A page link without a target here becomes a link to its source address.

    Only where the struct offers one: a URL member next to the page chooser, as in
    ``home.blocks.LinkBlock`` (``page`` or ``url``). Elsewhere the reference is emptied.
    """
    url_names = [
        name for name, child in block.child_blocks.items() if isinstance(child, blocks.URLBlock)
    ]
    for name, member in list(value.items()):
        if not isinstance(member, Unresolved):
            continue
        value[name] = None
        if member.url and len(url_names) == 1 and not value.get(url_names[0]):
            value[url_names[0]] = member.url


def clear_unresolved(value):
    """``value`` with any :class:`Unresolved` left at the top level turned into None."""
    return None if isinstance(value, Unresolved) else value


# Rich text --------------------------------------------------------------------


def _tag(name, attrs, closing):
    rendered = "".join(f' {key}="{escape(value)}"' for key, value in attrs.items())
    return f"<{name}{rendered}{closing}"


def rewrite_rich_text(html, link, embed):
    """``html`` with each ``<a linktype=…>`` and ``<embed embedtype=…>`` passed through.

    ``link(attrs)`` and ``embed(attrs)`` get the tag's attributes as a dict and return a
    new dict (an ``<a>`` without ``linktype`` is a plain link), or None to keep the tag.
    Returning ``{}`` for an embed removes it.
    """

    def replace_link(match):
        attrs = extract_attrs(match.group(1))
        if "linktype" not in attrs:
            return match.group(0)
        new = link(attrs)
        return match.group(0) if new is None else _tag("a", new, ">")

    def replace_embed(match):
        attrs = extract_attrs(match.group(1))
        if "embedtype" not in attrs:
            return match.group(0)
        new = embed(attrs)
        if new is None:
            return match.group(0)
        return _tag("embed", new, "/>") if new else ""

    return FIND_EMBED_TAG.sub(replace_embed, FIND_A_TAG.sub(replace_link, html))


_converters = {}


def clean_rich_text(html, features=None):
    """``html`` as the rich text editor would store it, with this installation's features.

    Wagtail renders stored rich text as it is; only the editor filters it. Rich text
    from an archive therefore goes through the same conversion as an editor's save
    (to the editor's content state and back): elements and attributes outside the
    features are dropped, and so are link addresses such as ``javascript:``.
    """
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
    from wagtail.rich_text import features as feature_registry

    if not html.strip():
        # The editor stores an empty field as "", not as an empty paragraph.
        return ""
    if features is None:
        features = feature_registry.get_default_features()
    key = tuple(features)
    if key not in _converters:
        _converters[key] = ContentstateConverter(list(features))
    converter = _converters[key]
    return converter.to_database_format(converter.from_database_format(html))


def rich_text_references(html):
    """``[(kind, id)]`` of the pages, documents and images that ``html`` refers to."""
    found = []

    def link(attrs):
        if attrs.get("linktype") in (PAGE, DOCUMENT) and attrs.get("id"):
            found.append((attrs["linktype"], attrs["id"]))

    def embed(attrs):
        if attrs.get("embedtype") == IMAGE and attrs.get("id"):
            found.append((IMAGE, attrs["id"]))

    rewrite_rich_text(html, link, embed)
    return found
