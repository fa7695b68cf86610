"""The upload forms: documents (allow-list, real file type, size limit) and images
(raster formats only, size and pixel limits: :mod:`publications.images`)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from publications.filetypes import (
    ALLOWED_EXTENSIONS,
    VIDEO_EXTENSIONS,
    check_upload,
    file_extension,
    lazy_size_label,
)
from publications.images import CheckedImageField


def upload_limit(name):
    """The size limit in bytes for a file called ``name``: videos have their own.

    ``DOCUMENT_MAX_UPLOAD_SIZE`` and ``VIDEO_MAX_UPLOAD_SIZE`` (settings, from
    ``DOCUMENT_MAX_UPLOAD_MB`` and ``VIDEO_MAX_UPLOAD_MB``); neither exceeds
    ``WAGTAILDOCS_MAX_UPLOAD_SIZE``, the bound Wagtail's own field checks first.
    """
    outer = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    if file_extension(name) in VIDEO_EXTENSIONS:
        limit = getattr(settings, "VIDEO_MAX_UPLOAD_SIZE", outer)
    else:
        limit = getattr(settings, "DOCUMENT_MAX_UPLOAD_SIZE", outer)
    if outer is not None and (limit is None or limit > outer):
        return outer
    return limit


def _upload_help():
    help_text = _("Erlaubt sind: %(allowed)s. Höchstens %(limit)s, Videos höchstens %(video)s.")
    return help_text % {
        "allowed": ", ".join(extension.upper() for extension in ALLOWED_EXTENSIONS),
        "limit": lazy_size_label(upload_limit("x.pdf")),
        "video": lazy_size_label(upload_limit("x.mp4")),
    }


class DocumentForm(BaseDocumentForm):
    """Refuses files whose name, content or size does not fit, with a message saying why."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields and upload_limit("x.pdf") is not None:
            self.fields["file"].help_text = _upload_help()

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "read") and not getattr(uploaded, "_committed", False):
            check_upload(uploaded.name, uploaded, upload_limit(uploaded.name))
        return uploaded


class ImageForm(BaseImageForm):
    """Wagtail's image form with :class:`~publications.images.CheckedImageField` for the
    file (``WAGTAILIMAGES_IMAGE_FORM_BASE``): no SVG or HTML, also not renamed, and the
    size and pixel limits, each refusal in German.

    Wagtail builds the form with its own image field; the field is replaced here, when
    the form has one (the multiple upload's edit form has none).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, CheckedImageField):
            self.fields["file"] = CheckedImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
            )
