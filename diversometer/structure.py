"""From a page's StreamFields to the plain :class:`~diversometer.scoring.Questionnaire`.

:func:`build_survey` reads the page's mode, display, dimensions and questions and
returns the questionnaire for scoring together with lookups from ids to the block
values, which the templates need for everything scoring does not (scenario texts,
explanations, band texts, recommendations, feedback).

It is lenient on purpose: the admin refuses to publish an inconsistent page
(:mod:`diversometer.validation`), but a draft preview or a page made in code may
still be inconsistent, and it must render, not fail. So questions of the other mode
and questions without answers are left out, a dimension key used twice counts once,
and points for a key that no dimension has are simply never read.
"""

from dataclasses import dataclass, field

from diversometer import scoring
from diversometer.blocks import QUESTION_KINDS


@dataclass(frozen=True)
class Survey:
    questionnaire: scoring.Questionnaire
    questions: dict = field(default_factory=dict)
    """question id → the question block's StructValue"""
    dimensions: dict = field(default_factory=dict)
    """dimension key → the dimension block's StructValue"""
    bands: dict = field(default_factory=dict)
    """band id → the band's StructValue"""
    options: dict = field(default_factory=dict)
    """option id → the option's StructValue"""


def kinds_for(mode):
    return scoring.QUIZ_KINDS if mode == scoring.QUIZ else scoring.SELF_CHECK_KINDS


def _option(child, kind):
    value = child.value
    scores = {}
    if kind != scoring.KNOWLEDGE:
        for score in value.get("scores") or []:
            key = score.get("dimension") or ""
            scores[key] = scores.get(key, 0) + (score.get("points") or 0)
    return scoring.Option(
        id=child.id,
        label=value.get("label") or "",
        scores=scores,
        correct=bool(value.get("correct")) if kind == scoring.KNOWLEDGE else False,
    )


def build_survey(mode, display, dimensions_value, questions_value):
    allowed = kinds_for(mode)
    questions = []
    question_values = {}
    option_values = {}
    for child in questions_value or []:
        kind = QUESTION_KINDS.get(child.block_type)
        if kind not in allowed:
            continue
        option_children = list((child.value.get("options") or []).bound_blocks)
        if not option_children:
            continue
        options = tuple(_option(option, kind) for option in option_children)
        questions.append(
            scoring.Question(
                id=child.id,
                kind=kind,
                text=child.value.get("question") or "",
                options=options,
            )
        )
        question_values[child.id] = child.value
        option_values.update((option.id, option.value) for option in option_children)

    dimensions = []
    dimension_values = {}
    band_values = {}
    if mode != scoring.QUIZ:
        for child in dimensions_value or []:
            key = child.value.get("key") or ""
            if not key or key in dimension_values:
                continue
            band_children = list((child.value.get("bands") or []).bound_blocks)
            bands = tuple(
                scoring.Band(
                    id=band.id,
                    lower=band.value.get("lower_bound") or 0,
                    level=band.value.get("level") or scoring.ACTION,
                )
                for band in band_children
            )
            dimensions.append(
                scoring.Dimension(key=key, name=child.value.get("name") or key, bands=bands)
            )
            dimension_values[key] = child.value
            band_values.update((band.id, band.value) for band in band_children)

    questionnaire = scoring.Questionnaire(
        mode=mode,
        display=display,
        questions=tuple(questions),
        dimensions=tuple(dimensions),
    )
    return Survey(
        questionnaire=questionnaire,
        questions=question_values,
        dimensions=dimension_values,
        bands=band_values,
        options=option_values,
    )
