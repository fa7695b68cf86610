"""Uploads are checked by their bytes: the extension must be allowed and tell the truth."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from publications.filetypes import (
    ALLOWED_EXTENSIONS,
    MAX_UNPACKED_SIZE,
    UploadRefused,
    check_upload,
    file_extension,
    size_label,
)
from tests.publications import media, pdfs

CSV_TEXT = "Name;Amt;Telefon\nAyşe Yılmaz;Gleichstellung;030 123\nJonas Weber;Personal;030 456\n"

VALID = {
    "pdf": pdfs.one_page_pdf,
    "docx": lambda: pdfs.docx(paragraphs=["Vielfalt"]),
    "xlsx": lambda: pdfs.xlsx(shared=["Vielfalt"]),
    "pptx": lambda: pdfs.pptx([["<a:r><a:t>Vielfalt</a:t></a:r>"]]),
    "odt": pdfs.odt,
    "ods": lambda: pdfs.ods([["Vielfalt", "Verwaltung"]]),
    "odp": lambda: pdfs.odp([["Vielfalt"]]),
    "txt": lambda: "Größe und Maß – ein Text.\n".encode(),
    "csv": lambda: CSV_TEXT.encode(),
    "epub": lambda: pdfs.epub(["<p>Vielfalt</p>"]),
    "mp4": media.mp4,
    "webm": media.webm,
    "vtt": media.vtt,
}


def refusal(name, data, max_size=None, **limits):
    """The refusal ``check_upload`` raises for ``data`` uploaded as ``name``."""
    with pytest.raises(UploadRefused) as caught:
        check_upload(name, BytesIO(data), max_size, **limits)
    return caught.value


def message(error):
    (text,) = error.messages
    return text


def test_every_allowed_type_has_a_valid_sample():
    assert set(VALID) == set(ALLOWED_EXTENSIONS)


@pytest.mark.parametrize("extension", ALLOWED_EXTENSIONS)
def test_genuine_files_are_accepted_and_the_position_is_restored(extension):
    upload = SimpleUploadedFile(f"Bericht 2025.{extension.upper()}", VALID[extension]())
    upload.seek(3)
    assert check_upload(upload.name, upload, max_size=10 * 1000**2) == extension
    assert upload.tell() == 3


def test_extension_is_normalised_from_any_client_path():
    assert file_extension(r"C:\Users\amt\Flyer.Final.PDF") == "pdf"
    assert file_extension("README") == ""
    assert check_upload(r"C:\Users\amt\Flyer.PDF", BytesIO(pdfs.one_page_pdf())) == "pdf"


def test_refusals_are_validation_errors_with_a_code():
    error = refusal("setup.exe", b"MZ\x90\x00")
    assert isinstance(error, ValidationError)
    assert error.code == "extension"


def test_not_allowed_type_names_the_type_and_the_allowed_ones():
    error = refusal("setup.exe", b"MZ\x90\x00")
    assert message(error) == (
        "Dateien vom Typ .exe können nicht hochgeladen werden. "
        "Erlaubt sind: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, TXT, CSV, EPUB, MP4, WEBM, VTT."
    )


def test_double_extensions_count_by_the_last_one():
    assert refusal("rechnung.pdf.exe", pdfs.one_page_pdf()).code == "extension"


def test_a_name_without_extension_is_refused():
    error = refusal("Bericht", pdfs.one_page_pdf())
    assert error.code == "extension"
    assert "„Bericht“ hat keine Dateiendung" in message(error)


def test_empty_file():
    error = refusal("leer.pdf", b"")
    assert error.code == "empty"
    assert message(error) == "Die Datei „leer.pdf“ ist leer."


def test_too_large_file_names_its_size_and_the_limit():
    data = pdfs.one_page_pdf().ljust(12_300_000, b"\n")
    error = refusal("gross.pdf", data, max_size=10 * 1000**2)
    assert error.code == "size"
    assert message(error) == (
        "Die Datei „gross.pdf“ ist 12,3 MB groß; erlaubt sind höchstens 10 MB."
    )
    with translation.override("en"):
        # The numbers follow the language shown in, not the one refused in.
        assert "12.3 MB" in message(error)


def test_a_file_just_over_the_limit_does_not_read_as_the_limit():
    assert size_label(10_040_000, 10_000_000) == "10,04 MB"
    assert size_label(10_000_000) == "10 MB"
    assert size_label(950) == "950 Byte"


def test_the_limit_is_inclusive():
    data = pdfs.one_page_pdf()
    assert check_upload("genau.pdf", BytesIO(data), max_size=len(data)) == "pdf"
    assert refusal("knapp.pdf", data, max_size=len(data) - 1).code == "size"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("bild.pdf", pdfs.PNG_BYTES, "kein PDF-Dokument"),
        ("seite.pdf", b"<html><body>Hallo</body></html>", "kein PDF-Dokument"),
        ("bericht.docx", pdfs.one_page_pdf(), "keine Word-Datei (DOCX)"),
        ("archiv.docx", pdfs.zip_file({"word/document.xml": "<w:document/>"}), "(DOCX)"),
        ("tabelle.docx", pdfs.xlsx(shared=["Vielfalt"]), "keine Word-Datei (DOCX)"),
        ("folien.xlsx", pdfs.pptx([["<a:r><a:t>x</a:t></a:r>"]]), "keine Excel-Datei"),
        ("text.pptx", pdfs.docx(paragraphs=["x"]), "keine PowerPoint-Datei"),
        ("text.ods", pdfs.odt(), "keine OpenDocument-Tabelle (ODS)"),
        ("buch.epub", pdfs.odt(), "kein E-Book im EPUB-Format"),
        ("text.odt", pdfs.docx(paragraphs=["x"]), "keine OpenDocument-Textdatei (ODT)"),
        ("seite.txt", b"  <!DOCTYPE html><html><script>alert(1)</script>", "keine Textdatei"),
        ("skript.txt", b"<script>alert(1)</script>", "keine Textdatei"),
        ("programm.txt", b"MZ\x90\x00\x03\x00\x00\x00", "keine Textdatei"),
        ("archiv.txt", pdfs.zip_file({"a.txt": "x"}), "keine Textdatei"),
        ("pdf.txt", pdfs.one_page_pdf(), "keine Textdatei"),
        ("binaer.txt", b"Hallo\x00Welt", "keine Textdatei"),
        ("steuer.txt", b"Hallo" + b"\x01\x02\x03\x04" * 10, "keine Textdatei"),
        ("utf16.txt", "Hallo Welt".encode("utf-16"), "keine Textdatei"),
        ("prosa.csv", b"Hallo, Welt.\nDas ist ein Text, mit Kommas, vielen, vielen.\n", "CSV"),
    ],
)
def test_content_that_is_not_what_the_extension_says(name, data, kind):
    error = refusal(name, data)
    assert error.code == "mismatch"
    assert message(error).startswith(f"Die Datei heißt „{name}“, ist aber ")
    assert kind in message(error)


def test_pdf_mismatch_message_in_full():
    assert message(refusal("bild.pdf", pdfs.PNG_BYTES)) == (
        "Die Datei heißt „bild.pdf“, ist aber kein PDF-Dokument."
    )


def test_pdf_header_may_follow_whitespace_and_a_byte_order_mark_but_nothing_else():
    data = pdfs.one_page_pdf()
    assert check_upload("a.pdf", BytesIO(b"\xef\xbb\xbf\r\n  " + data)) == "pdf"
    assert check_upload("b.pdf", BytesIO(b" " * 1000 + data)) == "pdf"
    assert refusal("c.pdf", b" " * 1100 + data).code == "mismatch"
    assert refusal("d.pdf", b"<html>" + data).code == "mismatch"
    assert refusal("e.pdf", b"%PDF-x").code == "mismatch"


def test_opendocument_needs_its_mimetype_first_and_exact():
    content = {"content.xml": "<office:document-content/>"}
    mimetype_later = pdfs.zip_file({**content, "mimetype": pdfs.ODF_MEDIA_TYPES["odt"]})
    assert refusal("a.odt", mimetype_later).code == "mismatch"
    padded = pdfs.zip_file(content, mimetype=pdfs.ODF_MEDIA_TYPES["odt"] + "\n")
    assert refusal("b.odt", padded).code == "mismatch"
    assert refusal("c.odt", pdfs.zip_file(content)).code == "mismatch"
    misnamed = pdfs.zip_file({"mimetyp": pdfs.ODF_MEDIA_TYPES["odt"], **content})
    assert refusal("d.odt", misnamed).code == "mismatch"


def test_a_single_nul_byte_makes_a_long_file_binary():
    text = "Eine lange Zeile Text.\n" * 10_000
    assert check_upload("lang.txt", BytesIO(text.encode())) == "txt"
    data = (text + "\x00" + text).encode()
    assert refusal("lang.txt", data).code == "mismatch"


def test_text_in_windows_1252_is_accepted():
    data = "Größe, Maß und Fuß – 50 €\r\n".encode("cp1252")
    assert check_upload("alt.txt", BytesIO(data)) == "txt"


def test_text_that_mentions_html_later_is_fine():
    data = b"Unsere Seite nutzt <html>-Elemente und <script>-Tags nicht.\n"
    assert check_upload("notiz.txt", BytesIO(data)) == "txt"


@pytest.mark.parametrize(
    "text",
    [
        CSV_TEXT,
        "a,b,c\n1,2,3\n4,5,6\n",
        "Spalte 1\tSpalte 2\nx\ty\n",
        'Name,Notiz\n"Weber, Jonas","zwei\nZeilen"\n"Yılmaz, Ayşe",kurz\n',
        "sep=;\nName;Amt\nWeber;Personal\n",
        "Nur eine Spalte\nWeber\nYılmaz\n",
        "a;b;c\n1;2;3\n4;5;6\n7;8;9\n10;11;12\nSumme;30\n",
    ],
)
def test_csv_with_a_consistent_delimiter_or_a_single_column(text):
    assert check_upload("liste.csv", BytesIO(text.encode())) == "csv"


def test_long_csv_is_judged_by_its_first_rows():
    rows = "".join(f"{number};Zeile {number};x\n" for number in range(20_000))
    assert check_upload("lang.csv", BytesIO(("a;b;c\n" + rows).encode())) == "csv"


def test_zip_bomb_is_refused_from_its_central_directory():
    # 16 kB on disk, claiming 4 GB unpacked: nothing is extracted to find out.
    bomb = pdfs.claimed_size(pdfs.docx(paragraphs=["x"] * 300), 0xFFFF_FFF0)
    assert len(bomb) < 20_000
    error = refusal("bombe.docx", bomb)
    assert error.code == "archive"
    assert message(error) == (
        "Die Datei „bombe.docx“ würde entpackt mehr als 200 MB belegen "
        "und wird deshalb nicht angenommen."
    )
    assert MAX_UNPACKED_SIZE == 200 * 1000**2


def test_highly_compressed_payload_over_the_limit():
    data = pdfs.compressed_zeros_docx(5 * 1000**2)
    assert len(data) < 20_000
    error = refusal("nullen.docx", data, max_unpacked_size=1000**2)
    assert error.code == "archive"
    assert "1 MB" in message(error)
    assert check_upload("nullen.docx", BytesIO(data), max_unpacked_size=6 * 1000**2) == "docx"


def test_too_many_archive_entries():
    error = refusal("teile.docx", pdfs.many_entries_docx(60), max_entries=50)
    assert error.code == "archive"
    assert "mehr als 50 Teilen" in message(error)


def test_password_protected_office_file_is_named_as_such():
    error = refusal("geheim.docx", pdfs.encrypted_office_file())
    assert error.code == "encrypted"
    assert "„geheim.docx“ ist mit einem Passwort geschützt" in message(error)


def test_legacy_office_file_is_a_mismatch():
    error = refusal("alt.docx", pdfs.legacy_office_file())
    assert error.code == "mismatch"
    assert "keine Word-Datei (DOCX)" in message(error)


# Videos and captions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("foto.mp4", media.heic(), "kein Video im Format MP4"),
        ("ton.mp4", media.m4a(), "kein Video im Format MP4"),
        ("bild.mp4", pdfs.PNG_BYTES, "kein Video im Format MP4"),
        ("film.mp4", media.webm(), "kein Video im Format MP4"),
        ("film.mp4", b"\x00\x00\x00\x08ftyp", "kein Video im Format MP4"),
        ("film.webm", media.mkv(), "kein Video im Format WebM"),
        ("film.webm", media.mp4(), "kein Video im Format WebM"),
        ("film.webm", b"\x1a\x45\xdf\xa3\xff", "kein Video im Format WebM"),
        ("film.webm", b"\x1a\x45\xdf\xa3\x9f\x42\x82", "kein Video im Format WebM"),
        ("untertitel.vtt", b"1\n00:00:00.000 --> 00:00:01.000\nHallo\n", "WebVTT"),
        ("untertitel.vtt", b"WEBVTTX\n", "WebVTT"),
        ("untertitel.vtt", "WEBVTT\n\nGröße".encode("cp1252"), "WebVTT"),
        ("untertitel.vtt", "WEBVTT\n".encode("utf-16"), "WebVTT"),
        ("untertitel.vtt", b"WEBVTT\n\nHallo\x00Welt", "WebVTT"),
        ("untertitel.vtt", pdfs.one_page_pdf(), "WebVTT"),
    ],
)
def test_media_content_that_is_not_what_the_extension_says(name, data, kind):
    error = refusal(name, data)
    assert error.code == "mismatch"
    assert message(error).startswith(f"Die Datei heißt „{name}“, ist aber ")
    assert kind in message(error)


@pytest.mark.parametrize(
    "data",
    [
        media.mp4(major=b"mp42", compatible=(b"mp42", b"isom")),
        media.mp4(major=b"M4V ", compatible=(b"M4V ", b"M4A ", b"mp42", b"isom")),
        media.mp4(major=b"dash", compatible=(b"iso6", b"avc1")),
    ],
)
def test_mp4_brands_of_video(data):
    assert check_upload("film.mp4", BytesIO(data)) == "mp4"


@pytest.mark.parametrize(
    "text",
    ["WEBVTT", "WEBVTT\n", "\ufeffWEBVTT - Titel\r\n\r\n", "WEBVTT\tKind: captions\n"],
)
def test_webvtt_header_forms(text):
    assert check_upload("untertitel.vtt", BytesIO(text.encode())) == "vtt"


def test_webvtt_mismatch_message_in_full():
    assert message(refusal("notiz.vtt", b"Hallo")) == (
        "Die Datei heißt „notiz.vtt“, ist aber keine Untertiteldatei im Format WebVTT "
        "(erwartet wird Text in UTF-8, der mit „WEBVTT“ beginnt)."
    )
