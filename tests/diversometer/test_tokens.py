"""State and result tokens: round trips, tampering, other pages, expiry, edited pages."""

import uuid
from unittest import mock

import pytest
from django.core import signing

from diversometer import tokens
from diversometer.scoring import (
    MULTIPLE_CHOICE,
    SELF_CHECK,
    SINGLE_CHOICE,
    Option,
    Question,
    Questionnaire,
)

PAGE = uuid.UUID("11111111-1111-1111-1111-111111111111")
OTHER_PAGE = uuid.UUID("22222222-2222-2222-2222-222222222222")


def make(display="steps", extra=False):
    questions = [
        Question("q1", SINGLE_CHOICE, options=(Option("a"), Option("b"), Option("c"))),
        Question("q2", MULTIPLE_CHOICE, options=(Option("x"), Option("y"))),
    ]
    if extra:
        questions.append(Question("q3", SINGLE_CHOICE, options=(Option("z"), Option("w"))))
    return Questionnaire(SELF_CHECK, tuple(questions), display=display)


def test_state_round_trip():
    questionnaire = make()
    state = tokens.RunState.new(questionnaire)
    state.answers = {"q1": ("c",), "q2": ("x", "y")}
    state.step = 1
    loaded = tokens.load_state(PAGE, questionnaire, tokens.dump_state(PAGE, questionnaire, state))
    assert loaded == state
    assert len(state.nonce) >= 16


def test_new_runs_have_different_nonces_and_start_at_the_first_step():
    questionnaire = make()
    first, second = tokens.RunState.new(questionnaire), tokens.RunState.new(questionnaire)
    assert first.nonce != second.nonce
    assert first.step == 0
    assert tokens.RunState.new(make(display="all")).step is None


def test_empty_multiple_choice_survives_and_unanswered_stays_unanswered():
    questionnaire = make()
    state = tokens.RunState(nonce="n" * 22, step=1, answers={"q2": ()})
    loaded = tokens.load_state(PAGE, questionnaire, tokens.dump_state(PAGE, questionnaire, state))
    assert loaded.answers == {"q2": ()}


def test_result_round_trip_needs_every_answer():
    questionnaire = make()
    answers = {"q1": ("a",), "q2": ()}
    token = tokens.dump_result(PAGE, questionnaire, answers)
    assert tokens.load_result(PAGE, questionnaire, token) == answers
    partial = tokens.dump_result(PAGE, questionnaire, {"q1": ("a",)})
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_result(PAGE, questionnaire, partial)
    assert error.value.reason == tokens.INVALID


def test_tokens_are_short_enough_for_an_address():
    questionnaire = make()
    token = tokens.dump_result(PAGE, questionnaire, {"q1": ("a",), "q2": ("x", "y")})
    assert len(token) < 200


@pytest.mark.parametrize(
    "token",
    ["", "kaputt", "a" * 30_000, ".eJyrVkpKLFKyMqwFAB5jBCc:1tAmpered:signature"],
)
def test_garbage_is_invalid(token):
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_state(PAGE, make(), token)
    assert error.value.reason == tokens.INVALID


def test_altered_token_is_invalid():
    questionnaire = make()
    token = tokens.dump_state(PAGE, questionnaire, tokens.RunState.new(questionnaire))
    payload, _, signature = token.rpartition(":")
    altered = payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1] + ":" + signature
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_state(PAGE, questionnaire, altered)
    assert error.value.reason == tokens.INVALID


def test_token_of_another_page_is_invalid():
    questionnaire = make()
    token = tokens.dump_state(OTHER_PAGE, questionnaire, tokens.RunState.new(questionnaire))
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_state(PAGE, questionnaire, token)
    assert error.value.reason == tokens.INVALID


def test_state_and_result_tokens_are_not_interchangeable():
    questionnaire = make()
    result = tokens.dump_result(PAGE, questionnaire, {"q1": ("a",), "q2": ()})
    state = tokens.dump_state(PAGE, questionnaire, tokens.RunState.new(questionnaire))
    with pytest.raises(tokens.TokenError):
        tokens.load_state(PAGE, questionnaire, result)
    with pytest.raises(tokens.TokenError):
        tokens.load_result(PAGE, questionnaire, state)


def test_edited_questionnaire_is_reported_as_changed():
    token = tokens.dump_state(PAGE, make(), tokens.RunState.new(make()))
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_state(PAGE, make(extra=True), token)
    assert error.value.reason == tokens.CHANGED


def test_switching_the_display_ends_runs():
    token = tokens.dump_state(PAGE, make(), tokens.RunState.new(make()))
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_state(PAGE, make(display="all"), token)
    assert error.value.reason == tokens.CHANGED


def test_expired_tokens():
    questionnaire = make()
    with mock.patch("django.core.signing.time.time", return_value=1_000_000):
        state = tokens.dump_state(PAGE, questionnaire, tokens.RunState.new(questionnaire))
        result = tokens.dump_result(PAGE, questionnaire, {"q1": ("a",), "q2": ()})
    day = 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=1_000_000 + day - 60):
        tokens.load_state(PAGE, questionnaire, state)
    with mock.patch("django.core.signing.time.time", return_value=1_000_000 + day + 60):
        with pytest.raises(tokens.TokenError) as error:
            tokens.load_state(PAGE, questionnaire, state)
        assert error.value.reason == tokens.EXPIRED
        tokens.load_result(PAGE, questionnaire, result)
    with mock.patch("django.core.signing.time.time", return_value=1_000_000 + 91 * day):
        with pytest.raises(tokens.TokenError) as error:
            tokens.load_result(PAGE, questionnaire, result)
        assert error.value.reason == tokens.EXPIRED


def _signed(payload, kind="state"):
    return signing.dumps(payload, salt=f"diversometer.{kind}.{PAGE}", compress=True)


@pytest.mark.parametrize(
    "change",
    [
        {"a": [[7], None]},  # no such option
        {"a": [[0, 1], None]},  # two answers to a single-choice question
        {"a": [[0]]},  # wrong number of questions
        {"a": [["0"], None]},  # not a position
        {"a": [[True], None]},  # a boolean is no position
        {"a": [None, [1, 1]]},  # the same option twice
        {"a": "0,1"},
        {"s": 5},  # no such step
        {"s": "1"},
        {"n": "short"},
        {"n": None},
    ],
)
def test_correctly_signed_but_malformed_payloads_are_invalid(change):
    """Only a leaked SECRET_KEY could produce these; they must still not break anything."""
    questionnaire = make()
    from diversometer.scoring import structure_version

    payload = {"v": structure_version(questionnaire), "n": "n" * 22, "s": 0, "a": [None, None]}
    payload.update(change)
    with pytest.raises(tokens.TokenError) as error:
        tokens.load_state(PAGE, questionnaire, _signed(payload))
    assert error.value.reason == tokens.INVALID


def test_step_token_on_a_one_page_questionnaire_is_refused():
    steps = make()
    token = tokens.dump_state(PAGE, steps, tokens.RunState.new(steps))
    payload = signing.loads(token, salt=f"diversometer.state.{PAGE}")
    all_at_once = make(display="all")
    from diversometer.scoring import structure_version

    payload["v"] = structure_version(all_at_once)
    with pytest.raises(tokens.TokenError):
        tokens.load_state(PAGE, all_at_once, _signed(payload))
