"""The demo library: every seed publication as a page, in German and English."""

import re

import pytest
from wagtail.models import Locale

from home.demo.publications import PUBLICATIONS
from home.models import DemoContentRecord
from projects.models import ProjectPage
from publications import demo_texts as texts
from publications.models import PublicationIndexPage, PublicationPage


@pytest.mark.django_db
def test_every_demo_publication_has_a_page_in_both_languages(client, demo_content):
    english = Locale.objects.get(language_code="en")
    library = PublicationIndexPage.objects.get(locale__language_code="de")
    assert library.slug == "publikationen" and library.show_in_menus
    german_pages = PublicationPage.objects.child_of(library).live()
    assert sorted(page.title for page in german_pages) == sorted(
        publication.title for publication in PUBLICATIONS.values()
    )
    for page in german_pages:
        translation = page.get_translation(english)
        assert translation.live
        assert translation.title != page.title
        assert translation.main_document() == page.main_document()
        project = page.related_project
        assert project.locale.language_code == "de"
        # Page links are localized when shown: the English page names the English project.
        english_project = project.get_translation(english)
        html = client.get(translation.url).content.decode()
        assert f'<a href="{english_project.url}">{english_project.title}</a>' in html


@pytest.mark.django_db
def test_demo_publications_carry_type_project_and_topics(demo_content):
    for key, (project_key, topic_names) in texts.PUBLICATION_PAGES.items():
        publication = PUBLICATIONS[key]
        page = PublicationPage.objects.get(title=publication.title)
        assert page.get_publication_type_display() == publication.kind
        assert page.year == publication.year
        assert isinstance(page.related_project, ProjectPage)
        record = DemoContentRecord.objects.get(key=project_key)
        assert page.related_project.translation_key == record.translation_key
        assert sorted(topic.name for topic in page.topics.all()) == sorted(topic_names)
        document = page.main_document()
        assert document.file_format == "pdf" and document.page_count >= 2
        assert document.is_tagged_pdf


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("/publikationen/", ("6 Publikationen", "Handreichung (3)", "Getaggtes PDF", "Seiten")),
        ("/en/publications/", ("6 publications", "Handout (3)", "Tagged PDF", "pages")),
    ],
)
def test_demo_library_lists_facets_in_both_languages(client, demo_content, url, words):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for word in words:
        assert word in html, word


@pytest.mark.django_db
def test_demo_library_filters_by_project(client, demo_content):
    thuringia = ProjectPage.objects.get(slug="vielfalt-leben", locale__language_code="de")
    html = client.get(f"/publikationen/?projekt={thuringia.pk}").content.decode()
    assert re.findall(r'class="teaser-list__title"><a href="[^"]+">(.*?)</a>', html) == [
        PUBLICATIONS["broschuere-vielfalt-leben"].title
    ]


@pytest.mark.django_db
def test_demo_library_lists_its_videos_below_the_publications(client, demo_content):
    html = client.get("/publikationen/").content.decode()
    videos = html.split('id="library-videos-heading"', 1)[1]
    assert "Zwei Thüringer Landratsämter gehen neue Wege" in videos
    assert "Was ist eigentlich Diversity?" in videos
    # A filter other than the topic hides them: videos have no type, year or format.
    filtered = client.get("/publikationen/?typ=handreichung").content.decode()
    assert "library-videos-heading" not in filtered
