"""The no-JavaScript flow with the test client: start, steps, back, errors, result, replay."""

import re
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model

from diversometer import tokens
from diversometer.answers import field_name
from tests.diversometer.helpers import (
    answer_data,
    complete_all,
    complete_steps,
    counts,
    main,
    make_diversometer,
    post,
    runs,
    state_of,
)
from tests.factories import ContentPageFactory

SELF_CHECK_ANSWERS = {1: [1], 2: [1, 3], 3: [2], 4: [1]}

pytestmark = pytest.mark.django_db


def html_of(response):
    return main(response.content.decode())


def checked_values(response):
    return set(re.findall(r'value="([^"]+)" checked>', response.content.decode()))


def nonce_of(page, response):
    return tokens.load_state(page.counter_key, page.questionnaire, state_of(response)).nonce


def assert_private(response):
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


# Start -------------------------------------------------------------------------------


def test_start_page_step_by_step(client, self_check):
    response = client.get(self_check.url)
    assert response.status_code == 200
    assert_private(response)
    html = html_of(response)
    assert "<h1>Vielfalts-Check</h1>" in html
    assert "Wo steht Ihre Verwaltung?" in html
    assert f'href="{self_check.url}fragen/">Fragebogen starten</a>' in html
    assert "4 Fragen, eine nach der anderen" in html
    assert "Wir speichern keine Angaben zu Ihrer Person" in html
    for name in ("Lebensalter", "Behinderung", "Religion und Weltanschauung"):
        assert f'<h3 class="diversometer-dimension-intro__name">{name}</h3>' in html
    assert "<form" not in html
    assert "<fieldset" not in html


def test_start_page_with_all_questions_holds_the_whole_form(client, self_check_all):
    response = client.get(self_check_all.url)
    assert response.status_code == 200
    assert_private(response)
    html = html_of(response)
    assert html.count("<fieldset") == 4
    assert f'action="{self_check_all.url}fragen/"' in html
    assert "csrfmiddlewaretoken" not in html  # no token, no cookie: see test_posts_need_…
    assert 'name="zustand"' in html
    assert 'data-diversometer-display="all"' in html
    assert "data-diversometer-progress hidden" in html
    assert 'value="auswerten">Auswerten</button>' in html
    assert "zurueck" not in html


def test_each_question_is_a_fieldset_with_stable_hooks(client, self_check_all):
    html = html_of(client.get(self_check_all.url))
    for number, question in enumerate(self_check_all.questionnaire.questions, start=1):
        assert f'id="frage-{question.id}"' in html
        assert f'data-diversometer-question="{question.id}"' in html
        assert f'data-question-number="{number}"' in html
        assert f'data-question-kind="{question.kind}"' in html
        for index, option in enumerate(question.options, start=1):
            input_id = f"antwort-{question.id}-{index}"
            assert f'id="{input_id}" name="{field_name(question.id)}" value="{option.id}"' in html
            assert f'<label for="{input_id}">{option.label}</label>' in html
    assert 'type="checkbox"' in html  # multiple choice
    multiple = self_check_all.questionnaire.questions[1]
    assert f'aria-describedby="mehrfach-{multiple.id}"' in html
    assert f'id="mehrfach-{multiple.id}">Mehrere Antworten möglich' in html
    assert "Ein Kollege fragt nach einem Raum für das Freitagsgebet." in html  # scenario


def test_start_page_without_questions(client, home_page):
    page = make_diversometer(home_page, questions=[], slug="leer")
    html = html_of(client.get(page.url))
    assert "Dieser Fragebogen enthält noch keine Fragen." in html
    assert "Fragebogen starten" not in html
    assert client.get(page.url + "fragen/")["Location"] == page.url


def test_quiz_start_page(client, quiz):
    html = html_of(client.get(quiz.url))
    assert "Quiz starten" in html
    assert "Wissensquiz" in html
    assert "dimension-intro" not in html


def test_preview_shows_every_question_without_a_working_form(home_page):
    page = make_diversometer(home_page)
    response = page.make_preview_request()
    assert response.status_code == 200
    html = main(response.content.decode())
    assert "In der Vorschau wird nichts ausgewertet" in html
    assert html.count("<fieldset") == 4
    assert "<form" not in html
    assert 'name="zustand"' not in html


# Step by step ----------------------------------------------------------------------------


def test_step_by_step_run_from_start_to_result(client, self_check):
    response = client.get(self_check.url + "fragen/")
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "<title>Frage 1 von 4 – Vielfalts-Check" in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<progress class="diversometer-progress__bar" max="4" value="1"' in html
    assert main(html).count("<fieldset") == 1
    assert "zurueck" not in html  # no way back from the first question

    response = post(client, self_check, state_of(response), **answer_data(self_check, {1: [1]}))
    assert response.status_code == 200
    assert "<title>Frage 2 von 4 – Vielfalts-Check" in response.content.decode()
    assert 'value="zurueck">Zurück</button>' in response.content.decode()

    last = complete_steps(client, self_check, SELF_CHECK_ANSWERS)
    assert last.status_code == 303
    assert last["Location"].startswith(f"{self_check.url}ergebnis/?r=")
    assert_private(last)
    assert runs(self_check) == 1


def test_the_last_step_says_auswerten(client, self_check):
    response = client.get(self_check.url + "fragen/")
    for number in (1, 2, 3):
        response = post(
            client, self_check, state_of(response), **answer_data(self_check, {number: [1]})
        )
    html = response.content.decode()
    assert "Frage 4 von 4" in html
    assert 'value="auswerten">Auswerten</button>' in html


def test_back_shows_the_previous_question_with_its_answer(client, self_check):
    questions = self_check.questionnaire.questions
    response = client.get(self_check.url + "fragen/")
    response = post(client, self_check, state_of(response), **answer_data(self_check, {1: [2]}))
    response = post(client, self_check, state_of(response), **answer_data(self_check, {2: [3]}))
    # On question 3, go back without answering: question 2 comes back with its answer.
    response = post(client, self_check, state_of(response), action="zurueck")
    assert response.status_code == 200
    assert "Frage 2 von 4" in response.content.decode()
    assert checked_values(response) == {questions[1].options[2].id}
    # Change the answer on the way back: it is kept, and question 1 shows its answer.
    response = post(
        client,
        self_check,
        state_of(response),
        action="zurueck",
        **answer_data(self_check, {2: [1, 2]}),
    )
    assert "Frage 1 von 4" in response.content.decode()
    assert checked_values(response) == {questions[0].options[1].id}
    response = post(client, self_check, state_of(response), **answer_data(self_check, {1: [2]}))
    assert checked_values(response) == {questions[1].options[0].id, questions[1].options[1].id}


def test_back_from_the_first_question_stays_there(client, self_check):
    response = client.get(self_check.url + "fragen/")
    response = post(client, self_check, state_of(response), action="zurueck")
    assert response.status_code == 200
    assert "Frage 1 von 4" in response.content.decode()


def test_missing_answer_shows_the_same_step_with_an_error_summary(client, self_check):
    question = self_check.questionnaire.questions[0]
    response = client.get(self_check.url + "fragen/")
    response = post(client, self_check, state_of(response))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Fehler: Frage 1 von 4 – Vielfalts-Check" in html
    summary = html.split('class="diversometer-error-summary"', 1)[1].split("</div>", 1)[0]
    assert 'role="alert"' in summary
    assert "Bitte prüfen Sie Ihre Antworten" in summary
    assert (
        f'<a href="#antwort-{question.id}-1">Frage 1: Bitte wählen Sie eine Antwort aus.</a>'
        in (summary)
    )
    assert f'aria-describedby="hinweis-{question.id} fehler-{question.id}"' in html
    assert f'id="fehler-{question.id}"><span class="visually-hidden">Fehler: </span>' in html
    assert "diversometer-question--error" in html
    assert runs(self_check) == 0


def test_an_empty_multiple_choice_is_an_answer(client, self_check):
    response = client.get(self_check.url + "fragen/")
    response = post(client, self_check, state_of(response), **answer_data(self_check, {1: [1]}))
    response = post(client, self_check, state_of(response))  # question 2 left empty
    assert "Frage 3 von 4" in response.content.decode()
    assert "Mehrere Antworten möglich" not in response.content.decode()


def test_unknown_option_is_refused_on_the_form(client, self_check):
    question = self_check.questionnaire.questions[0]
    response = client.get(self_check.url + "fragen/")
    response = post(
        client, self_check, state_of(response), **{field_name(question.id): "gibt-es-nicht"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Diese Antwort gibt es nicht. Bitte wählen Sie eine der angebotenen Antworten." in html
    assert "Frage 1 von 4" in html
    assert not checked_values(response)


def test_two_answers_to_a_single_choice_question_are_refused(client, self_check):
    question = self_check.questionnaire.questions[0]
    response = client.get(self_check.url + "fragen/")
    response = post(
        client,
        self_check,
        state_of(response),
        **{field_name(question.id): [question.options[0].id, question.options[1].id]},
    )
    assert "Bitte wählen Sie nur eine Antwort aus." in response.content.decode()


def test_answers_to_other_questions_are_ignored_in_a_step(client, self_check):
    response = client.get(self_check.url + "fragen/")
    data = answer_data(self_check, {1: [1], 3: [1]})
    response = post(client, self_check, state_of(response), **data)
    assert "Frage 2 von 4" in response.content.decode()
    for number in (2, 3):
        response = post(
            client, self_check, state_of(response), **answer_data(self_check, {number: [2]})
        )
    # Question 3 shows the answer given on its own step, not the smuggled one.
    response = post(client, self_check, state_of(response), action="zurueck")
    third = self_check.questionnaire.questions[2]
    assert checked_values(response) == {third.options[1].id}


# One page ----------------------------------------------------------------------------------


def test_one_page_run(client, self_check_all):
    response = complete_all(client, self_check_all, SELF_CHECK_ANSWERS)
    assert response.status_code == 303
    assert runs(self_check_all) == 1
    result = client.get(response["Location"])
    assert result.status_code == 200


def test_one_page_errors_keep_the_given_answers(client, self_check_all):
    questions = self_check_all.questionnaire.questions
    data = answer_data(self_check_all, {1: [2], 2: [1], 3: []})
    data[field_name(questions[3].id)] = "gibt-es-nicht"
    start = client.get(self_check_all.url)
    response = client.post(
        self_check_all.url + "fragen/", {"zustand": state_of(start), "aktion": "auswerten", **data}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Fehler: Vielfalts-Check" in html
    summary = html.split('class="diversometer-error-summary"', 1)[1].split("</div>", 1)[0]
    assert summary.count("<li>") == 2
    assert f'href="#antwort-{questions[2].id}-1">Frage 3: Bitte wählen Sie eine Antwort aus.' in (
        summary
    )
    assert f'href="#antwort-{questions[3].id}-1">Frage 4: Diese Antwort gibt es nicht.' in summary
    assert checked_values(response) == {questions[0].options[1].id, questions[1].options[0].id}
    assert nonce_of(self_check_all, response) == nonce_of(self_check_all, start)  # same run
    assert runs(self_check_all) == 0


# Quiz --------------------------------------------------------------------------------------


def test_quiz_run_and_result(client, quiz):
    last = complete_steps(client, quiz, {1: [1], 2: [2]})
    assert last.status_code == 303
    html = html_of(client.get(last["Location"]))
    assert "Sie haben 1 von 2 Fragen richtig beantwortet." in html
    first, second = html.split('<li class="diversometer-outcome">')[1:]
    assert "diversometer-verdict--correct" in first and "<span>Richtig</span>" in first
    assert "Genau." in first  # feedback of the chosen option
    assert "§ 2 LADG nennt den sozialen Status." in first
    assert "Richtige Antwort" not in first
    assert "<span>Nicht richtig</span>" in second
    assert "<dd>Ja, immer</dd>" in second
    assert "<dd>Nein, außer es gibt einen sachlichen Grund</dd>" in second
    assert "Das AGG erlaubt Ausnahmen nur mit sachlichem Grund." in second
    assert counts(quiz)[("score", "", "1")] == 1


def test_quiz_on_one_page(client, home_page):
    page = make_diversometer(home_page, mode="quiz", display="all", slug="quiz-alle")
    response = complete_all(client, page, {1: [1], 2: [1]})
    html = html_of(client.get(response["Location"]))
    assert "Sie haben 2 von 2 Fragen richtig beantwortet." in html


# Result ------------------------------------------------------------------------------------


def test_result_page_of_a_self_check(client, self_check):
    last = complete_steps(client, self_check, SELF_CHECK_ANSWERS)
    response = client.get(last["Location"])
    assert response.status_code == 200
    assert_private(response)
    full = response.content.decode()
    assert "<title>Ihr Ergebnis – Vielfalts-Check" in full
    assert '<meta name="robots" content="noindex">' in full
    html = main(full)
    # Lebensalter 3 of 4 points = 75 %: exactly the edge of "gut aufgestellt".
    alter = html.split('id="dimension-alter"', 1)[1].split("</section>", 1)[0]
    assert "diversometer-band--good" in alter
    assert '<span class="diversometer-band__label">Gut aufgestellt</span>' in alter
    assert "<svg" in alter  # a shape, besides colour and word
    assert "75 Prozent der erreichbaren Punkte" in alter
    assert "Lebensalter: Stufe ab 75." in alter
    # Behinderung 5 of 6 = 83.3 %, shown rounded down.
    assert "83 Prozent der erreichbaren Punkte" in html
    # Religion gets no points from any question.
    religion = html.split('id="dimension-religion"', 1)[1].split("</section>", 1)[0]
    assert "Zu dieser Dimension enthält der Fragebogen keine Fragen" in religion
    assert "diversometer-band" not in religion
    # The overview table and the feedback of chosen options.
    caption = '<caption id="diversometer-overview-caption">Übersicht: Stufe je Dimension</caption>'
    assert caption in html
    assert "Sehr gut." in html and "Das hilft allen." in html
    assert "Benennen Sie eine Person." not in html  # feedback of an option not chosen
    assert f'<a class="button" href="{self_check.url}">Neu beginnen</a>' in html
    assert "data-diversometer-print" in html


def test_result_can_be_reloaded_without_counting_again(client, self_check):
    last = complete_steps(client, self_check, SELF_CHECK_ANSWERS)
    first = client.get(last["Location"]).content
    second = Client().get(last["Location"]).content  # another browser, e.g. a bookmark
    assert first == second
    assert runs(self_check) == 1


def test_action_band_for_low_scores(client, self_check):
    last = complete_steps(client, self_check, {1: [3], 2: [], 3: [3], 4: [2]})
    html = html_of(client.get(last["Location"]))
    alter = html.split('id="dimension-alter"', 1)[1].split("</section>", 1)[0]
    assert '<span class="diversometer-band__label">Handlungsbedarf</span>' in alter
    assert "0 Prozent der erreichbaren Punkte" in alter


def test_recommendations_link_live_pages_and_documents(client, home_page):
    live = ContentPageFactory(parent=home_page, title="Leitfaden Vielfalt", slug="leitfaden")
    draft = ContentPageFactory(parent=home_page, title="Entwurf", slug="entwurf", live=False)
    document = get_document_model().objects.create(
        title="Checkliste Barrierefreiheit",
        file=ContentFile(b"x" * 2048, name="checkliste.txt"),
        language="de",
    )
    dimensions = [
        {
            "type": "dimension",
            "value": {
                "key": "alter",
                "name": "Lebensalter",
                "description": "",
                "bands": [
                    {
                        "lower_bound": 0,
                        "level": "action",
                        "text": "<p>Noch viel zu tun.</p>",
                        "pages": [live.pk, draft.pk],
                        "documents": [document.pk],
                    },
                    {
                        "lower_bound": 50,
                        "level": "good",
                        "text": "<p>Gut.</p>",
                        "pages": [],
                        "documents": [],
                    },
                ],
            },
        }
    ]
    page = make_diversometer(home_page, dimensions=dimensions, slug="empfehlungen")
    last = complete_steps(client, page, {1: [3], 2: [], 3: [3], 4: [2]})
    html = html_of(client.get(last["Location"]))
    assert "<h3>Empfehlungen</h3>" in html
    assert f'<a href="{live.url}">Leitfaden Vielfalt</a>' in html
    assert "Entwurf" not in html
    assert (
        f'<a href="{document.url}" hreflang="de" lang="de">Checkliste Barrierefreiheit</a>' in html
    )
    assert ">Textdatei (2,0 kB)</span>" in html
    assert "(Textdatei (2,0 kB))" not in html


def test_result_without_token_goes_to_the_start(client, self_check):
    response = client.get(self_check.url + "ergebnis/")
    assert response.status_code == 302
    assert response["Location"] == self_check.url


@pytest.mark.parametrize("token", ["kaputt", "a" * 50, ".eJwz:1x:abc"])
def test_tampered_result_token(client, self_check, token):
    response = client.get(self_check.url + "ergebnis/", {"r": token})
    assert response.status_code == 400
    assert_private(response)
    html = html_of(response)
    assert "Dieses Ergebnis kann nicht angezeigt werden" in html
    assert f'<a class="button" href="{self_check.url}">Neu beginnen</a>' in html


def test_result_token_of_another_page(client, self_check, self_check_all):
    last = complete_all(client, self_check_all, SELF_CHECK_ANSWERS)
    token = last["Location"].split("?r=", 1)[1]
    response = client.get(self_check.url + "ergebnis/?r=" + token)
    assert response.status_code == 400
    assert "Dieses Ergebnis kann nicht angezeigt werden" in html_of(response)


def test_expired_result(client, self_check):
    with mock.patch("django.core.signing.time.time", return_value=1_000_000):
        last = complete_steps(client, self_check, SELF_CHECK_ANSWERS)
    with mock.patch("django.core.signing.time.time", return_value=1_000_000 + 91 * 86_400):
        response = client.get(last["Location"])
    assert response.status_code == 400
    assert "Dieses Ergebnis ist älter als 90 Tage" in html_of(response)


def test_result_of_a_changed_questionnaire(client, self_check):
    last = complete_steps(client, self_check, SELF_CHECK_ANSWERS)
    drop_last_question(self_check)
    response = client.get(last["Location"])
    assert response.status_code == 400
    assert "Der Fragebogen wurde inzwischen geändert; dieses Ergebnis kann nicht mehr" in (
        html_of(response)
    )


# Bad state ---------------------------------------------------------------------------------


def drop_last_question(page):
    page.questions = list(page.questions.raw_data)[:-1]
    page.save_revision().publish()
    page.refresh_from_db()


def test_tampered_state(client, self_check):
    response = client.get(self_check.url + "fragen/")
    token = state_of(response)
    tampered = token[:10] + ("x" if token[10] != "x" else "y") + token[11:]
    response = post(client, self_check, tampered, **answer_data(self_check, {1: [1]}))
    assert response.status_code == 400
    assert_private(response)
    html = html_of(response)
    assert 'role="alert"' in html
    assert "Ihre bisherigen Antworten konnten nicht gelesen werden" in html
    assert f'href="{self_check.url}">Neu beginnen</a>' in html
    assert runs(self_check) == 0


def test_missing_state(client, self_check):
    response = client.post(self_check.url + "fragen/", {"aktion": "weiter"})
    assert response.status_code == 400
    assert "konnten nicht gelesen werden" in html_of(response)


def test_state_of_another_page(client, self_check, self_check_all):
    token = state_of(client.get(self_check_all.url))
    response = post(client, self_check, token, **answer_data(self_check, {1: [1]}))
    assert response.status_code == 400
    assert "konnten nicht gelesen werden" in html_of(response)


def test_changed_questionnaire_asks_to_start_again(client, self_check):
    response = client.get(self_check.url + "fragen/")
    response = post(client, self_check, state_of(response), **answer_data(self_check, {1: [1]}))
    token = state_of(response)
    drop_last_question(self_check)
    response = post(client, self_check, token, **answer_data(self_check, {2: [1]}))
    assert response.status_code == 400
    assert "Der Fragebogen wurde inzwischen geändert; bitte beginnen Sie neu." in html_of(response)


def test_edited_texts_do_not_end_a_run(client, self_check):
    response = client.get(self_check.url + "fragen/")
    token = state_of(response)
    raw = list(self_check.questions.raw_data)
    raw[0]["value"]["question"] = "Gibt es eine benannte Ansprechperson?"
    self_check.questions = raw
    self_check.save_revision().publish()
    self_check.refresh_from_db()
    response = post(client, self_check, token, **answer_data(self_check, {1: [1]}))
    assert response.status_code == 200
    assert "Frage 2 von 4" in response.content.decode()


def test_expired_state(client, self_check):
    with mock.patch("django.core.signing.time.time", return_value=1_000_000):
        token = state_of(client.get(self_check.url + "fragen/"))
    with mock.patch("django.core.signing.time.time", return_value=1_000_000 + 86_400 + 1):
        response = post(client, self_check, token, **answer_data(self_check, {1: [1]}))
    assert response.status_code == 400
    assert "Ihre Antworten sind älter als 24 Stunden" in html_of(response)


def test_replayed_submission_shows_the_result_but_counts_once(client, self_check):
    response = client.get(self_check.url + "fragen/")
    for number in (1, 2, 3):
        response = post(
            client,
            self_check,
            state_of(response),
            **answer_data(self_check, {number: SELF_CHECK_ANSWERS[number]}),
        )
    state, final = state_of(response), answer_data(self_check, {4: [1]})
    first = post(client, self_check, state, action="auswerten", **final)
    before = counts(self_check)
    again = post(client, self_check, state, action="auswerten", **final)
    assert first.status_code == again.status_code == 303
    assert first["Location"] == again["Location"]
    assert counts(self_check) == before
    assert runs(self_check) == 1
    assert client.get(again["Location"]).status_code == 200


def test_replayed_one_page_form_counts_once(client, self_check_all):
    start = client.get(self_check_all.url)
    data = {"zustand": state_of(start), "aktion": "auswerten"}
    data.update(answer_data(self_check_all, SELF_CHECK_ANSWERS))
    for _ in range(3):
        response = client.post(self_check_all.url + "fragen/", data)
        assert response.status_code == 303
    assert runs(self_check_all) == 1


def test_a_new_start_is_a_new_run(client, self_check_all):
    complete_all(client, self_check_all, SELF_CHECK_ANSWERS)
    complete_all(client, self_check_all, SELF_CHECK_ANSWERS)
    assert runs(self_check_all) == 2


# HTTP --------------------------------------------------------------------------------------


def test_posts_need_to_come_from_this_site(self_check_all):
    """No CSRF cookie or token (home.csrf): a post from another site is refused."""
    client = Client(enforce_csrf_checks=True)
    start = client.get(self_check_all.url)
    assert start.cookies == {}
    data = {"zustand": state_of(start), "aktion": "auswerten"}
    data.update(answer_data(self_check_all, SELF_CHECK_ANSWERS))
    url = self_check_all.url + "fragen/"
    for headers in (
        {},
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Origin": "https://evil.example"},
    ):
        refused = client.post(url, data, headers=headers)
        assert refused.status_code == 403
        assert "Formular nicht angenommen" in refused.content.decode()
    assert runs(self_check_all) == 0
    response = client.post(url, data, headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 303
    assert response.cookies == {}
    assert runs(self_check_all) == 1


def test_methods(client, self_check, self_check_all):
    assert client.post(self_check.url).status_code == 405
    assert client.put(self_check.url + "fragen/").status_code == 405
    assert client.post(self_check.url + "ergebnis/").status_code == 405
    assert client.head(self_check.url).status_code == 200
    assert client.head(self_check.url + "fragen/").status_code == 200
    assert client.get(self_check_all.url + "fragen/")["Location"] == self_check_all.url
    assert client.get(self_check.url + "gibt-es-nicht/").status_code == 404


def test_draft_page_is_not_served(client, home_page):
    page = make_diversometer(home_page, slug="entwurf")
    page.unpublish()
    assert client.get(page.url + "fragen/").status_code == 404


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        ("tampered", "weil das Formular unvollständig war"),
        ("expired", "Das Formular war länger als 24 Stunden geöffnet."),
        ("changed", "Der Fragebogen wurde inzwischen geändert. Bitte prüfen Sie Ihre Antworten"),
    ],
)
def test_one_page_form_with_a_bad_token_keeps_the_answers(client, self_check_all, spoil, message):
    if spoil == "expired":
        with mock.patch("django.core.signing.time.time", return_value=1_000_000):
            token = state_of(client.get(self_check_all.url))
    else:
        token = state_of(client.get(self_check_all.url))
    if spoil == "tampered":
        token = token[:12] + ("x" if token[12] != "x" else "y") + token[13:]
    if spoil == "changed":
        drop_last_question(self_check_all)
    data = {"zustand": token, "aktion": "auswerten"}
    data.update(answer_data(self_check_all, {1: [2], 2: [1], 3: [1]}))
    response = client.post(self_check_all.url + "fragen/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "data-diversometer-notice" in html
    questions = self_check_all.questionnaire.questions
    assert checked_values(response) == {
        questions[0].options[1].id,
        questions[1].options[0].id,
        questions[2].options[0].id,
    }
    assert runs(self_check_all) == 0
    # The form carries a fresh, valid run: sending it again counts.
    again = {"zustand": state_of(response), "aktion": "auswerten"}
    complete = {1: [2], 2: [1], 3: [1]} if spoil == "changed" else {1: [2], 2: [1], 3: [1], 4: [1]}
    again.update(answer_data(self_check_all, complete))
    assert client.post(self_check_all.url + "fragen/", again).status_code == 303
    assert runs(self_check_all) == 1


def _result_queries(client, home_page, recommended, slug):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.diversometer.helpers import dimension

    dimensions = []
    for key in ("alter", "behinderung", "religion"):
        item = dimension(key, key)
        for band in item["value"]["bands"]:
            band["pages"] = [page.pk for page in recommended]
        dimensions.append(item)
    page = make_diversometer(home_page, dimensions=dimensions, slug=slug)
    url = complete_steps(client, page, SELF_CHECK_ANSWERS)["Location"]
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        html = client.get(url).content.decode()
    for recommended_page in recommended:
        assert f'<a href="{recommended_page.url}">{recommended_page.title}</a>' in html
    return len(context.captured_queries)


def test_result_page_queries_do_not_grow_with_recommendations(client, home_page):
    pages = [ContentPageFactory(parent=home_page, slug=f"seite-{i}") for i in range(6)]
    few = _result_queries(client, home_page, pages[:1], "wenige")
    many = _result_queries(client, home_page, pages, "viele")
    assert many == few
