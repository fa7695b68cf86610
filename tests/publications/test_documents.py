"""The library's Document: upload checks in the admin, background extraction, serving."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.publications import pdfs

Document = get_document_model()


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    return client


def upload(client, name, data, title="Testdokument"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_the_library_uses_its_own_document_model():
    assert Document._meta.label == "publications.LibraryDocument"


@pytest.mark.django_db
def test_upload_extracts_text_pages_language_and_tagging(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            editor_client,
            "handreichung.pdf",
            pdfs.pdf("Erste Seite über Verwaltungen.", pdfs.GERMAN_TEXT, image=True),
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get()
    assert document.extraction_status == "ok"
    assert document.page_count == 2
    assert "Verwaltungen" in document.extracted_text
    assert document.file_format == "pdf"
    assert document.is_tagged_pdf is True
    assert document.language == "de"
    assert document.extracted_hash == document.file_hash
    # The database search backend finds it by a word that is only in its text.
    assert list(Document.objects.search("Verwaltungen")) == [document]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        (pdfs.truncated_pdf, "broken", "beschädigt"),
        (pdfs.image_only_pdf, "no_text", "keinen durchsuchbaren Text"),
        (pdfs.user_password_pdf, "encrypted", "verschlüsselt"),
    ],
)
def test_unreadable_pdfs_are_kept_and_flagged(
    editor_client, django_capture_on_commit_callbacks, data, status, message
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(editor_client, "scan.pdf", data())
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.extraction_status == status
    assert message in document.extraction_message
    assert document.extracted_text == ""
    # The editor sees why on the document's edit page.
    edit = editor_client.get(reverse("wagtaildocs:edit", args=[document.pk]))
    assert edit.status_code == 200
    assert message in edit.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bild.pdf", pdfs.picture_png, "ist aber kein PDF-Dokument"),
        ("programm.exe", lambda: b"MZ\x90\x00", "Dateien vom Typ .exe"),
        ("notiz.txt", lambda: b"<html><script>alert(1)</script></html>", "notiz.txt"),
        ("leer.pdf", lambda: b"", "leer"),
    ],
)
def test_refused_uploads_say_why_and_store_nothing(editor_client, name, data, message):
    response = upload(editor_client, name, data())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_oversized_upload_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = upload(editor_client, "gross.pdf", pdfs.three_page_pdf())
    assert response.status_code == 200
    assert not Document.objects.exists()
    assert "1000" in response.content.decode() or "1 kB" in response.content.decode()


@pytest.mark.django_db
def test_replacing_the_file_extracts_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = Document.objects.create(
            title="Flyer", file=ContentFile(pdfs.pdf("Alte Fassung des Flyers."), name="flyer.pdf")
        )
    document.refresh_from_db()
    assert "Alte Fassung" in document.extracted_text
    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(pdfs.three_page_pdf(), name="flyer-neu.pdf")
        document.save()
    document.refresh_from_db()
    assert document.page_count == 3
    assert "Alte Fassung" not in document.extracted_text
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.title = "Flyer (neu)"
        document.save()
    assert callbacks == []


@pytest.mark.django_db
def test_loading_fixtures_does_not_extract(django_capture_on_commit_callbacks):
    """Rows loaded raw (loaddata) bring their extracted fields; their files may be missing."""
    document = Document(
        title="Aus einer Fixture",
        file="documents/fehlt.pdf",
        collection=Collection.get_first_root_node(),
        created_at=timezone.now(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        document.save_base(raw=True)
    document.refresh_from_db()  # an extraction would have found no file: "broken"
    assert document.extraction_status == Document._meta.get_field("extraction_status").default


@pytest.mark.django_db
def test_documents_are_served_with_disposition_and_a_restrictive_csp(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = Document.objects.create(
            title="Flyer", file=ContentFile(pdfs.one_page_pdf(), name="flyer.pdf")
        )
    response = client.get(document.url)
    assert response.status_code == 200
    assert "flyer.pdf" in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
