"""Reading answers from a submitted form, without trusting it.

Each question's answers are posted as ``antwort-<question id>`` with the option ids
as values (radio buttons or checkboxes). :func:`read_answer` returns what is known
and an error code for what is wrong:

``missing``
    a single answer was expected and none came (a multiple-choice question may be
    left empty: it means "none of these applies");
``unknown``
    a value is not one of the question's options (an edited page, a tampered form);
``several``
    more than one value for a question that takes one.

The views turn the codes into messages next to the question and in the error
summary, and keep the known answers checked.
"""

from dataclasses import dataclass

MISSING = "missing"
UNKNOWN = "unknown"
SEVERAL = "several"

FIELD_PREFIX = "antwort-"
MAX_VALUES = 100


def field_name(question_id):
    return f"{FIELD_PREFIX}{question_id}"


@dataclass(frozen=True)
class Reading:
    answer: tuple | None
    """the chosen option ids in the question's order; None if unusable"""
    kept: tuple = ()
    """known option ids to show checked again when there is an error"""
    error: str | None = None


def read_answer(question, values):
    values = list(values)[:MAX_VALUES]
    known = {option.id for option in question.options}
    chosen = set(values)
    kept = tuple(option.id for option in question.options if option.id in chosen)
    if chosen - known:
        return Reading(answer=None, kept=kept, error=UNKNOWN)
    if question.allows_several:
        return Reading(answer=kept, kept=kept)
    if not chosen:
        return Reading(answer=None, error=MISSING)
    if len(chosen) > 1:
        return Reading(answer=None, kept=(), error=SEVERAL)
    return Reading(answer=kept, kept=kept)


def read_answers(questions, data):
    """``({question id: answer}, {question id: Reading with error})`` for ``questions``."""
    answers = {}
    problems = {}
    for question in questions:
        reading = read_answer(question, data.getlist(field_name(question.id)))
        if reading.error:
            problems[question.id] = reading
        else:
            answers[question.id] = reading.answer
    return answers, problems
