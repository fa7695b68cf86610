"""The document upload form: allow-list, real file type and size limit."""

from django.conf import settings
from wagtail.documents.forms import BaseDocumentForm

from publications.filetypes import check_upload


class DocumentForm(BaseDocumentForm):
    """Refuses files whose name, content or size does not fit, with a message saying why."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "read") and not getattr(uploaded, "_committed", False):
            check_upload(uploaded.name, uploaded, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
        return uploaded
