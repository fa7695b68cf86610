"""German, English or undecided, from the share of each language's function words."""

import time

import pytest

from publications.language import (
    ENGLISH_STOP_WORDS,
    GERMAN_STOP_WORDS,
    MAX_WORDS,
    detect_language,
)
from tests.publications.pdfs import ENGLISH_TEXT, GERMAN_TEXT

GERMAN_PROSE = (
    "Die Landesstelle für Gleichbehandlung unterstützt die Verwaltung dabei, "
    "Diskriminierung zu erkennen und abzubauen. Sie berät Beschäftigte, die sich "
    "benachteiligt fühlen, und bietet Fortbildungen für Führungskräfte an."
)


def test_stop_words_count_for_one_language_only():
    assert not GERMAN_STOP_WORDS & ENGLISH_STOP_WORDS


@pytest.mark.parametrize("text", [GERMAN_TEXT, GERMAN_PROSE, GERMAN_TEXT.upper()])
def test_german(text):
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", [ENGLISH_TEXT, ENGLISH_TEXT.upper()])
def test_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "Die Verwaltung ist für alle da.",  # fewer than 20 words
        " ".join(["Vielfalt", "Diversity", "Inklusion", "Teilhabe", "Gender"] * 10),
        " ".join(str(number) for number in range(200)),
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud",
    ],
    ids=["empty", "none", "short", "keywords", "numbers", "latin"],
)
def test_undecided(text):
    assert detect_language(text) == ""


def test_bilingual_text_is_undecided():
    # About as much German as English prose, as in side-by-side translations.
    assert detect_language(f"{GERMAN_TEXT} {GERMAN_PROSE} {ENGLISH_TEXT}") == ""


def test_one_language_must_clearly_lead():
    # Twice the German prose of the English, but only 1.5 times its stop words.
    text = f"{GERMAN_TEXT} {GERMAN_PROSE} {GERMAN_TEXT} {ENGLISH_TEXT}"
    assert detect_language(text) == ""
    assert detect_language(f"{text} {GERMAN_PROSE} {GERMAN_TEXT}") == "de"


def test_german_text_quoting_english_titles_stays_german():
    text = f"{GERMAN_PROSE} Der Leitfaden heißt „Diversity in the Public Sector“. {GERMAN_TEXT}"
    assert detect_language(text) == "de"


def test_only_the_beginning_is_read():
    german_words = len(GERMAN_TEXT.split())
    text = GERMAN_TEXT * (MAX_WORDS // german_words + 1) + ENGLISH_TEXT * 2000
    started = time.perf_counter()
    assert detect_language(text) == "de"
    assert time.perf_counter() - started < 0.5
