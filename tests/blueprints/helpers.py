"""Building, reading and tampering with blueprint archives in tests."""

import io
import json
import os
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Revision

from blueprints.export import export_bytes
from home.models import Topic

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _with_hash(instance):
    """Set the file's hash and size, as Wagtail does for an upload in the admin."""
    instance._set_file_hash()
    instance.file_size = instance.file.size
    instance.save()
    return instance


def image(title="Gruppenfoto", filename="foto.png", **fields):
    return _with_hash(
        get_image_model().objects.create(
            title=title, file=get_test_image_file(filename=filename), **fields
        )
    )


def document(title="Handreichung", filename="handreichung.pdf", data=PDF, **fields):
    return _with_hash(
        get_document_model().objects.create(
            title=title, file=ContentFile(data, name=filename), **fields
        )
    )


def export(page, **options):
    options.setdefault("translations", True)
    data, _result = export_bytes(page, **options)
    return data


def read(data):
    """``(manifest, {member: bytes})`` of an archive."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(members.pop("manifest.json")), members


def build(manifest, members=None, *, raw_manifest=None):
    """A ZIP with ``manifest`` (or the bytes ``raw_manifest``) and ``members``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "manifest.json",
            raw_manifest if raw_manifest is not None else json.dumps(manifest),
        )
        for name, content in (members or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def rewrite(data, change=None, members=None, drop=()):
    """``data`` with its manifest passed through ``change`` and members added or dropped."""
    manifest, existing = read(data)
    if change is not None:
        manifest = change(manifest) or manifest
    existing = {name: content for name, content in existing.items() if name not in drop}
    existing.update(members or {})
    return build(manifest, existing)


def media_files():
    root = Path(settings.MEDIA_ROOT)
    if not root.exists():
        return set()
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and "renditions" not in path.parts
    }


def state():
    """What an import may leave behind: rows of every kind it writes, and media files."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "topics": Topic.objects.count(),
        "collections": Collection.objects.count(),
        "files": media_files(),
    }


def forget_files():
    """Delete every image and document (rows and files), as in another installation."""
    for model in (get_image_model(), get_document_model()):
        for instance in model.objects.all():
            path = instance.file.path if instance.file else None
            instance.delete()
            if path and os.path.exists(path):
                os.remove(path)
