"""Blocks of the accessibility app: what the statement lists as not accessible, the
bodies of pages in Leichte Sprache and the videos in Deutscher Gebärdensprache."""

import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from home.blocks import (
    ALT_TEXT_HELP,
    DECORATIVE_HELP,
    CaptionedImageBlock,
    HeadingBlock,
    ParagraphBlock,
)
from home.formats import file_description
from publications.filetypes import CAPTION_EXTENSIONS, VIDEO_EXTENSIONS, file_extension
from publications.videos import duration_label, iso_duration

PREVIEW_TEMPLATE = "accessibility/block_preview.html"
"""The admin's block preview with the site's stylesheets and this app's."""

# The statement ---------------------------------------------------------------

REASON_NON_COMPLIANCE = "non_compliance"
REASON_DISPROPORTIONATE_BURDEN = "disproportionate_burden"
REASON_OUT_OF_SCOPE = "out_of_scope"
REASONS = [
    (REASON_NON_COMPLIANCE, _("Noch nicht barrierefrei umgesetzt (Unvereinbarkeit)")),
    (REASON_DISPROPORTIONATE_BURDEN, _("Unverhältnismäßige Belastung")),
    (REASON_OUT_OF_SCOPE, _("Nicht anwendbar (außerhalb des Geltungsbereichs)")),
]
"""The three kinds the EU model statement (Durchführungsbeschluss (EU) 2018/1523) names."""

STATEMENT_TEXT_FEATURES = ["bold", "link", "document-link", "ul"]


class NonAccessibleContentBlock(blocks.StructBlock):
    """One content that is not (fully) accessible: why, and how readers get it anyway."""

    content = blocks.CharBlock(
        label=_("Inhalt"),
        max_length=200,
        help_text=_("Welcher Inhalt ist betroffen, zum Beispiel „PDF-Dokumente vor 2020“."),
    )
    problem = blocks.RichTextBlock(
        label=_("Was ist nicht barrierefrei?"),
        features=STATEMENT_TEXT_FEATURES,
        help_text=_(
            "In einfachen Worten, zum Beispiel „Die Dokumente haben keine Überschriften "
            "und keine Lesereihenfolge für Screenreader.“"
        ),
    )
    reason = blocks.ChoiceBlock(
        label=_("Grund"),
        choices=REASONS,
        default=REASON_NON_COMPLIANCE,
        help_text=_(
            "Unvereinbarkeit: Der Inhalt müsste barrierefrei sein, ist es aber noch nicht. "
            "Unverhältnismäßige Belastung: Barrierefreiheit wäre unzumutbar aufwendig "
            "(bitte begründen). Nicht anwendbar: Der Inhalt fällt nicht unter die BITV 2.0, "
            "zum Beispiel Dokumente, die vor dem 23. September 2018 veröffentlicht wurden "
            "und nicht mehr gebraucht werden."
        ),
    )
    justification = blocks.TextBlock(
        label=_("Begründung"),
        required=False,
        help_text=_(
            "Warum der Inhalt (noch) nicht barrierefrei ist und bis wann er es sein soll. "
            "Bei einer unverhältnismäßigen Belastung Pflicht."
        ),
    )
    alternative = blocks.RichTextBlock(
        label=_("Barrierefreie Alternative"),
        features=STATEMENT_TEXT_FEATURES,
        required=False,
        help_text=_(
            "Wie Menschen den Inhalt trotzdem bekommen, zum Beispiel „Wir schicken Ihnen "
            "das Dokument gern als Word-Datei.“"
        ),
    )

    class Meta:
        icon = "warning"
        template = "blocks/non_accessible_content_block.html"
        label = _("Nicht barrierefreier Inhalt")
        preview_value = {
            "content": "PDF-Dokumente vor 2020",
            "problem": "<p>Ältere PDF-Dokumente haben keine Struktur für Screenreader.</p>",
            "reason": REASON_NON_COMPLIANCE,
            "justification": "Wir überarbeiten die Dokumente bis Ende des Jahres.",
            "alternative": "<p>Wir schicken Ihnen die Dokumente gern als Word-Datei.</p>",
        }
        description = _(
            "Ein Inhalt, der nicht barrierefrei ist, mit Grund und barrierefreier Alternative."
        )
        preview_template = PREVIEW_TEMPLATE

    def clean(self, value):
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if (
            not self.is_deferred_validation
            and value.get("reason") == REASON_DISPROPORTIONATE_BURDEN
            and not (value.get("justification") or "").strip()
            and "justification" not in errors
        ):
            errors["justification"] = ValidationError(
                _("Bitte begründen Sie, warum die Barrierefreiheit unverhältnismäßig wäre.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class NonAccessibleContentsBlock(blocks.StreamBlock):
    item = NonAccessibleContentBlock()

    class Meta:
        icon = "warning"


# Leichte Sprache --------------------------------------------------------------

EASY_LANGUAGE_FEATURES = ["bold", "link", "document-link", "ul", "ol"]
"""No italics: Leichte Sprache highlights with bold only."""


class ImageTextBlock(blocks.StructBlock):
    """A picture beside a short text, as texts in Leichte Sprache explain things."""

    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"), required=False, max_length=300, help_text=ALT_TEXT_HELP
    )
    decorative = blocks.BooleanBlock(
        label=_("Dekoratives Bild"), required=False, help_text=DECORATIVE_HELP
    )
    text = ParagraphBlock(label=_("Text"), features=EASY_LANGUAGE_FEATURES)

    class Meta:
        icon = "image"
        template = "blocks/image_text_block.html"
        label = _("Bild mit Text")
        preview_value = {
            "image": None,
            "alt_text": "Eine Frau zeigt auf einen Wegweiser.",
            "decorative": False,
            "text": "<p>Hier finden Sie den Weg.</p>",
        }
        description = _("Ein Bild neben einem kurzen Text, wie in Leichter Sprache üblich.")
        preview_template = PREVIEW_TEMPLATE

    def clean(self, value):
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if (
            not self.is_deferred_validation
            and value.get("image")
            and not value.get("decorative")
            and not (value.get("alt_text") or "").strip()
        ):
            errors.setdefault(
                "alt_text",
                ValidationError(
                    _("Bitte einen Alternativtext eingeben oder das Bild als dekorativ markieren.")
                ),
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["alt"] = "" if value.get("decorative") else value.get("alt_text", "")
        return context

    def get_preview_value(self):
        value = super().get_preview_value()
        value["image"] = get_image_model().objects.order_by("-created_at", "-pk").first()
        return value


class EasyLanguageBlock(blocks.StreamBlock):
    """The few blocks a page in Leichte Sprache needs."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock(features=EASY_LANGUAGE_FEATURES)
    image_text = ImageTextBlock()
    image = CaptionedImageBlock()


# Deutsche Gebärdensprache ------------------------------------------------------

DURATION_HELP = _("Minuten:Sekunden oder Stunden:Minuten:Sekunden, zum Beispiel 3:20.")


_DURATION = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)")


def parse_video_duration(text):
    """``timedelta`` for ``"3:20"`` or ``"1:02:03"``; None for an empty or unreadable text."""
    match = _DURATION.fullmatch((text or "").strip())
    if match is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    if hours and minutes > 59:
        return None
    duration = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return duration if duration > timedelta(0) else None


class SignLanguageVideoValue(blocks.StructValue):
    """What the template shows of one video: the file if it is one, its size and duration.

    The property names differ from the child names: templates look up keys first.
    """

    @property
    def playable_video(self):
        """The chosen document if it is a video file (MP4, WebM), else None."""
        document = self.get("video")
        if document is not None and file_extension(document.filename) in VIDEO_EXTENSIONS:
            return document
        return None

    @property
    def caption_file(self):
        """The chosen captions if they are a WebVTT file, else None."""
        document = self.get("captions")
        if document is not None and file_extension(document.filename) in CAPTION_EXTENSIONS:
            return document
        return None

    @property
    def running_time(self):
        """The duration as a ``timedelta``, or None."""
        return parse_video_duration(self.get("duration"))

    @property
    def duration_label(self):
        return duration_label(self.running_time)

    @property
    def duration_iso(self):
        return iso_duration(self.running_time)

    @property
    def video_description(self):
        """``MP4-Video (12,3 MB)`` for the download link."""
        video = self.playable_video
        if video is None:
            return ""
        try:
            size = video.get_file_size()
        except OSError:
            size = None
        return file_description(video.filename, size)


class SignLanguageVideoBlock(blocks.StructBlock):
    """One video in Deutscher Gebärdensprache with the German text it signs."""

    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=200,
        help_text=_(
            "Die Überschrift des Abschnitts, zum Beispiel „Was es auf dieser Website gibt“."
        ),
    )
    video = DocumentChooserBlock(
        label=_("Video in Deutscher Gebärdensprache"),
        required=False,
        help_text=_(
            "Ein Video im Format MP4 (H.264) oder WebM aus der Mediathek. Solange es fehlt, "
            "zeigt die Seite „Video in Deutscher Gebärdensprache folgt“ und nur den Text. "
            "Die BITV 2.0 verlangt die Videos: bitte so bald wie möglich ergänzen."
        ),
    )
    duration = blocks.CharBlock(
        label=_("Dauer"), required=False, max_length=10, help_text=DURATION_HELP
    )
    captions = DocumentChooserBlock(
        label=_("Untertitel"),
        required=False,
        help_text=_(
            "Freiwillig: eine Untertiteldatei (WebVTT, .vtt), wenn im Video auch gesprochen wird."
        ),
    )
    text = blocks.RichTextBlock(
        label=_("Text zum Video"),
        features=EASY_LANGUAGE_FEATURES,
        help_text=_(
            "Was das Video in Gebärdensprache sagt, auf Deutsch. Erscheint unter dem Video; "
            "ohne Video steht hier der Text, den das Video zeigen wird."
        ),
    )

    class Meta:
        icon = "media"
        template = "blocks/sign_language_video_block.html"
        label = _("Video in Gebärdensprache")
        value_class = SignLanguageVideoValue
        preview_value = {
            "title": "Was es auf dieser Website gibt",
            "video": None,
            "duration": "2:30",
            "captions": None,
            "text": "<p>Auf dieser Website finden Sie Informationen über Vielfalt.</p>",
        }
        description = _(
            "Ein Video in Deutscher Gebärdensprache mit Dauer, Download und dem Text auf Deutsch."
        )
        preview_template = PREVIEW_TEMPLATE
        form_classname = "struct-block sign-language-video-block"

    def clean(self, value):
        errors = {}
        try:
            value = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        video = value.get("video")
        if video is not None and file_extension(video.filename) not in VIDEO_EXTENSIONS:
            errors.setdefault(
                "video",
                ValidationError(
                    _(
                        "„%(title)s“ ist keine Videodatei. Bitte ein Video im Format MP4 "
                        "oder WebM wählen."
                    )
                    % {"title": video.title}
                ),
            )
        captions = value.get("captions")
        if captions is not None and file_extension(captions.filename) not in CAPTION_EXTENSIONS:
            errors.setdefault(
                "captions",
                ValidationError(
                    _(
                        "„%(title)s“ ist keine Untertiteldatei. Bitte eine Datei im Format "
                        "WebVTT (.vtt) wählen."
                    )
                    % {"title": captions.title}
                ),
            )
        duration = (value.get("duration") or "").strip()
        if duration and parse_video_duration(duration) is None:
            errors.setdefault(
                "duration",
                ValidationError(
                    _("Bitte die Dauer als Minuten:Sekunden angeben, zum Beispiel 3:20.")
                ),
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class SignLanguageVideosBlock(blocks.StreamBlock):
    video = SignLanguageVideoBlock()

    class Meta:
        icon = "media"
