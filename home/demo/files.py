"""Files of the demo content: PDF publications, project logos and the EU emblem.

Nothing here is committed as a binary. The PDFs are typeset with fpdf2 from the
texts in :mod:`home.demo.publications`, the images are drawn with Pillow, and
both are stored through Django's storage (``MEDIA_ROOT`` or the S3 bucket) the
first time a loader asks for them. Like demo pages, each file is recorded in
``DemoContentRecord`` (``document.<key>``, ``image.<key>``): a later run returns
the recorded file and never brings back one an editor deleted.

Fonts. The PDFs use the PDF standard font Helvetica, which every PDF reader has,
with WinAnsi (cp1252) encoding: that covers German letters and the typographic
quotes „“, dashes and bullets, and keeps the text extractable. Texts must stay
within cp1252; :func:`build_pdf` says which character is not. The images use the
scalable font bundled with Pillow (Aileron, Pillow >= 10.1), so they look the same
on every machine; that font has no umlauts, so :func:`_draw_text` sets the two
dots of ä, ö and ü itself.

Tagging. The PDFs are tagged: a structure tree (Document with H1, H2, P,
BlockQuote and Figure elements in reading order), ``/MarkInfo`` marked, ``/Lang``
de-DE, the document title shown in the window title, and running headers,
footers and decorations marked as artifacts. fpdf2 only tags images and links by
itself; text is tagged through its structure-tree builder (``_add_marked_content``
and ``_out``, private fpdf2 API, pinned by ``fpdf2>=2.8,<3``). Lists are tagged
as paragraphs, and the standard font is not embedded, so the files are tagged but
not PDF/UA conformant.
"""

import math
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.prefs import ViewerPreferences
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from home.demo.publications import PUBLICATIONS, Checklist, Numbered, Publication, Quote
from home.models import DemoContentRecord

# --- PDF ------------------------------------------------------------------------------

FONT = "Helvetica"
ENCODING = "cp1252"
TEXT_COLOUR = (26, 26, 26)
MUTED_COLOUR = (85, 85, 85)
RULE_COLOUR = (200, 200, 200)

MARGIN = 22  # mm, left, right and top
BOTTOM = 22  # mm kept free for the footer
BODY_SIZE = 11  # pt
BODY_LINE = 5.8  # mm
PARAGRAPH_GAP = 2.8  # mm

EU_FUNDING_NOTE = (
    "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert."
)
DEMO_NOTE = (
    "Beispieldokument der Demo-Inhalte der Website-Vorlage „Vielfalt“. Es gibt die "
    "öffentlich beschriebenen Projektinhalte sinngemäß wieder; Kontaktdaten sind "
    "Platzhalter."
)


def _rgb(hex_colour):
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


class HandoutPDF(FPDF):
    """An A4 handout: title area, tagged headings and paragraphs, numbered pages."""

    def __init__(self, publication):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.publication = publication
        self.colour = _rgb(publication.colour)
        self.core_fonts_encoding = "windows-1252"
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_lang("de-DE")
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)
        self.set_title(publication.title)
        self.set_author(publication.publisher)
        self.set_subject(publication.summary)
        self.set_keywords(", ".join(publication.keywords))
        self.set_creator("Vielfalt")
        self.set_producer("Vielfalt (fpdf2)")
        self.set_text_color(*TEXT_COLOUR)

    # Marked content ------------------------------------------------------------------

    @contextmanager
    def tagged(self, struct_type):
        """Mark what is drawn inside as one structure element (H1, P, ...).

        The block must not run over a page break; :meth:`keep` makes room first.
        """
        page = self.page
        mcid = self.struct_builder.next_mcid_for_page(page)
        self._add_marked_content(struct_type=f"/{struct_type}", mcid=mcid)
        self._out(f"/{struct_type} <</MCID {mcid}>> BDC")
        yield
        if self.page != page:
            raise ValueError(f"A tagged {struct_type} ran over a page break.")
        self._out("EMC")

    @contextmanager
    def artifact(self):
        """Mark what is drawn inside as decoration that assistive technology skips."""
        self._out("/Artifact BMC")
        yield
        self._out("EMC")

    def keep(self, height):
        """Start a new page unless ``height`` mm still fit on this one."""
        usable = self.h - MARGIN - BOTTOM
        if height > usable:
            raise ValueError(f"A block of {height:.0f} mm does not fit on one page.")
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    # Page furniture ------------------------------------------------------------------

    def header(self):
        with self.artifact():
            self.set_fill_color(*self.colour)
            self.rect(0, 0, self.w, 6 if self.page_no() > 1 else 14, style="F")
            if self.page_no() > 1:
                self.set_xy(MARGIN, 9)
                self.set_font(FONT, size=8.5)
                self.set_text_color(*MUTED_COLOUR)
                self.cell(0, 4, self.publication.short_title, align="R")
        self.set_text_color(*TEXT_COLOUR)
        self.set_xy(MARGIN, MARGIN if self.page_no() > 1 else 24)

    def footer(self):
        with self.artifact():
            self.set_draw_color(*RULE_COLOUR)
            self.line(MARGIN, self.h - 16, self.w - MARGIN, self.h - 16)
            self.set_xy(MARGIN, self.h - 14)
            self.set_font(FONT, size=8.5)
            self.set_text_color(*MUTED_COLOUR)
            self.cell(60, 4, f"Seite {self.page_no()} von {{nb}}", align="L")
            self.set_x(MARGIN + 60)
            self.cell(self.epw - 60, 4, self.publication.publisher_short, align="R")
        self.set_text_color(*TEXT_COLOUR)

    # Blocks ----------------------------------------------------------------------------

    def _lines(self, text, width, size, style=""):
        """Break ``text`` into lines that fit ``width`` mm (0: up to the right margin).

        A greedy break at spaces, measured word by word: fpdf2's own
        ``multi_cell`` measures every line prefix again and is many times slower.
        """
        self.set_font(FONT, style, size)
        room = (width or self.w - self.r_margin - self.get_x()) - 2 * self.c_margin
        space = self.get_string_width(" ")
        lines, words, used = [], [], 0.0
        for word in text.split():
            word_width = self.get_string_width(word)
            if words and used + space + word_width > room:
                lines.append(" ".join(words))
                words, used = [], 0.0
            used += (space if words else 0) + word_width
            words.append(word)
        if words:
            lines.append(" ".join(words))
        return lines

    def _height(self, text, width, line, size, style=""):
        self.set_x(self.l_margin)
        return len(self._lines(text, width, size, style)) * line

    def _text(self, text, line, size, style="", width=0, x=None):
        if x is not None:
            self.set_x(x)
        left = self.get_x()
        width = width or self.w - self.r_margin - left
        for text_line in self._lines(text, width, size, style):
            self.set_x(left)
            self.cell(width, line, text_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def title_area(self):
        pub = self.publication
        self.set_text_color(*self.colour)
        with self.tagged("P"):
            self._text(pub.kind.upper(), 5, 9.5, "B")
        self.ln(2)
        self.set_text_color(*TEXT_COLOUR)
        with self.tagged("H1"):
            self._text(pub.cover_title or pub.title, 10, 23, "B")
        if pub.subtitle:
            self.ln(1.5)
            self.set_text_color(*MUTED_COLOUR)
            with self.tagged("P"):
                self._text(pub.subtitle, 6.5, 13.5)
        self.ln(3)
        self.set_text_color(*MUTED_COLOUR)
        with self.tagged("P"):
            self._text(f"{pub.publisher}, {pub.year}", 4.8, 9.5)
        self.set_text_color(*TEXT_COLOUR)
        self.ln(4)
        with self.artifact():
            self.set_draw_color(*self.colour)
            self.set_line_width(0.6)
            left = MARGIN + self.c_margin
            self.line(left, self.get_y(), left + 40, self.get_y())
            self.set_line_width(0.2)
        self.ln(6)

    def block_height(self, block):
        if isinstance(block, str):
            return self._height(block, 0, BODY_LINE, BODY_SIZE) + PARAGRAPH_GAP
        if isinstance(block, Quote):
            return (
                self._height(f"„{block.text}“", self.epw - 8, BODY_LINE + 0.4, 11, "I")
                + self._height(block.source, self.epw - 8, 4.6, 9)
                + 3 * PARAGRAPH_GAP
            )
        items = block.items if isinstance(block, Checklist | Numbered) else block
        return sum(self._height(item, self.epw - 7, BODY_LINE, BODY_SIZE) + 1.6 for item in items)

    def heading(self, text, next_block):
        height = self._height(text, 0, 7, 14, "B") + 7
        first = next_block
        if isinstance(next_block, Checklist | Numbered):
            first = next_block.items[:1]
        elif isinstance(next_block, list):
            first = next_block[:1]
        self.keep(height + (self.block_height(first) if first is not None else 0))
        if self.get_y() > MARGIN + 1:
            self.ln(4)
        self.set_text_color(*self.colour)
        with self.tagged("H2"):
            self._text(text, 7, 14, "B")
        self.set_text_color(*TEXT_COLOUR)
        self.ln(2)

    def paragraph(self, text):
        self.keep(self._height(text, 0, BODY_LINE, BODY_SIZE))
        with self.tagged("P"):
            self._text(text, BODY_LINE, BODY_SIZE)
        self.ln(PARAGRAPH_GAP)

    def items(self, items, marker="bullet"):
        """A list: each item is a paragraph behind a bullet, a box to tick or its number."""
        indent = 7
        for number, item in enumerate(items, start=1):
            self.keep(self._height(item, self.epw - indent, BODY_LINE, BODY_SIZE))
            top = self.get_y()
            if marker == "number":
                with self.tagged("P"):
                    self.set_font(FONT, "B", BODY_SIZE)
                    self.set_text_color(*self.colour)
                    self.cell(indent, BODY_LINE, f"{number}.")
                    self.set_text_color(*TEXT_COLOUR)
                    self._text(item, BODY_LINE, BODY_SIZE, width=self.epw - indent)
            else:
                with self.artifact():
                    left = MARGIN + self.c_margin
                    if marker == "box":
                        self.set_draw_color(*self.colour)
                        self.set_line_width(0.35)
                        self.rect(left, top + 1.1, 3.2, 3.2)
                        self.set_line_width(0.2)
                    else:
                        self.set_fill_color(*self.colour)
                        self.circle(left + 1, top + BODY_LINE / 2, 0.8, style="F")
                self.set_xy(MARGIN + indent, top)
                with self.tagged("P"):
                    self._text(item, BODY_LINE, BODY_SIZE, width=self.epw - indent)
            self.ln(1.6)
        self.ln(PARAGRAPH_GAP - 1.6)

    def quote(self, quote):
        self.keep(self.block_height(quote))
        self.ln(PARAGRAPH_GAP)
        top = self.get_y()
        with self.tagged("BlockQuote"):
            self._text(f"„{quote.text}“", BODY_LINE + 0.4, 11, "I", self.epw - 8, MARGIN + 8)
        self.ln(1)
        self.set_text_color(*MUTED_COLOUR)
        with self.tagged("P"):
            self._text(quote.source, 4.6, 9, width=self.epw - 8, x=MARGIN + 8)
        self.set_text_color(*TEXT_COLOUR)
        with self.artifact():
            self.set_fill_color(*self.colour)
            self.rect(MARGIN + self.c_margin, top, 1.6, self.get_y() - top, style="F")
        self.ln(2 * PARAGRAPH_GAP)

    def imprint(self):
        pub = self.publication
        lines = [f"Herausgegeben von: {pub.publisher}", f"Erscheinungsjahr: {pub.year}"]
        emblem_height = 20 if pub.eu_funding else 0
        height = sum(self._height(line, 0, 4.6, 9) for line in [*lines, DEMO_NOTE]) + 30
        self.keep(height + emblem_height)
        self.ln(6)
        with self.artifact():
            self.set_draw_color(*RULE_COLOUR)
            self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.ln(4)
        self.set_text_color(*self.colour)
        with self.tagged("H2"):
            self._text("Impressum", 6, 11, "B")
        self.set_text_color(*TEXT_COLOUR)
        for line in lines:
            with self.tagged("P"):
                self._text(line, 4.6, 9)
        self.ln(1.5)
        if pub.eu_funding:
            top = self.get_y()
            self.image(
                render_eu_emblem(height=240),
                x=MARGIN,
                y=top,
                h=emblem_height,
                alt_text="Flagge der Europäischen Union mit dem Schriftzug "
                "„Kofinanziert von der Europäischen Union“",
            )
            self.set_y(top + emblem_height + 1.5)
            with self.tagged("P"):
                self._text(EU_FUNDING_NOTE, 4.6, 9)
            self.ln(1.5)
        self.set_text_color(*MUTED_COLOUR)
        with self.tagged("P"):
            self._text(DEMO_NOTE, 4.6, 9)
        self.set_text_color(*TEXT_COLOUR)


def _check_encoding(publication):
    for text in publication.strings():
        try:
            text.encode(ENCODING)
        except UnicodeEncodeError as error:
            raise ValueError(
                f"{publication.filename}: {text[error.start : error.end]!r} is outside "
                f"{ENCODING}, which the PDF standard fonts can print: {text[:60]!r}"
            ) from error


def build_pdf(publication: Publication) -> bytes:
    """Typeset ``publication`` as a tagged A4 PDF and return its bytes."""
    _check_encoding(publication)
    pdf = HandoutPDF(publication)
    pdf.add_page()
    pdf.title_area()
    for heading, blocks in publication.sections:
        pdf.heading(heading, blocks[0] if blocks else None)
        for block in blocks:
            if isinstance(block, str):
                pdf.paragraph(block)
            elif isinstance(block, Quote):
                pdf.quote(block)
            elif isinstance(block, Checklist):
                pdf.items(block.items, marker="box")
            elif isinstance(block, Numbered):
                pdf.items(block.items, marker="number")
            else:
                pdf.items(block)
    pdf.imprint()
    return bytes(pdf.output())


# --- Images ---------------------------------------------------------------------------

EU_BLUE = (0, 51, 153)  # reflex blue #003399
EU_GOLD = (255, 221, 0)  # #FFDD00
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)

_DIAERESIS = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}


def _font(size):
    """Pillow's bundled scalable font, laid out without Raqm so output is the same everywhere."""
    return ImageFont.load_default(size=size).font_variant(layout_engine=ImageFont.Layout.BASIC)


def _draw_text(draw, xy, text, size, fill, bold=False):
    """Draw ``text`` with its top-left corner at ``xy``, setting umlaut dots by hand.

    Pillow's bundled font has no ä, ö or ü, so the base letter is drawn and two
    dots are placed above it, sized and spaced from the font's own metrics. It has
    no ß either: image texts avoid it.
    """
    font = _font(size)
    stroke = 1 if bold else 0
    base = "".join(_DIAERESIS.get(char, char) for char in text)
    x, y = xy
    draw.text((x, y), base, font=font, fill=fill, stroke_width=stroke, stroke_fill=fill)
    radius = size * 0.055 + stroke * 0.6
    for index, char in enumerate(text):
        if char not in _DIAERESIS:
            continue
        letter = base[index]
        left = x + font.getlength(base[:index])
        centre = left + font.getlength(letter) / 2
        top = font.getbbox(letter)[1] - stroke
        dot_y = y + top - size * 0.1 - radius
        spread = size * (0.14 if letter.islower() else 0.17)
        for dot_x in (centre - spread, centre + spread):
            draw.ellipse(
                (dot_x - radius, dot_y - radius, dot_x + radius, dot_y + radius), fill=fill
            )


def _star(centre, radius):
    """The ten corners of an upright five-pointed star."""
    inner = radius * math.sin(math.radians(18)) / math.sin(math.radians(54))
    points = []
    for corner in range(10):
        angle = math.radians(-90 + corner * 36)
        r = radius if corner % 2 == 0 else inner
        points.append((centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle)))
    return points


def eu_star_centres(left, top, height):
    """Centres of the twelve stars of an EU flag of ``height`` px at (``left``, ``top``).

    The stars stand like the hours on a clock face on a circle whose radius is a
    third of the flag's height, around the centre of the flag (width 1.5 × height).
    """
    cx, cy = left + height * 0.75, top + height / 2
    return [
        (
            cx + height / 3 * math.cos(math.radians(hour * 30)),
            cy + height / 3 * math.sin(math.radians(hour * 30)),
        )
        for hour in range(12)
    ]


def render_eu_emblem(height=200):
    """The EU flag with „Kofinanziert von der Europäischen Union“ beside it (3:1)."""
    scale = height / 200
    image = Image.new("RGB", (round(600 * scale), height), WHITE)
    draw = ImageDraw.Draw(image)
    flag_h = round(160 * scale)
    left = top = round(20 * scale)
    draw.rectangle((left, top, left + flag_h * 1.5 - 1, top + flag_h - 1), fill=EU_BLUE)
    for centre in eu_star_centres(left, top, flag_h):
        draw.polygon(_star(centre, flag_h / 18), fill=EU_GOLD)
    size = round(31 * scale)
    text_x = left + flag_h * 1.5 + round(22 * scale)
    _draw_text(draw, (text_x, round(58 * scale)), "Kofinanziert von der", size, BLACK)
    _draw_text(draw, (text_x, round(106 * scale)), "Europäischen Union", size, BLACK, bold=True)
    return image


def _network_motif(draw, left, top, colours):
    """Five nodes joined by lines: the network of the Berlin project."""
    nodes = [(left + 20, top + 30), (left + 70, top + 14), (left + 100, top + 60)]
    nodes += [(left + 40, top + 92), (left + 86, top + 118)]
    for a, b in [(0, 1), (1, 2), (0, 3), (2, 3), (3, 4), (2, 4)]:
        draw.line((*nodes[a], *nodes[b]), fill=colours[0], width=4)
    for index, (x, y) in enumerate(nodes):
        r = 12 if index % 2 == 0 else 9
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colours[1 + index % 3])


def _dots_motif(draw, left, top, colours):
    """Overlapping circles in several colours: living diversity."""
    for index, (dx, dy, r) in enumerate(
        [(28, 40, 26), (70, 34, 20), (48, 86, 22), (94, 78, 28), (30, 122, 14), (86, 126, 16)]
    ):
        draw.ellipse(
            (left + dx - r, top + dy - r, left + dx + r, top + dy + r),
            fill=colours[index % len(colours)],
        )


def _wordmark(background, lines, motif=None, motif_colours=()):
    """A 600 × 160 px logo: optional motif on the left, text lines in white."""
    image = Image.new("RGB", (600, 160), background)
    draw = ImageDraw.Draw(image)
    text_x = 36
    if motif is not None:
        motif(draw, 24, 12, motif_colours)
        text_x = 170
    for text, y, size, bold in lines:
        _draw_text(draw, (text_x, y), text, size, WHITE, bold=bold)
    return image


def render_logo_berliner_netzwerke():
    return _wordmark(
        (11, 79, 108),
        [("Berliner Netzwerke", 34, 44, True), ("für Vielfalt", 92, 36, False)],
        _network_motif,
        [(255, 255, 255), (251, 233, 166), (255, 255, 255), (142, 210, 201)],
    )


def render_logo_vielfalt_leben():
    return _wordmark(
        (84, 38, 120),
        [("Vielfalt Leben", 28, 50, True), ("Für eine zukunftsfähige Verwaltung", 98, 22, False)],
        _dots_motif,
        [(251, 233, 166), (242, 140, 120), (142, 210, 201), (255, 255, 255)],
    )


def render_logo_landesstelle():
    return _wordmark(
        (0, 90, 140),
        [("Landesstelle für Vielfalt", 36, 44, True), ("(Demo)", 96, 30, False)],
    )


@dataclass(frozen=True)
class DemoImage:
    title: str
    description: str  # the image's alt text in Wagtail
    render: object


IMAGES = {
    "eu-emblem": DemoImage(
        "Emblem: Kofinanziert von der Europäischen Union",
        "Flagge der Europäischen Union mit dem Schriftzug "
        "„Kofinanziert von der Europäischen Union“",
        render_eu_emblem,
    ),
    "logo-berliner-netzwerke": DemoImage(
        "Logo des Projekts Berliner Netzwerke für Vielfalt",
        "Logo des Projekts Berliner Netzwerke für Vielfalt",
        render_logo_berliner_netzwerke,
    ),
    "logo-vielfalt-leben": DemoImage(
        "Logo des Projekts Vielfalt Leben",
        "Logo des Projekts Vielfalt Leben. Für eine zukunftsfähige Verwaltung",
        render_logo_vielfalt_leben,
    ),
    "logo-landesstelle": DemoImage(
        "Logo der Landesstelle für Vielfalt (Demo)",
        "Landesstelle für Vielfalt (Demo)",
        render_logo_landesstelle,
    ),
}


def render_png(key) -> bytes:
    """The demo image ``key`` as optimised PNG bytes."""
    buffer = BytesIO()
    IMAGES[key].render().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- Stored files -----------------------------------------------------------------------


def _recorded(record_key, model, create):
    """The object recorded under ``record_key``; made by ``create()`` the first time.

    None when an editor has deleted it since: it is not made again.
    """
    record = DemoContentRecord.objects.filter(key=record_key).first()
    if record is not None:
        return model.objects.filter(pk=record.object_id).first()
    with transaction.atomic():
        instance = create()
        DemoContentRecord.objects.create(key=record_key, object_id=instance.pk)
    return instance


def _with_metadata(instance, data):
    instance.file_size = len(data)
    instance.file_hash = hash_filelike(BytesIO(data))
    instance.save()
    return instance


def demo_document(key):
    """The Wagtail document of the publication ``key``, typeset and stored once."""
    publication = PUBLICATIONS[key]
    Document = get_document_model()

    def create():
        data = build_pdf(publication)
        file = ContentFile(data, name=publication.filename)
        document = Document(title=publication.title, file=file)
        return _with_metadata(document, data)

    return _recorded(f"document.{key}", Document, create)


def demo_image(key):
    """The Wagtail image ``key`` (a logo or the EU emblem), drawn and stored once."""
    spec = IMAGES[key]
    ImageModel = get_image_model()

    def create():
        data = render_png(key)
        image = ImageModel(
            title=spec.title,
            description=spec.description,
            file=ImageFile(BytesIO(data), name=f"{key}.png"),
        )
        return _with_metadata(image, data)

    return _recorded(f"image.{key}", ImageModel, create)
