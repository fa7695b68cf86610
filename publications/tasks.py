"""Background work of the document library (django-tasks)."""

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.search.index import insert_or_update_object
from wagtail.utils.file import hash_filelike

from publications.extraction import extract
from publications.filetypes import ALLOWED_EXTENSIONS

logger = logging.getLogger(__name__)


@task()
def extract_document_text(document_id):
    """Read text, pages, language and tagging from a document's file, then reindex it.

    Runs after an upload and after a file replacement. Never fails on a bad file:
    the result is stored as a status with a message the editor sees.
    """
    document_model = get_document_model()
    document = document_model.objects.filter(pk=document_id).first()
    if document is None:
        return
    extension = document.extension
    if extension not in ALLOWED_EXTENSIONS:
        logger.warning("document %s: no extraction for .%s files", document_id, extension)
        return
    try:
        with document.open_file() as file:
            # Documents created in code (not through the admin form) lack these.
            file_hash = document.file_hash or hash_filelike(file)
            file.seek(0)
            file_size = document.file_size or document.file.size
            result = extract(file, extension)
    except OSError as error:
        logger.error("document %s: file unreadable: %s", document_id, error)
        document_model.objects.filter(pk=document_id).update(
            extraction_status=document_model.ExtractionStatus.BROKEN,
            extraction_message=str(error),
            extracted_at=timezone.now(),
        )
        return

    updates = {
        "extracted_text": result.text,
        "page_count": result.page_count,
        "is_tagged_pdf": result.is_tagged,
        "file_format": extension,
        "extraction_status": result.status,
        "extraction_message": str(result.message),
        "extracted_hash": file_hash,
        "file_hash": file_hash,
        "file_size": file_size,
        "extracted_at": timezone.now(),
    }
    if not document.language and result.language:
        updates["language"] = result.language
    document_model.objects.filter(pk=document_id).update(**updates)
    document.refresh_from_db()
    insert_or_update_object(document)
    logger.info(
        "document %s extracted: %s, %s pages", document_id, result.status, result.page_count
    )


def schedule_extraction(document):
    """Mark ``document`` as pending and extract it once the current transaction commits."""
    type(document).objects.filter(pk=document.pk).update(
        extraction_status=type(document).ExtractionStatus.PENDING
    )
    document_id = document.pk
    transaction.on_commit(lambda: extract_document_text.enqueue(document_id))
