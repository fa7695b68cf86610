"""The demo Diversometer: a self-check in German and English, linked from the Berlin project."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, Page

from diversometer import demo_texts as texts
from diversometer.blocks import LEVEL_CHOICES, QUESTION_KINDS
from diversometer.models import DiversometerPage
from diversometer.scoring import SELF_CHECK_KINDS
from diversometer.validation import configuration_errors
from home.models import DemoContentRecord
from projects.models import ProjectPage
from publications.models import PublicationPage
from tests.diversometer.helpers import complete_steps, main

KEYS = {
    "alter",
    "geschlecht",
    "ethnische-herkunft",
    "religion",
    "behinderung",
    "sexuelle-identitaet",
    "sozialer-status",
}
BERLIN = "/projekte/berliner-netzwerke-fuer-vielfalt/"
BERLIN_EN = "/en/projects/berlin-networks-for-diversity/"

# Question number → option numbers: a mix of strong, middling and weak answers.
ANSWERS = {
    1: [2],
    2: [1],
    3: [3],
    4: [3],
    5: [1],
    6: [2],
    7: [1, 2, 5],
    8: [4],
    9: [5],
    10: [1, 2],
    11: [1],
    12: [2],
    13: [3],
    14: [],
    15: [1],
    16: [2],
    17: [1, 3, 4],
    18: [3],
}


def band_labels(language):
    """The band words as the interface shows them in ``language``."""
    with translation.override(language):
        return [str(label) for _level, label in LEVEL_CHOICES]


def german_page():
    return DiversometerPage.objects.get(locale__language_code="de", slug="diversometer")


def english_page():
    return german_page().get_translation(Locale.objects.get(language_code="en"))


def strings(value):
    """Every string in a StreamField's raw data."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def page_strings(page):
    found = {page.title, page.intro, page.result_intro, page.search_description}
    for field in ("body", "questions", "dimensions"):
        found.update(strings(list(getattr(page, field).raw_data)))
    paragraphs = {part for text in found for part in re.findall(r"<p>(.*?)</p>", text)}
    return {text for text in found if text and "<p>" not in text} | paragraphs


def counts():
    return {
        "pages": Page.objects.count(),
        "diversometers": DiversometerPage.objects.count(),
        "records": DemoContentRecord.objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
        "berlin_links": berlin_links(),
    }


def berlin_links():
    return sum(
        1
        for page in ProjectPage.objects.filter(slug="berliner-netzwerke-fuer-vielfalt")
        for child in page.body
        if child.block_type == "call_to_action"
    )


@pytest.mark.django_db
def test_the_diversometer_exists_in_german_and_english(demo_content):
    german = german_page()
    assert german.live and german.show_in_menus
    assert german.get_parent().specific == demo_content.root_page.specific
    assert (german.mode, german.display) == ("self_check", "steps")
    assert german.url == "/diversometer/"
    english = english_page()
    assert english.live and english.show_in_menus
    assert english.url == "/en/diversometer/"
    assert english.specific.intro == texts.PAGE["intro"].en
    record = DemoContentRecord.objects.get(key=texts.PAGE_KEY)
    assert record.translation_key == german.translation_key
    menu = [page.slug for page in demo_content.root_page.get_children().in_menu()]
    assert "diversometer" in menu


@pytest.mark.django_db
def test_questions_cover_every_dimension_and_question_type(demo_content):
    page = german_page()
    questionnaire = page.questionnaire
    assert len(questionnaire.questions) >= 14
    assert {dimension.key for dimension in questionnaire.dimensions} == KEYS
    assert {question.kind for question in questionnaire.questions} == SELF_CHECK_KINDS
    assert {child.block_type for child in page.questions} == {
        name for name, kind in QUESTION_KINDS.items() if kind in SELF_CHECK_KINDS
    }
    for key in KEYS:
        scored = [
            question
            for question in questionnaire.questions
            if any(option.points(key) for option in question.options)
        ]
        assert len(scored) >= 2, key
    for question in questionnaire.questions:
        assert len(question.options) >= 2
        for option in question.options:
            assert set(option.scores) <= KEYS, option.label
    assert configuration_errors(page.mode, page.dimensions, page.questions) == {}
    # The blocks' own checks (lengths, required fields) pass as in the admin.
    page.questions.stream_block.clean(page.questions)
    page.dimensions.stream_block.clean(page.dimensions)


@pytest.mark.django_db
def test_every_band_recommends_live_publications_or_good_practice(demo_content):
    page = german_page()
    publications = set(PublicationPage.objects.live().values_list("pk", flat=True))
    for dimension in page.dimensions:
        bands = dimension.value["bands"]
        assert [band["lower_bound"] for band in bands] == [0, 40, 75]
        assert [band["level"] for band in bands] == ["action", "progress", "good"]
        for band in bands:
            assert band["text"].source.startswith("<p>")
            recommended = list(band["pages"])
            assert recommended, dimension.value["key"]
            assert all(page.live and page.locale.language_code == "de" for page in recommended)
            assert publications & {page.pk for page in recommended}, dimension.value["key"]
    documents = [
        document
        for dimension in page.dimensions
        for band in dimension.value["bands"]
        for document in band["documents"]
    ]
    assert documents


@pytest.mark.parametrize(("language", "joiner"), [("de", "oder"), ("en", "or")])
def test_the_result_introduction_names_the_bands_as_the_interface_does(language, joiner):
    action, progress, good = band_labels(language)
    intro = getattr(texts.PAGE["result_intro"], language)
    assert f"{action}, {progress} {joiner} {good}" in intro


@pytest.mark.django_db
def test_the_english_page_is_fully_translated(demo_content):
    german, english = german_page(), english_page().specific
    german_only = {pair.de for pair in texts.pairs(texts.QUESTIONS) if pair.de != pair.en}
    german_only |= {pair.de for pair in texts.pairs(texts.DIMENSIONS) if pair.de != pair.en}
    assert page_strings(german) & german_only
    assert not page_strings(english) & german_only
    assert set(texts.CATALOGUE_EN.values()) - page_strings(english) <= {
        english.slug,  # the slug is no field of the page's text
    }
    assert [q.text for q in english.questionnaire.questions] == [
        q.question.en for q in texts.QUESTIONS
    ]
    # Same ids and keys: German and English runs count together.
    assert english.questionnaire.questions == tuple(
        question.__class__(
            id=question.id,
            kind=question.kind,
            text=texts.CATALOGUE_EN[question.text],
            options=tuple(
                option.__class__(
                    id=option.id,
                    label=texts.CATALOGUE_EN[option.label],
                    scores=option.scores,
                    correct=option.correct,
                )
                for option in question.options
            ),
        )
        for question in german.questionnaire.questions
    )


@pytest.mark.django_db
def test_a_german_run_without_javascript_reaches_a_result_with_recommendations(demo_content):
    page = german_page()
    client = Client()
    start = client.get(page.url)
    assert start.status_code == 200
    assert "18 Fragen, eine nach der anderen." in start.content.decode()
    last = complete_steps(client, page, ANSWERS)
    assert last.status_code == 303
    assert last["Location"].startswith("/diversometer/ergebnis/?r=")
    result = client.get(last["Location"])
    assert result.status_code == 200
    html = main(result.content.decode())
    for dimension in texts.DIMENSIONS:
        section = html.split(f'id="dimension-{dimension.key}"', 1)[1].split("</section>", 1)[0]
        assert f">{dimension.name.de}</h2>" in section
        assert any(word in section for word in band_labels("de")), dimension.key
        assert "Empfehlungen" in section
    for word in band_labels("de"):
        assert word in html
    publication_urls = {publication.url for publication in PublicationPage.objects.live()}
    links = set(re.findall(r'<a href="([^"]+)"', html))
    assert links & publication_urls
    assert any(link.startswith("/gute-praxis/") for link in links)
    assert "Hinweise zu Ihren Antworten" in html
    assert texts.QUESTIONS[1].options[0].feedback.de in html


@pytest.mark.django_db
def test_an_english_run_shows_english_words(demo_content):
    page = english_page().specific
    client = Client()
    last = complete_steps(client, page, ANSWERS)
    assert last["Location"].startswith("/en/diversometer/ergebnis/?r=")
    result = client.get(last["Location"])
    html = main(result.content.decode())
    assert '<html lang="en">' in result.content.decode()
    for dimension in texts.DIMENSIONS:
        assert f">{dimension.name.en}</h2>" in html
        assert f">{dimension.name.de}</h2>" not in html or dimension.name.de == dimension.name.en
    for word in ("Your result", "Recommendations", *band_labels("en")):
        assert word in html
    assert texts.QUESTIONS[1].options[0].feedback.en in html
    assert texts.QUESTIONS[1].options[0].feedback.de not in html
    links = set(re.findall(r'<a href="([^"]+)"', html))
    assert any(link.startswith("/en/publications/") for link in links)
    assert any(link.startswith("/en/good-practice/") for link in links)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "href", "language"),
    [(BERLIN, "/diversometer/", "de"), (BERLIN_EN, "/en/diversometer/", "en")],
)
def test_the_berlin_project_links_to_the_diversometer(client, demo_content, url, href, language):
    response = client.get(url)
    assert response.status_code == 200
    html = main(response.content.decode())
    link = texts.BERLIN_LINK
    heading = getattr(link["heading"], language)
    button = f'<a class="button cta__button" href="{href}">{getattr(link["label"], language)}</a>'
    assert button in html
    assert getattr(link["text"], language) in html
    # Right after the project components (the last is public relations), before the downloads.
    last_component = "Öffentlichkeitsarbeit" if language == "de" else "Public relations"
    downloads = "Handreichungen und Publikationen" if language == "de" else "Handouts and"
    assert html.index(last_component) < html.index(heading) < html.index(downloads)
    if language == "en":
        for pair in link.values():
            assert pair.de not in html
    assert client.get(href).status_code == 200


@pytest.mark.django_db
def test_a_second_run_creates_nothing(demo_content):
    before = counts()
    assert before["berlin_links"] == 1
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_the_link_is_never_added_twice(demo_content):
    DemoContentRecord.objects.filter(key=texts.BERLIN_LINK_KEY).delete()
    before = counts()
    call_command("load_demo_content", verbosity=0)
    after = counts()
    assert after["berlin_links"] == 1
    assert after["revisions"] == before["revisions"]


@pytest.mark.django_db
def test_an_edited_berlin_page_gets_the_link_once_its_draft_is_published(demo_content):
    # An editor removed the link (so the demo may add it again) and keeps a draft.
    DemoContentRecord.objects.filter(key=texts.BERLIN_LINK_KEY).delete()
    berlin = ProjectPage.objects.get(slug="berliner-netzwerke-fuer-vielfalt")
    (index,) = [i for i, child in enumerate(berlin.body) if child.block_type == "call_to_action"]
    del berlin.body[index]
    berlin.save_revision().publish()
    berlin.teaser = "Von der Redaktion überarbeitet."
    berlin.save_revision()

    call_command("load_demo_content", verbosity=0)
    berlin.refresh_from_db()
    assert berlin_links() == 0
    assert berlin.has_unpublished_changes
    assert not DemoContentRecord.objects.filter(key=texts.BERLIN_LINK_KEY).exists()

    berlin.get_latest_revision().publish()
    call_command("load_demo_content", verbosity=0)
    berlin.refresh_from_db()
    assert berlin_links() == 1
    assert berlin.teaser == "Von der Redaktion überarbeitet."
    assert not berlin.has_unpublished_changes
    english = main(Client().get(BERLIN_EN).content.decode())
    assert english.count('href="/en/diversometer/"') == 1


@pytest.mark.django_db
def test_a_deleted_diversometer_is_not_brought_back(demo_content):
    for page in german_page().get_translations(inclusive=True):
        page.delete()
    call_command("load_demo_content", verbosity=0)
    assert not DiversometerPage.objects.exists()
