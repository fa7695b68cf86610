"""The text of an uploaded publication, its page count and whether a PDF is tagged.

:func:`extract` reads a file that :func:`publications.filetypes.check_upload`
accepted (or any other file, for that matter) and returns an
:class:`ExtractionResult`: the text for the search index and the language
guess, the page count where a format has pages, and for PDFs whether the file
is tagged (a precondition for accessible PDFs). It never raises for bad
content: a damaged, encrypted or scanned file becomes a status with a German
message for the editor.

What is read, per format:

* PDF: the text of every page (pypdf), pages joined by blank lines, words
  split at line ends joined again; the page count; the tagging flag.
* DOCX: the paragraphs of the main document (tables and text boxes included),
  tabs and line breaks; the page count Word recorded in ``docProps/app.xml``.
* PPTX: the text of each slide in presentation order; page count = slides.
* XLSX: shared strings, then inline strings of each worksheet; no page count.
* ODT, ODS, ODP: paragraphs and headings of ``content.xml`` (without comments
  and tracked deletions); ODP page count = slides, ODT the page count recorded
  in ``meta.xml``.
* EPUB: the XHTML documents of the spine, in reading order, without scripts,
  styles and ``<head>``; no page count. They are read with :mod:`html.parser`,
  which knows HTML's named entities (``&nbsp;``) and never expands declared ones.
* TXT, CSV: the text, decoded as UTF-8 or else Windows-1252.
* VTT (WebVTT captions): the text of the cues, one cue per line, without cue
  timings, identifiers, comments, styles and markup (voice, class and
  timestamp tags), so a video's captions are searchable.
* MP4, WebM: nothing. A video has no text of its own; the result has the status
  ``"media"``, which is not a problem to flag (its captions and the video page's
  transcript are what is searched).

Work is bounded: at most :data:`MAX_PAGES` PDF pages and :data:`MAX_CHARS`
characters are read, ZIP-based files are refused by their central directory
if they would unpack to too much (see :func:`~publications.filetypes.archive_problem`),
XML is parsed as a stream with DTDs and entities refused (defusedxml), and
there is a time budget of :data:`TIME_BUDGET` seconds. The time budget is soft:
it is checked between pages and paragraphs, and Python cannot interrupt pypdf
inside one page, so a single pathological page can still take longer. Run the
extraction in a background task, not in the request, if that matters.
"""

import codecs
import logging
import posixpath
import re
import time
import zipfile
import zlib
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from urllib.parse import unquote
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import DependencyError, EmptyFileError, PdfReadError, PdfStreamError, PyPdfError

from publications.filetypes import (
    ALLOWED_EXTENSIONS,
    MAX_UNPACKED_SIZE,
    VIDEO_EXTENSIONS,
    archive_problem,
    is_encrypted_office_file,
    lazy_size_label,
    open_zip,
)
from publications.language import detect_language

logger = logging.getLogger(__name__)

OK = "ok"
NO_TEXT = "no_text"
ENCRYPTED = "encrypted"
BROKEN = "broken"
MEDIA = "media"
STATUSES = (OK, NO_TEXT, ENCRYPTED, BROKEN, MEDIA)

# Limits per document.
MAX_PAGES = 2000
MAX_CHARS = 2_000_000
TIME_BUDGET = 30.0  # seconds, checked between pages and paragraphs
# A PDF with fewer non-space characters than this, or than this many per page,
# has no text layer worth searching (scans often carry only page numbers).
MIN_PDF_CHARS = 20
MIN_PDF_CHARS_PER_PAGE = 5

# Words after a line-end hyphen that mark a shortened compound
# ("Gleichstellungs- und Frauenförderung"), not a word split in two.
CONJUNCTIONS = frozenset({"und", "oder", "bzw", "sowie", "bis", "als", "and", "or", "to"})

MESSAGE_PDF_ENCRYPTED = _("Das PDF ist verschlüsselt; sein Text kann nicht durchsucht werden.")
MESSAGE_OFFICE_ENCRYPTED = _(
    "Die Datei ist mit einem Passwort geschützt; ihr Text kann nicht durchsucht werden."
)
MESSAGE_PDF_NO_TEXT = _(
    "Das PDF enthält keinen durchsuchbaren Text (vermutlich eingescannte Bilder)."
)
MESSAGE_NO_TEXT = _("Die Datei enthält keinen durchsuchbaren Text.")
MESSAGE_MEDIA = _(
    "Ein Video hat keinen eigenen Text. Durchsuchbar sind seine Untertiteldateien und "
    "das Transkript auf der Videoseite."
)
MESSAGE_BROKEN = _("Die Datei ist beschädigt und konnte nicht gelesen werden: %(reason)s.")
MESSAGE_TRUNCATED = _(
    "Die Datei ist sehr umfangreich; durchsucht werden kann nur ein Teil ihres Textes "
    "(%(count)s Zeichen)."
)


@dataclass(frozen=True)
class ExtractionResult:
    """What :func:`extract` found out about a file.

    ``status`` is one of :data:`STATUSES`: ``"ok"`` (text found), ``"no_text"``
    (readable, but nothing to search), ``"encrypted"`` (cannot be opened without
    a password), ``"broken"`` (cannot be read) or ``"media"`` (a video: no text
    to look for, and nothing wrong with that). ``message`` is empty when all
    is well, otherwise a lazily translated sentence for the editor; an ``"ok"``
    result has one only if the text was cut short (``truncated``).
    ``page_count`` is ``None`` where the format has no pages or the file could
    not be read; ``is_tagged`` is ``None`` except for readable PDFs.
    ``language`` is ``"de"``, ``"en"`` or ``""`` (see :mod:`publications.language`).
    """

    text: str = ""
    page_count: int | None = None
    is_tagged: bool | None = None
    status: str = OK
    message: str = ""
    language: str = ""
    truncated: bool = False

    @property
    def ok(self):
        return self.status == OK


def extract(
    fileobj,
    extension,
    *,
    max_pages=MAX_PAGES,
    max_chars=MAX_CHARS,
    time_budget=TIME_BUDGET,
):
    """Read ``fileobj`` (a seekable binary file) as a file of type ``extension``.

    ``extension`` is one of :data:`~publications.filetypes.ALLOWED_EXTENSIONS`
    (case and a leading dot do not matter); anything else is a programming
    error and raises :class:`ValueError`. The file's position is restored.
    """
    extension = str(extension).lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise ValueError(f"No text extraction for {extension!r} files.")
    if extension in VIDEO_EXTENSIONS:
        return ExtractionResult(status=MEDIA, message=MESSAGE_MEDIA)
    collector = _Collector(max_chars, time_budget)
    position = fileobj.tell()
    try:
        fileobj.seek(0)
        found = _EXTRACTORS[extension](fileobj, collector, max_pages)
    except _Failure as failure:
        return ExtractionResult(status=failure.status, message=failure.message)
    except Exception as error:
        # Whatever a hostile or damaged file makes a library do, the upload goes on.
        logger.warning("Text extraction from a %s file failed", extension, exc_info=True)
        return ExtractionResult(
            status=BROKEN,
            message=_broken_message(_reason_unexpected(error)),
        )
    finally:
        fileobj.seek(position)
    return _result(extension, collector, found, max_chars)


@dataclass
class _Found:
    """What an extractor found besides the text it gave the collector."""

    page_count: int | None = None
    is_tagged: bool | None = None
    pages_read: int = 0


class _Failure(Exception):
    """Ends an extraction with a status other than ok."""

    def __init__(self, status, message):
        super().__init__(status)
        self.status = status
        self.message = message


class _Collector:
    """Collects text pieces until the character limit or the time budget is reached."""

    def __init__(self, max_chars, seconds):
        self.max_chars = max_chars
        self.deadline = time.monotonic() + seconds
        self.pieces = []
        self.length = 0
        self.truncated = False

    def add(self, text):
        """Keep ``text``; ``False`` once no more text is wanted."""
        if self.truncated:
            return False
        room = self.max_chars - self.length
        if len(text) > room:
            text = text[:room]
            self.truncated = True
        self.pieces.append(text)
        self.length += len(text)
        if time.monotonic() > self.deadline:
            logger.info("Text extraction stopped after its time budget")
            self.truncated = True
        return not self.truncated

    def text(self, separator):
        return separator.join(self.pieces)


def _result(extension, collector, found, max_chars):
    """The result for a file that could be read, with the ok/no_text decision."""
    # Pages, slides and chapters are set apart by a blank line, paragraphs by a line break.
    separator = "\n\n" if extension in ("pdf", "pptx", "epub") else "\n"
    text = _normalise(collector.text(separator))
    truncated = collector.truncated or len(text) > max_chars
    text = text[:max_chars]
    visible = len(text) - sum(text.count(space) for space in " \n")
    if extension == "pdf":
        pages = max(found.pages_read, 1)
        no_text = visible < max(MIN_PDF_CHARS, MIN_PDF_CHARS_PER_PAGE * pages)
        no_text_message = MESSAGE_PDF_NO_TEXT
    else:
        no_text = visible == 0
        no_text_message = MESSAGE_NO_TEXT
    if no_text:
        status, message = NO_TEXT, no_text_message
    elif truncated:
        status, message = OK, _format_lazy(MESSAGE_TRUNCATED, count=_lazy_number(len(text)))
    else:
        status, message = OK, ""
    return ExtractionResult(
        text=text,
        page_count=found.page_count,
        is_tagged=found.is_tagged,
        status=status,
        message=message,
        language="" if no_text else detect_language(text),
        truncated=truncated,
    )


# Text clean-up ------------------------------------------------------------------------------

_LINE_END_HYPHEN = re.compile(r"(?<=(\w))[-\u00ad\u2010][^\S\n]*\n[^\S\n]*(?=(\w+))")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")
_BREAK_WITH_SPACE = re.compile(r"\s*\n\s*")


def dehyphenate(text):
    """Join words that a line end split: ``"Verwal-\\ntung"`` → ``"Verwaltung"``.

    Only a lower-case letter, a hyphen at the line end and a lower-case
    continuation make a split word. A hyphen before an upper-case letter or a
    digit is a real one and stays, only the line break goes
    (``"Diversity-\\nManagement"`` → ``"Diversity-Management"``); before "und",
    "oder" … it shortens a compound and is followed by a space
    (``"Gleichstellungs- und Frauenförderung"``).
    """

    def join(match):
        left, right = match.group(1), match.group(2)
        if match.group().startswith("\u00ad"):
            return ""
        if right.lower() in CONJUNCTIONS:
            return "- "
        if left.islower() and right[0].islower():
            return ""
        return "-"

    return _LINE_END_HYPHEN.sub(join, text)


def _normalise(text):
    """Single spaces, no blank space at line ends, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _HORIZONTAL_SPACE.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


# Messages -----------------------------------------------------------------------------------


def _interpolate(template, params):
    return str(template) % {key: str(value) for key, value in params.items()}


def _format_lazy(template, **params):
    """``template % params``, translated when it is shown rather than now (and picklable)."""
    return _lazy_interpolate(template, params)


_lazy_interpolate = lazy(_interpolate, str)


def _localised_number(value):
    return number_format(value, use_l10n=True)


_lazy_number = lazy(_localised_number, str)


def _broken_message(reason):
    return _format_lazy(MESSAGE_BROKEN, reason=reason)


def _broken(reason, **params):
    return _Failure(BROKEN, _broken_message(_format_lazy(reason, **params)))


def _detail(error):
    """A library's own words for an error, short and without a final full stop."""
    detail = str(error).strip().rstrip(".") or type(error).__name__
    return detail[:200]


def _reason_unexpected(error):
    return _format_lazy(
        _("unerwarteter Fehler beim Lesen (%(detail)s)"),
        detail=f"{type(error).__name__}: {_detail(error)}",
    )


# PDF ----------------------------------------------------------------------------------------


def _extract_pdf(fileobj, collector, max_pages):
    try:
        reader = PdfReader(fileobj)
        if reader.is_encrypted and not _decrypt(reader):
            raise _Failure(ENCRYPTED, MESSAGE_PDF_ENCRYPTED)
        pages = reader.pages
        found = _Found(page_count=len(pages), is_tagged=_is_tagged(reader))
    except EmptyFileError:
        raise _broken(_("sie ist leer")) from None
    except PdfStreamError:
        raise _broken(
            _("sie endet unerwartet, vielleicht wurde sie nicht vollständig gespeichert")
        ) from None
    except DependencyError:
        # AES needs the "cryptography" package; without it, such a PDF stays closed.
        logger.warning("An AES-encrypted PDF could not be decrypted", exc_info=True)
        raise _Failure(ENCRYPTED, MESSAGE_PDF_ENCRYPTED) from None
    except PyPdfError as error:
        reason = _("ihr innerer Aufbau ist fehlerhaft (%(detail)s)")
        raise _broken(reason, detail=_detail(error)) from None

    failed = 0
    for number, page in enumerate(pages, start=1):
        if number > max_pages:
            collector.truncated = True
            break
        found.pages_read = number
        try:
            text = page.extract_text()
        except DependencyError:
            raise _Failure(ENCRYPTED, MESSAGE_PDF_ENCRYPTED) from None
        except Exception:
            logger.info("Page %s of a PDF has no readable text", number, exc_info=True)
            failed += 1
            continue
        if not collector.add(dehyphenate(text)):
            break
    if found.pages_read and failed == found.pages_read:
        raise _broken(_("keine ihrer Seiten ließ sich lesen"))
    return found


def _decrypt(reader):
    """Open an encrypted PDF with the empty password, as readers do; ``False`` if it needs one.

    Many PDFs are encrypted only to restrict printing or copying (an owner
    password): they open with the empty user password.
    """
    try:
        return bool(reader.decrypt(""))
    except DependencyError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, NotImplementedError):
        return False


def _is_tagged(reader):
    """Whether the catalog says the PDF is tagged: /MarkInfo /Marked true and a /StructTreeRoot."""
    try:
        catalog = reader.trailer["/Root"]
        mark_info = _resolve(catalog.get("/MarkInfo"))
        marked = _resolve(mark_info.get("/Marked")) if hasattr(mark_info, "get") else None
        return getattr(marked, "value", None) is True and "/StructTreeRoot" in catalog
    except (PyPdfError, KeyError, AttributeError, TypeError, ValueError):
        logger.info("The catalog of a PDF could not be read", exc_info=True)
        return False


def _resolve(value):
    return value.get_object() if hasattr(value, "get_object") else value


# ZIP-based formats --------------------------------------------------------------------------

# Local names in Office Open XML (transitional and strict use different namespaces).
_OOXML_TEXT = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
# Left out with everything inside: the VML copy Word keeps of every text box next
# to the DrawingML one, phonetic guides in spreadsheets, deleted text, field codes.
_OOXML_SKIPPED = frozenset({"Fallback", "rPh", "delText", "instrText"})

ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
EPUB_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
OPF = "http://www.idpf.org/2007/opf"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _local(tag):
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _open_archive(fileobj):
    """The file as a ZIP within the unpacking limits, or a failure saying why not."""
    archive = open_zip(fileobj)
    if archive is None:
        if is_encrypted_office_file(fileobj):
            raise _Failure(ENCRYPTED, MESSAGE_OFFICE_ENCRYPTED)
        raise _broken(_("sie ist keine gültige ZIP-Datei"))
    problem = archive_problem(archive)
    if problem:
        archive.close()
        if problem == "entries":
            raise _broken(_("sie besteht aus zu vielen Teilen"))
        raise _broken(
            _("sie würde entpackt mehr als %(limit)s belegen"),
            limit=lazy_size_label(MAX_UNPACKED_SIZE),
        )
    return archive


class _Part:
    """One XML part of an archive, read as a stream of outermost paragraphs.

    Elements are dropped as soon as they are complete, so memory stays small
    even for a large worksheet. ``paragraph`` says which elements are
    paragraphs (by tag), ``render`` turns one into text, elements for which
    ``skip`` is true are ignored with everything inside, and ``count`` counts
    elements (ODP slides) while reading.
    """

    def __init__(self, archive, name, paragraph, render, skip=None, count=None):
        self.archive = archive
        self.name = name
        self.paragraph = paragraph
        self.render = render
        self.skip = skip or (lambda tag: False)
        self.count_tag = count
        self.count = 0

    def __iter__(self):
        with _reading(self.name), self.archive.open(self.name) as stream:
            stack = []
            depth = skipping = 0
            for event, element in iterparse(stream, events=("start", "end"), forbid_dtd=True):
                tag = element.tag
                if event == "start":
                    stack.append(element)
                    if skipping or self.skip(tag):
                        skipping += 1
                    elif self.paragraph(tag):
                        depth += 1
                    if tag == self.count_tag:
                        self.count += 1
                    continue
                stack.pop()
                if skipping:
                    skipping -= 1
                elif self.paragraph(tag):
                    depth -= 1
                    if depth == 0:
                        yield self.render(element)
                if depth == 0 and stack:
                    stack[-1].remove(element)


class _reading:
    """Turns errors while reading an archive part into a failure naming the part."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None or isinstance(error, _Failure | GeneratorExit):
            return False
        if isinstance(error, KeyError):
            raise _broken(_("der Teil %(part)s fehlt"), part=self.name) from error
        if isinstance(error, DefusedXmlException):
            raise _broken(
                _("%(part)s enthält eine Dokumenttyp-Definition, die nicht gelesen wird"),
                part=self.name,
            ) from error
        if isinstance(error, ParseError):
            raise _broken(_("%(part)s ist kein gültiges XML"), part=self.name) from error
        if isinstance(
            error, zipfile.BadZipFile | zlib.error | EOFError | RuntimeError | NotImplementedError
        ):
            raise _broken(
                _("%(part)s lässt sich nicht entpacken (%(detail)s)"),
                part=self.name,
                detail=_detail(error),
            ) from error
        return False


def _read_xml(archive, name):
    """A small XML part as an element tree (DTDs and entities refused)."""
    with _reading(name):
        return fromstring(archive.read(name), forbid_dtd=True)


def _find(root, local_name):
    return next((element for element in root.iter() if _local(element.tag) == local_name), None)


def _relationships(archive, rels_name, base):
    """``{id: (type, part name)}`` from a ``.rels`` part; targets resolved against ``base``."""
    if rels_name not in archive.namelist():
        return {}
    targets = {}
    for relation in _read_xml(archive, rels_name).iter(f"{{{RELATIONSHIPS}}}Relationship"):
        if relation.get("TargetMode") == "External":
            continue
        target = unquote(relation.get("Target", ""))
        if target.startswith("/"):
            name = target.lstrip("/")
        else:
            name = posixpath.normpath(posixpath.join(base, target))
        targets[relation.get("Id")] = (relation.get("Type", ""), name)
    return targets


def _main_part(archive, default):
    """The package's main document, from ``_rels/.rels``, or the usual name."""
    names = set(archive.namelist())
    for kind, name in _relationships(archive, "_rels/.rels", "").values():
        if kind.endswith("/officeDocument") and name in names:
            return name
    return default


def _natural_key(name):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _render_ooxml(paragraph):
    """Text runs, tabs and breaks of a w:p / a:p; nested paragraphs on their own lines."""
    pieces = []
    stack = [paragraph]
    while stack:
        element = stack.pop()
        name = _local(element.tag)
        if name in _OOXML_SKIPPED:
            continue
        if name == "t":
            pieces.append(element.text or "")
        elif name in _OOXML_TEXT:
            pieces.append(_OOXML_TEXT[name])
        elif name == "p" and element is not paragraph:
            pieces.append("\n")
        stack.extend(reversed(element))
    return "".join(pieces)


def _is_local(*names):
    names = frozenset(names)
    return lambda tag: _local(tag) in names


_is_ooxml_skipped = _is_local(*_OOXML_SKIPPED)


def _ooxml_paragraphs(archive, name):
    """The w:p or a:p paragraphs of a Word document or a slide."""
    return _Part(archive, name, _is_local("p"), _render_ooxml, skip=_is_ooxml_skipped)


def _add_all(collector, paragraphs):
    """Hand non-empty paragraphs to the collector; ``False`` once it wants no more."""
    return all(collector.add(text) for text in map(_tidy, paragraphs) if text)


def _tidy(text):
    """A paragraph or chapter with single line breaks only and no blank space around it.

    Markup puts line breaks wherever elements meet (a block inside a block, a
    text box inside a paragraph); one is enough.
    """
    return _BREAK_WITH_SPACE.sub("\n", text).strip()


def _recorded_pages(archive):
    """The page count an Office application recorded in docProps/app.xml, if any."""
    if "docProps/app.xml" not in archive.namelist():
        return None
    pages = _find(_read_xml(archive, "docProps/app.xml"), "Pages")
    return _positive_int(pages.text if pages is not None else None)


def _positive_int(value):
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number > 0 else None


def _extract_docx(fileobj, collector, max_pages):
    with _open_archive(fileobj) as archive:
        main = _main_part(archive, "word/document.xml")
        _add_all(collector, _ooxml_paragraphs(archive, main))
        return _Found(page_count=_recorded_pages(archive))


def _extract_pptx(fileobj, collector, max_pages):
    with _open_archive(fileobj) as archive:
        slides = _slide_names(archive)
        for slide in slides:
            paragraphs = map(_tidy, _ooxml_paragraphs(archive, slide))
            if not collector.add("\n".join(filter(None, paragraphs))):
                break
        return _Found(page_count=len(slides))


def _slide_names(archive):
    """The slide parts in presentation order (``p:sldIdLst``), else by their number."""
    names = set(archive.namelist())
    presentation = _main_part(archive, "ppt/presentation.xml")
    if presentation in names:
        folder = posixpath.dirname(presentation)
        rels = posixpath.join(folder, "_rels", posixpath.basename(presentation) + ".rels")
        targets = _relationships(archive, rels, folder)
        slides = []
        for slide_id in _read_xml(archive, presentation).iter():
            if _local(slide_id.tag) != "sldId":
                continue
            # r:id (the relationship), not the plain id attribute (the slide's number).
            relation = next(
                (
                    value
                    for key, value in slide_id.attrib.items()
                    if key.startswith("{") and _local(key) == "id"
                ),
                None,
            )
            name = targets.get(relation, ("", ""))[1]
            if name in names:
                slides.append(name)
        if slides:
            return slides
    pattern = re.compile(r"ppt/slides/slide\d+\.xml")
    return sorted((name for name in names if pattern.fullmatch(name)), key=_natural_key)


def _extract_xlsx(fileobj, collector, max_pages):
    with _open_archive(fileobj) as archive:
        names = archive.namelist()
        parts = ["xl/sharedStrings.xml"] if "xl/sharedStrings.xml" in names else []
        sheet = re.compile(r"xl/worksheets/[^/]+\.xml")
        parts += sorted((name for name in names if sheet.fullmatch(name)), key=_natural_key)
        for part in parts:
            # Shared strings are <si>, inline strings <is>; both hold <t> runs.
            strings = _Part(archive, part, _is_local("si", "is"), _render_ooxml)
            if not _add_all(collector, strings):
                break
        return _Found()


_ODF_PARAGRAPHS = frozenset({f"{{{ODF_TEXT}}}p", f"{{{ODF_TEXT}}}h"})
_ODF_SKIPPED = frozenset(
    {
        f"{{{ODF_TEXT}}}tracked-changes",  # deleted text of tracked changes
        f"{{{ODF_OFFICE}}}annotation",  # comments
        f"{{{ODF_TEXT}}}note-citation",  # the footnote's number
    }
)
_ODF_CHARACTERS = {f"{{{ODF_TEXT}}}tab": "\t", f"{{{ODF_TEXT}}}line-break": "\n"}


def _render_odf(paragraph):
    """A text:p or text:h with its spans, links, spaces (text:s), tabs and line breaks.

    Mixed content (text, then elements with text after them) is walked with an
    explicit stack, so deep nesting cannot exhaust Python's recursion limit.
    """
    pieces = []
    stack = [paragraph]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        tag = item.tag
        if item is not paragraph:
            if tag in _ODF_SKIPPED:
                continue
            if tag == f"{{{ODF_TEXT}}}s":
                count = _positive_int(item.get(f"{{{ODF_TEXT}}}c", "1")) or 1
                pieces.append(" " * min(count, 100))
                continue
            if tag in _ODF_CHARACTERS:
                pieces.append(_ODF_CHARACTERS[tag])
                continue
            if tag in _ODF_PARAGRAPHS:
                # A paragraph inside this one (a footnote, a text box): its own line.
                pieces.append("\n")
                stack.append("\n")
        pieces.append(item.text or "")
        for child in reversed(item):
            stack.append(child.tail or "")
            stack.append(child)
    return "".join(pieces)


def _extract_odf(fileobj, collector, max_pages):
    with _open_archive(fileobj) as archive:
        content = _Part(
            archive,
            "content.xml",
            _ODF_PARAGRAPHS.__contains__,
            _render_odf,
            skip=_ODF_SKIPPED.__contains__,
            count=f"{{{ODF_DRAW}}}page",
        )
        _add_all(collector, content)
        if content.count:
            # Presentations: one draw:page per slide (counted as far as read).
            return _Found(page_count=content.count)
        return _Found(page_count=_odf_recorded_pages(archive))


def _odf_recorded_pages(archive):
    if "meta.xml" not in archive.namelist():
        return None
    statistic = _find(_read_xml(archive, "meta.xml"), "document-statistic")
    if statistic is None:
        return None
    return _positive_int(statistic.get(f"{{{ODF_META}}}page-count"))


def _extract_epub(fileobj, collector, max_pages):
    with _open_archive(fileobj) as archive:
        container = _read_xml(archive, "META-INF/container.xml")
        rootfile = container.find(f".//{{{EPUB_CONTAINER}}}rootfile")
        if rootfile is None or not rootfile.get("full-path"):
            raise _broken(_("META-INF/container.xml nennt kein Paketdokument"))
        package_name = rootfile.get("full-path")
        package = _read_xml(archive, package_name)
        folder = posixpath.dirname(package_name)
        manifest = {
            item.get("id"): item
            for item in package.iter(f"{{{OPF}}}item")
            if item.get("id") and item.get("href")
        }
        names = set(archive.namelist())
        for reference in package.iter(f"{{{OPF}}}itemref"):
            item = manifest.get(reference.get("idref"))
            if item is None or item.get("media-type") not in ("application/xhtml+xml", "text/html"):
                continue
            name = posixpath.normpath(posixpath.join(folder, unquote(item.get("href"))))
            if name not in names:
                continue
            with _reading(name):
                document = archive.read(name)
            if not collector.add(_tidy(_html_text(document))):
                break
        return _Found()


class _HtmlText(HTMLParser):
    """The visible text of an (X)HTML document: blocks on their own lines, no scripts or styles."""

    BLOCKS = frozenset(
        {
            *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
            *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
            *("hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th"),
            *("tr", "ul"),
        }
    )
    HIDDEN = frozenset({"head", "script", "style", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.pieces.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in self.BLOCKS:
            self.pieces.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            # Line breaks in the source are just spaces; blocks make the lines.
            self.pieces.append(" ".join(data.split()) if data.strip() else " ")


def _html_text(document):
    if document.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        markup = document.decode("utf-16", errors="replace")
    else:
        markup = document.decode("utf-8-sig", errors="replace")
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.pieces)


# Plain text ---------------------------------------------------------------------------------


def _extract_text(fileobj, collector, max_pages):
    """TXT and CSV: the text as it is (at most four bytes per character kept are read)."""
    limit = collector.max_chars * 4
    data = fileobj.read(limit + 1)
    complete = len(data) <= limit
    data = data[:limit]
    try:
        # An incomplete character at the cut is left out rather than refused.
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=complete)
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    collector.add(text)
    if not complete:
        collector.truncated = True
    return _Found()


# WebVTT -------------------------------------------------------------------------------------

_VTT_TAG = re.compile(r"<[^>]*>")
_VTT_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")
_VTT_CHUNK = 64 * 1024


def _extract_vtt(fileobj, collector, max_pages):
    """The cue text of a WebVTT file, one cue per line.

    Blocks are separated by blank lines. The header block (``WEBVTT …``) and
    ``NOTE``, ``STYLE`` and ``REGION`` blocks are skipped, as is anything that
    is not a cue (a cue has a timing line with ``-->``, after an optional
    identifier). Of a cue only the lines after the timing count; a line break
    inside a cue is layout, so its lines are joined with a space. Tags
    (``<v Name>``, ``<c.x>``, ``<i>``, timestamps) are removed and character
    references (``&amp;``) resolved. A cue that repeats the one before (roll-up
    captions) is kept once. The file is read in chunks until the collector has
    enough text or the time budget is spent.
    """
    previous = None
    for lines in _vtt_blocks(fileobj):
        if time.monotonic() > collector.deadline:
            collector.truncated = True
            break
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None or timing > 1 or lines[0].startswith(_VTT_SKIPPED_BLOCKS):
            continue
        cue = " ".join(unescape(_VTT_TAG.sub("", line)) for line in lines[timing + 1 :])
        cue = " ".join(cue.split())
        if not cue or cue == previous:
            continue
        previous = cue
        if not collector.add(cue):
            break
    return _Found()


def _vtt_blocks(fileobj):
    """The file's blocks (runs of non-blank lines) as lists of lines, read in chunks.

    Decoded as UTF-8 (a byte order mark dropped, bad bytes replaced); CR LF and
    CR end lines as LF does.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    block = []
    rest = ""
    while True:
        chunk = fileobj.read(_VTT_CHUNK)
        text = rest + decoder.decode(chunk, final=not chunk)
        tail = ""
        if chunk and text.endswith("\r"):
            # Its LF may start the next chunk.
            text, tail = text[:-1], "\r"
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        rest = (lines.pop() + tail) if chunk else ""
        for line in lines:
            if line.strip():
                block.append(line)
            elif block:
                yield block
                block = []
        if not chunk:
            break
    if block:
        yield block


_EXTRACTORS = {
    "pdf": _extract_pdf,
    "docx": _extract_docx,
    "pptx": _extract_pptx,
    "xlsx": _extract_xlsx,
    "odt": _extract_odf,
    "ods": _extract_odf,
    "odp": _extract_odf,
    "epub": _extract_epub,
    "txt": _extract_text,
    "csv": _extract_text,
    "vtt": _extract_vtt,
}
