"""Demo content: the two videos the seed pages mention, as video pages with captions.

* "Zwei Thüringer Landratsämter gehen neue Wege" (seed 003, project "Vielfalt
  Leben"). The seed page names no address for the video, so the page carries
  :data:`EXAMPLE_VIDEO_URL`, a YouTube address with the made-up id
  ``BEISPIEL-ID``, and says so on the page. It shows the two-click consent.
* "Was ist eigentlich Diversity?" (seed 000, project "Berliner Netzwerke für
  Vielfalt"). The seed links to the LADS page that shows the film; that address
  is on berlin.de, not on a video platform, so the page links to it and embeds
  nothing.

The transcripts are short summaries of what the seed pages say about the videos,
marked as such; the seed pages do not give the spoken words. The caption files are
generated WebVTT examples of the same summaries, marked as examples in their
first cue, so the library holds searchable captions and the pages show how caption
downloads look.

The module registers its loader when imported; ``publications.demo_content``
imports it. English comes through wagtail-localize from the catalogues here.
"""

from dataclasses import dataclass, field
from io import BytesIO

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from home.demo import loader, topic
from home.models import DemoContentRecord
from publications.models import VideoPage

# YouTube ids have eleven characters; this one is made up and says so.
EXAMPLE_VIDEO_URL = "https://www.youtube.com/watch?v=BEISPIEL-ID"
LADS_VIDEO_URL = "https://www.berlin.de/sen/lads/schwerpunkte/diversity/begriffe-und-konzepte/"

CAPTIONS_NOTE = "[Beispiel-Untertitel: eine Zusammenfassung, nicht der gesprochene Text]"
SUMMARY_LABEL = "Zusammenfassung (kein wörtliches Transkript):"


@dataclass(frozen=True)
class DemoVideo:
    """One demo video page: German fields, captions and the English catalogue."""

    key: str
    fields: dict
    body: list  # paragraphs
    transcript: list  # paragraphs, the first says it is a summary
    captions: list  # cues: lists of lines
    captions_title: str
    captions_filename: str
    english: dict
    topics: list = field(default_factory=list)


THURINGIA_TEXT = (
    "Die Landratsämter Altenburger Land und Ilm-Kreis haben sich Ende 2020 dafür "
    "entschieden, interkulturelle Öffnungsprozesse zur Vielfaltsgestaltung durch das "
    "Projektteam “Vielfalt Leben” begleiten und evaluieren zu lassen. Der Prozess wird nicht "
    "nur migrationsspezifisch betrachtet, sondern nimmt Vielfalt allgemein in den Blick. "
    "Nicht nur migrationsrelevante Ämter sind beteiligt, sondern die gesamte Einrichtung. Die "
    "ersten Ergebnisse (Dialogveranstaltungen, Steuerungsgruppen-Treffen) zeigen, dass "
    "interkulturelle Öffnungsprozesse nicht nur notwendig und zukunftsweisend, sondern – "
    "selbst unter erschwerten Pandemiebedingungen – auch möglich sind."
)
THURINGIA_NOTE = (
    "Hinweis der Demo-Inhalte: Die Adresse des Videos ist ein Beispiel, das Video selbst "
    "gehört nicht zu den Demo-Inhalten. Auch die Untertiteldatei ist ein Beispiel."
)
THURINGIA_SUMMARY = (
    "Die Landratsämter Altenburger Land und Ilm-Kreis lassen seit Ende 2020 ihre "
    "interkulturelle Öffnung vom Projektteam „Vielfalt Leben“ begleiten und evaluieren. Es "
    "geht um Vielfalt allgemein, nicht nur um Migration, und beteiligt ist die ganze "
    "Einrichtung, nicht nur die Ämter, die mit Migration zu tun haben. Erste Ergebnisse – "
    "Dialogveranstaltungen und Treffen der Steuerungsgruppen – zeigen: Interkulturelle "
    "Öffnung ist notwendig, zukunftsweisend und auch unter Pandemiebedingungen möglich."
)

THURINGIA = DemoVideo(
    key="thuringia",
    fields={
        "title": "Zwei Thüringer Landratsämter gehen neue Wege",
        "slug": "video-zwei-thueringer-landratsaemter",
        "intro": (
            "Ein Video aus dem Projekt „Vielfalt Leben. Für eine zukunftsfähige Verwaltung“ "
            "über die interkulturelle Öffnung der Landratsämter Altenburger Land und Ilm-Kreis."
        ),
        "external_url": EXAMPLE_VIDEO_URL,
    },
    body=[THURINGIA_TEXT, THURINGIA_NOTE],
    transcript=[SUMMARY_LABEL, THURINGIA_SUMMARY],
    captions=[
        [CAPTIONS_NOTE],
        ["Die Landratsämter Altenburger Land", "und Ilm-Kreis gehen neue Wege."],
        ["Seit Ende 2020 begleitet das Projektteam", "„Vielfalt Leben“ ihre Öffnung."],
        ["Es geht um Vielfalt allgemein,", "nicht nur um Migration."],
        ["Beteiligt ist die ganze Einrichtung."],
        ["Erste Ergebnisse: Dialogveranstaltungen", "und Treffen der Steuerungsgruppen."],
        ["Interkulturelle Öffnung ist möglich –", "auch unter Pandemiebedingungen."],
    ],
    captions_title="Untertitel (Beispiel): Zwei Thüringer Landratsämter gehen neue Wege",
    captions_filename="untertitel-zwei-thueringer-landratsaemter.vtt",
    topics=[
        ("Interkulturelle Öffnung", "Intercultural opening"),
        ("Organisationsentwicklung", "Organisational development"),
    ],
    english={
        "Zwei Thüringer Landratsämter gehen neue Wege": (
            "Two Thuringian district offices break new ground"
        ),
        "video-zwei-thueringer-landratsaemter": "video-two-thuringian-district-offices",
        (
            "Ein Video aus dem Projekt „Vielfalt Leben. Für eine zukunftsfähige Verwaltung“ "
            "über die interkulturelle Öffnung der Landratsämter Altenburger Land und Ilm-Kreis."
        ): (
            "A video of the project “Vielfalt Leben. Für eine zukunftsfähige Verwaltung” "
            "(Living diversity: for an administration fit for the future) about the "
            "intercultural opening of the district offices of Altenburger Land and Ilm-Kreis."
        ),
        THURINGIA_TEXT: (
            "At the end of 2020, the district offices of Altenburger Land and Ilm-Kreis "
            "decided to have the project team “Vielfalt Leben” support and evaluate their "
            "processes of intercultural opening and diversity management. The process does "
            "not only look at migration but at diversity in general. Not only the offices "
            "dealing with migration take part, but the whole institution. The first results "
            "(dialogue events, steering group meetings) show that intercultural opening is "
            "not only necessary and forward-looking but – even under the difficult "
            "conditions of the pandemic – also possible."
        ),
        THURINGIA_NOTE: (
            "Note on the demo content: the address of the video is an example; the video "
            "itself is not part of the demo content. The caption file is an example too."
        ),
        SUMMARY_LABEL: "Summary (not a word-for-word transcript):",
        THURINGIA_SUMMARY: (
            "Since the end of 2020, the district offices of Altenburger Land and Ilm-Kreis "
            "have had the project team “Vielfalt Leben” support and evaluate their "
            "intercultural opening. It is about diversity in general, not only about "
            "migration, and the whole institution takes part, not only the offices dealing "
            "with migration. First results – dialogue events and steering group meetings – "
            "show: intercultural opening is necessary, forward-looking and possible even "
            "under the conditions of the pandemic."
        ),
    },
)

BERLIN_TEXT = (
    "Im Rahmen der Öffentlichkeitsarbeit des Projekts „Berliner Netzwerke für Vielfalt“ "
    "(2015–2018) ist der Erklärfilm „Was ist eigentlich Diversity?“ entstanden. Das Projekt "
    "der LADS und des Vereins Eine Welt der Vielfalt e.V. hat Verwaltungen darin "
    "unterstützt, bewusst mit Vielfalt umzugehen."
)
BERLIN_NOTE = (
    "Hinweis der Demo-Inhalte: Der Film ist auf der Website der LADS zu finden; diese Seite "
    "verlinkt ihn nur. Die Untertiteldatei ist ein Beispiel."
)
BERLIN_SUMMARY = (
    "Der Erklärfilm „Was ist eigentlich Diversity?“ ist im Projekt „Berliner Netzwerke für "
    "Vielfalt“ der LADS und des Vereins Eine Welt der Vielfalt e.V. entstanden, als Teil "
    "der Öffentlichkeitsarbeit. Das Projekt wollte die Qualität von Verwaltungsleistungen "
    "und die Zufriedenheit von Beschäftigten und Bürger*innen erhöhen, indem Verwaltungen "
    "bewusst mit Vielfalt umgehen."
)

BERLIN = DemoVideo(
    key="berlin",
    fields={
        "title": "Was ist eigentlich Diversity?",
        "slug": "video-was-ist-eigentlich-diversity",
        "intro": (
            "Ein Erklärfilm aus dem Projekt „Berliner Netzwerke für Vielfalt“; zu sehen auf "
            "der Website der LADS."
        ),
        "external_url": LADS_VIDEO_URL,
    },
    body=[BERLIN_TEXT, BERLIN_NOTE],
    transcript=[SUMMARY_LABEL, BERLIN_SUMMARY],
    captions=[
        [CAPTIONS_NOTE],
        ["„Was ist eigentlich Diversity?“"],
        ["Ein Erklärfilm aus dem Projekt", "„Berliner Netzwerke für Vielfalt“."],
        ["Er hilft Verwaltungen,", "bewusst mit Vielfalt umzugehen."],
    ],
    captions_title="Untertitel (Beispiel): Was ist eigentlich Diversity?",
    captions_filename="untertitel-was-ist-eigentlich-diversity.vtt",
    english={
        "Was ist eigentlich Diversity?": "What is diversity anyway?",
        "video-was-ist-eigentlich-diversity": "video-what-is-diversity-anyway",
        (
            "Ein Erklärfilm aus dem Projekt „Berliner Netzwerke für Vielfalt“; zu sehen auf "
            "der Website der LADS."
        ): (
            "An explainer film of the project “Berliner Netzwerke für Vielfalt” (Berlin "
            "networks for diversity); it can be watched on the website of the LADS."
        ),
        BERLIN_TEXT: (
            "The explainer film “Was ist eigentlich Diversity?” (What is diversity anyway?) "
            "was made as part of the public relations work of the project “Berliner "
            "Netzwerke für Vielfalt” (2015–2018). The project of the LADS and the "
            "association Eine Welt der Vielfalt e.V. supported administrations in dealing "
            "consciously with diversity."
        ),
        BERLIN_NOTE: (
            "Note on the demo content: the film is on the website of the LADS; this page "
            "only links to it. The caption file is an example."
        ),
        SUMMARY_LABEL: "Summary (not a word-for-word transcript):",
        BERLIN_SUMMARY: (
            "The explainer film “Was ist eigentlich Diversity?” was made in the project "
            "“Berliner Netzwerke für Vielfalt” of the LADS and the association Eine Welt "
            "der Vielfalt e.V., as part of its public relations work. The project aimed to "
            "raise the quality of administrative services and the satisfaction of staff "
            "and citizens by having administrations deal consciously with diversity."
        ),
    },
)

VIDEOS = (THURINGIA, BERLIN)
CUE_SECONDS = 6


def _timestamp(seconds):
    return f"00:{seconds // 60:02}:{seconds % 60:02}.000"


def build_vtt(video):
    """The example caption file of ``video`` as WebVTT bytes (UTF-8)."""
    lines = [
        "WEBVTT - Beispiel-Untertitel der Demo-Inhalte",
        "",
        "NOTE",
        "Beispieldatei der Demo-Inhalte der Website-Vorlage „Vielfalt“. Die Untertitel",
        "geben nicht den gesprochenen Text wieder, sie fassen zusammen, was die",
        "Projektseite über das Video sagt.",
        "",
    ]
    for number, cue in enumerate(video.captions):
        start = number * CUE_SECONDS
        lines += [
            str(number + 1),
            f"{_timestamp(start)} --> {_timestamp(start + CUE_SECONDS)}",
            *cue,
            "",
        ]
    return "\n".join(lines).encode("utf-8")


def caption_document(video):
    """The generated caption file of ``video``, stored once and recorded.

    None when an editor has deleted it since: it is not made again.
    """
    Document = get_document_model()
    key = f"document.video-captions.{video.key}"
    record = DemoContentRecord.objects.filter(key=key).first()
    if record is not None:
        return Document.objects.filter(pk=record.object_id).first()
    data = build_vtt(video)
    with transaction.atomic():
        document = Document(
            title=video.captions_title,
            file=ContentFile(data, name=video.captions_filename),
            language="de",
        )
        document.file_size = len(data)
        document.file_hash = hash_filelike(BytesIO(data))
        document.save()
        DemoContentRecord.objects.create(key=key, object_id=document.pk)
    return document


def _paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def video_page(video):
    """The unsaved German page of ``video``."""
    page = VideoPage(**video.fields, transcript=_paragraphs(video.transcript))
    page.body = [("paragraph", _paragraphs(video.body))]
    captions = caption_document(video)
    if captions is not None:
        page.captions = [("track", {"document": captions, "language": "de", "kind": "captions"})]
    page.topics.add(*(topic(name, name_en) for name, name_en in video.topics))
    return page


@loader(order=45)
def videos(context):
    """Both seed videos in the library, each translated into English."""
    library = context.recorded("publications.library")
    if library is None:
        return
    for video in VIDEOS:
        page = context.page(
            f"publications.video.{video.key}", library, lambda video=video: video_page(video)
        )
        if page is not None:
            context.translate(page, video.english)
