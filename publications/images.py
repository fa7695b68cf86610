"""Image uploads: raster images only, within a size and a pixel limit, refused in German.

Wagtail's image field (``WagtailImageField``) allows the extensions of
``WAGTAILIMAGES_EXTENSIONS`` (no ``svg``), opens the file with Willow, refuses what
Willow cannot read or what is another format than its name says, and applies
``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``.
:class:`CheckedImageField` puts the checks of the document library
(:mod:`publications.filetypes`: the name, the size, then the *content*) in front of
it and says every refusal in German:

* the extension must be allowed; SVG gets its own reason (an SVG graphic is an XML
  document that can carry scripts, and the admin and the site serve originals);
* the file must not be empty or larger than the limit, checked before anything
  opens it;
* the content must not be markup: a file whose first byte (after white space and a
  byte order mark) is ``<`` is HTML, SVG or XML whatever its name, and a raster image
  with HTML tags in its first kilobyte (a "polyglot" a browser might sniff as a web
  page) is refused as well;
* then Wagtail's own checks, their messages replaced by German ones: an image Willow
  can read, in the format its name says, with at most the allowed number of pixels
  (frames of an animation count each). A file that starts like an image but that the
  image library cannot read (Wagtail would answer with a server error) is refused as
  not an image.

The image form (``WAGTAILIMAGES_IMAGE_FORM_BASE = "publications.forms.ImageForm"``)
uses the field for every upload: the image library, the multiple upload and the
image chooser.
"""

import logging
import os

import willow
from django.core.exceptions import ValidationError
from django.forms.fields import FileField
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from publications.filetypes import UploadRefused, file_extension, size_label

logger = logging.getLogger(__name__)

# How much of the start is searched for HTML tags: browsers sniff the first 512 bytes.
MARKUP_WINDOW = 1024
# Tags that make a browser take bytes for a web page (lower case).
HTML_TAGS = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<iframe",
    b"<object",
    b"<embed",
    b"<svg",
    b"<?php",
)
# Willow's format names as editors know them.
FORMAT_LABELS = {
    "avif": "AVIF",
    "gif": "GIF",
    "jpeg": "JPEG",
    "png": "PNG",
    "webp": "WebP",
    "svg": "SVG",
    "heic": "HEIC",
    "bmp": "BMP",
    "tiff": "TIFF",
    "ico": "ICO",
}


def _basename(name):
    return os.path.basename(str(name or "").replace("\\", "/")).strip()


def _allowed(extensions):
    return ", ".join(extension.upper() for extension in extensions)


def _format_label(name):
    name = "jpeg" if name == "jpg" else (name or "")
    return FORMAT_LABELS.get(name, name.upper())


def _megapixels(pixels):
    """``50`` or ``48,8`` (in the active language's format)."""
    value = round(pixels / 1_000_000, 1)
    if value == int(value):
        return number_format(int(value), use_l10n=True)
    return number_format(value, decimal_pos=1, use_l10n=True)


def is_markup(head):
    """Whether the start of a file is HTML, SVG or XML, or hides HTML tags."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):
        return True
    lowered = head[:MARKUP_WINDOW].lower()
    return any(tag in lowered for tag in HTML_TAGS)


def check_image_upload(name, fileobj, max_size, allowed_extensions):
    """Refuse an image by its name, size and leading bytes (:class:`UploadRefused`).

    The file's position is restored afterwards.
    """
    name = _basename(name)
    extension = file_extension(name)
    if extension not in allowed_extensions:
        raise _refused_extension(name, extension, allowed_extensions)
    position = fileobj.tell()
    try:
        fileobj.seek(0, os.SEEK_END)
        size = fileobj.tell()
        if size == 0:
            raise UploadRefused("empty", _("Die Datei „%(name)s“ ist leer."), {"name": name})
        if max_size is not None and size > max_size:
            raise UploadRefused(
                "size",
                _("Das Bild „%(name)s“ ist %(size)s groß; erlaubt sind höchstens %(limit)s."),
                {"name": name, "size": size_label(size, max_size), "limit": size_label(max_size)},
            )
        fileobj.seek(0)
        if is_markup(fileobj.read(MARKUP_WINDOW)):
            raise UploadRefused(
                "markup",
                _(
                    "Die Datei „%(name)s“ ist kein Bild, sondern eine Web-Seite oder "
                    "Grafik im Textformat (HTML, SVG oder XML). Solche Dateien können "
                    "Skripte enthalten und werden nicht angenommen. Bitte laden Sie das "
                    "Bild als %(allowed)s hoch."
                ),
                {"name": name, "allowed": _allowed(allowed_extensions)},
            )
    finally:
        fileobj.seek(position)
    return extension


def _refused_extension(name, extension, allowed_extensions):
    allowed = _allowed(allowed_extensions)
    if extension == "svg":
        return UploadRefused(
            "extension",
            _(
                "SVG-Grafiken werden nicht angenommen: Sie können Skripte enthalten. "
                "Bitte speichern Sie „%(name)s“ als PNG oder WebP und laden Sie das "
                "Bild dann hoch."
            ),
            {"name": name},
        )
    if not extension:
        return UploadRefused(
            "extension",
            _("Die Datei „%(name)s“ hat keine Dateiendung. Erlaubt sind: %(allowed)s."),
            {"name": name, "allowed": allowed},
        )
    return UploadRefused(
        "extension",
        _(
            "Dateien vom Typ .%(extension)s können nicht als Bild hochgeladen werden. "
            "Erlaubt sind: %(allowed)s."
        ),
        {"extension": extension[:20], "allowed": allowed},
    )


def _open(upload):
    """Willow's image of the upload, or None (the position is restored)."""
    try:
        position = upload.tell()
    except (AttributeError, OSError):
        return None
    try:
        upload.seek(0)
        return willow.Image.open(upload)
    except Exception:  # noqa: BLE001 (Willow raises anything an image library may)
        return None
    finally:
        upload.seek(position)


def _in_german(error, name, upload, field):
    """Wagtail's refusal as a German one (codes of ``WagtailImageField``)."""
    code = getattr(error, "code", None)
    extension = file_extension(name)
    if code == "invalid_image":
        return UploadRefused(
            "invalid",
            _(
                "Die Datei „%(name)s“ ist kein Bild in einem der erlaubten Formate "
                "(%(allowed)s) oder sie ist beschädigt."
            ),
            {"name": name, "allowed": _allowed(field.allowed_image_extensions)},
        )
    if code == "invalid_image_known_format":
        image = _open(upload)
        actual = _format_label(image.format_name) if image is not None else None
        if actual:
            message = _(
                "Die Datei heißt „%(name)s“, ist aber ein %(actual)s-Bild. Bitte geben Sie "
                "ihr die passende Endung oder speichern Sie sie als %(expected)s."
            )
        else:
            message = _("Die Datei heißt „%(name)s“, ist aber kein %(expected)s-Bild.")
        return UploadRefused(
            "mismatch",
            message,
            {"name": name, "actual": actual, "expected": _format_label(extension)},
        )
    if code == "file_too_many_pixels":
        limit = _megapixels(field.max_image_pixels or 0)
        image = _open(upload)
        try:
            width, height = image.get_size()
            frames = image.get_frame_count()
        except Exception:  # noqa: BLE001 (no image, or a decompression bomb)
            return UploadRefused(
                "pixels",
                _(
                    "Das Bild „%(name)s“ hat zu viele Pixel; erlaubt sind höchstens "
                    "%(limit)s Megapixel. Bitte verkleinern Sie es vor dem Hochladen."
                ),
                {"name": name, "limit": limit},
            )
        params = {
            "name": name,
            "width": number_format(width, use_l10n=True, force_grouping=True),
            "height": number_format(height, use_l10n=True, force_grouping=True),
            "pixels": _megapixels(width * height * frames),
            "frames": frames,
            "limit": limit,
        }
        if frames > 1:
            message = gettext(
                "Das Bild „%(name)s“ hat %(frames)s Einzelbilder mit je %(width)s × "
                "%(height)s Pixeln, zusammen %(pixels)s Megapixel; erlaubt sind höchstens "
                "%(limit)s Megapixel. Bitte verkleinern Sie es vor dem Hochladen."
            )
        else:
            message = gettext(
                "Das Bild „%(name)s“ hat %(width)s × %(height)s Pixel (%(pixels)s "
                "Megapixel); erlaubt sind höchstens %(limit)s Megapixel. Bitte "
                "verkleinern Sie es vor dem Hochladen."
            )
        return UploadRefused("pixels", message, params)
    return error


class CheckedImageField(WagtailImageField):
    """Wagtail's image field with the checks and German messages of this module."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text = upload_help(
            self.allowed_image_extensions, self.max_upload_size, self.max_image_pixels
        )

    def to_python(self, data):
        upload = FileField.to_python(self, data)
        if upload is None:
            return None
        name = _basename(upload.name)
        if hasattr(upload, "seek") and hasattr(upload, "read"):
            check_image_upload(name, upload, self.max_upload_size, self.allowed_image_extensions)
        try:
            return super().to_python(data)
        except ValidationError as error:
            raise _in_german(error, name, upload, self) from None
        except Exception as error:  # noqa: BLE001
            # A file with an image's signature that the image library cannot read
            # (truncated, corrupt): Wagtail's pixel check lets the library's error
            # through, which would be a server error.
            logger.info("Image upload %r refused, not readable: %r", name, error)
            raise _in_german(
                ValidationError("", code="invalid_image"), name, upload, self
            ) from error


def upload_help(extensions, max_size, max_pixels):
    """The field's help text: formats and limits."""
    text = gettext("Erlaubt sind: %(allowed)s (keine SVG-Grafiken).") % {
        "allowed": _allowed(extensions)
    }
    if max_size is not None:
        text += " " + gettext("Höchstens %(size)s.") % {"size": size_label(max_size)}
    if max_pixels is not None:
        text += " " + gettext("Höchstens %(limit)s Megapixel.") % {"limit": _megapixels(max_pixels)}
    return text
