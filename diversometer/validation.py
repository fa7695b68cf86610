"""Checks across a Diversometer's fields, with messages at the block they concern.

The blocks check themselves (required fields, number ranges, at least two answers);
what needs the whole page is checked here:

Dimensions
    - every key is unique (a second "alter" would split the points);
    - the bands of a dimension ascend, and the first starts at 0 percent, so every
      result falls into exactly one band;
    - a self-check has at least one dimension.

Questions
    - at least one question;
    - a self-check holds no knowledge questions, a quiz only knowledge questions
      (a quiz has no dimensions to score against, a self-check no right answers);
    - every knowledge question has exactly one correct answer;
    - points refer to a key of a dimension of this page, and each dimension at most
      once per answer;
    - in a self-check, at least one answer gives points to some dimension (else the
      result would be empty).

:func:`configuration_errors` returns ``{field name: ValidationError}``, nested the way
Wagtail's block editor shows errors next to the field they concern. The admin form
(:class:`~diversometer.forms.DiversometerPageForm`) runs it when a page is published or
submitted for moderation; a draft may be saved unfinished. Code that builds pages
(demo content) can call it too.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.blocks import (
    ListBlockValidationError,
    StreamBlockValidationError,
    StructBlockValidationError,
)

from diversometer import scoring
from diversometer.blocks import QUESTION_KINDS


def _dimension_errors(mode, dimensions):
    block_errors = {}
    seen = {}
    for index, child in enumerate(dimensions or []):
        value = child.value
        errors = {}
        key = value.get("key") or ""
        if key in seen:
            errors["key"] = ValidationError(
                _(
                    "Das Kürzel „%(key)s“ hat schon Dimension %(number)s. Jede Dimension "
                    "braucht ein eigenes Kürzel."
                )
                % {"key": key, "number": seen[key] + 1}
            )
        elif key:
            seen[key] = index
        band_errors = {}
        previous = None
        for band_index, band in enumerate(value.get("bands") or []):
            lower = band.get("lower_bound")
            if lower is None:
                continue
            if band_index == 0 and lower != 0:
                band_errors[band_index] = StructBlockValidationError(
                    block_errors={
                        "lower_bound": ValidationError(
                            _("Die erste Stufe muss bei 0 Prozent beginnen.")
                        )
                    }
                )
            elif previous is not None and lower <= previous:
                band_errors[band_index] = StructBlockValidationError(
                    block_errors={
                        "lower_bound": ValidationError(
                            _(
                                "Die Stufen müssen aufsteigen: Diese beginnt bei %(lower)s "
                                "Prozent, die vorige bei %(previous)s."
                            )
                            % {"lower": lower, "previous": previous}
                        )
                    }
                )
            previous = lower
        if band_errors:
            errors["bands"] = ListBlockValidationError(block_errors=band_errors)
        if errors:
            block_errors[index] = StructBlockValidationError(block_errors=errors)

    non_block_errors = []
    if mode == scoring.SELF_CHECK and not seen:
        non_block_errors.append(
            ValidationError(_("Ein Selbstcheck braucht mindestens eine Dimension."))
        )
    if block_errors or non_block_errors:
        return StreamBlockValidationError(
            block_errors=block_errors, non_block_errors=non_block_errors
        )
    return None


def _score_errors(option, keys):
    errors = {}
    used = set()
    for index, score in enumerate(option.get("scores") or []):
        key = score.get("dimension") or ""
        if not key:
            continue
        if key not in keys:
            message = _(
                "Es gibt keine Dimension mit dem Kürzel „%(key)s“. Vorhanden: %(keys)s."
            ) % {"key": key, "keys": ", ".join(sorted(keys)) or "–"}
        elif key in used:
            message = _("Diese Antwort gibt der Dimension „%(key)s“ schon Punkte.") % {"key": key}
        else:
            used.add(key)
            continue
        errors[index] = StructBlockValidationError(
            block_errors={"dimension": ValidationError(message)}
        )
    return errors


def _question_errors(mode, questions, keys):
    block_errors = {}
    any_points = False
    for index, child in enumerate(questions or []):
        kind = QUESTION_KINDS.get(child.block_type)
        value = child.value
        if mode == scoring.QUIZ and kind != scoring.KNOWLEDGE:
            block_errors[index] = StructBlockValidationError(
                non_block_errors=[
                    _(
                        "Ein Wissensquiz enthält nur Wissensfragen. Ersetzen Sie diese Frage "
                        "durch eine Wissensfrage oder stellen Sie die Art auf „Selbstcheck“."
                    )
                ]
            )
            continue
        if mode == scoring.SELF_CHECK and kind == scoring.KNOWLEDGE:
            block_errors[index] = StructBlockValidationError(
                non_block_errors=[
                    _(
                        "Ein Selbstcheck wertet Punkte je Dimension aus und enthält keine "
                        "Wissensfragen. Stellen Sie die Art auf „Wissensquiz“ oder wählen "
                        "Sie eine andere Frageart."
                    )
                ]
            )
            continue
        options = value.get("options") or []
        if kind == scoring.KNOWLEDGE:
            correct = sum(1 for option in options if option.get("correct"))
            if options and correct != 1:
                block_errors[index] = StructBlockValidationError(
                    block_errors={
                        "options": ListBlockValidationError(
                            non_block_errors=[
                                _(
                                    "Markieren Sie genau eine Antwort als richtig "
                                    "(jetzt: %(count)s)."
                                )
                                % {"count": correct}
                            ]
                        )
                    }
                )
            continue
        option_errors = {}
        for option_index, option in enumerate(options):
            if any(
                (score.get("points") or 0) and score.get("dimension") in keys
                for score in option.get("scores") or []
            ):
                any_points = True
            score_errors = _score_errors(option, keys)
            if score_errors:
                option_errors[option_index] = StructBlockValidationError(
                    block_errors={"scores": ListBlockValidationError(block_errors=score_errors)}
                )
        if option_errors:
            block_errors[index] = StructBlockValidationError(
                block_errors={"options": ListBlockValidationError(block_errors=option_errors)}
            )

    non_block_errors = []
    if not questions:
        non_block_errors.append(ValidationError(_("Bitte legen Sie mindestens eine Frage an.")))
    elif mode == scoring.SELF_CHECK and keys and not any_points and not block_errors:
        non_block_errors.append(
            ValidationError(
                _(
                    "Noch gibt keine Antwort einer Dimension Punkte; das Ergebnis bliebe leer. "
                    "Tragen Sie bei den Antworten Punkte mit dem Kürzel einer Dimension ein."
                )
            )
        )
    if block_errors or non_block_errors:
        return StreamBlockValidationError(
            block_errors=block_errors, non_block_errors=non_block_errors
        )
    return None


def configuration_errors(mode, dimensions, questions):
    """``{"dimensions": error, "questions": error}`` for what is wrong, else ``{}``."""
    keys = set()
    if mode == scoring.SELF_CHECK:
        keys = {child.value.get("key") for child in dimensions or [] if child.value.get("key")}
    errors = {
        "dimensions": _dimension_errors(mode, dimensions),
        "questions": _question_errors(mode, questions, keys),
    }
    return {name: error for name, error in errors.items() if error is not None}
