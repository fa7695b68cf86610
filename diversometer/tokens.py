"""Signed tokens that carry a run's answers in the form and in the result address.

Nothing about a run is kept on the server while it is in progress: the answers so far
travel in a hidden form field (the *state*) and, once the run is complete, in the
result address (the *result*, ``…/ergebnis/?r=<token>``). Both are made with
:mod:`django.core.signing` (HMAC with ``SECRET_KEY``; ``SECRET_KEY_FALLBACKS`` allow
a key rotation), so they cannot be altered, but they are not encrypted.

Payload
    ``v``  the questionnaire's structure version (:func:`scoring.structure_version`);
    ``a``  the answers: per question, in order, the list of chosen option *positions*
           (or null while unanswered). Positions keep the token short; the version
           pins the exact questions and options they refer to.
    ``n``  state only: the run's random nonce (128 bits), the key of replay protection;
    ``s``  state only, step by step: the index of the question on screen.

The salt names the kind of token and the page's ``translation_key``: a state token
is no result token, a token of one Diversometer is refused by another, and the
German and English pages of the same Diversometer (same questions, same ids) accept
each other's tokens.

A state token is accepted for :data:`STATE_MAX_AGE`, a result token for
:data:`RESULT_MAX_AGE`. Reading raises :class:`TokenError` with a ``reason``:
``invalid`` (forged, altered, of another page or malformed), ``expired`` or ``changed``
(the questionnaire was edited since: its structure version differs).
"""

import secrets
import zlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.core import signing

from diversometer.scoring import STEPS, structure_version

STATE_MAX_AGE = timedelta(hours=24)
RESULT_MAX_AGE = timedelta(days=90)

INVALID = "invalid"
EXPIRED = "expired"
CHANGED = "changed"


class TokenError(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


@dataclass
class RunState:
    nonce: str
    step: int | None = None
    answers: dict = field(default_factory=dict)
    """question id → tuple of chosen option ids"""

    @classmethod
    def new(cls, questionnaire):
        step = 0 if questionnaire.display == STEPS else None
        return cls(nonce=secrets.token_urlsafe(16), step=step)


def _salt(kind, page_key):
    return f"diversometer.{kind}.{page_key}"


def encode_answers(questionnaire, answers):
    encoded = []
    for question in questionnaire.questions:
        chosen = answers.get(question.id)
        if chosen is None:
            encoded.append(None)
            continue
        positions = {option.id: index for index, option in enumerate(question.options)}
        encoded.append(sorted(positions[option_id] for option_id in chosen))
    return encoded


def decode_answers(questionnaire, encoded):
    """The answers of a token payload; TokenError(INVALID) for anything malformed."""
    questions = questionnaire.questions
    if not isinstance(encoded, list) or len(encoded) != len(questions):
        raise TokenError(INVALID)
    answers = {}
    for question, positions in zip(questions, encoded, strict=True):
        if positions is None:
            continue
        if not isinstance(positions, list) or len(set(positions)) != len(positions):
            raise TokenError(INVALID)
        if not question.allows_several and len(positions) != 1:
            raise TokenError(INVALID)
        options = []
        for position in positions:
            if type(position) is not int or not 0 <= position < len(question.options):
                raise TokenError(INVALID)
            options.append(question.options[position])
        answers[question.id] = tuple(option.id for option in question.options if option in options)
    return answers


def _load(kind, page_key, token, max_age):
    if not token or not isinstance(token, str) or len(token) > 20_000:
        raise TokenError(INVALID)
    try:
        payload = signing.loads(token, salt=_salt(kind, page_key), max_age=max_age)
    except signing.SignatureExpired as error:
        raise TokenError(EXPIRED) from error
    except signing.BadSignature as error:
        raise TokenError(INVALID) from error
    except (ValueError, TypeError, UnicodeError, zlib.error) as error:
        # A valid signature over data that does not decompress or decode.
        raise TokenError(INVALID) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("v"), str):
        raise TokenError(INVALID)
    return payload


def _check_version(payload, questionnaire):
    if payload["v"] != structure_version(questionnaire):
        raise TokenError(CHANGED)


def dump_state(page_key, questionnaire, state):
    payload = {
        "v": structure_version(questionnaire),
        "n": state.nonce,
        "a": encode_answers(questionnaire, state.answers),
    }
    if state.step is not None:
        payload["s"] = state.step
    return signing.dumps(payload, salt=_salt("state", page_key), compress=True)


def load_state(page_key, questionnaire, token):
    payload = _load("state", page_key, token, STATE_MAX_AGE)
    _check_version(payload, questionnaire)
    nonce = payload.get("n")
    if not isinstance(nonce, str) or not 16 <= len(nonce) <= 64:
        raise TokenError(INVALID)
    step = payload.get("s")
    stepwise = questionnaire.display == STEPS
    if stepwise != (step is not None):
        raise TokenError(INVALID)
    if step is not None and (type(step) is not int or not 0 <= step < len(questionnaire.questions)):
        raise TokenError(INVALID)
    answers = decode_answers(questionnaire, payload.get("a"))
    return RunState(nonce=nonce, step=step, answers=answers)


def dump_result(page_key, questionnaire, answers):
    payload = {
        "v": structure_version(questionnaire),
        "a": encode_answers(questionnaire, answers),
    }
    return signing.dumps(payload, salt=_salt("result", page_key), compress=True)


def load_result(page_key, questionnaire, token):
    """The complete answers of a result token (TokenError if any question is unanswered)."""
    payload = _load("result", page_key, token, RESULT_MAX_AGE)
    _check_version(payload, questionnaire)
    answers = decode_answers(questionnaire, payload.get("a"))
    if len(answers) != len(questionnaire.questions):
        raise TokenError(INVALID)
    return answers
