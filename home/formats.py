"""How files are described to readers: "PDF-Dokument (447,9 kB)"."""

import os

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

# Decimal units, as file managers and the seed pages use them.
_UNITS = (
    (1000**3, "GB"),
    (1000**2, "MB"),
    (1000, "kB"),
)


def file_type_label(filename):
    """The kind of document, in words readers know (German first, translated)."""
    extension = os.path.splitext(filename or "")[1].lower().lstrip(".")
    labels = {
        "pdf": _("PDF-Dokument"),
        "docx": _("Word-Dokument"),
        "xlsx": _("Excel-Tabelle"),
        "pptx": _("PowerPoint-Präsentation"),
        "odt": _("OpenDocument-Text"),
        "ods": _("OpenDocument-Tabelle"),
        "odp": _("OpenDocument-Präsentation"),
        "txt": _("Textdatei"),
        "csv": _("CSV-Tabelle"),
        "epub": _("E-Book (EPUB)"),
        "mp4": _("MP4-Video"),
        "webm": _("WebM-Video"),
        "vtt": _("WebVTT-Untertitel"),
    }
    if extension in labels:
        return labels[extension]
    if extension:
        return pgettext("file type", "%(extension)s-Datei") % {"extension": extension.upper()}
    return _("Datei")


def file_size_label(size):
    """A byte count in decimal units with the active language's decimal separator."""
    if size is None:
        return ""
    for factor, unit in _UNITS:
        # number_format truncates, so round first ("2,5 MB" for 2.45 MB); comparing
        # the rounded value picks "1,0 MB" rather than "1000,0 kB".
        value = round(size / factor, 1)
        if value >= 1:
            return f"{number_format(value, decimal_pos=1, use_l10n=True)} {unit}"
    return ngettext("%(count)s Byte", "%(count)s Byte", size) % {
        "count": number_format(size, use_l10n=True)
    }


def file_description(filename, size):
    """``PDF-Dokument (447,9 kB)``; without a known size only the type."""
    kind = file_type_label(filename)
    if size is None:
        return kind
    return f"{kind} ({file_size_label(size)})"
