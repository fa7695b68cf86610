"""The demo content has both seed videos as video pages, in German and English."""

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Locale

from publications import demo_videos
from publications.models import PublicationIndexPage, VideoPage


def counts():
    return {
        "videos": VideoPage.objects.count(),
        "documents": get_document_model().objects.count(),
        "revisions": sum(page.revisions.count() for page in VideoPage.objects.all()),
    }


@pytest.mark.django_db
def test_both_videos_exist_in_german_and_english(demo_content):
    english = Locale.objects.get(language_code="en")
    for video in demo_videos.VIDEOS:
        german = VideoPage.objects.get(slug=video.fields["slug"], locale__language_code="de")
        assert german.live
        library = german.get_parent().specific
        assert isinstance(library, PublicationIndexPage)
        assert library.get_parent().specific == demo_content.root_page.specific
        translated = german.get_translation(english)
        assert translated.live
        assert translated.title == video.english[german.title]
    assert VideoPage.objects.count() == 4


@pytest.mark.django_db
def test_the_thuringian_video_waits_for_consent(client, demo_content):
    response = client.get("/publikationen/video-zwei-thueringer-landratsaemter/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Zwei Thüringer Landratsämter gehen neue Wege</h1>" in html
    assert "<iframe" not in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/BEISPIEL-ID"' in html
    assert "Videos von YouTube immer laden" in html
    # The example address and the summary say what they are.
    assert "Die Adresse des Videos ist ein Beispiel" in html
    assert "Zusammenfassung (kein wörtliches Transkript):" in html
    assert "Untertitel: Deutsch" in html
    loaded = client.get(
        "/publikationen/video-zwei-thueringer-landratsaemter/?video=laden",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert 'src="https://www.youtube-nocookie.com/embed/BEISPIEL-ID"' in loaded.content.decode()


@pytest.mark.django_db
def test_the_berlin_explainer_links_to_the_lads_page(client, demo_content):
    response = client.get("/publikationen/video-was-ist-eigentlich-diversity/")
    html = response.content.decode()
    assert f'href="{demo_videos.LADS_VIDEO_URL}"' in html
    assert "bei www.berlin.de, externe Website" in html
    assert "data-video-consent" not in html
    assert "<iframe" not in html


@pytest.mark.django_db
def test_english_pages(client, demo_content):
    response = client.get("/en/publications/video-two-thuringian-district-offices/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Two Thuringian district offices break new ground</h1>" in html
    assert "Summary (not a word-for-word transcript):" in html
    response = client.get("/en/publications/video-what-is-diversity-anyway/")
    assert "<h1>What is diversity anyway?</h1>" in response.content.decode()


@pytest.mark.django_db
def test_the_example_captions_are_searchable_documents(demo_content):
    for video in demo_videos.VIDEOS:
        document = demo_videos.caption_document(video)
        assert document.file_format == "vtt"
        assert document.extraction_status == "ok"
        assert document.extracted_text.startswith(demo_videos.CAPTIONS_NOTE)
        page = VideoPage.objects.get(slug=video.fields["slug"])
        assert [track.document for track in page.caption_tracks()] == [document]


@pytest.mark.django_db
def test_loading_twice_changes_nothing(demo_content):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
