"""Export a page as a blueprint: one ZIP with ``manifest.json`` and ``files/``.

What is exported of each page is its latest revision (what editors see in the
editor, published or not): the content fields of its type, StreamFields as their
raw JSON, rich text, tags (topics), inline child rows (such as a publication's
files) and references. References travel as the source installation's ids; the
manifest's tables describe what they point to:

- ``images`` and ``documents``: metadata, and the file itself under ``files/`` unless
  the export leaves files out (then an import finds them by content hash, which
  works within one installation);
- ``snippets``: per model, the natural key of each referenced object (programmes by
  name and language, organisations by name);
- ``linked_pages``: pages outside the export, with their title, ``translation_key``
  and address in each language (kept within one installation, reported elsewhere).

The format is described in ``docs/blueprints.md``; :mod:`blueprints.schema` checks it.
"""

import datetime
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page, TranslatableMixin

from blueprints import references as refs
from blueprints.archive import MANIFEST_NAME
from blueprints.schema import FORMAT, VERSION

GENERATOR = "Vielfalt page blueprints"


@dataclass
class ExportResult:
    """What went into an archive: counts for messages and the warnings of the manifest."""

    pages: int = 0
    images: int = 0
    documents: int = 0
    files: int = 0
    warnings: list = field(default_factory=list)


def pages_to_export(page, *, subtree=False, translations=False):
    """The pages of a blueprint of ``page``, parents before children.

    With ``translations``, each page's translations come along (and, with
    ``subtree``, the pages below the root's translations). Aliases are left out:
    they copy another page and are not content of their own.
    """
    roots = [page]
    if translations:
        roots += list(page.get_translations())
    pages = {}
    for root in roots:
        found = root.get_descendants(inclusive=True) if subtree else Page.objects.filter(pk=root.pk)
        for candidate in found.select_related("locale"):
            pages[candidate.pk] = candidate
    source_locale = page.locale_id
    return sorted(
        (candidate for candidate in pages.values() if not candidate.alias_of_id),
        key=lambda candidate: (
            candidate.depth,
            candidate.locale_id != source_locale,
            candidate.path,
        ),
    )


def _plain(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(datetime.UTC)
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, list | dict):
        return value
    return str(value)


class _Collector(refs.StreamVisitor):
    """Collects the references of the exported content; leaves the values as they are."""

    def __init__(self):
        self.images = set()
        self.documents = set()
        self.pages = set()
        self.snippets = {}
        self.warnings = []
        self.where = ""

    def add(self, model, value, path=""):
        kind = refs.reference_kind(model)
        try:
            pk = int(value)
        except (TypeError, ValueError):
            return value
        if kind == refs.IMAGE:
            self.images.add(pk)
        elif kind == refs.DOCUMENT:
            self.documents.add(pk)
        elif kind == refs.PAGE:
            self.pages.add(pk)
        elif kind == refs.SNIPPET:
            self.snippets.setdefault(refs.model_label(model), set()).add(pk)
        else:
            self.warnings.append(
                _("%(where)s: Verweis auf %(model)s kann nicht mitgenommen werden.")
                % {"where": self.where, "model": model._meta.verbose_name}
            )
            return None
        return value

    def reference(self, model, value, path):
        return self.add(model, value, path)

    def rich_text(self, html, path, features=None):
        for kind, pk in refs.rich_text_references(html):
            model = {
                refs.PAGE: Page,
                refs.DOCUMENT: get_document_model(),
                refs.IMAGE: get_image_model(),
            }[kind]
            self.add(model, pk)
        return html

    def unknown_block(self, path, name):
        self.warnings.append(
            _("%(where)s: Blocktyp „%(name)s“ ist hier nicht (mehr) definiert und fehlt im Export.")
            % {"where": f"{self.where} → {path}" if path else self.where, "name": name}
        )


def serialise_fields(instance, collector):
    """``{field name: JSON value}`` of ``instance``'s content fields; records references."""
    data = {}
    for content in refs.content_fields(type(instance)):
        name, kind, model_field = content.name, content.kind, content.field
        if kind == refs.PLAIN:
            data[name] = _plain(model_field.value_from_object(instance))
        elif kind == refs.STREAM:
            value = getattr(instance, name)
            raw = model_field.stream_block.get_prep_value(value) if value is not None else []
            data[name] = refs.walk_stream(
                model_field.stream_block, raw, collector, name, keep_unknown=False
            )
        elif kind == refs.RICH_TEXT:
            value = getattr(instance, name) or ""
            data[name] = collector.rich_text(value, name)
        elif kind == refs.REFERENCE:
            value = getattr(instance, model_field.attname)
            data[name] = (
                collector.add(content.related_model, value, name) if value is not None else None
            )
        elif kind == refs.REFERENCES:
            values = [
                collector.add(content.related_model, item.pk, name)
                for item in getattr(instance, name).all()
            ]
            data[name] = [value for value in values if value is not None]
        elif kind == refs.TAGS:
            data[name] = [_tag_data(tag) for tag in getattr(instance, name).all()]
    return data


def _tag_data(tag):
    """A tag by its name, with the extra fields of the tag model (a topic's ``name_en``)."""
    data = {"name": tag.name}
    for model_field in type(tag)._meta.concrete_fields:
        if model_field.primary_key or model_field.name in ("name", "slug"):
            continue
        if model_field.editable and not model_field.is_relation:
            data[model_field.name] = _plain(model_field.value_from_object(tag))
    return data


def serialise_page(page, collector, parent_key):
    """The manifest entry of one page (its latest revision)."""
    specific = page.specific
    content = specific.get_latest_revision_as_object()
    collector.where = f"{page.title} ({page.locale.language_code})"
    entry = {
        "id": page.pk,
        "key": str(page.translation_key),
        "locale": page.locale.language_code,
        "parent": parent_key,
        "type": refs.model_label(type(specific)),
        "url": specific.get_full_url(),
        "live": page.live,
        "fields": serialise_fields(content, collector),
    }
    relations = {}
    for relation in refs.child_relations(type(specific)):
        rows = []
        for row in getattr(content, relation.get_accessor_name()).all():
            child = {"fields": serialise_fields(row, collector)}
            if isinstance(row, TranslatableMixin):
                child["key"] = str(row.translation_key)
            rows.append(child)
        relations[relation.get_accessor_name()] = rows
    if relations:
        entry["relations"] = relations
    return entry


def _safe_filename(name):
    """The file's base name, as an archive path segment: no folders, at most 255 characters."""
    base = os.path.basename(name.replace("\\", "/")).replace("\x00", "") or "datei"
    if base in (".", ".."):
        base = "datei"
    if len(base) > 255:
        stem, extension = os.path.splitext(base)
        base = stem[: 255 - len(extension)] + extension
    return base


def _file_hash(stored_file):
    digest = hashlib.sha1(usedforsecurity=False)
    with stored_file.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _extra_fields(instance, base):
    """Editable fields a custom image or document model adds (``language`` of documents)."""
    base_names = {model_field.name for model_field in base._meta.get_fields()}
    extra = {}
    for model_field in type(instance)._meta.concrete_fields:
        if (
            model_field.name in base_names
            or model_field.primary_key
            or not model_field.editable
            or model_field.is_relation
        ):
            continue
        extra[model_field.name] = _plain(model_field.value_from_object(instance))
    return extra


def _file_entry(instance, kind, with_files):
    filename = _safe_filename(instance.file.name)
    try:
        sha1 = instance.file_hash or _file_hash(instance.file)
        size = instance.file_size or instance.file.size
        readable = True
    except OSError:
        sha1, size, readable = instance.file_hash or "", instance.file_size or 0, False
    entry = {
        "id": instance.pk,
        "title": instance.title[:255] or filename,
        "filename": filename,
        "file": f"files/{kind}/{instance.pk}/{filename}" if with_files and readable else None,
        "sha1": sha1 if len(sha1) == 40 else "",
        "size": size or 0,
        "collection": instance.collection.name[:255] if instance.collection_id else "",
        "tags": sorted(tag.name for tag in instance.tags.all()),
    }
    return entry, readable


def export_archive(page, out, *, subtree=False, translations=False, files=True):
    """Write the blueprint of ``page`` as a ZIP to the binary file ``out``; an ExportResult."""
    page = page.specific
    result = ExportResult()
    collector = _Collector()
    pages = pages_to_export(page, subtree=subtree, translations=translations)
    exported_ids = {candidate.pk for candidate in pages}
    entries = []
    for candidate in pages:
        parent_key = None
        if candidate.pk != page.pk and candidate.translation_key != page.translation_key:
            parent_key = str(candidate.get_parent().translation_key)
        entries.append(serialise_page(candidate, collector, parent_key))
    result.pages = len(entries)

    images = {}
    archive_files = []
    for image in (
        get_image_model().objects.filter(pk__in=collector.images).select_related("collection")
    ):
        entry, readable = _file_entry(image, "images", files)
        if not readable:
            result.warnings.append(
                _("Die Datei des Bildes „%(title)s“ fehlt auf dem Server.") % {"title": image.title}
            )
        entry.update(
            {
                "description": getattr(image, "description", "") or "",
                "width": image.width or 0,
                "height": image.height or 0,
                "focal_point": (
                    {
                        "x": image.focal_point_x,
                        "y": image.focal_point_y,
                        "width": image.focal_point_width,
                        "height": image.focal_point_height,
                    }
                    if image.has_focal_point()
                    else None
                ),
                "extra": _extra_fields(image, AbstractImage),
            }
        )
        images[str(image.pk)] = entry
        if entry["file"]:
            archive_files.append((entry["file"], image.file))
    documents = {}
    for document in (
        get_document_model().objects.filter(pk__in=collector.documents).select_related("collection")
    ):
        entry, readable = _file_entry(document, "documents", files)
        if not readable:
            result.warnings.append(
                _("Die Datei des Dokuments „%(title)s“ fehlt auf dem Server.")
                % {"title": document.title}
            )
        entry["extra"] = _extra_fields(document, AbstractDocument)
        documents[str(document.pk)] = entry
        if entry["file"]:
            archive_files.append((entry["file"], document.file))
    result.images, result.documents = len(images), len(documents)
    for kind, found, wanted in (
        (_("Bild"), images, collector.images),
        (_("Dokument"), documents, collector.documents),
    ):
        for missing in sorted(wanted - {int(pk) for pk in found}):
            collector.warnings.append(
                _("%(kind)s mit der Nummer %(id)s gibt es nicht mehr; der Verweis fehlt.")
                % {"kind": kind, "id": missing}
            )

    snippets = {}
    for label, ids in collector.snippets.items():
        model = _model_for_label(label)
        table = {}
        for instance in model._default_manager.filter(pk__in=ids):
            table[str(instance.pk)] = {
                "key": [_plain(part) for part in instance.natural_key()],
                "label": str(instance)[:10_000],
            }
        snippets[label] = table

    linked = {}
    outside = collector.pages - exported_ids
    for linked_page in Page.objects.filter(pk__in=outside).select_related("locale"):
        urls = {}
        for translation in linked_page.get_translations(inclusive=True).select_related("locale"):
            url = translation.get_full_url()
            if url:
                urls[translation.locale.language_code] = url
        linked[str(linked_page.pk)] = {
            "title": linked_page.title,
            "key": str(linked_page.translation_key),
            "locale": linked_page.locale.language_code,
            "url": linked_page.get_full_url(),
            "urls": urls,
        }

    result.warnings = collector.warnings + result.warnings
    site = page.get_site()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": timezone.now().isoformat(),
        "generator": GENERATOR,
        "source": {
            "site": (site.site_name or site.hostname) if site else "",
            "root_url": site.root_url if site else None,
        },
        "options": {"subtree": subtree, "translations": translations, "files": files},
        "source_locale": page.locale.language_code,
        "pages": entries,
        "images": images,
        "documents": documents,
        "snippets": snippets,
        "linked_pages": linked,
        "warnings": result.warnings,
    }
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False)
        )
        for member, stored_file in archive_files:
            with stored_file.open("rb") as source, archive.open(member, "w") as target:
                for chunk in iter(lambda: source.read(1024 * 1024), b""):
                    target.write(chunk)
            result.files += 1
    return result


def export_bytes(page, **options):
    """The blueprint of ``page`` as bytes, and its ExportResult."""
    buffer = io.BytesIO()
    result = export_archive(page, buffer, **options)
    return buffer.getvalue(), result


def _model_for_label(label):
    from django.apps import apps

    return apps.get_model(label)
