"""Building Diversometer pages and walking through them with the test client."""

import re
from html import unescape

from diversometer.answers import field_name
from diversometer.models import Counter, DiversometerPage


def option(label, feedback="", **points):
    return {
        "label": label,
        "scores": [
            {"dimension": key.replace("_", "-"), "points": value} for key, value in points.items()
        ],
        "feedback": feedback,
    }


def knowledge_option(label, correct=False, feedback=""):
    return {"label": label, "correct": correct, "feedback": feedback}


def bands(name, *lowers):
    levels = ["action", "progress", "good"]
    return [
        {
            "lower_bound": lower,
            "level": levels[index],
            "text": f"<p>{name}: Stufe ab {lower}.</p>",
            "pages": [],
            "documents": [],
        }
        for index, lower in enumerate(lowers or (0, 40, 75))
    ]


def dimension(key, name, *lowers, description=""):
    return {
        "type": "dimension",
        "value": {
            "key": key,
            "name": name,
            "description": description or f"Beschreibung {name}.",
            "bands": bands(name, *lowers),
        },
    }


DIMENSIONS = [
    dimension("alter", "Lebensalter"),
    dimension("behinderung", "Behinderung"),
    dimension("religion", "Religion und Weltanschauung"),
]

SELF_CHECK_QUESTIONS = [
    {
        "type": "single_choice",
        "value": {
            "question": "Gibt es eine Ansprechperson für Vielfalt?",
            "hint": "Gemeint ist eine benannte Person.",
            "options": [
                option("Ja, mit festem Stundenanteil", "Sehr gut.", alter=2, behinderung=2),
                option("Ja, nebenbei", alter=1, behinderung=1),
                option("Nein", "Benennen Sie eine Person."),
            ],
        },
    },
    {
        "type": "multiple_choice",
        "value": {
            "question": "In welchen Formen bieten Sie Informationen an?",
            "hint": "",
            "options": [
                option("In Leichter Sprache", behinderung=1),
                option("Als barrierefreies PDF", behinderung=1),
                option("In Gebärdensprache", behinderung=2),
            ],
        },
    },
    {
        "type": "scale",
        "value": {
            "question": "Unsere Stellenausschreibungen sprechen alle Altersgruppen an.",
            "hint": "",
            "options": [
                option("Trifft voll zu", alter=2),
                option("Teils, teils", alter=1),
                option("Trifft gar nicht zu"),
            ],
        },
    },
    {
        "type": "scenario",
        "value": {
            "scenario": "<p>Ein Kollege fragt nach einem Raum für das Freitagsgebet.</p>",
            "question": "Wie reagieren Sie?",
            "hint": "",
            "options": [
                option("Wir suchen gemeinsam einen Raum.", "Das hilft allen.", alter=0),
                option("Das ist Privatsache."),
            ],
        },
    },
]

QUIZ_QUESTIONS = [
    {
        "type": "knowledge",
        "value": {
            "scenario": "",
            "question": "Welches Merkmal schützt das LADG, das AGG aber nicht?",
            "hint": "",
            "options": [
                knowledge_option("Den sozialen Status", correct=True, feedback="Genau."),
                knowledge_option("Das Lebensalter", feedback="Das schützen beide."),
            ],
            "explanation": "<p>§ 2 LADG nennt den sozialen Status.</p>",
        },
    },
    {
        "type": "knowledge",
        "value": {
            "scenario": "<p>Eine Bewerberin ist 58 Jahre alt.</p>",
            "question": "Darf das Alter bei der Auswahl eine Rolle spielen?",
            "hint": "",
            "options": [
                knowledge_option("Nein, außer es gibt einen sachlichen Grund", correct=True),
                knowledge_option("Ja, immer"),
                knowledge_option("Nur bei Beamten"),
            ],
            "explanation": "<p>Das AGG erlaubt Ausnahmen nur mit sachlichem Grund.</p>",
        },
    },
]


def make_diversometer(parent, *, mode="self_check", display="steps", questions=None, **fields):
    """A published Diversometer under ``parent`` (dimensions default to :data:`DIMENSIONS`)."""
    if questions is None:
        questions = QUIZ_QUESTIONS if mode == "quiz" else SELF_CHECK_QUESTIONS
    fields.setdefault("title", "Vielfalts-Check")
    fields.setdefault("slug", "vielfalts-check")
    fields.setdefault("intro", "Wo steht Ihre Verwaltung?")
    fields.setdefault("dimensions", DIMENSIONS)
    page = DiversometerPage(mode=mode, display=display, questions=questions, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


STATE = re.compile(r'<input type="hidden" name="zustand" value="([^"]+)">')


def state_of(response):
    found = STATE.search(response.content.decode())
    assert found, "no state field in the response"
    return unescape(found.group(1))


def answer_data(page, choices):
    """POST data for ``choices``: {question number (1-based): [option numbers]}."""
    questions = page.questionnaire.questions
    data = {}
    for number, options in choices.items():
        question = questions[number - 1]
        data[field_name(question.id)] = [question.options[i - 1].id for i in options]
    return data


def post(client, page, state, action="weiter", **data):
    return client.post(
        page.url + "fragen/", {"zustand": state, "aktion": action, **data}, REMOTE_ADDR="10.0.0.1"
    )


def counts(page):
    return {
        (kind, scope, item): count
        for kind, scope, item, count in Counter.objects.filter(
            page_key=page.translation_key
        ).values_list("kind", "scope", "item", "count")
    }


def runs(page):
    return counts(page).get(("run", "", ""), 0)


def complete_all(client, page, choices, **extra):
    """Complete a one-page run; returns the response of the POST."""
    start = client.get(page.url)
    data = answer_data(page, choices)
    return client.post(
        page.url + "fragen/",
        {"zustand": state_of(start), "aktion": "auswerten", **data, **extra},
        REMOTE_ADDR="10.0.0.1",
    )


def complete_steps(client, page, choices, remote_addr="10.0.0.1"):
    """Walk a step-by-step run question by question; returns the last response."""
    response = client.get(page.url + "fragen/")
    total = len(page.questionnaire.questions)
    for number in range(1, total + 1):
        data = answer_data(page, {number: choices.get(number, [])})
        response = client.post(
            page.url + "fragen/",
            {"zustand": state_of(response), "aktion": "weiter", **data},
            REMOTE_ADDR=remote_addr,
        )
    return response


def main(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def block_form_data(block, value):
    """``value`` as the nested form data the admin's block editor posts for ``block``."""
    from wagtail import blocks
    from wagtail.test.utils.form_data import rich_text

    if isinstance(block, blocks.StreamBlock):
        data = {"count": len(value)}
        for index, child in enumerate(value):
            data[str(index)] = {
                "type": child.block_type,
                "value": block_form_data(child.block, child.value),
                "id": child.id,
                "deleted": "",
                "order": index,
            }
        return data
    if isinstance(block, blocks.ListBlock):
        items = value.bound_blocks
        data = {"count": len(items)}
        for index, item in enumerate(items):
            data[str(index)] = {
                "value": block_form_data(block.child_block, item.value),
                "id": item.id,
                "deleted": "",
                "order": index,
            }
        return data
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_data(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else None
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "")
    if isinstance(block, blocks.ChooserBlock):
        return value.pk if value else ""
    return "" if value is None else value


def admin_form_data(page, **overrides):
    """POST data for the page's edit view, built from its current values."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "mode": page.mode,
        "display": page.display,
        "questions": block_form_data(page.questions.stream_block, page.questions),
        "dimensions": block_form_data(page.dimensions.stream_block, page.dimensions),
        "result_intro": page.result_intro,
        "comments": {
            "TOTAL_FORMS": 0,
            "INITIAL_FORMS": 0,
            "MIN_NUM_FORMS": 0,
            "MAX_NUM_FORMS": 1000,
        },
    }
    data.update(overrides)
    return {key: value for key, value in nested_form_data(data).items() if value is not None}
