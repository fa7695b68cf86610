"""Is an uploaded file what its name says it is?

Editors upload publications in a handful of formats, and videos with their
captions. :func:`check_upload` checks the name's extension against
:data:`ALLOWED_EXTENSIONS`, the size against a limit, and then the *content*: a
browser's content type is whatever the client claims, so only the bytes count.
A PDF must start with ``%PDF-``, an Office file must be a ZIP with the parts of
its kind, a text file must decode and must not be a web page or a program in
disguise. ZIP-based files are also checked for "zip bombs" from their central
directory, without extracting anything.

Videos (:data:`VIDEO_EXTENSIONS`) are checked by their container header only: an
MP4 starts with an ISO base media ``ftyp`` box naming a video brand (so a HEIC
photo or an M4A recording, which share the container, are refused), a WebM with
an EBML header whose DocType is ``webm`` (a Matroska ``.mkv`` is refused; browsers
do not play it). The codecs inside are not checked. A WebVTT caption file
(``vtt``) must be UTF-8 text that starts with ``WEBVTT``. Videos have their own,
larger size limit; the caller passes the limit that applies
(:func:`publications.forms.upload_limit`).

Refusals are :class:`UploadRefused`, a :class:`~django.core.exceptions.ValidationError`
with a ``code`` and a German message marked for translation, so a form can show
it as it is. The module needs no Django apps and no database.
"""

import codecs
import csv
import io
import os
import re
import zipfile
from collections import Counter

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

VIDEO_EXTENSIONS = ("mp4", "webm")
CAPTION_EXTENSIONS = ("vtt",)
ALLOWED_EXTENSIONS = (
    *("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv", "epub"),
    *VIDEO_EXTENSIONS,
    *CAPTION_EXTENSIONS,
)

# What an archive may unpack to, summed over its central directory. Real
# publications stay far below: a 300-page brochure as DOCX unpacks to 20-50 MB.
MAX_UNPACKED_SIZE = 200 * 1000**2
MAX_ARCHIVE_ENTRIES = 10_000

# Readers accept a PDF header anywhere in the first 1024 bytes; we allow only
# whitespace and a byte order mark before it.
PDF_HEADER_WINDOW = 1024
# Text files: at most this share of control characters (NUL is never allowed).
MAX_CONTROL_SHARE = 0.01
# How much of a CSV file is looked at for a consistent delimiter.
CSV_SAMPLE_CHARS = 64 * 1024
CSV_SAMPLE_ROWS = 20
CSV_DELIMITERS = (",", ";", "\t", "|")

# Main folder of each Office Open XML kind, next to [Content_Types].xml.
OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# OpenDocument and EPUB: the first entry, "mimetype", holds exactly this.
ZIP_MEDIA_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
}

# Compound File (OLE) containers: legacy Office files and password-protected
# Office Open XML files, which keep the real document in "EncryptedPackage".
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CFB_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

# Text files that are really something else: checked at byte 0 …
BINARY_SIGNATURES = ("MZ", "%PDF", "PK\x03\x04", "\x7fELF", "#!", "{\\rtf")
# … and, case-insensitive, after leading whitespace.
MARKUP_SIGNATURES = (
    "<!doctype",
    "<html",
    "<head",
    "<body",
    "<script",
    "<iframe",
    "<object",
    "<embed",
    "<svg",
    "<?xml",
    "<?php",
)
# Video containers: how much of the start is read to find the header.
MEDIA_HEADER_WINDOW = 4096
# ISO base media file format: the brands (major or compatible) of MP4 video …
MP4_VIDEO_BRANDS = frozenset(
    {
        *(b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso7", b"iso8", b"iso9"),
        *(b"mp41", b"mp42", b"avc1", b"M4V ", b"M4VH", b"M4VP", b"dash", b"mmp4", b"MSNV"),
        b"f4v ",
    }
)
# … and major brands of files in the same container that are not MP4 video:
# HEIF/AVIF images, audio-only M4A/M4B, QuickTime movies.
MP4_OTHER_BRANDS = frozenset(
    {
        *(b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"miaf"),
        *(b"avif", b"avis", b"crx ", b"M4A ", b"M4B ", b"M4P ", b"qt  "),
    }
)
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
EBML_DOCTYPE = 0x4282
# A WebVTT file starts with this word, then a space, a tab, a line end or nothing.
WEBVTT_SIGNATURE = "WEBVTT"

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")

_CHUNK = 1024 * 1024

MISMATCH_MESSAGES = {
    "pdf": _("Die Datei heißt „%(name)s“, ist aber kein PDF-Dokument."),
    "docx": _("Die Datei heißt „%(name)s“, ist aber keine Word-Datei (DOCX)."),
    "xlsx": _("Die Datei heißt „%(name)s“, ist aber keine Excel-Datei (XLSX)."),
    "pptx": _("Die Datei heißt „%(name)s“, ist aber keine PowerPoint-Datei (PPTX)."),
    "odt": _("Die Datei heißt „%(name)s“, ist aber keine OpenDocument-Textdatei (ODT)."),
    "ods": _("Die Datei heißt „%(name)s“, ist aber keine OpenDocument-Tabelle (ODS)."),
    "odp": _("Die Datei heißt „%(name)s“, ist aber keine OpenDocument-Präsentation (ODP)."),
    "epub": _("Die Datei heißt „%(name)s“, ist aber kein E-Book im EPUB-Format."),
    "txt": _(
        "Die Datei heißt „%(name)s“, ist aber keine Textdatei "
        "(erwartet wird reiner Text in UTF-8 oder Windows-1252)."
    ),
    "csv": _(
        "Die Datei heißt „%(name)s“, ist aber keine CSV-Tabelle "
        "(erwartet wird Text in UTF-8 oder Windows-1252 mit einheitlichem Trennzeichen)."
    ),
    "mp4": _("Die Datei heißt „%(name)s“, ist aber kein Video im Format MP4."),
    "webm": _("Die Datei heißt „%(name)s“, ist aber kein Video im Format WebM."),
    "vtt": _(
        "Die Datei heißt „%(name)s“, ist aber keine Untertiteldatei im Format WebVTT "
        "(erwartet wird Text in UTF-8, der mit „WEBVTT“ beginnt)."
    ),
}


class UploadRefused(ValidationError):
    """An upload that is not accepted; ``code`` says why, the message says it to the editor.

    Codes: ``extension`` (type not allowed), ``empty``, ``size`` (over the limit),
    ``mismatch`` (content is not what the extension says), ``archive`` (a ZIP
    that would unpack to too much or has too many entries), ``encrypted`` (an
    Office file protected with a password).
    """

    def __init__(self, code, message, params=None):
        super().__init__(message, code=code, params=params)


def file_extension(name):
    """The lower-case extension without its dot (``"Bericht.PDF"`` → ``"pdf"``), or ``""``."""
    return os.path.splitext(_basename(name))[1].lower().lstrip(".")


def check_upload(
    name,
    fileobj,
    max_size=None,
    *,
    max_unpacked_size=MAX_UNPACKED_SIZE,
    max_entries=MAX_ARCHIVE_ENTRIES,
):
    """The upload's normalised extension (``"pdf"``), or :class:`UploadRefused`.

    ``name`` is the client's file name, ``fileobj`` a seekable binary file (a
    Django ``UploadedFile`` will do), ``max_size`` the limit in bytes (``None``:
    no limit). The file's position is restored afterwards.
    """
    name = _basename(name)
    extension = file_extension(name)
    if extension not in ALLOWED_EXTENSIONS:
        raise _refused_extension(name, extension)
    position = fileobj.tell()
    try:
        fileobj.seek(0, os.SEEK_END)
        size = fileobj.tell()
        if size == 0:
            raise UploadRefused("empty", _("Die Datei „%(name)s“ ist leer."), {"name": name})
        if max_size is not None and size > max_size:
            raise UploadRefused(
                "size",
                _("Die Datei „%(name)s“ ist %(size)s groß; erlaubt sind höchstens %(limit)s."),
                {
                    "name": name,
                    "size": lazy_size_label(size, max_size),
                    "limit": lazy_size_label(max_size),
                },
            )
        _check_content(name, extension, fileobj, max_unpacked_size, max_entries)
    finally:
        fileobj.seek(position)
    return extension


def open_zip(fileobj):
    """A :class:`zipfile.ZipFile` on ``fileobj``, or ``None`` if it is not a readable ZIP."""
    try:
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return None


def archive_problem(archive, max_unpacked_size=MAX_UNPACKED_SIZE, max_entries=MAX_ARCHIVE_ENTRIES):
    """``"entries"`` or ``"size"`` if the archive is too big to unpack safely, else ``None``.

    Only the central directory is read. Its sizes bound what :mod:`zipfile`
    will ever decompress (it stops at the declared size of each entry), so an
    entry that lies about its size cannot unpack to more than it claims.
    """
    infos = archive.infolist()
    if len(infos) > max_entries:
        return "entries"
    if sum(info.file_size for info in infos) > max_unpacked_size:
        return "size"
    return None


def is_encrypted_office_file(fileobj):
    """Whether the file is a password-protected Office document (an OLE container).

    Word, Excel and PowerPoint save protected files as a Compound File with an
    ``EncryptedPackage`` stream instead of a ZIP. Reads the whole file in chunks.
    """
    fileobj.seek(0)
    if fileobj.read(len(CFB_SIGNATURE)) != CFB_SIGNATURE:
        return False
    return _contains(fileobj, CFB_ENCRYPTED_STREAM)


def _basename(name):
    """The last path component, whichever separator the client used."""
    return os.path.basename(str(name or "").replace("\\", "/")).strip()


def _refused_extension(name, extension):
    allowed = ", ".join(extension.upper() for extension in ALLOWED_EXTENSIONS)
    if not extension:
        return UploadRefused(
            "extension",
            _("Die Datei „%(name)s“ hat keine Dateiendung. Erlaubt sind: %(allowed)s."),
            {"name": name, "allowed": allowed},
        )
    return UploadRefused(
        "extension",
        _(
            "Dateien vom Typ .%(extension)s können nicht hochgeladen werden. "
            "Erlaubt sind: %(allowed)s."
        ),
        {"extension": extension[:20], "allowed": allowed},
    )


def _mismatch(name, extension):
    return UploadRefused("mismatch", MISMATCH_MESSAGES[extension], {"name": name})


def _check_content(name, extension, fileobj, max_unpacked_size, max_entries):
    """Raise :class:`UploadRefused` unless the bytes are what ``extension`` promises."""
    if extension == "pdf":
        if not _has_pdf_header(fileobj):
            raise _mismatch(name, extension)
    elif extension in ("txt", "csv"):
        sample = _text_sample(fileobj)
        if sample is None or (extension == "csv" and not _looks_like_csv(sample)):
            raise _mismatch(name, extension)
    elif extension == "mp4":
        if not is_mp4_video(fileobj):
            raise _mismatch(name, extension)
    elif extension == "webm":
        if not is_webm_video(fileobj):
            raise _mismatch(name, extension)
    elif extension == "vtt":
        if not is_webvtt(fileobj):
            raise _mismatch(name, extension)
    else:
        _check_zip(name, extension, fileobj, max_unpacked_size, max_entries)


def _check_zip(name, extension, fileobj, max_unpacked_size, max_entries):
    fileobj.seek(0)
    archive = open_zip(fileobj)
    if archive is None:
        if extension in OOXML_FOLDERS and is_encrypted_office_file(fileobj):
            raise UploadRefused(
                "encrypted",
                _(
                    "Die Datei „%(name)s“ ist mit einem Passwort geschützt. "
                    "Bitte laden Sie eine Fassung ohne Passwortschutz hoch."
                ),
                {"name": name},
            )
        raise _mismatch(name, extension)
    with archive:
        problem = archive_problem(archive, max_unpacked_size, max_entries)
        if problem == "entries":
            raise UploadRefused(
                "archive",
                _(
                    "Die Datei „%(name)s“ besteht aus mehr als %(count)s Teilen "
                    "und wird deshalb nicht angenommen."
                ),
                {"name": name, "count": _lazy_number(max_entries)},
            )
        if problem == "size":
            raise UploadRefused(
                "archive",
                _(
                    "Die Datei „%(name)s“ würde entpackt mehr als %(limit)s belegen "
                    "und wird deshalb nicht angenommen."
                ),
                {"name": name, "limit": lazy_size_label(max_unpacked_size)},
            )
        if extension in OOXML_FOLDERS:
            matches = _is_ooxml(archive, OOXML_FOLDERS[extension])
        else:
            matches = _has_media_type(archive, ZIP_MEDIA_TYPES[extension])
    if not matches:
        raise _mismatch(name, extension)


def _has_pdf_header(fileobj):
    fileobj.seek(0)
    head = fileobj.read(PDF_HEADER_WINDOW + 6)
    start = head.find(b"%PDF-")
    if start == -1 or start > PDF_HEADER_WINDOW:
        return False
    before = head[:start].removeprefix(b"\xef\xbb\xbf")
    return not before.strip() and head[start + 5 : start + 6].isdigit()


def is_mp4_video(fileobj):
    """Whether the file starts with an ISO base media ``ftyp`` box of an MP4 video.

    The box is ``size, "ftyp", major brand, minor version, compatible brands``.
    The major brand must not be one of an image, audio or QuickTime file, and
    one of the brands must be an MP4 video brand.
    """
    fileobj.seek(0)
    head = fileobj.read(MEDIA_HEADER_WINDOW)
    if len(head) < 16 or head[4:8] != b"ftyp":
        return False
    size = int.from_bytes(head[:4], "big")
    if size < 16 or size > len(head) or size % 4:
        return False
    major = head[8:12]
    brands = {major} | {head[start : start + 4] for start in range(16, size, 4)}
    return major not in MP4_OTHER_BRANDS and bool(brands & MP4_VIDEO_BRANDS)


def is_webm_video(fileobj):
    """Whether the file starts with an EBML header whose DocType is ``webm``."""
    fileobj.seek(0)
    head = fileobj.read(MEDIA_HEADER_WINDOW)
    if not head.startswith(EBML_MAGIC):
        return False
    size, position = _ebml_number(head, len(EBML_MAGIC))
    if size is None:
        return False
    end = position + size
    if end > len(head):
        return False
    while position < end:
        element, position = _ebml_number(head, position, keep_marker=True)
        length, position = _ebml_number(head, position)
        if element is None or length is None or position + length > end:
            return False
        if element == EBML_DOCTYPE:
            return head[position : position + length].rstrip(b"\x00") == b"webm"
        position += length
    return False


def _ebml_number(data, position, keep_marker=False):
    """An EBML variable-length number at ``position`` and the position after it.

    The number of leading zero bits of the first byte gives the length (1 to 8
    bytes). Element ids keep the length marker bit, sizes drop it. ``(None,
    position)`` for a malformed number or an unknown size (all bits set).
    """
    if position >= len(data) or data[position] == 0:
        return None, position
    first = data[position]
    length = 8 - first.bit_length() + 1
    if position + length > len(data):
        return None, position
    value = int.from_bytes(data[position : position + length], "big")
    if not keep_marker:
        value &= (1 << (7 * length)) - 1
        if value == (1 << (7 * length)) - 1:
            return None, position
    return value, position + length


def is_webvtt(fileobj):
    """Whether the file is UTF-8 text (a byte order mark allowed) that starts with ``WEBVTT``.

    The whole file must decode, hold no NUL byte and next to no control characters.
    """
    fileobj.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    start = ""
    characters = controls = 0
    try:
        while chunk := fileobj.read(_CHUNK):
            if b"\x00" in chunk:
                return False
            text = decoder.decode(chunk)
            characters += len(text)
            controls += len(_CONTROL_CHARACTERS.findall(text))
            if len(start) < len(WEBVTT_SIGNATURE) + 1:
                start += text[: len(WEBVTT_SIGNATURE) + 1]
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    if controls > MAX_CONTROL_SHARE * characters:
        return False
    if not start.startswith(WEBVTT_SIGNATURE):
        return False
    rest = start[len(WEBVTT_SIGNATURE) :]
    return rest == "" or rest[0] in " \t\r\n"


def _is_ooxml(archive, folder):
    names = archive.namelist()
    return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)


def _has_media_type(archive, media_type):
    infos = archive.infolist()
    if not infos or infos[0].filename != "mimetype" or infos[0].file_size > 100:
        return False
    try:
        return archive.read(infos[0]) == media_type.encode("ascii")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        # Bad CRC, an encrypted entry or an unsupported compression method.
        return False


def _text_sample(fileobj):
    """The beginning of the file as text if all of it is plain text, else ``None``.

    Plain text decodes as UTF-8 or Windows-1252, has no NUL bytes and next to
    no other control characters, and does not start like HTML, XML, a script,
    a program, a PDF or a ZIP.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        fileobj.seek(0)
        decoder = codecs.getincrementaldecoder(encoding)()
        sample = ""
        characters = controls = 0
        try:
            while chunk := fileobj.read(_CHUNK):
                if b"\x00" in chunk:
                    return None
                text = decoder.decode(chunk)
                characters += len(text)
                controls += len(_CONTROL_CHARACTERS.findall(text))
                if len(sample) < CSV_SAMPLE_CHARS:
                    sample += text[: CSV_SAMPLE_CHARS - len(sample) + 1]
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        if controls > MAX_CONTROL_SHARE * characters:
            return None
        if sample.startswith(BINARY_SIGNATURES):
            return None
        if sample.lstrip().lower().startswith(MARKUP_SIGNATURES):
            return None
        return sample
    return None


def _looks_like_csv(sample):
    """Whether the first rows share a delimiter (leniently: 80 % of rows agree).

    A single column has no delimiter at all and is accepted; text in which a
    delimiter appears but the number of fields keeps changing is prose, not CSV.
    """
    if len(sample) > CSV_SAMPLE_CHARS:
        # The sample ends in the middle of a row: drop it.
        sample = sample[:CSV_SAMPLE_CHARS].rpartition("\n")[0] or sample[:CSV_SAMPLE_CHARS]
    delimiters = CSV_DELIMITERS
    first_line, _newline, rest = sample.partition("\n")
    if first_line.lower().startswith("sep=") and len(first_line.strip()) == 5:
        # Excel's hint line, "sep=;".
        delimiters = (first_line.strip()[4],)
        sample = rest
    seen_delimiter = False
    for delimiter in delimiters:
        if delimiter not in sample:
            continue
        seen_delimiter = True
        try:
            rows = [
                row
                for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
                if any(cell.strip() for cell in row)
            ][:CSV_SAMPLE_ROWS]
        except csv.Error:
            continue
        if not rows:
            continue
        fields, agreeing = Counter(len(row) for row in rows).most_common(1)[0]
        if fields >= 2 and agreeing >= 0.8 * len(rows):
            return True
    return not seen_delimiter


def _contains(fileobj, needle):
    """Whether ``needle`` occurs anywhere in the file (read in chunks)."""
    fileobj.seek(0)
    tail = b""
    while chunk := fileobj.read(_CHUNK):
        if needle in tail + chunk:
            return True
        tail = chunk[-(len(needle) - 1) :]
    return False


def _number(value, decimals):
    if decimals == 0:
        return number_format(round(value), use_l10n=True)
    return number_format(value, decimal_pos=decimals, use_l10n=True)


def size_label(size, other=None):
    """``12,3 MB``; whole values without decimals (``10 MB``), decimal units as on the site.

    With ``other``, as many decimals as it takes for the two labels to differ,
    so "10,04 MB" over a limit of "10 MB" does not read "10 MB".
    """
    for factor, unit in ((1000**3, "GB"), (1000**2, "MB"), (1000, "kB")):
        # Compare the rounded value: 999 960 bytes are "1 MB", not "1000 kB".
        if round(size / factor, 1) >= 1:
            for decimals in (1, 2, 3):
                value = round(size / factor, decimals)
                label = f"{_number(value, 0 if value == int(value) else decimals)} {unit}"
                if other is None or label != size_label(other):
                    return label
            break
    return ngettext("%(count)s Byte", "%(count)s Byte", size) % {
        "count": number_format(size, use_l10n=True)
    }


# Evaluated when the message is shown, in the language active then.
lazy_size_label = lazy(size_label, str)


def _localised_number(value):
    return number_format(value, use_l10n=True)


_lazy_number = lazy(_localised_number, str)
