"""Blocks of the publications app: the caption tracks of a video page."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from publications.filetypes import CAPTION_EXTENSIONS

CAPTION_LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
CAPTION_KINDS = [
    ("captions", _("Untertitel mit Geräuschen (für gehörlose und schwerhörige Menschen)")),
    ("subtitles", _("Übersetzung des Gesprochenen")),
]


class CaptionTrackBlock(blocks.StructBlock):
    """One WebVTT file from the document library, in one language."""

    document = DocumentChooserBlock(
        label=_("Untertiteldatei"),
        help_text=_("Eine Datei im Format WebVTT (.vtt) aus der Mediathek."),
    )
    language = blocks.ChoiceBlock(
        label=_("Sprache"), choices=CAPTION_LANGUAGES, default="de", required=True
    )
    kind = blocks.ChoiceBlock(
        label=_("Art"),
        choices=CAPTION_KINDS,
        default="captions",
        required=True,
        help_text=_(
            "Untertitel geben alles Hörbare wieder, auch Geräusche und wer spricht; "
            "eine Übersetzung nur das Gesprochene in einer anderen Sprache."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Untertitelspur")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("document")
        extension = getattr(document, "extension", "")
        if document is not None and extension not in CAPTION_EXTENSIONS:
            raise StructBlockValidationError(
                block_errors={
                    "document": ValidationError(
                        _(
                            "„%(title)s“ ist keine Untertiteldatei. Bitte eine Datei im "
                            "Format WebVTT (.vtt) wählen."
                        )
                        % {"title": document.title}
                    )
                }
            )
        return value


class CaptionsBlock(blocks.StreamBlock):
    """The caption tracks of a video, at most one per language and kind."""

    track = CaptionTrackBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        labels = dict(CAPTION_LANGUAGES)
        for child in value:
            key = (child.value.get("language"), child.value.get("kind"))
            if key in seen:
                raise StreamBlockValidationError(
                    non_block_errors=ValidationError(
                        _(
                            "Für „%(language)s“ ist mehr als eine Untertiteldatei derselben "
                            "Art gewählt. Bitte nur eine behalten."
                        )
                        % {"language": labels.get(key[0], key[0])}
                    )
                )
            seen.add(key)
        return value
