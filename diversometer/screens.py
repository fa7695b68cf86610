"""What the templates show: questions with their state, and the result.

The views decide *which* questions are on screen and what the reader chose; the
functions here turn that into plain objects with everything a template needs
(ids for labels and error links, checked options, messages, recommendations), so
the templates hold no logic and the markup hooks stay stable for the JavaScript
enhancement:

- each question is a ``<fieldset id="frage-<question id>">`` with
  ``data-diversometer-question``, ``data-question-number`` and ``data-question-kind``;
- each input is ``antwort-<question id>-<n>``, named ``antwort-<question id>``,
  with the option id as its value.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from diversometer import answers as answer_codes
from diversometer import scoring
from diversometer.blocks import LEVEL_CHOICES

ERROR_MESSAGES = {
    answer_codes.MISSING: _("Bitte wählen Sie eine Antwort aus."),
    answer_codes.UNKNOWN: _(
        "Diese Antwort gibt es nicht. Bitte wählen Sie eine der angebotenen Antworten."
    ),
    answer_codes.SEVERAL: _("Bitte wählen Sie nur eine Antwort aus."),
}
LEVEL_LABELS = dict(LEVEL_CHOICES)


@dataclass
class OptionItem:
    id: str
    label: str
    input_id: str
    checked: bool = False


@dataclass
class QuestionItem:
    id: str
    kind: str
    number: int
    total: int
    text: str
    hint: str = ""
    scenario: object = None
    options: list = field(default_factory=list)
    error: str = ""

    @property
    def multiple(self):
        return self.kind == scoring.MULTIPLE_CHOICE

    @property
    def field_name(self):
        return answer_codes.field_name(self.id)

    @property
    def fieldset_id(self):
        return f"frage-{self.id}"

    @property
    def error_id(self):
        return f"fehler-{self.id}"

    @property
    def hint_id(self):
        return f"hinweis-{self.id}"

    @property
    def scenario_id(self):
        return f"situation-{self.id}"

    @property
    def multiple_hint_id(self):
        return f"mehrfach-{self.id}"

    @property
    def first_input_id(self):
        return self.options[0].input_id if self.options else self.fieldset_id

    @property
    def described_by(self):
        ids = []
        if self.scenario:
            ids.append(self.scenario_id)
        if self.hint:
            ids.append(self.hint_id)
        if self.multiple:
            ids.append(self.multiple_hint_id)
        if self.error:
            ids.append(self.error_id)
        return " ".join(ids)


def _item(kind, question_id, value, option_ids, number, total, chosen=(), error=""):
    options = [
        OptionItem(
            id=option_id,
            label=option_value.get("label") or "",
            input_id=f"antwort-{question_id}-{index}",
            checked=option_id in chosen,
        )
        for index, (option_id, option_value) in enumerate(option_ids, start=1)
    ]
    return QuestionItem(
        id=question_id,
        kind=kind,
        number=number,
        total=total,
        text=value.get("question") or "",
        hint=value.get("hint") or "",
        scenario=value.get("scenario") or None,
        options=options,
        error=str(ERROR_MESSAGES.get(error, "")) if error else "",
    )


def question_items(survey, questions, selected=None, problems=None):
    """Items for ``questions`` (a subset of the survey's, numbered within all of them)."""
    selected = selected or {}
    problems = problems or {}
    all_questions = survey.questionnaire.questions
    numbers = {question.id: index for index, question in enumerate(all_questions, start=1)}
    items = []
    for question in questions:
        value = survey.questions[question.id]
        option_values = {child.id: child.value for child in value["options"].bound_blocks}
        problem = problems.get(question.id)
        items.append(
            _item(
                question.kind,
                question.id,
                value,
                [(option.id, option_values[option.id]) for option in question.options],
                numbers[question.id],
                len(all_questions),
                chosen=set(selected.get(question.id, ())),
                error=problem.error if problem else "",
            )
        )
    return items


def preview_item(kind, value, question_id):
    """An item for a question block shown on its own (the admin's block preview)."""
    options = [(child.id, child.value) for child in (value.get("options") or []).bound_blocks]
    return _item(kind, question_id, value, options, number=1, total=1)


# Result ---------------------------------------------------------------------------


@dataclass
class Recommendation:
    title: str
    url: str
    lang: str = ""
    document: object = None


def localized_pages(pages, request):
    """``{page id: Recommendation}`` for the live pages among ``pages``, in the reader's
    language where a live translation exists (like ``Page.localized``), else as they are.

    A constant number of queries however many pages bands recommend.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    active = Locale.get_active()
    codes = dict(Locale.objects.values_list("id", "language_code"))
    foreign = {page.translation_key for page in pages if page.locale_id != active.pk}
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=foreign, locale=active).live()
    }
    found = {}
    for page in pages:
        target = page
        if page.locale_id != active.pk:
            target = translations.get(page.translation_key, page)
        if not target.live:
            continue
        language = codes.get(target.locale_id, "")
        found[page.pk] = Recommendation(
            title=target.title,
            url=target.get_url(request=request),
            lang=language if language != active.language_code else "",
        )
    return found


def _recommendations(band_value, pages):
    found = [pages[page.pk] for page in band_value.get("pages") or [] if page and page.pk in pages]
    for document in band_value.get("documents") or []:
        if document is not None:
            found.append(Recommendation(title=document.title, url=document.url, document=document))
    return found


@dataclass
class DimensionRow:
    key: str
    name: str
    description: str
    score: scoring.DimensionScore
    level: str = ""
    level_label: str = ""
    text: object = None
    recommendations: list = field(default_factory=list)


def dimension_rows(survey, scores, request):
    band_values = [survey.bands[score.band.id] for score in scores if score.band is not None]
    pages = localized_pages(
        [page for value in band_values for page in value.get("pages") or []], request
    )
    rows = []
    for score in scores:
        value = survey.dimensions[score.dimension.key]
        row = DimensionRow(
            key=score.dimension.key,
            name=value.get("name") or score.dimension.key,
            description=value.get("description") or "",
            score=score,
        )
        if score.band is not None:
            band_value = survey.bands[score.band.id]
            row.level = score.band.level
            row.level_label = str(LEVEL_LABELS.get(score.band.level, ""))
            row.text = band_value.get("text")
            row.recommendations = _recommendations(band_value, pages)
        rows.append(row)
    return rows


@dataclass
class FeedbackRow:
    number: int
    question: str
    answer: str
    feedback: str


def feedback_rows(survey, answers):
    """The feedback texts of the chosen options, in question order."""
    rows = []
    for number, question in enumerate(survey.questionnaire.questions, start=1):
        for option in scoring.chosen_options(question, answers):
            feedback = (survey.options[option.id].get("feedback") or "").strip()
            if feedback:
                rows.append(FeedbackRow(number, question.text, option.label, feedback))
    return rows


@dataclass
class OutcomeRow:
    number: int
    question: str
    scenario: object
    is_correct: bool
    chosen: list
    correct: list
    feedback: list
    explanation: object


def outcome_rows(survey, quiz):
    rows = []
    for number, outcome in enumerate(quiz.outcomes, start=1):
        value = survey.questions[outcome.question.id]
        rows.append(
            OutcomeRow(
                number=number,
                question=outcome.question.text,
                scenario=value.get("scenario") or None,
                is_correct=outcome.is_correct,
                chosen=[option.label for option in outcome.chosen],
                correct=[option.label for option in outcome.question.correct_options],
                feedback=[
                    text
                    for option in outcome.chosen
                    if (text := (survey.options[option.id].get("feedback") or "").strip())
                ],
                explanation=value.get("explanation"),
            )
        )
    return rows
