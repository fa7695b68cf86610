"""Scoring of a Diversometer run: pure functions over plain data, no database, no Django.

The page turns its StreamFields into a :class:`Questionnaire` (``DiversometerPage.
questionnaire()``); a run's answers are a mapping of question id to the tuple of chosen
option ids. Everything here works on those two values only, so it can be tested on its
own and reused by the public views, the counters and the admin report.

Self-check
    Each option carries points per dimension (``Option.scores``, keyed by the
    dimension's ``key``). A dimension's raw score is the sum of the points of the
    chosen options. It is normalised to the range the questionnaire can actually
    reach for that dimension:

    - a question answered with one option (single choice, scale, scenario) reaches
      from the lowest to the highest points any of its options gives the dimension
      (an option without points for it gives 0);
    - a multiple-choice question reaches from the sum of its negative points (all
      negative options ticked) to the sum of its positive points (all positive ones
      ticked); ticking nothing gives 0.

    ``percent = (raw - minimum) / (maximum - minimum) * 100`` as an exact fraction.
    A dimension no question gives points to has ``minimum == maximum``: it has no
    percentage and no band ("not assessed").

    Bands have inclusive lower edges in whole percent: the band is the one with the
    highest lower edge that is at most the percentage, so exactly 40 % falls into a
    band that starts at 40. Because the edges are whole numbers, the percentage is
    shown rounded *down* (:attr:`DimensionScore.shown_percent`): 39.6 % shows as 39 %
    and stays in the band below 40, so the number and the band never disagree.

Knowledge quiz
    A question is answered correctly when exactly its correct option was chosen;
    the score is the number of correct answers out of the number of questions.

The structure version (:func:`structure_version`) is a short hash of everything a
saved answer refers to: mode, display, and the ids and order of questions and options.
State and result tokens carry it, so answers given to an earlier version of the page
are recognised instead of being mapped onto different questions.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

SELF_CHECK = "self_check"
QUIZ = "quiz"

ALL = "all"
STEPS = "steps"

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
SCALE = "scale"
SCENARIO = "scenario"
KNOWLEDGE = "knowledge"

SELF_CHECK_KINDS = frozenset({SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, SCENARIO})
QUIZ_KINDS = frozenset({KNOWLEDGE})

ACTION = "action"
PROGRESS = "progress"
GOOD = "good"
LEVELS = (ACTION, PROGRESS, GOOD)


@dataclass(frozen=True)
class Option:
    id: str
    label: str = ""
    scores: Mapping[str, int] = field(default_factory=dict)
    correct: bool = False

    def points(self, key):
        return self.scores.get(key, 0)


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    text: str = ""
    options: tuple[Option, ...] = ()

    @property
    def allows_several(self):
        return self.kind == MULTIPLE_CHOICE

    def option(self, option_id):
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    @property
    def correct_options(self):
        return tuple(option for option in self.options if option.correct)


@dataclass(frozen=True)
class Band:
    id: str
    lower: int
    level: str


@dataclass(frozen=True)
class Dimension:
    key: str
    name: str = ""
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Questionnaire:
    mode: str
    questions: tuple[Question, ...]
    dimensions: tuple[Dimension, ...] = ()
    display: str = ""

    def question(self, question_id):
        for question in self.questions:
            if question.id == question_id:
                return question
        return None


@dataclass(frozen=True)
class DimensionScore:
    dimension: Dimension
    points: int
    minimum: int
    maximum: int
    percent: Fraction | None
    band: Band | None

    @property
    def assessed(self):
        return self.percent is not None

    @property
    def shown_percent(self):
        """Whole percent, rounded down so that it agrees with the band (see the module)."""
        return None if self.percent is None else math.floor(self.percent)


@dataclass(frozen=True)
class QuestionOutcome:
    question: Question
    chosen: tuple[Option, ...]
    is_correct: bool


@dataclass(frozen=True)
class QuizScore:
    correct: int
    total: int
    outcomes: tuple[QuestionOutcome, ...]


def chosen_options(question, answers):
    """The options of ``question`` chosen in ``answers``, in the question's order.

    Unknown ids are ignored here; the views refuse them before scoring.
    """
    chosen = set(answers.get(question.id, ()))
    return tuple(option for option in question.options if option.id in chosen)


def question_range(question, key):
    """The lowest and highest points ``question`` can give dimension ``key``."""
    points = [option.points(key) for option in question.options]
    if not points:
        return 0, 0
    if question.allows_several:
        return sum(p for p in points if p < 0), sum(p for p in points if p > 0)
    return min(points), max(points)


def dimension_range(questionnaire, key):
    """The lowest and highest raw score dimension ``key`` can reach."""
    low = high = 0
    for question in questionnaire.questions:
        question_low, question_high = question_range(question, key)
        low += question_low
        high += question_high
    return low, high


def percent_of(points, minimum, maximum):
    """``points`` as an exact percentage of ``minimum..maximum``; None for an empty range."""
    if maximum <= minimum:
        return None
    clamped = min(max(points, minimum), maximum)
    return Fraction(clamped - minimum, maximum - minimum) * 100


def band_for(bands, percent):
    """The band whose inclusive lower edge is the highest one not above ``percent``.

    None when ``percent`` is None or lies below every edge (a page whose lowest band
    does not start at 0; the admin refuses to publish one).
    """
    if percent is None:
        return None
    found = None
    for band in sorted(bands, key=lambda band: band.lower):
        if band.lower <= percent:
            found = band
    return found


def score_self_check(questionnaire, answers):
    """One :class:`DimensionScore` per dimension of the questionnaire, in its order."""
    scores = []
    for dimension in questionnaire.dimensions:
        points = sum(
            option.points(dimension.key)
            for question in questionnaire.questions
            for option in chosen_options(question, answers)
        )
        minimum, maximum = dimension_range(questionnaire, dimension.key)
        percent = percent_of(points, minimum, maximum)
        scores.append(
            DimensionScore(
                dimension=dimension,
                points=points,
                minimum=minimum,
                maximum=maximum,
                percent=percent,
                band=band_for(dimension.bands, percent),
            )
        )
    return tuple(scores)


def score_quiz(questionnaire, answers):
    """How many questions were answered with exactly their correct option."""
    outcomes = []
    for question in questionnaire.questions:
        chosen = chosen_options(question, answers)
        correct = question.correct_options
        outcomes.append(
            QuestionOutcome(
                question=question,
                chosen=chosen,
                is_correct=bool(correct)
                and {option.id for option in chosen} == {option.id for option in correct},
            )
        )
    return QuizScore(
        correct=sum(outcome.is_correct for outcome in outcomes),
        total=len(outcomes),
        outcomes=tuple(outcomes),
    )


def structure_version(questionnaire):
    """A short hash of mode, display and the ids and order of questions and options."""
    shape = [
        questionnaire.mode,
        questionnaire.display,
        [
            [question.id, question.kind, [option.id for option in question.options]]
            for question in questionnaire.questions
        ],
    ]
    encoded = json.dumps(shape, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()[:16]
