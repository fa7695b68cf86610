"""Text, page counts and tagging from every allowed format, and every failure as a status."""

import pickle
from io import BytesIO

import pytest
from django.utils.functional import Promise
from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError

from publications import extraction
from publications.extraction import (
    BROKEN,
    ENCRYPTED,
    MEDIA,
    NO_TEXT,
    OK,
    ExtractionResult,
    dehyphenate,
    extract,
)
from tests.publications import media, pdfs

BROKEN_PREFIX = "Die Datei ist beschädigt und konnte nicht gelesen werden: "


def run(data, extension, **limits):
    return extract(BytesIO(data), extension, **limits)


# PDF ----------------------------------------------------------------------------------------


def test_one_page_pdf():
    result = run(pdfs.one_page_pdf(), "pdf")
    assert isinstance(result, ExtractionResult)
    assert result.status == OK
    # Lines wrap where fpdf2 broke them; the words are all there, in order.
    assert " ".join(result.text.split()) == pdfs.GERMAN_TEXT
    assert not result.truncated
    assert result.ok
    assert result.page_count == 1
    assert result.is_tagged is False
    assert result.language == "de"
    assert result.message == ""
    assert "Gleichstellungsbeauftragte berät die Dienststelle" in result.text


def test_three_pages_in_order_separated_by_blank_lines():
    result = run(pdfs.three_page_pdf(), "pdf")
    assert result.status == OK
    assert result.page_count == 3
    assert result.text == (
        "Erste Seite: Einleitung zur Vielfalt in der Verwaltung.\n\n"
        "Zweite Seite: Maßnahmen und Angebote für Beschäftigte.\n\n"
        "Dritte Seite: Ansprechpersonen und weitere Informationen."
    )


def test_umlauts_and_words_split_at_line_ends():
    text = run(pdfs.hyphenated_pdf(), "pdf").text
    assert "öffentlichen Verwaltung ist Aufgabe" in text
    assert "Größere Dienststellen haben dafür" in text
    assert "Diversity-Management" in text
    assert "Gleichstellungs- und Frauenförderung" in text
    assert "Straße, Maß, Fuß" in text
    assert "Verwal-" not in text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Verwal-\ntung", "Verwaltung"),
        ("Verwal- \n  tung", "Verwaltung"),
        ("Gleichstel\u00adlung", "Gleichstel\u00adlung"),
        ("Gleichstel\u00ad\nlung", "Gleichstellung"),
        ("Diversity-\nManagement", "Diversity-Management"),
        ("E-\nMail", "E-Mail"),
        ("2020-\n2025", "2020-2025"),
        ("Gleichstellungs-\nund Frauenförderung", "Gleichstellungs- und Frauenförderung"),
        ("Ein- \noder Ausgang", "Ein- oder Ausgang"),
        ("Liste:\n- erster Punkt", "Liste:\n- erster Punkt"),
        ("Ende -\nneuer Satz", "Ende -\nneuer Satz"),
        ("Mitarbeiter-\ninnen und Gast-\nhörer-\ninnen", "Mitarbeiterinnen und Gasthörerinnen"),
    ],
)
def test_dehyphenation(text, joined):
    assert dehyphenate(text) == joined


def test_image_only_pdf_has_no_text():
    result = run(pdfs.image_only_pdf(), "pdf")
    assert result.status == NO_TEXT
    assert result.page_count == 1
    assert result.language == ""
    assert str(result.message) == (
        "Das PDF enthält keinen durchsuchbaren Text (vermutlich eingescannte Bilder)."
    )


def test_page_numbers_alone_are_no_text():
    result = run(pdfs.pdf(*(str(number) for number in range(1, 13))), "pdf")
    assert result.status == NO_TEXT
    assert result.page_count == 12
    assert result.text.endswith("11\n\n12")
    # Five non-space characters per page are the least a page with text has.
    assert run(pdfs.pdf(*(f"Seite {number}" for number in range(1, 13))), "pdf").ok


def test_pdf_with_a_user_password_is_encrypted():
    result = run(pdfs.user_password_pdf(), "pdf")
    assert result.status == ENCRYPTED
    assert result.text == ""
    assert result.page_count is None
    assert result.is_tagged is None
    assert str(result.message) == (
        "Das PDF ist verschlüsselt; sein Text kann nicht durchsucht werden."
    )


def test_pdf_with_only_an_owner_password_opens():
    assert PdfReader(BytesIO(pdfs.owner_password_pdf())).is_encrypted
    result = run(pdfs.owner_password_pdf(), "pdf")
    assert result.status == OK
    assert "Gleichstellungsbeauftragte" in result.text
    assert result.page_count == 1


def test_pdf_needing_a_missing_crypto_library_counts_as_encrypted(monkeypatch):
    def needs_cryptography(self, password):
        raise DependencyError("cryptography is required for AES algorithm")

    monkeypatch.setattr(extraction.PdfReader, "decrypt", needs_cryptography)
    assert run(pdfs.user_password_pdf(), "pdf").status == ENCRYPTED


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (pdfs.truncated_pdf(), "sie endet unerwartet"),
        (pdfs.garbage_pdf(), "sie endet unerwartet"),
        (b"", "sie ist leer"),
        (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF",
            "ihr innerer Aufbau ist fehlerhaft (startxref not found)",
        ),
    ],
)
def test_broken_pdfs_become_a_status_with_a_reason(data, reason):
    result = run(data, "pdf")
    assert result.status == BROKEN
    assert result.text == ""
    assert result.page_count is None
    assert str(result.message).startswith(BROKEN_PREFIX)
    assert str(result.message).endswith(".")
    assert reason in str(result.message)


def test_unreadable_pages_are_skipped(monkeypatch):
    original = PageObject.extract_text

    def second_page_fails(page, *args, **kwargs):
        text = original(page, *args, **kwargs)
        if text.startswith("Zweite"):
            raise KeyError("/Font")
        return text

    monkeypatch.setattr(PageObject, "extract_text", second_page_fails)
    result = run(pdfs.three_page_pdf(), "pdf")
    assert result.status == OK
    assert "Erste Seite" in result.text
    assert "Zweite Seite" not in result.text
    assert "Dritte Seite" in result.text


def test_a_pdf_without_a_single_readable_page_is_broken(monkeypatch):
    def fails(page, *args, **kwargs):
        raise KeyError("/Font")

    monkeypatch.setattr(PageObject, "extract_text", fails)
    result = run(pdfs.three_page_pdf(), "pdf")
    assert result.status == BROKEN
    assert str(result.message) == f"{BROKEN_PREFIX}keine ihrer Seiten ließ sich lesen."


def test_any_error_of_a_library_becomes_broken(monkeypatch):
    def overflows(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(extraction, "PdfReader", overflows)
    result = run(pdfs.one_page_pdf(), "pdf")
    assert result.status == BROKEN
    assert str(result.message) == (
        f"{BROKEN_PREFIX}unerwarteter Fehler beim Lesen "
        "(RecursionError: maximum recursion depth exceeded)."
    )


def test_messages_are_translated_when_shown_and_survive_pickling():
    result = run(pdfs.truncated_pdf(), "pdf")
    assert isinstance(result.message, Promise)
    # A task queue or cache may pickle results; the message is our own object.
    copy = pickle.loads(pickle.dumps(result))  # noqa: S301
    assert str(copy.message) == str(result.message)


def test_tagged_pdf():
    result = run(pdfs.tagged_pdf(), "pdf")
    assert result.is_tagged is True
    assert result.status == OK


@pytest.mark.parametrize(
    "changes",
    [{"structure": False}, {"marked": False}],
    ids=["marked-without-structure-tree", "structure-tree-marked-false"],
)
def test_tagging_needs_both_the_mark_and_the_structure_tree(changes):
    data = pdfs.edited_catalog(pdfs.tagged_pdf(), **changes)
    assert run(data, "pdf").is_tagged is False
    assert run(pdfs.edited_catalog(pdfs.tagged_pdf()), "pdf").is_tagged is True


def test_page_limit_keeps_the_first_pages_and_the_real_count():
    result = run(pdfs.three_page_pdf(), "pdf", max_pages=2)
    assert result.status == OK
    assert result.page_count == 3
    assert "Zweite Seite" in result.text
    assert "Dritte Seite" not in result.text
    assert result.truncated
    assert "nur ein Teil ihres Textes" in str(result.message)


def test_character_limit():
    result = run(pdfs.three_page_pdf(), "pdf", max_chars=60)
    assert len(result.text) <= 60
    assert result.text.startswith("Erste Seite")
    assert result.truncated
    assert "(60 Zeichen)" in str(result.message) or "Zeichen)" in str(result.message)


def test_time_budget_stops_between_pages():
    result = run(pdfs.three_page_pdf(), "pdf", time_budget=0)
    assert result.status == OK
    assert result.truncated
    assert result.text == "Erste Seite: Einleitung zur Vielfalt in der Verwaltung."


def test_file_position_is_restored():
    fileobj = BytesIO(pdfs.one_page_pdf())
    fileobj.seek(7)
    assert extract(fileobj, ".PDF").ok
    assert fileobj.tell() == 7


def test_unknown_extension_is_a_programming_error():
    with pytest.raises(ValueError, match="exe"):
        run(b"MZ", "exe")


# Office Open XML ----------------------------------------------------------------------------

DOCX_BODY = """
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
  <w:r><w:t>Name:</w:t><w:tab/><w:t>Vielfalt</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Zeile eins</w:t><w:br/><w:t>Zeile zwei</w:t></w:r></w:p>
<w:p><w:r><w:t>Alt</w:t></w:r><w:del><w:r><w:delText>GELÖSCHT</w:delText></w:r></w:del>
  <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>bekannt</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Zelle A</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:t>Zelle B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><w:txbxContent>
    <w:p><w:r><w:t>Textfeld</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><w:txbxContent>
    <w:p><w:r><w:t>Textfeld</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>
"""


def test_docx_paragraphs_tabs_breaks_tables_and_text_boxes():
    result = run(pdfs.docx(DOCX_BODY, pages=3), "docx")
    assert result.status == OK
    assert result.text == (
        "Name: Vielfalt\nZeile eins\nZeile zwei\nAltbekannt\nZelle A\nZelle B\nTextfeld"
    )
    assert result.page_count == 3
    assert result.is_tagged is None


def test_docx_language_and_recorded_page_count_are_optional():
    result = run(pdfs.docx(paragraphs=[pdfs.ENGLISH_TEXT]), "docx")
    assert result.language == "en"
    assert result.page_count is None


def test_docx_main_part_is_found_through_the_package_relationships():
    data = pdfs.docx(paragraphs=["Woanders"], main="word/document2.xml")
    assert run(data, "docx").text == "Woanders"


def test_docx_without_text():
    result = run(pdfs.docx(paragraphs=[" "]), "docx")
    assert result.status == NO_TEXT
    assert str(result.message) == "Die Datei enthält keinen durchsuchbaren Text."


def test_billion_laughs_is_refused_without_expanding():
    laughs = "".join(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10))
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">{laughs}]>'
        f'<w:document xmlns:w="{pdfs.W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    result = run(pdfs.docx(document=document), "docx")
    assert result.status == BROKEN
    assert "word/document.xml enthält eine Dokumenttyp-Definition" in str(result.message)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            pdfs.zip_file({"[Content_Types].xml": pdfs.CONTENT_TYPES}),
            "der Teil word/document.xml fehlt",
        ),
        (pdfs.docx(document="<w:document><w:body>"), "word/document.xml ist kein gültiges XML"),
        (pdfs.one_page_pdf(), "sie ist keine gültige ZIP-Datei"),
        (pdfs.docx(paragraphs=["x"])[:-30], "sie ist keine gültige ZIP-Datei"),
        (
            pdfs.claimed_size(pdfs.docx(paragraphs=["x"]), 0xFFFF_FFF0),
            "sie würde entpackt mehr als 200 MB belegen",
        ),
    ],
)
def test_broken_docx(data, reason):
    result = run(data, "docx")
    assert result.status == BROKEN
    assert str(result.message) == f"{BROKEN_PREFIX}{reason}."


def test_password_protected_office_file():
    result = run(pdfs.encrypted_office_file(), "xlsx")
    assert result.status == ENCRYPTED
    assert "mit einem Passwort geschützt" in str(result.message)


def test_pptx_slides_in_presentation_order():
    data = pdfs.pptx(
        [
            ["<a:r><a:t>Folie eins</a:t></a:r>"],
            ["<a:r><a:t>Folie zwei</a:t></a:r><a:br/><a:r><a:t>neue Zeile</a:t></a:r>"],
            ["<a:r><a:t>Folie drei</a:t></a:r>", "<a:r><a:t>Absatz</a:t></a:r>"],
        ],
        order=[3, 1, 2],
    )
    result = run(data, "pptx")
    assert result.page_count == 3
    assert result.text == "Folie drei\nAbsatz\n\nFolie eins\n\nFolie zwei\nneue Zeile"


def test_pptx_without_slide_list_sorts_slides_by_number():
    slides = [[f"<a:r><a:t>Folie {number}</a:t></a:r>"] for number in range(1, 12)]
    data = pdfs.pptx(slides, order=[])
    result = run(data, "pptx")
    assert result.page_count == 11
    assert result.text.index("Folie 2\n") < result.text.index("Folie 10")


def test_xlsx_shared_and_inline_strings_without_numbers():
    data = pdfs.xlsx(shared=["Haushalt", "Gleichstellung"], inline=["Inline eins", "Ä &amp; Ö"])
    result = run(data, "xlsx")
    assert result.status == OK
    assert result.text == "Haushalt\nGleichstellung\nInline eins\nÄ & Ö"
    assert result.page_count is None


# OpenDocument and EPUB ----------------------------------------------------------------------

ODT_BODY = """
<text:tracked-changes><text:changed-region><text:deletion>
  <text:p>Gestrichen</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Überschrift</text:h>
<text:p>Vier<text:s text:c="3"/>Leerzeichen,<text:tab/>Tab und<text:line-break/>Umbruch</text:p>
<text:p>Ein <text:span>Wort</text:span> mit<office:annotation><dc:creator>A</dc:creator>
  <text:p>Kommentar</text:p></office:annotation> Fußnote<text:note>
  <text:note-citation>1</text:note-citation><text:note-body>
  <text:p>Die Fußnote.</text:p></text:note-body></text:note>.</text:p>
"""


def test_odt_paragraphs_headings_spaces_without_comments_or_deletions():
    result = run(pdfs.odt(ODT_BODY, pages=2), "odt")
    assert result.status == OK
    assert result.text == (
        "Überschrift\nVier Leerzeichen, Tab und\nUmbruch\nEin Wort mit Fußnote\nDie Fußnote.\n."
    )
    assert result.page_count == 2


def test_ods_cells():
    result = run(pdfs.ods([["Name", "Amt"], ["Weber", "Personal"]]), "ods")
    assert result.text == "Name\nAmt\nWeber\nPersonal"
    assert result.page_count is None


def test_odp_counts_slides():
    result = run(pdfs.odp([["Willkommen"], ["Zweite Folie", "mit zwei Absätzen"]]), "odp")
    assert result.page_count == 2
    assert result.text == "Willkommen\nZweite Folie\nmit zwei Absätzen"


def test_epub_spine_order_without_head_scripts_and_styles():
    data = pdfs.epub(
        [
            "<h1>Kapitel eins</h1><p>Erster&nbsp;Absatz &amp; mehr</p>",
            "<p>Kapitel zwei,\n  über\n  mehrere Zeilen.</p><ul><li>Punkt</li></ul>",
        ],
        spine=[2, 1],
    )
    result = run(data, "epub")
    assert result.status == OK
    assert result.text == (
        "Kapitel zwei, über mehrere Zeilen.\nPunkt\n\nKapitel eins\nErster Absatz & mehr"
    )
    assert result.page_count is None


def test_epub_without_container_is_broken():
    data = pdfs.zip_file({"OEBPS/content.opf": "<package/>"}, mimetype="application/epub+zip")
    result = run(data, "epub")
    assert result.status == BROKEN
    assert "META-INF/container.xml fehlt" in str(result.message)


# Plain text ---------------------------------------------------------------------------------


def test_txt_in_utf8_and_windows_1252():
    assert run("Größe\r\nMaß  und\tFuß\n\n\n\nEnde".encode(), "txt").text == (
        "Größe\nMaß und Fuß\n\nEnde"
    )
    assert run("Größe – 50 €".encode("cp1252"), "txt").text == "Größe – 50 €"


def test_csv_text():
    result = run(b"Name;Amt\nWeber;Personal\n", "csv")
    assert result.text == "Name;Amt\nWeber;Personal"
    assert result.page_count is None


def test_long_text_is_cut_without_breaking_a_character():
    result = run(("ä" * 30).encode(), "txt", max_chars=5)
    assert result.text == "äääää"
    assert result.truncated


def test_empty_text_file():
    assert run(b"  \n ", "txt").status == NO_TEXT


# Captions and videos ------------------------------------------------------------------------


def test_webvtt_cues_without_timings_notes_styles_and_markup():
    result = run(media.vtt(), "vtt")
    assert result.status == OK
    # One line per cue; the repeated cue (roll-up captions) once.
    assert result.text == (
        "Vielfalt in der Verwaltung beginnt mit Zuhören.\n"
        "[Musik] Willkommen & viel Erfolg!\n"
        "Karaoke mit Zeitmarken"
    )
    assert result.page_count is None


def test_webvtt_with_crlf_a_byte_order_mark_and_no_cues():
    text = "\ufeffWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nErste Zeile\r\nzweite Zeile\r\n"
    assert run(text.encode(), "vtt").text == "Erste Zeile zweite Zeile"
    assert run(b"WEBVTT\n\nNOTE nur ein Kommentar\n", "vtt").status == NO_TEXT


def test_webvtt_is_read_in_chunks(monkeypatch):
    monkeypatch.setattr(extraction, "_VTT_CHUNK", 7)
    text = "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nÄrger über Größe\r\n\r\n"
    text += "".join(f"00:{n:02}.000 --> 00:{n:02}.500\nZeile {n}\n\n" for n in range(3, 30))
    lines = run(text.encode(), "vtt").text.split("\n")
    assert lines[0] == "Ärger über Größe"
    assert lines[-1] == "Zeile 29"
    assert len(lines) == 28


def test_webvtt_character_limit():
    result = run(media.vtt(), "vtt", max_chars=10)
    assert result.text == "Vielfalt i"
    assert result.truncated


@pytest.mark.parametrize(("extension", "data"), [("mp4", media.mp4), ("webm", media.webm)])
def test_videos_have_no_text_and_that_is_no_problem(extension, data):
    result = run(data(), extension)
    assert result.status == MEDIA
    assert result.text == ""
    assert "Untertiteldateien" in str(result.message)
    assert not result.ok
