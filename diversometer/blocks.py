"""The blocks editors build a Diversometer from: dimensions with bands, and questions.

Identifiers
    A question is a child of the ``questions`` StreamField and an option, a band and a
    score are ListBlock items: Wagtail gives each of them a UUID that is saved with the
    page and copied unchanged into translations made with wagtail-localize. Answers,
    state tokens and the aggregate counters refer to these ids, so a German and an
    English run of the same questionnaire count together. Dimensions are referred to by
    their ``key``, a slug the editor chooses; :class:`DimensionKeyBlock` is never
    offered for translation, so a translator cannot break the link between an option's
    points and its dimension.

Templates
    Question blocks render a ``<fieldset>`` (``diversometer/blocks/question_block.html``)
    for the page, its admin preview and the JavaScript enhancement; a dimension renders
    its name and description on the start page. Options, scores and bands are parts of
    their parent and have no template of their own.

Default content
    New pages start with the seven dimensions of :func:`default_dimensions` and new
    scale questions with a five-step agreement scale. These defaults are page content
    in the source language (German), not interface strings: they are stored with the
    page and translated with it through wagtail-localize, so they are not marked for
    gettext.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from diversometer import scoring
from home.blocks import ParagraphBlock

PREVIEW_TEMPLATE = "diversometer/blocks/preview.html"
KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MIN_POINTS = -10
MAX_POINTS = 10

LEVEL_CHOICES = [
    (scoring.ACTION, _("Handlungsbedarf")),
    (scoring.PROGRESS, _("Auf dem Weg")),
    (scoring.GOOD, _("Gut aufgestellt")),
]


class DimensionKeyBlock(blocks.RegexBlock):
    """A dimension's key: lower-case letters, digits and hyphens; never translated."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "error_messages",
            {
                "invalid": _(
                    "Nur Kleinbuchstaben (ohne Umlaute), Ziffern und Bindestriche, "
                    "zum Beispiel „sozialer-status“."
                )
            },
        )
        super().__init__(regex=KEY_PATTERN, max_length=40, **kwargs)

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value

    class Meta:
        icon = "key"


# Dimensions and bands -----------------------------------------------------------


class BandBlock(blocks.StructBlock):
    """A range of a dimension's percentage with its traffic-light level and advice."""

    lower_bound = blocks.IntegerBlock(
        label=_("Ab Prozent"),
        min_value=0,
        max_value=100,
        help_text=_(
            "Die Stufe gilt ab diesem Anteil der erreichbaren Punkte (einschließlich) bis "
            "zur nächsten Stufe. Die erste Stufe beginnt bei 0."
        ),
    )
    level = blocks.ChoiceBlock(
        label=_("Einstufung"),
        choices=LEVEL_CHOICES,
        help_text=_("Wird als Ampel mit Wort und Symbol gezeigt, nie nur als Farbe."),
    )
    text = ParagraphBlock(
        label=_("Was das bedeutet"),
        help_text=_("Erklärt das Ergebnis und was als Nächstes helfen kann."),
    )
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(),
        label=_("Empfohlene Seiten"),
        min_num=0,
        help_text=_(
            "Zum Beispiel Publikationen oder Beispiele guter Praxis. Leser*innen sehen die "
            "Seite in ihrer Sprache; unveröffentlichte Seiten werden ausgelassen."
        ),
    )
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Empfohlene Dokumente"), min_num=0)

    class Meta:
        icon = "success"
        label = _("Stufe")
        description = _("Ein Bereich des Ergebnisses mit Ampel, Erklärung und Empfehlungen.")


def _band(lower, level, text):
    return {"lower_bound": lower, "level": level, "text": text, "pages": [], "documents": []}


def default_bands(name):
    """Three bands (0, 40 and 75 percent) with texts that name the dimension."""
    return [
        _band(
            0,
            scoring.ACTION,
            f"<p>Im Bereich {name} steht Ihre Einrichtung noch am Anfang. Ein guter erster "
            "Schritt ist, die Lage zu erheben und Zuständigkeiten zu klären.</p>",
        ),
        _band(
            40,
            scoring.PROGRESS,
            f"<p>Im Bereich {name} hat Ihre Einrichtung erste Schritte unternommen. Prüfen "
            "Sie, welche Maßnahmen Sie verstetigen und ausbauen können.</p>",
        ),
        _band(
            75,
            scoring.GOOD,
            f"<p>Im Bereich {name} ist Ihre Einrichtung gut aufgestellt. Teilen Sie Ihre "
            "Erfahrungen mit anderen Verwaltungen.</p>",
        ),
    ]


class DimensionBlock(blocks.StructBlock):
    """One dimension of diversity the self-check reports on, with its bands."""

    key = DimensionKeyBlock(
        label=_("Kürzel"),
        help_text=_(
            "Verbindet die Punkte der Antworten mit dieser Dimension, zum Beispiel „alter“. "
            "Nach dem Veröffentlichen nicht mehr ändern: Die Auswertung zählt danach."
        ),
    )
    name = blocks.CharBlock(label=_("Name"), max_length=100)
    description = blocks.TextBlock(
        label=_("Beschreibung"),
        required=False,
        max_length=600,
        help_text=_("Ein bis zwei Sätze: Was gehört zu dieser Dimension?"),
    )
    bands = blocks.ListBlock(
        BandBlock(),
        label=_("Stufen"),
        min_num=1,
        help_text=_("Aufsteigend nach „Ab Prozent“; die erste beginnt bei 0."),
    )

    class Meta:
        icon = "crosshairs"
        template = "diversometer/blocks/dimension_block.html"
        label = _("Dimension")
        description = _("Ein Vielfaltsmerkmal mit Stufen für das Ergebnis.")
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "key": "alter",
            "name": "Lebensalter",
            "description": (
                "Benachteiligungen jüngerer wie älterer Menschen, etwa bei Einstellung, "
                "Fortbildung oder im Zugang zu Leistungen."
            ),
            "bands": default_bands("Lebensalter"),
        }


class DimensionsBlock(blocks.StreamBlock):
    dimension = DimensionBlock()


DEFAULT_DIMENSIONS = (
    (
        "alter",
        "Lebensalter",
        "Geschützt nach § 1 AGG und § 2 LADG. Es geht um Benachteiligungen jüngerer wie "
        "älterer Menschen, etwa bei Einstellung, Fortbildung, Aufstieg oder im Zugang zu "
        "Verwaltungsleistungen.",
    ),
    (
        "geschlecht",
        "Geschlecht",
        "Geschützt nach § 1 AGG; § 2 LADG nennt ausdrücklich auch die geschlechtliche "
        "Identität. Es betrifft Frauen, Männer, inter*, trans* und nicht-binäre Menschen, "
        "etwa bei Ansprache, Formularen, Vereinbarkeit und Aufstieg.",
    ),
    (
        "ethnische-herkunft",
        "Ethnische Herkunft und Rassismus",
        "§ 1 AGG verbietet Benachteiligungen aus rassistischen Gründen und wegen der "
        "ethnischen Herkunft; § 2 LADG nennt außerdem rassistische und antisemitische "
        "Zuschreibungen und die Sprache. Es geht um Zugang, Mehrsprachigkeit und den Schutz "
        "vor rassistischer Diskriminierung.",
    ),
    (
        "religion",
        "Religion und Weltanschauung",
        "Geschützt nach § 1 AGG und § 2 LADG: religiöse wie nichtreligiöse Überzeugungen, "
        "etwa bei Feiertagen, Kleidung, Räumen oder Verpflegung.",
    ),
    (
        "behinderung",
        "Behinderung",
        "Geschützt nach § 1 AGG; § 2 LADG nennt zusätzlich chronische Erkrankungen. Es geht "
        "um Barrierefreiheit von Gebäuden, Dokumenten und digitalen Angeboten und um "
        "angemessene Vorkehrungen.",
    ),
    (
        "sexuelle-identitaet",
        "Sexuelle Identität",
        "Geschützt nach § 1 AGG; § 2 LADG spricht von sexueller und geschlechtlicher "
        "Identität. Es betrifft lesbische, schwule, bisexuelle und queere Menschen, etwa "
        "bei Ansprache, Familienbildern und Sichtbarkeit.",
    ),
    (
        "sozialer-status",
        "Sozialer Status",
        "Das AGG kennt dieses Merkmal nicht; in Berlin schützt § 2 LADG ausdrücklich vor "
        "Diskriminierung wegen des sozialen Status, etwa wegen Einkommen, Bildungsabschluss, "
        "Beruf oder Wohnungslosigkeit.",
    ),
)


def default_dimensions():
    """The field default: the six AGG dimensions plus sozialer Status from Berlin's LADG."""
    return [
        {
            "type": "dimension",
            "value": {
                "key": key,
                "name": name,
                "description": description,
                "bands": default_bands(name),
            },
        }
        for key, name, description in DEFAULT_DIMENSIONS
    ]


# Options and questions ------------------------------------------------------------


class ScoreBlock(blocks.StructBlock):
    """Points an option gives one dimension."""

    dimension = DimensionKeyBlock(
        label=_("Dimension (Kürzel)"),
        help_text=_("Das Kürzel einer Dimension dieser Seite, zum Beispiel „alter“."),
    )
    points = blocks.IntegerBlock(
        label=_("Punkte"),
        default=1,
        min_value=MIN_POINTS,
        max_value=MAX_POINTS,
        help_text=_("Mehr Punkte bedeuten: Die Einrichtung ist hier besser aufgestellt."),
    )

    class Meta:
        icon = "plus"
        label = _("Punkte für eine Dimension")
        description = _("Wie viele Punkte diese Antwort einer Dimension gibt.")


class OptionBlock(blocks.StructBlock):
    """An answer of a self-check question with its points per dimension."""

    label = blocks.CharBlock(label=_("Antwort"), max_length=300)
    scores = blocks.ListBlock(
        ScoreBlock(),
        label=_("Punkte"),
        min_num=0,
        help_text=_("Dimensionen ohne Eintrag bekommen für diese Antwort 0 Punkte."),
    )
    feedback = blocks.TextBlock(
        label=_("Rückmeldung"),
        required=False,
        max_length=1000,
        help_text=_("Erscheint im Ergebnis, wenn jemand diese Antwort gewählt hat."),
    )

    class Meta:
        icon = "radio-empty"
        label = _("Antwort")
        description = _("Eine Antwortmöglichkeit mit Punkten und optionaler Rückmeldung.")


class KnowledgeOptionBlock(blocks.StructBlock):
    """An answer of a knowledge question: right or wrong."""

    label = blocks.CharBlock(label=_("Antwort"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Richtige Antwort"), required=False)
    feedback = blocks.TextBlock(
        label=_("Rückmeldung"),
        required=False,
        max_length=1000,
        help_text=_("Erscheint im Ergebnis, wenn jemand diese Antwort gewählt hat."),
    )

    class Meta:
        icon = "radio-empty"
        label = _("Antwort")
        description = _("Eine Antwortmöglichkeit, richtig oder falsch.")


def _option(label, **scores):
    return {
        "label": label,
        "scores": [{"dimension": key, "points": points} for key, points in scores.items()],
        "feedback": "",
    }


SCALE_LABELS = (
    "Trifft voll zu",
    "Trifft eher zu",
    "Teils, teils",
    "Trifft eher nicht zu",
    "Trifft gar nicht zu",
)


def _question_text(label=None, help_text=None):
    return blocks.CharBlock(label=label or _("Frage"), max_length=500, help_text=help_text or "")


def _hint():
    return blocks.TextBlock(
        label=_("Hinweis"),
        required=False,
        max_length=600,
        help_text=_("Erscheint unter der Frage, zum Beispiel eine Begriffserklärung."),
    )


class QuestionBlock(blocks.StructBlock):
    """Base of the question blocks: renders one ``<fieldset>``.

    Each subclass declares all its children itself, so that they appear in the
    order editors read them (an inherited child keeps its parent's position).
    """

    kind = ""

    class Meta:
        template = "diversometer/blocks/question_block.html"
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        if "item" not in context:
            # Rendered on its own (admin preview): no form around it.
            from diversometer.screens import preview_item

            context["item"] = preview_item(self.kind, value, context.get("id") or "vorschau")
        return context


class SingleChoiceQuestionBlock(QuestionBlock):
    kind = scoring.SINGLE_CHOICE

    question = _question_text()
    hint = _hint()
    options = blocks.ListBlock(OptionBlock(), label=_("Antworten"), min_num=2)

    class Meta:
        icon = "radio-full"
        label = _("Einfachauswahl")
        description = _("Eine Frage, auf die genau eine Antwort passt.")
        preview_value = {
            "question": "Gibt es in Ihrer Einrichtung eine Ansprechperson für Vielfalt?",
            "hint": "",
            "options": [
                _option("Ja, mit festem Stundenanteil", alter=2, geschlecht=2),
                _option("Ja, nebenbei", alter=1, geschlecht=1),
                _option("Nein"),
            ],
        }


class MultipleChoiceQuestionBlock(QuestionBlock):
    kind = scoring.MULTIPLE_CHOICE

    question = _question_text()
    hint = _hint()
    options = blocks.ListBlock(OptionBlock(), label=_("Antworten"), min_num=2)

    class Meta:
        icon = "tick-inverse"
        label = _("Mehrfachauswahl")
        description = _(
            "Eine Frage, auf die mehrere oder keine Antworten passen; die Punkte der "
            "gewählten Antworten werden addiert."
        )
        preview_value = {
            "question": "In welchen Formen bieten Sie Informationen an?",
            "hint": "",
            "options": [
                _option("In Leichter Sprache", behinderung=1),
                _option("In mehreren Sprachen", **{"ethnische-herkunft": 1}),
                _option("Als barrierefreies PDF", behinderung=1),
            ],
        }


class ScaleQuestionBlock(QuestionBlock):
    kind = scoring.SCALE

    question = _question_text(
        label=_("Aussage"), help_text=_("Eine Aussage, der man mehr oder weniger zustimmt.")
    )
    hint = _hint()
    options = blocks.ListBlock(
        OptionBlock(),
        label=_("Stufen der Skala"),
        min_num=2,
        default=[_option(label) for label in SCALE_LABELS],
        help_text=_("Von voller Zustimmung bis Ablehnung; geben Sie jeder Stufe ihre Punkte."),
    )

    class Meta:
        icon = "sliders"
        label = _("Zustimmungsskala")
        description = _(
            "Eine Aussage mit einer Skala von „Trifft voll zu“ bis „Trifft gar nicht zu“."
        )
        preview_value = {
            "question": "Unsere Stellenausschreibungen sprechen alle Geschlechter an.",
            "hint": "",
            "options": [
                _option(label, geschlecht=points)
                for label, points in zip(SCALE_LABELS, (4, 3, 2, 1, 0), strict=True)
            ],
        }


class ScenarioQuestionBlock(QuestionBlock):
    kind = scoring.SCENARIO

    scenario = ParagraphBlock(
        label=_("Situation"), help_text=_("Beschreibt den Fall, um den es in der Frage geht.")
    )
    question = _question_text()
    hint = _hint()
    options = blocks.ListBlock(OptionBlock(), label=_("Antworten"), min_num=2)

    class Meta:
        icon = "clipboard-list"
        label = _("Fallbeispiel")
        description = _("Eine Situation aus dem Verwaltungsalltag und die Frage, wie man handelt.")
        preview_value = {
            "scenario": (
                "<p>Eine Bürgerin fragt am Telefon, ob sie ihren Antrag auch auf Englisch "
                "stellen kann.</p>"
            ),
            "question": "Wie reagieren Sie?",
            "hint": "",
            "options": [
                _option(
                    "Ich verweise auf unser mehrsprachiges Angebot.",
                    **{"ethnische-herkunft": 2},
                ),
                _option("Ich bitte sie, jemanden mitzubringen, der übersetzt."),
            ],
        }


class KnowledgeQuestionBlock(QuestionBlock):
    kind = scoring.KNOWLEDGE

    scenario = ParagraphBlock(
        label=_("Ausgangslage"),
        required=False,
        help_text=_("Optional: ein Fall, auf den sich die Frage bezieht."),
    )
    question = _question_text()
    hint = _hint()
    options = blocks.ListBlock(
        KnowledgeOptionBlock(),
        label=_("Antworten"),
        min_num=2,
        help_text=_("Markieren Sie genau eine Antwort als richtig."),
    )
    explanation = ParagraphBlock(
        label=_("Erklärung"),
        help_text=_("Erscheint im Ergebnis: warum die richtige Antwort richtig ist."),
    )

    class Meta:
        icon = "help"
        label = _("Wissensfrage")
        description = _("Eine Frage mit einer richtigen Antwort und einer Erklärung.")
        preview_value = {
            "scenario": "",
            "question": "Welches Merkmal schützt das Berliner LADG, das AGG aber nicht?",
            "hint": "",
            "options": [
                {"label": "Den sozialen Status", "correct": True, "feedback": ""},
                {"label": "Das Lebensalter", "correct": False, "feedback": ""},
            ],
            "explanation": "<p>§ 2 LADG nennt den sozialen Status; § 1 AGG nicht.</p>",
        }


class QuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock(group=_("Selbstcheck"))
    multiple_choice = MultipleChoiceQuestionBlock(group=_("Selbstcheck"))
    scale = ScaleQuestionBlock(group=_("Selbstcheck"))
    scenario = ScenarioQuestionBlock(group=_("Selbstcheck"))
    knowledge = KnowledgeQuestionBlock(group=_("Wissensquiz"))


QUESTION_KINDS = {name: block.kind for name, block in QuestionsBlock.base_blocks.items()}
"""StreamBlock child name → scoring kind (they are the same words)."""
