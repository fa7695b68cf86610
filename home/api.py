"""Fields of the read-only API (``config/api.py``) for the pages' ``api_fields``.

Wagtail serialises a related document, image or page as its id, and in a StreamField
as a bare number. Other administrations' portals need more, and must never be
pointed at something that is not public. The fields here serialise

* documents as ``{id, title, detail_url, download_url, file_format, file_size}``, with
  the download address of the site's serve view;
* images as ``{id, title, width, height, detail_url, download_url}``;
* pages as ``{id, title, detail_url, html_url}``, in the language of the page that
  links to them where a live translation exists;

and as ``null`` whatever is not public: a document or image in a collection with a
view restriction (:mod:`home.visibility`), a page that is not live, is restricted or
belongs to another site. Text that depends on the language (a project's runtime,
topic names, a programme's name) follows the page's locale, not the request.

Contact persons (names, e-mail addresses, telephone numbers of staff) are left out,
as fields and as ``contact_person`` blocks of a body: they are published for the
readers of a page, not for collection by other systems; a portal links to the page.

This module is imported by the models, so it imports nothing of the API machinery at
module level (``wagtail.api.v2`` needs the app registry to be ready).
"""

from django.utils import translation
from rest_framework.fields import Field
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page

from home.visibility import restricted_collection_ids

HIDDEN_BLOCKS = frozenset({"contact_person"})
"""Block types never shown by the API, in any StreamField and any nested stream."""


# -- helpers shared by one request's serialisation ---------------------------------


def _cached(context, key, compute):
    """``compute()`` once per serialisation (the context dict is shared by all fields)."""
    if key not in context:
        context[key] = compute()
    return context[key]


def _restricted_collections(context):
    return _cached(context, "_vielfalt_restricted_collections", restricted_collection_ids)


def page_language(page, context):
    """The language code of ``page``'s locale (one query per locale and request)."""
    languages = _cached(context, "_vielfalt_languages", dict)
    if page.locale_id not in languages:
        languages[page.locale_id] = Locale.objects.get(pk=page.locale_id).language_code
    return languages[page.locale_id]


def _full_url(context, path):
    from wagtail.api.utils import get_full_url

    return get_full_url(context["request"], path)


def _detail_url(context, model, pk):
    from wagtail.api.v2.utils import get_object_detail_url

    router = context.get("router")
    if router is None:
        return None
    return get_object_detail_url(router, context["request"], model, pk)


# -- references -----------------------------------------------------------------------


def document_reference(document, context):
    """A public document with its download address, or None."""
    if document is None or document.collection_id in _restricted_collections(context):
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "detail_url": _detail_url(context, type(document), document.pk),
        "download_url": _full_url(context, document.url),
        "file_format": getattr(document, "file_format", "") or document.file_extension,
        "file_size": document.file_size,
    }


def image_reference(image, context):
    """A public image with the address of its original file, or None."""
    if image is None or image.collection_id in _restricted_collections(context):
        return None
    return {
        "id": image.pk,
        "title": image.title,
        "width": image.width,
        "height": image.height,
        "detail_url": _detail_url(context, type(image), image.pk),
        "download_url": _full_url(context, image.file.url),
    }


def page_reference(page, context, locale_id=None):
    """A live, public page of the request's site, in ``locale_id`` where translated, or None.

    The pages endpoint puts its queryset of public pages into the context
    (``base_queryset``); without it (other endpoints) no page is shown.
    """
    public = context.get("base_queryset")
    if page is None or public is None:
        return None
    found = None
    if locale_id is not None and page.locale_id != locale_id:
        found = public.filter(translation_key=page.translation_key, locale_id=locale_id).first()
    if found is None:
        found = public.filter(pk=page.pk).first()
    if found is None:
        return None
    return {
        "id": found.pk,
        "title": found.title,
        "detail_url": _detail_url(context, Page, found.pk),
        "html_url": found.full_url,
    }


def in_locale(obj, locale_id):
    """The translation of a translatable object (a snippet) in ``locale_id``, else ``obj``."""
    if getattr(obj, "locale_id", locale_id) == locale_id:
        return obj
    translation_ = (
        type(obj).objects.filter(translation_key=obj.translation_key, locale_id=locale_id).first()
    )
    return translation_ or obj


# -- StreamFields ---------------------------------------------------------------------


def stream_representation(block, value, context, locale_id=None):
    """Wagtail's API representation of a block value, with references instead of ids.

    The shape is Wagtail's (``[{"type", "value", "id"}]`` for a stream, a dict for a
    struct, a list for a list block); documents, images and pages become the
    references of this module, and :data:`HIDDEN_BLOCKS` are left out.
    """
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child.block_type,
                "value": stream_representation(child.block, child.value, context, locale_id),
                "id": child.id,
            }
            for child in (value or [])
            if child.block_type not in HIDDEN_BLOCKS
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: stream_representation(child, value.get(name), context, locale_id)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [
            stream_representation(block.child_block, item, context, locale_id)
            for item in (value or [])
        ]
    if isinstance(block, DocumentChooserBlock):
        return document_reference(value, context)
    if isinstance(block, ImageChooserBlock):
        return image_reference(value, context)
    if isinstance(block, blocks.PageChooserBlock):
        return page_reference(value, context, locale_id)
    return block.get_api_representation(value, context=context)


# -- serializer fields ------------------------------------------------------------------


class PageAttributeField(Field):
    """Base of the fields below: gets the whole page, reads ``source`` itself."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def value_of(self, page):
        value = getattr(page, self.source)
        return value() if callable(value) and not hasattr(value, "all") else value


class StreamFieldValue(PageAttributeField):
    """A StreamField through :func:`stream_representation`."""

    def to_representation(self, page):
        value = self.value_of(page)
        return stream_representation(value.stream_block, value, self.context, page.locale_id)


class DocumentValue(PageAttributeField):
    """A document foreign key as a reference; ``only_if`` names a flag of the page."""

    def __init__(self, only_if=None, **kwargs):
        self.only_if = only_if
        super().__init__(**kwargs)

    def to_representation(self, page):
        if self.only_if and not getattr(page, self.only_if):
            return None
        return document_reference(self.value_of(page), self.context)


class ImageValue(PageAttributeField):
    """An image foreign key as a reference."""

    def to_representation(self, page):
        return image_reference(self.value_of(page), self.context)


class PageValue(PageAttributeField):
    """A page foreign key as a reference, in the page's language where translated."""

    def to_representation(self, page):
        return page_reference(self.value_of(page), self.context, page.locale_id)


class TopicsValue(PageAttributeField):
    """The page's topics: ``[{"slug": "fuehrung", "name": "Führung"}]`` in its language."""

    def to_representation(self, page):
        with translation.override(page_language(page, self.context)):
            topics = [{"slug": topic.slug, "name": topic.label} for topic in page.topics.all()]
        return sorted(topics, key=lambda topic: topic["name"].casefold())


class TextInPageLanguage(PageAttributeField):
    """A text the page computes (a property or method), in the page's language."""

    def to_representation(self, page):
        with translation.override(page_language(page, self.context)):
            value = self.value_of(page)
            return None if value is None else str(value)


class RelatedValues(PageAttributeField):
    """Related snippets (a foreign key or many-to-many) as plain values.

    ``fields`` are the attributes shown; translatable snippets are shown in the
    page's locale where translated.
    """

    def __init__(self, fields, **kwargs):
        self.fields = tuple(fields)
        super().__init__(**kwargs)

    def values(self, obj, page):
        obj = in_locale(obj, page.locale_id)
        return {name: getattr(obj, name) for name in self.fields}

    def to_representation(self, page):
        value = getattr(page, self.source)
        if hasattr(value, "all"):
            return [self.values(obj, page) for obj in value.all()]
        return None if value is None else self.values(value, page)


ORGANISATION_FIELDS = ("name", "short_name", "level", "state", "website")
"""What the API shows of an organisation (``networks.Organisation``)."""


class DocumentRowsValue(PageAttributeField):
    """Child rows that link a document with a label (a publication's files), in order.

    ``[{"label": "", "document": {...}}]``; rows whose document is not public are left out.
    """

    def to_representation(self, page):
        rows = getattr(page, self.source).select_related("document").order_by("sort_order")
        files = []
        for row in rows:
            reference = document_reference(row.document, self.context)
            if reference is not None:
                files.append({"label": row.label, "document": reference})
        return files
