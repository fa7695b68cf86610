"""Blocks, defaults, stable ids and the checks editors see when publishing."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.segments.extract import extract_segments

from diversometer.blocks import (
    DEFAULT_DIMENSIONS,
    DimensionKeyBlock,
    DimensionsBlock,
    QuestionsBlock,
    default_dimensions,
)
from diversometer.models import DiversometerPage
from diversometer.validation import configuration_errors
from home.models import ContentPage, HomePage
from tests.diversometer.helpers import (
    DIMENSIONS,
    QUIZ_QUESTIONS,
    SELF_CHECK_QUESTIONS,
    admin_form_data,
    dimension,
    knowledge_option,
    make_diversometer,
    option,
)
from tests.factories import HomePageFactory

# Defaults ---------------------------------------------------------------------------


def test_default_dimensions_are_agg_plus_social_status():
    keys = [key for key, _name, _description in DEFAULT_DIMENSIONS]
    assert keys == [
        "alter",
        "geschlecht",
        "ethnische-herkunft",
        "religion",
        "behinderung",
        "sexuelle-identitaet",
        "sozialer-status",
    ]
    names = [name for _key, name, _description in DEFAULT_DIMENSIONS]
    assert "Ethnische Herkunft und Rassismus" in names
    assert "Sozialer Status" in names
    descriptions = dict((key, text) for key, _name, text in DEFAULT_DIMENSIONS)
    assert all("§ 1 AGG" in text for key, text in descriptions.items() if key != "sozialer-status")
    assert "§ 2 LADG" in descriptions["sozialer-status"]
    assert "AGG kennt dieses Merkmal nicht" in descriptions["sozialer-status"]


@pytest.mark.django_db  # a page looks up its content type when it is created
def test_a_new_page_starts_with_the_default_dimensions():
    page = DiversometerPage(title="Neu")
    assert [child.value["key"] for child in page.dimensions] == [
        key for key, _name, _description in DEFAULT_DIMENSIONS
    ]
    bands = page.dimensions[0].value["bands"]
    assert [band["lower_bound"] for band in bands] == [0, 40, 75]
    assert [band["level"] for band in bands] == ["action", "progress", "good"]
    assert configuration_errors("self_check", page.dimensions, []).keys() == {"questions"}


def test_default_dimensions_are_valid_block_content():
    block = DimensionsBlock()
    value = block.to_python(default_dimensions())
    block.clean(value)


def test_scale_questions_start_with_a_five_step_scale():
    scale = QuestionsBlock().child_blocks["scale"]
    labels = [option["label"] for option in scale.get_default()["options"]]
    assert labels == [
        "Trifft voll zu",
        "Trifft eher zu",
        "Teils, teils",
        "Trifft eher nicht zu",
        "Trifft gar nicht zu",
    ]


@pytest.mark.parametrize("name", list(QuestionsBlock.base_blocks))
def test_question_blocks_have_full_meta_and_render_a_fieldset(name):
    block = QuestionsBlock().child_blocks[name]
    assert block.meta.label and block.meta.icon and block.meta.description
    assert block.meta.template == "diversometer/blocks/question_block.html"
    html = block.render(block.get_preview_value())
    assert "<fieldset" in html
    assert "<legend" in html
    assert 'type="radio"' in html or 'type="checkbox"' in html


def test_scenario_comes_before_the_question_for_editors():
    scenario = QuestionsBlock().child_blocks["scenario"]
    assert list(scenario.child_blocks) == ["scenario", "question", "hint", "options"]
    knowledge = QuestionsBlock().child_blocks["knowledge"]
    assert list(knowledge.child_blocks) == [
        "scenario",
        "question",
        "hint",
        "options",
        "explanation",
    ]


@pytest.mark.parametrize("key", ["alter", "sozialer-status", "lgbtiq2", "a"])
def test_valid_keys(key):
    assert DimensionKeyBlock().clean(key) == key


@pytest.mark.parametrize(
    "key", ["Alter", "sozialer status", "ä", "-alter", "alter-", "a--b", "a_b"]
)
def test_invalid_keys(key):
    with pytest.raises(ValidationError) as error:
        DimensionKeyBlock().clean(key)
    assert "Nur Kleinbuchstaben" in str(error.value)


# Ids -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_ids_of_questions_options_and_bands_are_stored_and_stable(home_page):
    page = make_diversometer(home_page)
    raw = DiversometerPage.objects.get(pk=page.pk).questions.raw_data
    assert all(item["id"] for child in raw for item in child["value"]["options"])
    first = DiversometerPage.objects.get(pk=page.pk).questionnaire
    second = DiversometerPage.objects.get(pk=page.pk).questionnaire
    assert first == second
    live = page.get_latest_revision().as_object().questionnaire
    assert live == first
    dims = DiversometerPage.objects.get(pk=page.pk).dimensions.raw_data
    assert all(band["id"] for child in dims for band in child["value"]["bands"])


@pytest.mark.django_db
def test_dimension_keys_are_not_offered_for_translation(home_page):
    page = make_diversometer(home_page)
    texts = {
        segment.render_text()
        for segment in extract_segments(page)
        if hasattr(segment, "render_text")
    }
    assert "Lebensalter" in texts
    assert "Gibt es eine Ansprechperson für Vielfalt?" in texts
    assert "Ja, nebenbei" in texts
    assert "alter" not in texts
    assert "behinderung" not in texts


# Checks across fields ------------------------------------------------------------------


def stream(block, raw):
    return block.to_python(raw)


def errors_for(mode="self_check", dimensions=DIMENSIONS, questions=SELF_CHECK_QUESTIONS):
    return configuration_errors(
        mode, stream(DimensionsBlock(), dimensions), stream(QuestionsBlock(), questions)
    )


def messages(error):
    """Every message in a nested block error, flattened."""
    found = list(getattr(error, "non_block_errors", None) or [])
    found = [str(m) for item in found for m in getattr(item, "messages", [item])]
    for child in (getattr(error, "block_errors", None) or {}).values():
        found.extend(messages(child))
    if not hasattr(error, "block_errors"):
        found.extend(error.messages)
    return found


def test_a_consistent_page_passes():
    assert errors_for() == {}
    assert errors_for(mode="quiz", questions=QUIZ_QUESTIONS) == {}


def test_duplicate_keys():
    errors = errors_for(dimensions=[*DIMENSIONS, dimension("alter", "Alter nochmal")])
    error = errors["dimensions"].block_errors[3].block_errors["key"]
    assert error.messages == [
        "Das Kürzel „alter“ hat schon Dimension 1. Jede Dimension braucht ein eigenes Kürzel."
    ]


def test_bands_must_start_at_zero_and_ascend():
    errors = errors_for(
        dimensions=[
            dimension("alter", "Lebensalter", 10, 40),
            dimension("behinderung", "B", 0, 50, 50),
        ]
    )
    first = errors["dimensions"].block_errors[0].block_errors["bands"].block_errors[0]
    assert first.block_errors["lower_bound"].messages == [
        "Die erste Stufe muss bei 0 Prozent beginnen."
    ]
    third = errors["dimensions"].block_errors[1].block_errors["bands"].block_errors[2]
    assert "Die Stufen müssen aufsteigen: Diese beginnt bei 50 Prozent, die vorige bei 50." in (
        third.block_errors["lower_bound"].messages
    )


def test_a_self_check_needs_a_dimension():
    errors = errors_for(dimensions=[])
    assert "Ein Selbstcheck braucht mindestens eine Dimension." in messages(errors["dimensions"])


def test_points_for_an_unknown_dimension():
    questions = [
        {
            "type": "single_choice",
            "value": {
                "question": "Frage?",
                "hint": "",
                "options": [option("Ja", alter=1, geschlecht=2), option("Nein")],
            },
        }
    ]
    errors = errors_for(questions=questions)
    score_error = (
        errors["questions"]
        .block_errors[0]
        .block_errors["options"]
        .block_errors[0]
        .block_errors["scores"]
        .block_errors[1]
        .block_errors["dimension"]
    )
    assert score_error.messages == [
        "Es gibt keine Dimension mit dem Kürzel „geschlecht“. "
        "Vorhanden: alter, behinderung, religion."
    ]


def test_the_same_dimension_twice_in_one_answer():
    questions = [
        {
            "type": "scale",
            "value": {
                "question": "Aussage",
                "hint": "",
                "options": [
                    {
                        "label": "Ja",
                        "scores": [
                            {"dimension": "alter", "points": 1},
                            {"dimension": "alter", "points": 2},
                        ],
                        "feedback": "",
                    },
                    option("Nein"),
                ],
            },
        }
    ]
    assert "Diese Antwort gibt der Dimension „alter“ schon Punkte." in messages(
        errors_for(questions=questions)["questions"]
    )


def test_knowledge_questions_only_in_a_quiz():
    errors = errors_for(questions=[*SELF_CHECK_QUESTIONS, QUIZ_QUESTIONS[0]])
    assert list(errors["questions"].block_errors) == [4]
    assert "Ein Selbstcheck wertet Punkte je Dimension aus" in messages(errors["questions"])[0]
    errors = errors_for(mode="quiz", questions=[QUIZ_QUESTIONS[0], SELF_CHECK_QUESTIONS[0]])
    assert list(errors["questions"].block_errors) == [1]
    assert "Ein Wissensquiz enthält nur Wissensfragen." in messages(errors["questions"])[0]


@pytest.mark.parametrize("correct", [(), (0, 1)])
def test_a_knowledge_question_has_exactly_one_correct_answer(correct):
    question = {
        "type": "knowledge",
        "value": {
            "scenario": "",
            "question": "Frage?",
            "hint": "",
            "options": [
                knowledge_option(label, correct=i in correct) for i, label in enumerate("ABC")
            ],
            "explanation": "<p>Weil.</p>",
        },
    }
    errors = errors_for(mode="quiz", questions=[question])
    assert messages(errors["questions"]) == [
        f"Markieren Sie genau eine Antwort als richtig (jetzt: {len(correct)})."
    ]


def test_at_least_one_question():
    assert messages(errors_for(questions=[])["questions"]) == [
        "Bitte legen Sie mindestens eine Frage an."
    ]


def test_a_self_check_whose_answers_give_no_points():
    questions = [
        {
            "type": "single_choice",
            "value": {"question": "?", "hint": "", "options": [option("a"), option("b")]},
        }
    ]
    assert (
        "Noch gibt keine Antwort einer Dimension Punkte"
        in messages(errors_for(questions=questions)["questions"])[0]
    )


# In the admin ----------------------------------------------------------------------------


class AdminTests(WagtailPageTestCase):
    def setUp(self):
        from wagtail.models import Page

        self.login()
        self.home = HomePageFactory(parent=Page.get_first_root_node())

    def test_page_tree(self):
        self.assertCanCreateAt(HomePage, DiversometerPage)
        self.assertCanCreateAt(ContentPage, DiversometerPage)
        self.assertCanNotCreateAt(DiversometerPage, ContentPage)
        self.assertAllowedSubpageTypes(DiversometerPage, set())

    def test_add_form_opens_with_the_default_dimensions(self):
        url = reverse(
            "wagtailadmin_pages:add", args=["diversometer", "diversometerpage", self.home.pk]
        )
        response = self.client.get(url)
        assert response.status_code == 200
        content = response.content.decode()
        assert "Sozialer Status" in content
        assert "Ethnische Herkunft und Rassismus" in content

    def edit(self, page, action, **overrides):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = admin_form_data(page, **overrides)
        if action:
            data[action] = "1"
        return self.client.post(url, data)

    def broken(self, page):
        raw = list(page.questions.raw_data)
        raw[0]["value"]["options"][0]["value"]["scores"][0]["value"]["dimension"] = "gibt-es-nicht"
        page.questions = raw
        return page

    def test_publishing_an_unchanged_page_works(self):
        page = make_diversometer(self.home)
        response = self.edit(page, "action-publish")
        assert response.status_code == 302, response.content.decode()[:2000]

    def test_publishing_refuses_inconsistent_content_at_the_block(self):
        page = make_diversometer(self.home)
        revision = page.latest_revision_id
        response = self.edit(
            self.broken(DiversometerPage.objects.get(pk=page.pk)), "action-publish"
        )
        assert response.status_code == 200
        content = response.content.decode()
        assert "Es gibt keine Dimension mit dem K" in content
        page.refresh_from_db()
        assert page.latest_revision_id == revision

    def test_a_draft_may_be_saved_unfinished(self):
        page = make_diversometer(self.home)
        response = self.edit(self.broken(DiversometerPage.objects.get(pk=page.pk)), None)
        assert response.status_code == 302
        draft = DiversometerPage.objects.get(pk=page.pk).get_latest_revision_as_object()
        assert draft.questions.raw_data[0]["value"]["options"][0]["value"]["scores"][0]["value"][
            "dimension"
        ] == ("gibt-es-nicht")
        # The live page is unchanged and still works.
        live = DiversometerPage.objects.get(pk=page.pk)
        assert live.questionnaire.questions[0].options[0].scores == {"alter": 2, "behinderung": 2}

    def test_quiz_with_a_self_check_question_is_refused(self):
        page = make_diversometer(self.home, mode="quiz", slug="quiz")
        response = self.edit(page, "action-publish", mode="self_check")
        assert response.status_code == 200
        assert "Ein Selbstcheck wertet Punkte je Dimension aus" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", [*QuestionsBlock.base_blocks, "dimension"])
def test_admin_block_previews(admin_client, name):
    """What editors see in the block picker renders with the site's styles."""
    if name == "dimension":
        block = DiversometerPage._meta.get_field("dimensions").stream_block.child_blocks[name]
    else:
        block = DiversometerPage._meta.get_field("questions").stream_block.child_blocks[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/diversometer.css" in html
    assert ("<fieldset" in html) == (name != "dimension")
