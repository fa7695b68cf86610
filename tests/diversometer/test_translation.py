"""Translation through wagtail-localize: shared ids, shared counters, localized links."""

import pytest
from django.test import Client

from diversometer.models import DiversometerPage
from diversometer.report import build_report, load_counts
from diversometer.scoring import structure_version
from home.translation import translate_page
from tests.diversometer.helpers import (
    SELF_CHECK_QUESTIONS,
    answer_data,
    complete_steps,
    main,
    make_diversometer,
    post,
    runs,
    state_of,
)
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

ANSWERS = {1: [1], 2: [1, 3], 3: [2], 4: [1]}
CONTACT_DE = "Gibt es eine Ansprechperson für Vielfalt?"
CONTACT_EN = "Is there a contact person for diversity?"


class EchoCatalogue(dict):
    """Knows every string: the given translation, else ``EN <string>``."""

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return self.get(key, f"EN {key}")


@pytest.fixture
def pair(home_page):
    """A German Diversometer recommending a page, and its English translation."""
    translate_page(
        home_page, "en", {"Startseite": "Home", home_page.slug: "home", home_page.intro: "Intro."}
    )
    guide = ContentPageFactory(parent=home_page, title="Leitfaden", slug="leitfaden", intro="Kurz.")
    english_guide = translate_page(
        guide, "en", {"Leitfaden": "Guide", "leitfaden": "guide", "Kurz.": "Short."}
    )
    dimensions = [
        {
            "type": "dimension",
            "value": {
                "key": key,
                "name": name,
                "description": "",
                "bands": [
                    {
                        "lower_bound": lower,
                        "level": level,
                        "text": f"<p>{name} {level}</p>",
                        "pages": [guide.pk],
                        "documents": [],
                    }
                    for lower, level in ((0, "action"), (50, "good"))
                ],
            },
        }
        for key, name in (("alter", "Lebensalter"), ("behinderung", "Behinderung"))
    ]
    german = make_diversometer(home_page, dimensions=dimensions, questions=SELF_CHECK_QUESTIONS)
    english = translate_page(
        german,
        "en",
        EchoCatalogue(
            {
                "vielfalts-check": "diversity-check",
                "Vielfalts-Check": "Diversity check",
                "Lebensalter": "Age",
                CONTACT_DE: CONTACT_EN,
            }
        ),
    )
    return german, DiversometerPage.objects.get(pk=english.pk), english_guide


def test_translation_shares_every_id(pair):
    german, english, _guide = pair
    assert english.locale.language_code == "en"
    assert english.translation_key == german.translation_key
    assert english.counter_key == german.counter_key
    assert english.questionnaire.questions == tuple(
        question.__class__(
            id=question.id,
            kind=question.kind,
            text=CONTACT_EN if question.text == CONTACT_DE else f"EN {question.text}",
            options=tuple(
                option.__class__(
                    id=option.id,
                    label=f"EN {option.label}",
                    scores=option.scores,
                    correct=option.correct,
                )
                for option in question.options
            ),
        )
        for question in german.questionnaire.questions
    )
    assert [d.key for d in english.questionnaire.dimensions] == ["alter", "behinderung"]
    assert english.questionnaire.dimensions[0].bands == german.questionnaire.dimensions[0].bands
    assert structure_version(english.questionnaire) == structure_version(german.questionnaire)


def test_english_page_renders_the_translated_questions(pair):
    _german, english, _guide = pair
    assert english.url == "/en/diversity-check/"
    response = Client().get(english.url + "fragen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert CONTACT_EN in html
    assert "EN Ja, nebenbei" in html


def test_runs_in_both_languages_count_together(pair):
    german, english, _guide = pair
    assert complete_steps(Client(), german, ANSWERS).status_code == 303
    assert complete_steps(Client(), english, ANSWERS).status_code == 303
    assert runs(german) == runs(english) == 2
    report = build_report(german.questionnaire, load_counts(german.counter_key))
    assert report.questions[0].rows[0].count == 2
    english_report = build_report(english.questionnaire, load_counts(english.counter_key))
    assert english_report.questions[0].rows[0].label == "EN Ja, mit festem Stundenanteil"
    assert english_report.questions[0].rows[0].count == 2


def test_english_result_links_the_english_translation(pair):
    _german, english, english_guide = pair
    client = Client()
    last = complete_steps(client, english, ANSWERS)
    assert last["Location"].startswith("/en/diversity-check/ergebnis/?r=")
    html = main(client.get(last["Location"]).content.decode())
    assert "EN Lebensalter good" in html
    assert '<h2 id="dimension-alter-heading">Age</h2>' in html
    assert f'<a href="{english_guide.url}">Guide</a>' in html
    assert english_guide.url == "/en/guide/"


def test_untranslated_recommendation_is_marked_as_german(home_page, pair):
    _german, english, english_guide = pair
    english_guide.unpublish()
    client = Client()
    last = complete_steps(client, english, ANSWERS)
    html = main(client.get(last["Location"]).content.decode())
    assert '<a href="/leitfaden/" hreflang="de" lang="de">Leitfaden</a>' in html


def test_a_run_may_switch_language(pair):
    german, english, _guide = pair
    client = Client()
    response = client.get(german.url + "fragen/")
    response = post(client, english, state_of(response), **answer_data(english, {1: [1]}))
    assert response.status_code == 200
    assert 'data-diversometer-step="2"' in response.content.decode()
