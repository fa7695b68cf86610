"""Topics: one vocabulary for all page types, a page per topic, copied to translations."""

import pytest
from django.utils import translation

from home.models import Topic, TopicIndexPage
from home.translation import translate_page
from tests.factories import ContentPageFactory


@pytest.fixture
def topics_index(home_page):
    index = TopicIndexPage(title="Themen", slug="themen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.mark.django_db
def test_topic_page_lists_every_tagged_page(client, home_page, topics_index):
    tagged = ContentPageFactory(parent=home_page, title="Willkommen in der Verwaltung")
    tagged.topics.add("Willkommenskultur")
    tagged.save_revision().publish()
    other = ContentPageFactory(parent=home_page, title="Personal")
    other.topics.add("Personalgewinnung")
    other.save_revision().publish()
    ContentPageFactory(parent=home_page, title="Ohne Thema")

    overview = client.get("/themen/").content.decode()
    assert '<a href="/themen/willkommenskultur/">Willkommenskultur</a>' in overview
    assert '<a href="/themen/personalgewinnung/">Personalgewinnung</a>' in overview

    response = client.get("/themen/willkommenskultur/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Willkommenskultur</h1>" in html
    assert "Willkommen in der Verwaltung" in html
    assert "Personal</a>" not in html
    assert "Ohne Thema" not in html
    assert client.get("/themen/gibt-es-nicht/").status_code == 404

    page_html = client.get(tagged.url).content.decode()
    assert '<a href="/themen/willkommenskultur/">Willkommenskultur</a>' in page_html


@pytest.mark.django_db
def test_topics_follow_the_page_into_its_translation(client, home_page, topics_index):
    translate_page(
        home_page, "en", {"Startseite": "Home", home_page.slug: "home", home_page.intro: "Intro."}
    )
    translate_page(topics_index, "en", {"Themen": "Topics", "themen": "topics"})
    page = ContentPageFactory(parent=home_page, title="Teilhabe", slug="teilhabe", intro="")
    page.topics.add("Partizipation")
    page.save_revision().publish()
    Topic.objects.filter(name="Partizipation").update(name_en="Participation")
    english = translate_page(page, "en", {"Teilhabe": "Participation", "teilhabe": "participation"})

    assert [t.name for t in english.topics.all()] == ["Partizipation"]
    html = client.get("/en/topics/partizipation/").content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Participation</h1>" in html
    assert 'href="/en/participation/"' in html
    with translation.override("en"):
        assert Topic.objects.get(name="Partizipation").label == "Participation"
    with translation.override("de"):
        assert Topic.objects.get(name="Partizipation").label == "Partizipation"


def test_every_page_type_with_topics_shows_them_to_editors():
    from wagtail.models import get_page_models

    from home.models import TopicsMixin

    with_topics = [model for model in get_page_models() if issubclass(model, TopicsMixin)]
    assert len(with_topics) >= 6
    for model in with_topics:
        names = [getattr(panel, "field_name", None) for panel in model.promote_panels]
        assert "topics" in names, model.__name__
