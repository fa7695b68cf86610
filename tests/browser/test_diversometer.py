"""The Diversometer in Chromium, by keyboard alone: both displays, with and without JavaScript.

Only the keyboard is used to answer (Tab, Space, Enter), the way someone who
cannot use a mouse takes the check. Every screen on the way (start, questions,
result) then goes through the full checks of ``page_checker``.
"""

import pytest
from wagtail.models import Page, Site

from tests.diversometer.helpers import make_diversometer
from tests.factories import HomePageFactory

pytestmark = [
    pytest.mark.browser,
    # The live server reads committed rows; the migrations' locales survive the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MAX_TABS = 60

# What has the focus, and is it inside the question on screen?
FOCUS_JS = """() => {
    const el = document.activeElement;
    const question = el && el.closest('[data-diversometer-question]');
    return {
        tag: el ? el.tagName : null,
        type: el ? el.getAttribute('type') : null,
        text: el ? el.textContent.trim() : '',
        inVisibleQuestion: !!question && !question.hidden && question.offsetParent !== null,
        questionNumber: question ? question.dataset.questionNumber : null,
    };
}"""


@pytest.fixture
def diversometers(transactional_db):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return {
        "steps": make_diversometer(home, display="steps", slug="schritte"),
        "all": make_diversometer(home, display="all", slug="eine-seite", title="Auf einer Seite"),
    }


def focus(page):
    return page.evaluate(FOCUS_JS)


def tab_to(page, wanted):
    """Press Tab until ``wanted(focus)`` holds; fails after MAX_TABS presses."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        state = focus(page)
        if wanted(state):
            return state
    pytest.fail(f"Tab never reached the wanted element; focus ended on {focus(page)}")


def is_answer(state):
    return state["tag"] == "INPUT" and state["inVisibleQuestion"]


def is_button(*labels):
    return lambda state: state["tag"] == "BUTTON" and state["text"] in labels


def answer_by_keyboard(page, navigates):
    """Select the first answer of the question on screen and go on, keys only.

    ``navigates``: whether going on loads a new page (each step without JavaScript,
    and "Auswerten"), so the next key waits for it.
    """
    tab_to(page, is_answer)
    page.keyboard.press("Space")
    tab_to(page, is_button("Weiter", "Auswerten"))
    if navigates:
        with page.expect_navigation():
            page.keyboard.press("Enter")
        page.wait_for_load_state("networkidle")
    else:
        page.keyboard.press("Enter")


def take_by_keyboard(page, start_url, questions):
    """From the start page to the result; returns the URLs of the screens on the way."""
    page.goto(start_url, wait_until="networkidle")
    screens = [page.url]
    if page.locator("[data-diversometer-form]").count() == 0:
        # Step by step: the start page links to the first question.
        tab_to(page, lambda state: state["tag"] == "A" and state["text"] == "Fragebogen starten")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        screens.append(page.url)
    for _number in range(questions):
        answer_by_keyboard(page, navigates=True)
    page.wait_for_url("**/ergebnis/?r=*")
    screens.append(page.url)
    return screens


def test_step_by_step_by_keyboard_without_javascript(
    browser, live_server, diversometers, page_checker
):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        questionnaire = diversometers["steps"]
        total = len(questionnaire.questionnaire.questions)
        screens = take_by_keyboard(page, live_server.url + questionnaire.url, total)
        assert page.locator("h1").inner_text() == "Ihr Ergebnis"
        assert page.locator(".diversometer-band").count() > 0
    finally:
        context.close()
    for url in screens:
        report = page_checker.check(url, lang="de")
        assert report.problems == [], str(report)


def test_one_question_at_a_time_with_javascript_by_keyboard(
    browser, live_server, diversometers, page_checker
):
    context = browser.new_context()
    try:
        page = context.new_page()
        questionnaire = diversometers["all"]
        total = len(questionnaire.questionnaire.questions)
        page.goto(live_server.url + questionnaire.url, wait_until="networkidle")
        questions = page.locator("[data-diversometer-question]")
        assert questions.count() == total
        assert page.locator("[data-diversometer-question]:visible").count() == 1
        progress = page.locator("[data-diversometer-progress] p")
        assert progress.inner_text() == f"Frage 1 von {total}"

        # "Weiter" without an answer: a message in the question, focus on its first answer.
        tab_to(page, is_button("Weiter"))
        page.keyboard.press("Enter")
        assert focus(page)["questionNumber"] == "1" and focus(page)["tag"] == "INPUT"
        assert "Bitte wählen Sie eine Antwort aus." in questions.nth(0).inner_text()
        # A function, not an expression: Playwright evaluates an expression with eval(),
        # which the page's Content-Security-Policy refuses.
        page.wait_for_function(
            "() => document.querySelector('[data-diversometer-live]').textContent.length > 0"
        )

        # Space answers, Enter on "Weiter" moves on and puts the focus on the next heading.
        page.keyboard.press("Space")
        assert "Bitte wählen Sie eine Antwort aus." not in questions.nth(0).inner_text()
        tab_to(page, is_button("Weiter"))
        page.keyboard.press("Enter")
        assert progress.inner_text() == f"Frage 2 von {total}"
        assert page.evaluate("document.activeElement.tagName") == "H2"
        assert focus(page)["questionNumber"] == "2"

        # "Zurück" by keyboard keeps the answer given.
        tab_to(page, is_button("Zurück"))
        page.keyboard.press("Enter")
        assert progress.inner_text() == f"Frage 1 von {total}"
        assert questions.nth(0).locator("input:checked").count() == 1

        tab_to(page, is_button("Weiter"))
        page.keyboard.press("Enter")
        for number in range(2, total + 1):
            answer_by_keyboard(page, navigates=number == total)
        page.wait_for_url("**/ergebnis/?r=*")
        result = page.url
        assert "Ihr Ergebnis" in page.content()
        # The print button appears only with JavaScript.
        assert page.get_by_role("button", name="Drucken").is_visible()
    finally:
        context.close()
    for url in (live_server.url + questionnaire.url, result):
        report = page_checker.check(url, lang="de")
        assert report.problems == [], str(report)


def test_one_page_form_without_javascript_shows_every_question(browser, live_server, diversometers):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        questionnaire = diversometers["all"]
        total = len(questionnaire.questionnaire.questions)
        page.goto(live_server.url + questionnaire.url, wait_until="networkidle")
        assert page.locator("[data-diversometer-question]:visible").count() == total
        for _number in range(total):
            tab_to(
                page,
                lambda state, n=_number: is_answer(state) and state["questionNumber"] == str(n + 1),
            )
            page.keyboard.press("Space")
        tab_to(page, is_button("Auswerten"))
        with page.expect_navigation():
            page.keyboard.press("Enter")
        page.wait_for_url("**/ergebnis/?r=*")
        assert (
            page.get_by_role("button", name="Drucken").count() == 0
            or not page.get_by_role("button", name="Drucken").is_visible()
        )
    finally:
        context.close()
