"""The admin report: the counters of a Diversometer laid out per question and dimension.

:func:`build_report` is pure: it takes the questionnaire and the counts as a mapping
``(kind, scope, item) → count`` and lays them out along the *current* questions,
options, dimensions and bands, in the language of the page it is given. Counts of
options or questions that were removed since are not shown (they stay in the
database).

Shares
    An option's share is of the runs that answered its question (for multiple choice
    the shares add up to more than 100 %); a band's share is of the runs whose
    result had a band for that dimension; a quiz score's share is of all runs.

CSV (:func:`csv_rows`)
    One row per figure: section, question or dimension, answer or band, count,
    share in percent. The view writes it as UTF-8 with a byte order mark and ``;``
    as the delimiter, which is what Excel in a German locale opens correctly with
    a double click (and LibreOffice asks); the share uses the decimal separator of
    the admin user's language. Cells that begin with ``=``, ``+``, ``-`` or ``@``
    get a leading apostrophe so that a spreadsheet never runs an answer text as a
    formula.
"""

from dataclasses import dataclass, field
from fractions import Fraction

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from diversometer import scoring
from diversometer.blocks import LEVEL_CHOICES
from diversometer.models import Counter

KIND_LABELS = {
    scoring.SINGLE_CHOICE: gettext_lazy("Einfachauswahl"),
    scoring.MULTIPLE_CHOICE: gettext_lazy("Mehrfachauswahl"),
    scoring.SCALE: gettext_lazy("Zustimmungsskala"),
    scoring.SCENARIO: gettext_lazy("Fallbeispiel"),
    scoring.KNOWLEDGE: gettext_lazy("Wissensfrage"),
}


def share(count, total):
    return Fraction(count, total) * 100 if total else None


def format_share(value):
    if value is None:
        return "–"
    return number_format(round(float(value), 1), decimal_pos=1, use_l10n=True)


@dataclass
class Row:
    label: str
    count: int
    share: Fraction | None
    correct: bool = False
    note: str = ""

    @property
    def shown_share(self):
        return format_share(self.share)

    @property
    def bar(self):
        """Whole percent for a bar (never above 100)."""
        return 0 if self.share is None else min(100, int(self.share))


@dataclass
class QuestionReport:
    number: int
    text: str
    kind: str
    kind_label: str
    answered: int
    rows: list = field(default_factory=list)

    @property
    def multiple(self):
        return self.kind == scoring.MULTIPLE_CHOICE


@dataclass
class DimensionReport:
    key: str
    name: str
    assessed: int
    rows: list = field(default_factory=list)


@dataclass
class Report:
    mode: str
    runs: int
    questions: list
    dimensions: list
    scores: list

    @property
    def is_quiz(self):
        return self.mode == scoring.QUIZ


def load_counts(page_key):
    rows = Counter.objects.filter(page_key=page_key).values_list("kind", "scope", "item", "count")
    return {(kind, scope, item): count for kind, scope, item, count in rows}


def build_report(questionnaire, counts):
    level_labels = dict(LEVEL_CHOICES)
    runs = counts.get((Counter.Kind.RUN, "", ""), 0)
    questions = []
    for number, question in enumerate(questionnaire.questions, start=1):
        answered = counts.get((Counter.Kind.QUESTION, question.id, ""), 0)
        rows = []
        for option in question.options:
            count = counts.get((Counter.Kind.OPTION, question.id, option.id), 0)
            rows.append(
                Row(
                    label=option.label,
                    count=count,
                    share=share(count, answered),
                    correct=option.correct,
                )
            )
        questions.append(
            QuestionReport(
                number=number,
                text=question.text,
                kind=question.kind,
                kind_label=str(KIND_LABELS.get(question.kind, question.kind)),
                answered=answered,
                rows=rows,
            )
        )

    dimensions = []
    for dimension in questionnaire.dimensions:
        band_counts = [
            counts.get((Counter.Kind.BAND, dimension.key, band.id), 0) for band in dimension.bands
        ]
        assessed = sum(band_counts)
        rows = [
            Row(
                label=str(level_labels.get(band.level, band.level)),
                count=count,
                share=share(count, assessed),
                note=_("ab %(lower)s %%") % {"lower": band.lower},
            )
            for band, count in zip(dimension.bands, band_counts, strict=True)
        ]
        dimensions.append(
            DimensionReport(key=dimension.key, name=dimension.name, assessed=assessed, rows=rows)
        )

    scores = []
    if questionnaire.mode == scoring.QUIZ:
        total = len(questionnaire.questions)
        for correct in range(total + 1):
            count = counts.get((Counter.Kind.SCORE, "", str(correct)), 0)
            scores.append(
                Row(
                    label=_("%(correct)s von %(total)s richtig")
                    % {"correct": correct, "total": total},
                    count=count,
                    share=share(count, runs),
                )
            )
    return Report(
        mode=questionnaire.mode,
        runs=runs,
        questions=questions,
        dimensions=dimensions,
        scores=scores,
    )


def _cell(value):
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_rows(report):
    """The header and one row per figure, as lists of strings."""
    rows = [
        [
            _("Bereich"),
            _("Frage oder Dimension"),
            _("Antwort oder Stufe"),
            _("Anzahl"),
            _("Anteil (%)"),
        ]
    ]
    rows.append([_("Durchgänge"), "", "", str(report.runs), ""])
    for question in report.questions:
        title = f"{question.number}. {question.text}"
        rows.append([_("Frage"), title, _("beantwortet"), str(question.answered), ""])
        for row in question.rows:
            label = row.label + (" " + _("(richtig)") if row.correct else "")
            rows.append([_("Antwort"), title, label, str(row.count), row.shown_share])
    for dimension in report.dimensions:
        rows.append([_("Dimension"), dimension.name, _("eingestuft"), str(dimension.assessed), ""])
        for row in dimension.rows:
            rows.append(
                [
                    _("Stufe"),
                    dimension.name,
                    f"{row.label} ({row.note})",
                    str(row.count),
                    row.shown_share,
                ]
            )
    for row in report.scores:
        rows.append([_("Ergebnis"), "", row.label, str(row.count), row.shown_share])
    return [[_cell(value) for value in row] for row in rows]
