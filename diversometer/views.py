"""The public flow of a Diversometer, without JavaScript and without server-side state.

``start``      GET ``./``: the introduction; with "alle Fragen auf einer Seite" the whole
               form below it (a fresh run).
``questions``  GET ``./fragen/`` starts a step-by-step run at question 1.
               POST ``./fragen/`` takes the state token (``zustand``), the answers on
               screen and ``aktion`` (``weiter``, ``zurueck`` or ``auswerten``):
               errors show the same screen with an error summary and the answers
               kept; "zurück" keeps a valid answer and shows the previous question;
               the last step (or the whole form) completes the run.
``result``     GET ``./ergebnis/?r=<result token>``: the result; reloadable,
               printable and bookmarkable, because the token carries the answers.

Completing a run checks the rate limit (429 and nothing counted when exceeded),
adds the run to the counters once (a replayed form shows its result but is not
counted again), and redirects (303) to the result, so reloading the result page
never submits anything.

A state or result token that is forged, of another page, expired or from an
earlier version of the questionnaire gets a page that says so and links to a fresh
start (400), never an error 500. On the one-page form, where every answer is in the
POST, it gets the form again instead: a new run, the answers that still fit kept, and
a message saying why (400). Every response here is ``Cache-Control: private,
no-store``: the pages carry a run's answers and its nonce. A result with a valid token
may be kept by the server's own page cache (home/page_cache.py) for a reload, a print
or a shared address; it carries the answers its address already carries.
"""

import math

from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from diversometer import counting, ratelimit, scoring, screens, tokens
from diversometer.answers import MISSING, Reading, field_name, read_answer, read_answers
from home import page_cache

NEXT = "weiter"
BACK = "zurueck"
FINISH = "auswerten"
STATE_FIELD = "zustand"
ACTION_FIELD = "aktion"
RESULT_PARAMETER = "r"

PROBLEMS = {
    tokens.INVALID: _(
        "Ihre bisherigen Antworten konnten nicht gelesen werden, vielleicht weil die "
        "Adresse unvollständig ist. Bitte beginnen Sie den Fragebogen neu."
    ),
    tokens.EXPIRED: _(
        "Ihre Antworten sind älter als 24 Stunden und gelten deshalb nicht mehr. Bitte "
        "beginnen Sie den Fragebogen neu."
    ),
    tokens.CHANGED: _("Der Fragebogen wurde inzwischen geändert; bitte beginnen Sie neu."),
}
RESUBMIT = {
    tokens.INVALID: _(
        "Ihre Antworten konnten nicht ausgewertet werden, weil das Formular unvollständig war. "
        "Bitte prüfen Sie Ihre Antworten und schicken Sie sie noch einmal ab."
    ),
    tokens.EXPIRED: _(
        "Das Formular war länger als 24 Stunden geöffnet. Bitte prüfen Sie Ihre Antworten "
        "und schicken Sie sie noch einmal ab."
    ),
    tokens.CHANGED: _(
        "Der Fragebogen wurde inzwischen geändert. Bitte prüfen Sie Ihre Antworten und "
        "schicken Sie sie noch einmal ab."
    ),
}
"""On the one-page form the answers are all in the POST, so a bad token loses nothing."""
RESULT_PROBLEMS = {
    tokens.INVALID: _(
        "Dieses Ergebnis kann nicht angezeigt werden, vielleicht weil die Adresse "
        "unvollständig ist. Bitte beginnen Sie den Fragebogen neu."
    ),
    tokens.EXPIRED: _(
        "Dieses Ergebnis ist älter als 90 Tage und kann nicht mehr angezeigt werden. Bitte "
        "beginnen Sie den Fragebogen neu."
    ),
    tokens.CHANGED: _(
        "Der Fragebogen wurde inzwischen geändert; dieses Ergebnis kann nicht mehr angezeigt "
        "werden. Bitte beginnen Sie neu."
    ),
}


def _base_url(page, request):
    return page.get_url(request=request) or ""


def _route_url(page, request, name):
    return _base_url(page, request) + page.reverse_subpage(name)


def _render(page, request, template, context, status=200):
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    patch_cache_control(response, private=True, no_store=True)
    return response


def _not_allowed(*methods):
    response = HttpResponseNotAllowed(methods)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _redirect(url, status=302):
    response = HttpResponseRedirect(url)
    response.status_code = status
    patch_cache_control(response, private=True, no_store=True)
    return response


def _form_context(page, request, state, selected=None, problems=None, notice=""):
    """The form of a run: all questions, or the state's step."""
    survey = page.survey
    questionnaire = survey.questionnaire
    questions = questionnaire.questions
    if state is not None and state.step is not None:
        on_screen = (questions[state.step],)
    else:
        on_screen = questions
    chosen = dict(state.answers) if state is not None else {}
    chosen.update(selected or {})
    items = screens.question_items(survey, on_screen, selected=chosen, problems=problems)
    stepwise = state is not None and state.step is not None
    is_last = not stepwise or state.step == len(questions) - 1
    return {
        "items": items,
        "error_items": [item for item in items if item.error],
        "notice": notice,
        "state_token": (tokens.dump_state(page.counter_key, questionnaire, state) if state else ""),
        "action": _route_url(page, request, "questions") if state else "",
        "stepwise": stepwise,
        "step_number": state.step + 1 if stepwise else None,
        "total": len(questions),
        "is_last": is_last,
        "can_go_back": stepwise and state.step > 0,
        "state_field": STATE_FIELD,
        "action_field": ACTION_FIELD,
        "next_action": FINISH if is_last else NEXT,
        "back_action": BACK,
        "preview": state is None,
    }


def _show_form(page, request, state, selected=None, problems=None, notice="", status=200):
    form = _form_context(page, request, state, selected, problems, notice)
    return _render(
        page,
        request,
        "diversometer/questions_page.html",
        {"form": form},
        status=status,
    )


def _problem(page, request, message, status=400):
    return _render(
        page,
        request,
        "diversometer/problem_page.html",
        {"message": message},
        status=status,
    )


def start(page, request):
    if request.method not in ("GET", "HEAD"):
        return _not_allowed("GET", "HEAD")
    questionnaire = page.questionnaire
    preview = getattr(request, "is_preview", False)
    context = {
        "total": len(questionnaire.questions),
        "is_quiz": questionnaire.mode == scoring.QUIZ,
        "dimensions": [
            page.survey.dimensions[dimension.key] for dimension in questionnaire.dimensions
        ],
        "stepwise": questionnaire.display == scoring.STEPS,
        "start_url": "" if preview else _route_url(page, request, "questions"),
        "form": None,
    }
    if questionnaire.questions and (preview or questionnaire.display == scoring.ALL):
        state = None if preview else tokens.RunState.new(questionnaire)
        context["form"] = _form_context(page, request, state)
    return _render(page, request, "diversometer/diversometer_page.html", context)


def questions(page, request):
    questionnaire = page.questionnaire
    if request.method in ("GET", "HEAD"):
        if questionnaire.display != scoring.STEPS or not questionnaire.questions:
            return _redirect(_base_url(page, request))
        return _show_form(page, request, tokens.RunState.new(questionnaire))
    if request.method != "POST":
        return _not_allowed("GET", "HEAD", "POST")
    try:
        state = tokens.load_state(
            page.counter_key, questionnaire, request.POST.get(STATE_FIELD, "")
        )
    except tokens.TokenError as error:
        if questionnaire.display == scoring.ALL and questionnaire.questions:
            return _resubmit(page, request, error.reason)
        return _problem(page, request, PROBLEMS[error.reason])
    if state.step is None:
        return _submit_all(page, request, state)
    return _submit_step(page, request, state)


def _resubmit(page, request, reason):
    """The one-page form again, as a new run, with the posted answers that still fit."""
    questionnaire = page.questionnaire
    answers, problems = read_answers(questionnaire.questions, request.POST)
    kept = {**answers, **{qid: reading.kept for qid, reading in problems.items()}}
    state = tokens.RunState.new(questionnaire)
    return _show_form(page, request, state, selected=kept, notice=RESUBMIT[reason], status=400)


def _submit_all(page, request, state):
    questionnaire = page.questionnaire
    answers, problems = read_answers(questionnaire.questions, request.POST)
    if problems:
        kept = {**answers, **{qid: reading.kept for qid, reading in problems.items()}}
        return _show_form(page, request, state, selected=kept, problems=problems)
    state.answers = answers
    return _complete(page, request, state)


def _submit_step(page, request, state):
    questionnaire = page.questionnaire
    question = questionnaire.questions[state.step]
    reading = read_answer(question, request.POST.getlist(field_name(question.id)))
    if request.POST.get(ACTION_FIELD) == BACK:
        if reading.error is None:
            state.answers[question.id] = reading.answer
        state.step = max(0, state.step - 1)
        return _show_form(page, request, state)
    if reading.error:
        return _show_form(
            page,
            request,
            state,
            selected={question.id: reading.kept},
            problems={question.id: reading},
        )
    state.answers[question.id] = reading.answer
    if state.step + 1 < len(questionnaire.questions):
        state.step += 1
        return _show_form(page, request, state)
    for index, earlier in enumerate(questionnaire.questions):
        if earlier.id not in state.answers:
            state.step = index
            return _show_form(
                page, request, state, problems={earlier.id: Reading(answer=None, error=MISSING)}
            )
    return _complete(page, request, state)


def _complete(page, request, state):
    verdict = ratelimit.hit(request)
    if not verdict.allowed:
        minutes = max(1, math.ceil(verdict.retry_after / 60))
        notice = ngettext(
            "Von Ihrem Anschluss wurden in kurzer Zeit sehr viele Fragebögen abgeschickt. "
            "Bitte warten Sie etwa %(minutes)s Minute und schicken Sie Ihre Antworten dann "
            "noch einmal ab; sie bleiben auf dieser Seite erhalten.",
            "Von Ihrem Anschluss wurden in kurzer Zeit sehr viele Fragebögen abgeschickt. "
            "Bitte warten Sie etwa %(minutes)s Minuten und schicken Sie Ihre Antworten dann "
            "noch einmal ab; sie bleiben auf dieser Seite erhalten.",
            minutes,
        ) % {"minutes": minutes}
        response = _show_form(page, request, state, notice=notice, status=429)
        response["Retry-After"] = str(verdict.retry_after)
        return response

    questionnaire = page.questionnaire
    if questionnaire.mode == scoring.QUIZ:
        keys = counting.tallies(
            questionnaire, state.answers, quiz=scoring.score_quiz(questionnaire, state.answers)
        )
    else:
        keys = counting.tallies(
            questionnaire,
            state.answers,
            scores=scoring.score_self_check(questionnaire, state.answers),
        )
    counting.record_run(page.counter_key, state.nonce, keys)
    counting.prune_once_a_day()
    token = tokens.dump_result(page.counter_key, questionnaire, state.answers)
    url = _route_url(page, request, "result") + "?" + urlencode({RESULT_PARAMETER: token})
    return _redirect(url, status=303)


def result(page, request):
    if request.method not in ("GET", "HEAD"):
        return _not_allowed("GET", "HEAD")
    token = request.GET.get(RESULT_PARAMETER, "")
    if not token:
        return _redirect(_base_url(page, request))
    survey = page.survey
    questionnaire = survey.questionnaire
    try:
        answers = tokens.load_result(page.counter_key, questionnaire, token)
    except tokens.TokenError as error:
        return _problem(page, request, RESULT_PROBLEMS[error.reason])
    context = {"is_quiz": questionnaire.mode == scoring.QUIZ}
    if context["is_quiz"]:
        quiz = scoring.score_quiz(questionnaire, answers)
        context["quiz"] = quiz
        context["outcomes"] = screens.outcome_rows(survey, quiz)
    else:
        scores = scoring.score_self_check(questionnaire, answers)
        context["rows"] = screens.dimension_rows(survey, scores, request)
        context["feedback"] = screens.feedback_rows(survey, answers)
    response = _render(page, request, "diversometer/result_page.html", context)
    # The token's signature is checked, so only real results are kept, and only in the
    # server's page cache: browsers and shared caches still get private, no-store.
    return page_cache.allow(response, (RESULT_PARAMETER,), private=True)
