"""The video page: a video from the library with captions, or an external one after consent.

Design decisions:

* **Self-hosted files are library documents.** The video (MP4 or WebM) and its
  WebVTT captions are ``LibraryDocument`` rows, so they share the library's
  collections, permissions, upload checks and serve view
  (:mod:`publications.serving` adds byte ranges for seeking). A caption file's
  cues become its extracted text, so captions are searchable on their own and
  through the page (``caption_text``).
* **Captions are required for a self-hosted video** (WCAG 1.2.2) when it is
  published, unless the editor ticks "Video ohne Sprache". A draft may be saved
  without them, as elsewhere on the site (:class:`VideoPageForm`). External
  platforms carry their own captions; caption files given for an external video
  are offered for download.
* **External videos load only after consent** (:mod:`publications.consent`):
  YouTube and Vimeo are embedded through their privacy-friendly addresses
  (:mod:`publications.videos`), behind a placeholder that makes no request to
  the platform. Any other address is a plain link. Pages with an external video
  vary by the consent cookie (``Vary: Cookie``).
* **Duration** is a ``DurationField``: editors type ``3:20`` (minutes:seconds) or
  ``1:02:03``; readers see "3:20 Min.", schema.org gets ``PT3M20S``.
* **Transcript** is rich text shown as its own section, not hidden behind a
  control, so it is read, found and printed with the page (WCAG 1.2.1/1.2.3).
"""

import html
import re
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from rest_framework.fields import CharField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from home.api import DocumentValue, ImageValue, StreamFieldValue, TopicsValue
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.formats import file_description
from home.models import TopicsMixin
from publications.blocks import CAPTION_LANGUAGES, CaptionsBlock
from publications.consent import ONCE_PARAMETER, consented_hosts, wants_once
from publications.filetypes import CAPTION_EXTENSIONS, VIDEO_EXTENSIONS, file_extension
from publications.videos import duration_label, host_name, iso_duration, parse_video_url

POSTER_FILTER = "fill-1280x720"
MESSAGE_BOTH = _(
    "Bitte entweder eine Videodatei oder die Adresse eines externen Videos angeben, nicht beides."
)
MESSAGE_NEITHER = _(
    "Bitte eine Videodatei aus der Mediathek wählen oder die Adresse eines externen Videos angeben."
)
MESSAGE_CAPTIONS = _(
    "Bitte mindestens eine Untertiteldatei (WebVTT) hinzufügen oder „Video ohne Sprache“ "
    "ankreuzen. Gehörlose und schwerhörige Menschen brauchen Untertitel."
)
MESSAGE_NOT_A_VIDEO = _(
    "„%(title)s“ ist keine Videodatei. Bitte ein Video im Format MP4 oder WebM wählen."
)
MESSAGE_DURATION = _("Bitte eine Dauer größer als null angeben, zum Beispiel 3:20.")

_PARAGRAPH_END = re.compile(r"</(p|li|h[2-6])>|<br\s*/?>")


def _is_video(document):
    return document is not None and file_extension(document.filename) in VIDEO_EXTENSIONS


def _caption_documents(captions):
    """The caption documents chosen in a captions StreamField value (empty slots left out)."""
    documents = []
    for child in captions or []:
        document = child.value.get("document") if hasattr(child.value, "get") else None
        if document is not None:
            documents.append(document)
    return documents


def publishing_problems(video_file, external_url, captions, no_speech):
    """``{field: message}`` for what a video page needs before it is published.

    Either a file or an external address; a file needs captions unless the video
    has no speech. Drafts may be saved without these (see :class:`VideoPageForm`).
    """
    if video_file is None and not external_url:
        return {"video_file": MESSAGE_NEITHER}
    if video_file is not None and not no_speech and not _caption_documents(captions):
        return {"captions": MESSAGE_CAPTIONS}
    return {}


class VideoPageForm(WagtailAdminPageForm):
    """Checks what publishing needs; saving a draft defers it (``is_deferred_validation``)."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            problems = publishing_problems(
                cleaned_data.get("video_file"),
                cleaned_data.get("external_url"),
                cleaned_data.get("captions"),
                cleaned_data.get("no_speech"),
            )
            for field, message in problems.items():
                if field in self.fields and field not in self.errors:
                    self.add_error(field, message)
        return cleaned_data


@dataclass(frozen=True)
class CaptionTrack:
    """One ``<track>``: the WebVTT document, its language and kind, and its label."""

    document: object
    srclang: str
    kind: str
    label: str

    @property
    def url(self):
        return self.document.url

    @property
    def description(self):
        return file_description(self.document.filename, self.document.file_size)


class VideoPage(TopicsMixin, Page):
    """A video: from the document library with captions, or on YouTube or Vimeo."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_(
            "Ein bis zwei Sätze, worum es im Video geht; auch in Übersichten und "
            "Suchergebnissen gezeigt."
        ),
    )
    video_file = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("Videodatei"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Ein Video im Format MP4 (H.264) oder WebM aus der Mediathek. Leer lassen, "
            "wenn das Video auf YouTube oder Vimeo liegt."
        ),
    )
    captions = StreamField(
        CaptionsBlock(),
        blank=True,
        verbose_name=_("Untertitel"),
        help_text=_(
            "Untertiteldateien im Format WebVTT (.vtt), je Sprache eine. Für ein Video aus "
            "der Mediathek Pflicht, außer es hat keine Sprache."
        ),
    )
    no_speech = models.BooleanField(
        _("Video ohne Sprache"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn im Video nicht gesprochen wird und keine wichtigen Geräusche "
            "vorkommen (zum Beispiel nur Bilder mit Musik). Dann sind keine Untertitel nötig."
        ),
    )
    allow_download = models.BooleanField(
        _("Videodatei zum Herunterladen anbieten"),
        default=True,
        help_text=_("Zeigt unter dem Video einen Link zum Herunterladen mit Format und Größe."),
    )
    external_url = models.URLField(
        _("Adresse eines externen Videos"),
        max_length=500,
        blank=True,
        help_text=_(
            "Die Adresse des Videos bei YouTube oder Vimeo. Es wird erst geladen, wenn "
            "Besucher*innen zustimmen. Adressen anderer Websites erscheinen als Link."
        ),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Vorschaubild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wird vor dem Abspielen gezeigt. Für externe Videos bitte ein eigenes Bild "
            "hochladen: Vorschaubilder der Plattform werden nicht geladen."
        ),
    )
    duration = models.DurationField(
        _("Dauer"),
        null=True,
        blank=True,
        help_text=_("Minuten:Sekunden oder Stunden:Minuten:Sekunden, zum Beispiel 3:20."),
    )
    transcript = RichTextField(
        _("Transkript"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Alles Gesprochene und was im Bild Wichtiges zu sehen ist, als Text. Hilft "
            "Menschen, die das Video nicht sehen oder hören können."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt"))

    base_form_class = VideoPageForm

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("captions"),
                FieldPanel("no_speech"),
                FieldPanel("allow_download"),
            ],
            heading=_("Video aus der Mediathek"),
            help_text=_("Entweder ein Video aus der Mediathek oder ein externes Video."),
        ),
        MultiFieldPanel([FieldPanel("external_url")], heading=_("Externes Video")),
        MultiFieldPanel(
            [FieldPanel("poster"), FieldPanel("duration", widget=forms.TextInput)],
            heading=_("Angaben zum Video"),
        ),
        FieldPanel("transcript"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("transcript"),
        index.SearchField("caption_text"),
        index.SearchField("body"),
    ]

    # The read-only API (docs/api.md). The video file only when the editor offers it
    # for download; the duration in ISO 8601 (PT3M20S).
    api_fields = [
        APIField("intro"),
        APIField("video_file", serializer=DocumentValue(only_if="allow_download")),
        APIField("captions", serializer=StreamFieldValue()),
        APIField("no_speech"),
        APIField("external_url"),
        APIField("poster", serializer=ImageValue()),
        APIField("duration", serializer=CharField(source="duration_iso", read_only=True)),
        APIField("transcript"),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage", "publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Video")
        verbose_name_plural = _("Videos")

    def clean(self):
        super().clean()
        errors = {}
        video_file = self.video_file if self.video_file_id else None
        if video_file is not None and self.external_url:
            errors["video_file"] = MESSAGE_BOTH
            errors["external_url"] = MESSAGE_BOTH
        elif video_file is not None and not _is_video(video_file):
            errors["video_file"] = MESSAGE_NOT_A_VIDEO % {"title": video_file.title}
        if self.duration is not None and self.duration.total_seconds() <= 0:
            errors["duration"] = MESSAGE_DURATION
        if errors:
            raise ValidationError(errors)

    # What the template shows ---------------------------------------------------

    @property
    def self_hosted_video(self):
        """The library document to play, or None (none chosen, or not a video)."""
        document = self.video_file if self.video_file_id else None
        return document if _is_video(document) else None

    @property
    def external_video(self):
        """The YouTube or Vimeo video to embed after consent, or None."""
        if self.self_hosted_video is not None or not self.external_url:
            return None
        return parse_video_url(self.external_url)

    @property
    def external_link_host(self):
        """For an address on another website (no embed): its host, for the link text."""
        if self.self_hosted_video is not None or not self.external_url:
            return ""
        if self.external_video is not None:
            return ""
        return host_name(self.external_url)

    def caption_tracks(self):
        """The WebVTT files as :class:`CaptionTrack`, labelled in the reader's language."""
        languages = dict(CAPTION_LANGUAGES)
        tracks = []
        for child in self.captions:
            document = child.value.get("document")
            if document is None or file_extension(document.filename) not in CAPTION_EXTENSIONS:
                continue
            language = child.value.get("language") or "de"
            kind = child.value.get("kind") or "captions"
            label = str(languages.get(language, language))
            if kind == "subtitles":
                label = _("%(language)s (Übersetzung)") % {"language": label}
            tracks.append(CaptionTrack(document, language, kind, label))
        return tracks

    def caption_text(self):
        """The cues of every caption file, for the search index."""
        return "\n".join(
            getattr(document, "extracted_text", "")
            for document in _caption_documents(self.captions)
        )

    @property
    def duration_label(self):
        return duration_label(self.duration)

    @property
    def duration_iso(self):
        return iso_duration(self.duration)

    @property
    def video_description(self):
        """``MP4-Video (12,3 MB)`` for the download link."""
        video = self.self_hosted_video
        if video is None:
            return ""
        return file_description(video.filename, video.file_size)

    def transcript_text(self):
        """The transcript as plain text (paragraphs on their own lines)."""
        if not self.transcript:
            return ""
        text = _PARAGRAPH_END.sub("\n", expand_db_html(self.transcript))
        lines = (" ".join(line.split()) for line in html.unescape(strip_tags(text)).split("\n"))
        return "\n".join(line for line in lines if line)

    def feed_description(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        video = self.external_video
        context["external_video"] = video
        if video is not None:
            remembered = video.host.key in consented_hosts(request)
            context["consent_remembered"] = remembered
            context["embed_external"] = remembered or wants_once(request)
            context["consent_withdrawn"] = (
                not remembered and request.GET.get("zustimmung") == "widerrufen"
            )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.external_video is not None:
            # What is rendered depends on the consent cookie (and, once, on the request).
            patch_vary_headers(response, ("Cookie",))
            if ONCE_PARAMETER in request.GET:
                # Rendered for this request only (and only from this site): never reused.
                patch_cache_control(response, private=True, no_store=True)
        return response

    # schema.org ----------------------------------------------------------------

    def _absolute(self, request, url):
        if request is not None:
            return request.build_absolute_uri(url)
        site = self.get_site()
        return (site.root_url if site else "") + url

    def structured_data(self, request):
        """schema.org ``VideoObject``: duration, poster, file or embed, captions, transcript."""
        data = {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": self.title,
            "description": self.intro or self.search_description or self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }
        if self.first_published_at:
            data["uploadDate"] = self.first_published_at.isoformat()
        if self.duration:
            data["duration"] = self.duration_iso
        if self.poster_id:
            rendition = self.poster.get_rendition(POSTER_FILTER)
            data["thumbnailUrl"] = self._absolute(request, rendition.url)
        video = self.self_hosted_video
        if video is not None:
            data["contentUrl"] = self._absolute(request, video.url)
            data["encodingFormat"] = video.content_type
        elif self.external_video is not None:
            data["embedUrl"] = self.external_video.embed_url
        elif self.external_url:
            data["sameAs"] = self.external_url
        tracks = self.caption_tracks()
        if tracks:
            data["caption"] = [
                {
                    "@type": "MediaObject",
                    "contentUrl": self._absolute(request, track.url),
                    "encodingFormat": "text/vtt",
                    "inLanguage": track.srclang,
                }
                for track in tracks
            ]
        transcript = self.transcript_text()
        if transcript:
            data["transcript"] = transcript
        keywords = [topic.label for topic in self.topics.all()]
        if keywords:
            data["keywords"] = ", ".join(keywords)
        return [data]
