"""diversometer.scoring on plain data: ranges, percentages, band edges, quiz."""

from fractions import Fraction

import pytest

from diversometer.scoring import (
    KNOWLEDGE,
    MULTIPLE_CHOICE,
    QUIZ,
    SCALE,
    SELF_CHECK,
    SINGLE_CHOICE,
    Band,
    Dimension,
    Option,
    Question,
    Questionnaire,
    band_for,
    dimension_range,
    percent_of,
    question_range,
    score_quiz,
    score_self_check,
    structure_version,
)

BANDS = (Band("red", 0, "action"), Band("amber", 40, "progress"), Band("green", 75, "good"))


def single(qid, *points, key="a"):
    return Question(
        qid,
        SINGLE_CHOICE,
        options=tuple(Option(f"{qid}{i}", scores={key: p}) for i, p in enumerate(points)),
    )


def multiple(qid, *points, key="a"):
    return Question(
        qid,
        MULTIPLE_CHOICE,
        options=tuple(Option(f"{qid}{i}", scores={key: p}) for i, p in enumerate(points)),
    )


def questionnaire(*questions, dimensions=None):
    return Questionnaire(
        mode=SELF_CHECK,
        questions=questions,
        dimensions=dimensions or (Dimension("a", "A", BANDS),),
    )


def percent(result, key="a"):
    return next(score for score in result if score.dimension.key == key)


# Ranges ----------------------------------------------------------------------------


def test_single_choice_ranges_from_lowest_to_highest_option():
    assert question_range(single("q", 0, 3, 1), "a") == (0, 3)
    assert question_range(single("q", -2, 1), "a") == (-2, 1)
    assert question_range(single("q", 2, 3), "a") == (2, 3)


def test_an_option_without_points_for_a_dimension_gives_zero():
    question = Question("q", SCALE, options=(Option("x", scores={"a": 4}), Option("y")))
    assert question_range(question, "a") == (0, 4)
    assert question_range(question, "b") == (0, 0)


def test_multiple_choice_ranges_over_sums_of_negative_and_positive_points():
    assert question_range(multiple("q", 1, 2, 3), "a") == (0, 6)
    assert question_range(multiple("q", -1, 2, -3), "a") == (-4, 2)


def test_dimension_range_adds_the_questions():
    assert dimension_range(questionnaire(single("s", 0, 2), multiple("m", 1, 1)), "a") == (0, 4)


def test_question_without_options_adds_nothing():
    assert question_range(Question("q", SINGLE_CHOICE), "a") == (0, 0)


# Percentages and bands ---------------------------------------------------------------


def test_percent_is_exact_and_none_for_an_empty_range():
    assert percent_of(1, 0, 3) == Fraction(100, 3)
    assert percent_of(0, 0, 0) is None
    assert percent_of(5, 0, 4) == 100  # clamped, never above the range
    assert percent_of(-2, -2, 2) == 0


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (Fraction(0), "red"),
        (Fraction(3999, 100), "red"),
        (Fraction(40), "amber"),  # inclusive lower edge
        (Fraction(7499, 100), "amber"),
        (Fraction(75), "green"),
        (Fraction(100), "green"),
    ],
)
def test_bands_have_inclusive_lower_edges(value, band):
    assert band_for(BANDS, value).id == band


def test_band_lookup_does_not_depend_on_the_order_of_bands():
    assert band_for(tuple(reversed(BANDS)), Fraction(50)).id == "amber"


def test_no_band_without_a_percentage_or_below_every_edge():
    assert band_for(BANDS, None) is None
    assert band_for((Band("x", 10, "good"),), Fraction(5)) is None
    assert band_for((), Fraction(5)) is None


def test_exact_band_boundary_from_answers():
    # 2 of 5 points is exactly 40 %: the amber band, shown as 40.
    q = questionnaire(single("s", 0, 2, 5))
    [score] = score_self_check(q, {"s": ("s1",)})
    assert score.percent == 40
    assert score.band.id == "amber"
    assert score.shown_percent == 40


def test_shown_percent_rounds_down_so_it_agrees_with_the_band():
    # 79 of 200 is 39.5 %: below the 40 % edge, and shown as 39, not 40.
    q = questionnaire(single("s", 0, 79, 200))
    [score] = score_self_check(q, {"s": ("s1",)})
    assert score.percent == Fraction(79, 2)
    assert score.shown_percent == 39
    assert score.band.id == "red"


def test_zero_and_maximum():
    q = questionnaire(single("s", 0, 1, 2), multiple("m", 1, 2))
    [low] = score_self_check(q, {"s": ("s0",), "m": ()})
    [high] = score_self_check(q, {"s": ("s2",), "m": ("m0", "m1")})
    assert (low.points, low.percent, low.band.id) == (0, 0, "red")
    assert (high.points, high.percent, high.band.id) == (5, 100, "green")


def test_negative_points_are_normalised_to_the_reachable_range():
    q = questionnaire(single("s", -2, 0, 2))
    [score] = score_self_check(q, {"s": ("s1",)})
    assert (score.minimum, score.maximum, score.percent) == (-2, 2, 50)


def test_multiple_choice_with_none_and_all_selected():
    q = questionnaire(multiple("m", 1, 1, 2))
    [none] = score_self_check(q, {"m": ()})
    [everything] = score_self_check(q, {"m": ("m0", "m1", "m2")})
    [some] = score_self_check(q, {"m": ("m2",)})
    assert none.percent == 0 and none.band.id == "red"
    assert everything.percent == 100 and everything.band.id == "green"
    assert some.percent == 50 and some.band.id == "amber"


def test_multiple_choice_with_negative_options_none_selected_is_in_the_middle():
    q = questionnaire(multiple("m", -1, 1))
    [score] = score_self_check(q, {"m": ()})
    assert score.percent == 50


def test_dimension_without_questions_is_not_assessed():
    dimensions = (Dimension("a", "A", BANDS), Dimension("b", "B", BANDS))
    q = questionnaire(single("s", 0, 1), dimensions=dimensions)
    scores = score_self_check(q, {"s": ("s1",)})
    b = percent(scores, "b")
    assert b.percent is None
    assert b.band is None
    assert not b.assessed
    assert b.shown_percent is None
    assert percent(scores, "a").band.id == "green"


def test_points_are_counted_per_dimension():
    question = Question(
        "s",
        SINGLE_CHOICE,
        options=(Option("x", scores={"a": 2, "b": 0}), Option("y", scores={"a": 0, "b": 2})),
    )
    dimensions = (Dimension("a", "A", BANDS), Dimension("b", "B", BANDS))
    scores = score_self_check(questionnaire(question, dimensions=dimensions), {"s": ("y",)})
    assert percent(scores, "a").percent == 0
    assert percent(scores, "b").percent == 100


def test_points_for_unknown_dimensions_and_unknown_options_are_ignored():
    question = Question(
        "s", SINGLE_CHOICE, options=(Option("x", scores={"zz": 5, "a": 1}), Option("y"))
    )
    [score] = score_self_check(questionnaire(question), {"s": ("x", "nope")})
    assert (score.points, score.maximum) == (1, 1)


# Quiz -------------------------------------------------------------------------------


def knowledge(qid, correct_index, count=3):
    return Question(
        qid,
        KNOWLEDGE,
        options=tuple(Option(f"{qid}{i}", correct=i == correct_index) for i in range(count)),
    )


def quiz(*questions):
    return Questionnaire(mode=QUIZ, questions=questions)


def test_quiz_counts_correct_answers():
    q = quiz(knowledge("k1", 0), knowledge("k2", 2), knowledge("k3", 1))
    result = score_quiz(q, {"k1": ("k10",), "k2": ("k20",), "k3": ("k31",)})
    assert (result.correct, result.total) == (2, 3)
    assert [o.is_correct for o in result.outcomes] == [True, False, True]
    assert [o.label for o in result.outcomes[1].chosen] == [""]
    assert result.outcomes[1].chosen[0].id == "k20"
    assert [o.id for o in result.outcomes[1].question.correct_options] == ["k22"]


def test_quiz_all_wrong_and_all_right():
    q = quiz(knowledge("k1", 0), knowledge("k2", 1))
    assert score_quiz(q, {"k1": ("k11",), "k2": ("k20",)}).correct == 0
    assert score_quiz(q, {"k1": ("k10",), "k2": ("k21",)}).correct == 2


def test_quiz_question_without_a_correct_option_is_never_correct():
    q = quiz(Question("k", KNOWLEDGE, options=(Option("a"), Option("b"))))
    assert score_quiz(q, {"k": ("a",)}).correct == 0


def test_quiz_unanswered_question_is_wrong():
    q = quiz(knowledge("k1", 0))
    assert score_quiz(q, {}).correct == 0


# Structure version --------------------------------------------------------------------


def test_structure_version_follows_ids_order_mode_and_display():
    base = questionnaire(single("s", 0, 1), multiple("m", 1, 2))
    same = questionnaire(single("s", 5, 7), multiple("m", 0, 0))  # other points, same ids
    reordered = questionnaire(multiple("m", 1, 2), single("s", 0, 1))
    fewer = questionnaire(single("s", 0, 1))
    assert structure_version(base) == structure_version(same)
    assert structure_version(base) != structure_version(reordered)
    assert structure_version(base) != structure_version(fewer)
    steps = Questionnaire(SELF_CHECK, base.questions, base.dimensions, display="steps")
    assert structure_version(base) != structure_version(steps)
    assert len(structure_version(base)) == 16
