"""Test inputs built in memory: PDFs (fpdf2, pypdf) and ZIP-based documents (zipfile).

Every helper returns ``bytes``; nothing is read from disk. The Office, OpenDocument
and EPUB builders write the smallest XML the extraction needs, in the
namespaces real applications use.
"""

import struct
import zipfile
from io import BytesIO

from fpdf import FPDF
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, NameObject

GERMAN_TEXT = (
    "Die Gleichstellungsbeauftragte berät die Dienststelle in allen Fragen der "
    "Vielfalt. Sie ist an Personalentscheidungen beteiligt und prüft, ob die "
    "Maßnahmen für alle Beschäftigten gleichermaßen gelten."
)
ENGLISH_TEXT = (
    "The equality officer advises the administration on all questions of diversity. "
    "She is involved in staffing decisions and checks that the measures apply to all "
    "employees in the same way, and that they are fair for those who work there."
)


# PDF ----------------------------------------------------------------------------------------


def pdf(*pages, encryption=None, image=False):
    """A PDF with one page per text (Helvetica, so umlauts are WinAnsi), ``bytes``.

    ``encryption`` is passed to fpdf2's ``set_encryption``; ``image`` puts a
    picture with alternative text on the first page, which makes fpdf2 write a
    tagged PDF (/MarkInfo and /StructTreeRoot).
    """
    document = FPDF()
    document.set_font("Helvetica", size=12)
    for number, text in enumerate(pages or ("",)):
        document.add_page()
        if image and number == 0:
            document.image(picture(), x=10, y=10, w=60, alt_text="Logo der Dienststelle")
            document.set_y(50)
        if text:
            document.multi_cell(0, 6, text)
    if encryption:
        document.set_encryption(**encryption)
    return bytes(document.output())


def picture():
    """A small Pillow image, as scanners put on pages."""
    return Image.new("RGB", (120, 60), (40, 90, 160))


def one_page_pdf():
    return pdf(GERMAN_TEXT)


def three_page_pdf():
    return pdf(
        "Erste Seite: Einleitung zur Vielfalt in der Verwaltung.",
        "Zweite Seite: Maßnahmen und Angebote für Beschäftigte.",
        "Dritte Seite: Ansprechpersonen und weitere Informationen.",
    )


def hyphenated_pdf():
    """German text with umlauts and words split at line ends, as typesetters do."""
    return pdf(
        "Die Gleichstellung in der öffentlichen Verwal-\n"
        "tung ist Aufgabe aller Beschäftigten. Größere Dienststellen ha-\n"
        "ben dafür eigene Beauftragte, die das Diversity-\n"
        "Management und die Gleichstellungs-\n"
        "und Frauenförderung begleiten. Übrigens: Straße, Maß, Fuß."
    )


def image_only_pdf():
    """A scanned page: an image and no text layer."""
    document = FPDF()
    document.add_page()
    document.image(picture(), x=10, y=10, w=180)
    return bytes(document.output())


def user_password_pdf():
    """Needs a password to open."""
    return pdf(GERMAN_TEXT, encryption={"owner_password": "besitzer", "user_password": "geheim"})


def owner_password_pdf():
    """Encrypted only to restrict what readers may do; opens without a password."""
    return pdf(GERMAN_TEXT, encryption={"owner_password": "besitzer"})


def truncated_pdf():
    data = three_page_pdf()
    return data[: len(data) // 2]


def garbage_pdf():
    """The header, then noise."""
    return b"%PDF-1.7\n" + b"\x00\x13garbage\xff" * 200


def tagged_pdf():
    return pdf(GERMAN_TEXT, image=True)


def edited_catalog(data, *, marked=None, structure=True):
    """``data`` rewritten by pypdf: /Marked set to ``marked``, /StructTreeRoot kept or not."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    catalog = writer.root_object
    if marked is not None:
        catalog[NameObject("/MarkInfo")][NameObject("/Marked")] = BooleanObject(marked)
    if not structure:
        del catalog["/StructTreeRoot"]
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


# ZIP-based documents ------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
SLIDE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'

ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
ODF_MEDIA_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}


def zip_file(entries, mimetype=None):
    """A ZIP of ``{name: text or bytes}``; ``mimetype`` first and stored, as ODF and EPUB want."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def relationships(*relations):
    """A .rels part from ``(id, type, target)`` triples."""
    items = "".join(
        f'<Relationship Id="{id_}" Type="{type_}" Target="{target}"/>'
        for id_, type_, target in relations
    )
    return f'<?xml version="1.0"?><Relationships xmlns="{RELS}">{items}</Relationships>'


def word_paragraph(text):
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def docx(body=None, *, paragraphs=(), main="word/document.xml", pages=None, document=None):
    """A Word file: ``paragraphs`` as plain w:p, ``body`` as raw WordprocessingML after them."""
    xml = document or (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:mc="{MC}" '
        f'xmlns:a="{A}"><w:body>{"".join(map(word_paragraph, paragraphs))}{body or ""}'
        "</w:body></w:document>"
    )
    entries = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": relationships(("rId1", OFFICE_DOCUMENT, main)),
        main: xml,
    }
    if pages is not None:
        entries["docProps/app.xml"] = (
            '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/extended-properties"><Pages>{pages}</Pages></Properties>'
        )
    return zip_file(entries)


def pptx(slides, order=None):
    """A presentation: ``slides`` (lists of paragraphs) as slide1.xml … , shown in ``order``.

    ``order`` lists slide numbers in presentation order (default: as given);
    the file numbers and the order in ``p:sldIdLst`` can differ, as after
    reordering slides in PowerPoint.
    """
    order = range(1, len(slides) + 1) if order is None else order
    entries = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": relationships(("rId1", OFFICE_DOCUMENT, "ppt/presentation.xml")),
        "ppt/_rels/presentation.xml.rels": relationships(
            *((f"rId{number}", SLIDE, f"slides/slide{number}.xml") for number in order)
        ),
        "ppt/presentation.xml": (
            f'<?xml version="1.0"?><p:presentation xmlns:p="{P}" xmlns:r="{R}"><p:sldIdLst>'
            + "".join(f'<p:sldId id="{255 + number}" r:id="rId{number}"/>' for number in order)
            + "</p:sldIdLst></p:presentation>"
        ),
    }
    for number, paragraphs in enumerate(slides, start=1):
        text = "".join(f"<a:p>{paragraph}</a:p>" for paragraph in paragraphs)
        entries[f"ppt/slides/slide{number}.xml"] = (
            f'<?xml version="1.0"?><p:sld xmlns:p="{P}" xmlns:a="{A}"><p:cSld><p:spTree>'
            f"<p:sp><p:txBody>{text}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        )
    return zip_file(entries)


def xlsx(shared=(), inline=()):
    """A workbook: ``shared`` strings referenced from sheet1, ``inline`` strings in sheet2."""
    strings = "".join(f"<si><t>{text}</t></si>" for text in shared)
    references = "".join(
        f'<c r="A{row}" t="s"><v>{row - 1}</v></c>' for row in range(1, len(shared) + 1)
    )
    inline_cells = "".join(
        f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>{text}</t></is></c>'
        f'<c r="B{row}"><v>{row * 1000}</v></c></row>'
        for row, text in enumerate(inline, start=1)
    )
    return zip_file(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": relationships(("rId1", OFFICE_DOCUMENT, "xl/workbook.xml")),
            "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{S}"/>',
            "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst xmlns="{S}">{strings}</sst>',
            "xl/worksheets/sheet1.xml": (
                f'<?xml version="1.0"?><worksheet xmlns="{S}"><sheetData><row r="1">'
                f"{references}</row></sheetData></worksheet>"
            ),
            "xl/worksheets/sheet2.xml": (
                f'<?xml version="1.0"?><worksheet xmlns="{S}"><sheetData>{inline_cells}'
                "</sheetData></worksheet>"
            ),
        }
    )


def opendocument(extension, body, *, pages=None, mimetype=None):
    """An OpenDocument file of kind ``extension`` with ``body`` inside office:body."""
    entries = {
        "content.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NAMESPACES}>'
            f"<office:body>{body}</office:body></office:document-content>"
        ),
        "META-INF/manifest.xml": '<?xml version="1.0"?><manifest/>',
    }
    if pages is not None:
        entries["meta.xml"] = (
            f'<?xml version="1.0"?><office:document-meta {ODF_NAMESPACES}><office:meta>'
            f'<meta:document-statistic meta:page-count="{pages}"/></office:meta>'
            "</office:document-meta>"
        )
    return zip_file(entries, mimetype=mimetype or ODF_MEDIA_TYPES[extension])


def odt(body="<text:p>Vielfalt in der Verwaltung.</text:p>", pages=None):
    return opendocument("odt", f"<office:text>{body}</office:text>", pages=pages)


def ods(rows):
    cells = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>" for cell in row)
        + "</table:table-row>"
        for row in rows
    )
    return opendocument(
        "ods",
        f'<office:spreadsheet><table:table table:name="Tabelle1">{cells}</table:table>'
        "</office:spreadsheet>",
    )


def odp(slides):
    pages = "".join(
        f'<draw:page draw:name="Folie{number}"><draw:frame><draw:text-box>'
        + "".join(f"<text:p>{paragraph}</text:p>" for paragraph in paragraphs)
        + "</draw:text-box></draw:frame></draw:page>"
        for number, paragraphs in enumerate(slides, start=1)
    )
    return opendocument("odp", f"<office:presentation>{pages}</office:presentation>")


def epub(chapters, spine=None):
    """An EPUB 3 with ``chapters`` (XHTML bodies) as chap1.xhtml …, read in ``spine`` order."""
    spine = spine or range(1, len(chapters) + 1)
    manifest = "".join(
        f'<item id="c{number}" href="text/chap{number}.xhtml" media-type="application/xhtml+xml"/>'
        for number in range(1, len(chapters) + 1)
    )
    entries = {
        "META-INF/container.xml": (
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>"
        ),
        "OEBPS/content.opf": (
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f'<manifest>{manifest}<item id="css" href="style.css" media-type="text/css"/>'
            "</manifest><spine>"
            + "".join(f'<itemref idref="c{number}"/>' for number in spine)
            + "</spine></package>"
        ),
        "OEBPS/style.css": "body { font-family: serif; }",
    }
    for number, body in enumerate(chapters, start=1):
        entries[f"OEBPS/text/chap{number}.xhtml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html>'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Kapitel</title>'
            "<style>p { color: red; }</style></head>"
            f"<body>{body}<script>var geheim = 'Skripttext';</script></body></html>"
        )
    return zip_file(entries, mimetype="application/epub+zip")


def claimed_size(data, size):
    """``data`` (a ZIP) with every central directory entry claiming ``size`` unpacked bytes.

    A zip bomb need not be large to be dangerous; what matters to a checker
    that trusts nothing but the central directory is what the entries claim.
    """
    data = bytearray(data)
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        struct.pack_into("<I", data, start + 24, size)
        start += 4
    return bytes(data)


def compressed_zeros_docx(size):
    """A DOCX whose document part is ``size`` zero bytes: a few kB packed, ``size`` unpacked."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w") as part:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                part.write(chunk)
            part.write(bytes(size % len(chunk)))
    return buffer.getvalue()


def many_entries_docx(count):
    """A DOCX with ``count`` empty parts besides the usual ones."""
    entries = {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<w:document/>"}
    entries.update({f"word/media/empty{number}.bin": b"" for number in range(count)})
    return zip_file(entries)


def encrypted_office_file():
    """What Word saves with a password: a Compound File holding an EncryptedPackage stream.

    Only the parts a checker looks at are real (signature, stream name).
    """
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\x00")
    directory += "EncryptedPackage".encode("utf-16-le").ljust(128, b"\x00")
    return header + bytes(2048) + directory + bytes(1024)


def legacy_office_file():
    """A Word 97-2003 file as far as its first bytes go."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le")


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def picture_png():
    """PNG bytes, for uploads that pretend to be something else."""
    buffer = BytesIO()
    picture().save(buffer, format="PNG")
    return buffer.getvalue()
