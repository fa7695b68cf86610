"""Video pages: external addresses, validation, two-click consent, self-hosted files, serving."""

import json
import re
from datetime import timedelta
from html.parser import HTMLParser
from io import BytesIO
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.formats import file_description
from publications.blocks import CaptionsBlock, CaptionTrackBlock
from publications.consent import COOKIE_NAME
from publications.filetypes import UploadRefused, check_upload
from publications.forms import upload_limit
from publications.models import VideoPage
from publications.models.video import (
    MESSAGE_BOTH,
    MESSAGE_CAPTIONS,
    MESSAGE_NEITHER,
    publishing_problems,
)
from publications.serving import parse_range
from publications.videos import duration_label, iso_duration, parse_video_url
from tests.factories import ContentPageFactory, HomePageFactory
from tests.publications import media

Document = get_document_model()

YOUTUBE_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
EMBED_URL = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
WATCH_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
PRIVACY_URL = "https://policies.google.com/privacy"
# Anything a browser would contact for YouTube, Google or Vimeo.
PLATFORM_DOMAINS = re.compile(
    r"youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com"
    r"|gstatic\.com|vimeo\.com|vimeocdn\.com",
    re.IGNORECASE,
)


# Helpers --------------------------------------------------------------------------------


@pytest.fixture
def make_document(db, django_capture_on_commit_callbacks):
    """A library document, extracted as after an upload."""

    def make(name, data, title=None):
        with django_capture_on_commit_callbacks(execute=True):
            document = Document.objects.create(
                title=title or name, file=ContentFile(data, name=name)
            )
        document.refresh_from_db()
        return document

    return make


def video_page(parent, captions=(), **fields):
    """A published VideoPage under ``parent``; ``captions`` are ``(document, language)``."""
    values = {"title": "Was ist eigentlich Diversity?", "slug": "diversity", **fields}
    page = VideoPage(**values)
    page.captions = [
        ("track", {"document": document, "language": language, "kind": "captions"})
        for document, language in captions
    ]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class Attributes(HTMLParser):
    """Every element with its attributes, and the text of JSON-LD scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_json_ld = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))


def parse(response):
    parser = Attributes()
    parser.feed(response.content.decode())
    return parser


def elements(response, tag):
    return [attrs for name, attrs in parse(response).elements if name == tag]


def video_object(response):
    (data,) = [item for item in parse(response).json_ld[0] if item["@type"] == "VideoObject"]
    return data


def platform_references(response):
    """``(tag, attribute, value)`` for every attribute naming a video platform's address."""
    found = []
    for tag, attrs in parse(response).elements:
        for name, value in attrs.items():
            if value and PLATFORM_DOMAINS.search(value):
                found.append((tag, name, value))
    return found


# External addresses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "video_id", "embed"),
    [
        (YOUTUBE_URL, "dQw4w9WgXcQ", EMBED_URL),
        ("http://youtube.com/watch?v=dQw4w9WgXcQ&list=PL1", "dQw4w9WgXcQ", EMBED_URL),
        ("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "dQw4w9WgXcQ", EMBED_URL),
        ("https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ", EMBED_URL),
        ("https://youtu.be/dQw4w9WgXcQ?t=90", "dQw4w9WgXcQ", EMBED_URL + "?start=90"),
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s",
            "dQw4w9WgXcQ",
            EMBED_URL + "?start=90",
        ),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ", EMBED_URL),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ", EMBED_URL),
        ("https://www.youtube.com/live/dQw4w9WgXcQ?si=x", "dQw4w9WgXcQ", EMBED_URL),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ", EMBED_URL),
        ("  https://WWW.YouTube.com/watch?v=dQw4w9WgXcQ  ", "dQw4w9WgXcQ", EMBED_URL),
    ],
)
def test_youtube_addresses_embed_without_cookies(url, video_id, embed):
    video = parse_video_url(url)
    assert video.host.key == "youtube"
    assert video.host.name == "YouTube"
    assert video.video_id == video_id
    assert video.embed_url == embed
    assert video.watch_url.startswith(WATCH_URL)


@pytest.mark.parametrize(
    ("url", "embed", "watch"),
    [
        (
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
            "https://vimeo.com/76979871",
        ),
        (
            "https://vimeo.com/76979871/8a1b2c3d4e",
            "https://player.vimeo.com/video/76979871?h=8a1b2c3d4e&dnt=1",
            "https://vimeo.com/76979871/8a1b2c3d4e",
        ),
        (
            "https://player.vimeo.com/video/76979871?h=8a1b2c3d4e&autoplay=1",
            "https://player.vimeo.com/video/76979871?h=8a1b2c3d4e&dnt=1",
            "https://vimeo.com/76979871/8a1b2c3d4e",
        ),
        (
            "https://vimeo.com/channels/staffpicks/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
            "https://vimeo.com/76979871",
        ),
        (
            "https://vimeo.com/groups/motion/videos/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
            "https://vimeo.com/76979871",
        ),
        (
            "https://vimeo.com/showcase/123/video/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
            "https://vimeo.com/76979871",
        ),
    ],
)
def test_vimeo_addresses_embed_with_do_not_track(url, embed, watch):
    video = parse_video_url(url)
    assert video.host.key == "vimeo"
    assert video.video_id == "76979871"
    assert video.embed_url == embed
    assert video.watch_url == watch


@pytest.mark.parametrize(
    "url",
    [
        "",
        None,
        "https://www.berlin.de/sen/lads/",
        "https://youtube.com.example.org/watch?v=dQw4w9WgXcQ",
        "https://evil-youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com@example.org/watch?v=dQw4w9WgXcQ",
        "https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
        "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/channel/UC1234567890",
        "https://youtu.be/",
        "https://vimeo.com/about",
        "https://player.vimeo.com/76979871",
        "https://www.youtube.com:99999/watch?v=dQw4w9WgXcQ",
    ],
)
def test_other_addresses_are_not_embedded(url):
    assert parse_video_url(url) is None


# Durations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "label", "iso"),
    [
        (200, "3:20 Min.", "PT3M20S"),
        (59, "0:59 Min.", "PT59S"),
        (60, "1:00 Min.", "PT1M"),
        (3723, "1:02:03 Std.", "PT1H2M3S"),
        (3600, "1:00:00 Std.", "PT1H"),
        (0, "0:00 Min.", "PT0S"),
    ],
)
def test_durations_for_readers_and_schema_org(seconds, label, iso):
    duration = timedelta(seconds=seconds)
    assert duration_label(duration) == label
    assert iso_duration(duration) == iso


def test_no_duration():
    assert duration_label(None) == ""
    assert iso_duration(None) == ""


def test_file_labels_name_videos_and_captions():
    assert file_description("film.mp4", 12_300_000) == "MP4-Video (12,3 MB)"
    assert file_description("film.webm", 2_000_000) == "WebM-Video (2,0 MB)"
    assert file_description("film.vtt", 2_100) == "WebVTT-Untertitel (2,1 kB)"


# Validation -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_file_and_an_address_together_are_refused(make_document):
    page = VideoPage(title="Film", slug="film", video_file=make_document("film.mp4", media.mp4()))
    page.external_url = YOUTUBE_URL
    with pytest.raises(ValidationError) as caught:
        page.clean()
    assert caught.value.message_dict == {
        "video_file": [str(MESSAGE_BOTH)],
        "external_url": [str(MESSAGE_BOTH)],
    }
    assert str(MESSAGE_BOTH) == (
        "Bitte entweder eine Videodatei oder die Adresse eines externen Videos angeben, "
        "nicht beides."
    )


@pytest.mark.django_db
def test_the_video_file_must_be_a_video(make_document):
    page = VideoPage(
        title="Film", slug="film", video_file=make_document("film.vtt", media.vtt(), "Spur")
    )
    with pytest.raises(ValidationError) as caught:
        page.clean()
    assert caught.value.message_dict == {
        "video_file": [
            "„Spur“ ist keine Videodatei. Bitte ein Video im Format MP4 oder WebM wählen."
        ]
    }


def test_the_duration_must_be_positive():
    page = VideoPage(title="Film", slug="film", duration=timedelta(0))
    with pytest.raises(ValidationError) as caught:
        page.clean()
    assert caught.value.message_dict == {
        "duration": ["Bitte eine Dauer größer als null angeben, zum Beispiel 3:20."]
    }


@pytest.mark.django_db
def test_publishing_needs_a_source_and_captions_for_a_file(make_document):
    video = make_document("film.mp4", media.mp4())
    captions = [("track", {"document": make_document("film.vtt", media.vtt())})]
    stream = VideoPage(captions=captions).captions
    assert publishing_problems(None, "", [], False) == {"video_file": MESSAGE_NEITHER}
    assert str(MESSAGE_NEITHER) == (
        "Bitte eine Videodatei aus der Mediathek wählen oder die Adresse eines externen "
        "Videos angeben."
    )
    assert publishing_problems(video, "", [], False) == {"captions": MESSAGE_CAPTIONS}
    assert str(MESSAGE_CAPTIONS) == (
        "Bitte mindestens eine Untertiteldatei (WebVTT) hinzufügen oder „Video ohne Sprache“ "
        "ankreuzen. Gehörlose und schwerhörige Menschen brauchen Untertitel."
    )
    assert publishing_problems(video, "", [], True) == {}
    assert publishing_problems(video, "", stream, False) == {}
    # External platforms bring their own captions.
    assert publishing_problems(None, YOUTUBE_URL, [], False) == {}


@pytest.mark.django_db
def test_a_caption_track_must_be_a_webvtt_file(make_document):
    block = CaptionTrackBlock()
    pdf = make_document("flyer.txt", b"Ein Text.\n", "Flyer")
    with pytest.raises(ValidationError) as caught:
        block.clean({"document": pdf, "language": "de", "kind": "captions"})
    assert caught.value.block_errors["document"].messages == [
        "„Flyer“ ist keine Untertiteldatei. Bitte eine Datei im Format WebVTT (.vtt) wählen."
    ]
    vtt = make_document("film.vtt", media.vtt())
    assert block.clean({"document": vtt, "language": "de", "kind": "captions"})["document"] == vtt


@pytest.mark.django_db
def test_one_caption_file_per_language_and_kind(make_document):
    block = CaptionsBlock()
    first = make_document("a.vtt", media.vtt())
    second = make_document("b.vtt", media.vtt())
    value = block.to_python(
        [
            {"type": "track", "value": {"document": first.pk, "language": "de"}},
            {"type": "track", "value": {"document": second.pk, "language": "de"}},
        ]
    )
    with pytest.raises(ValidationError) as caught:
        block.clean(value)
    assert caught.value.non_block_errors.as_data()[0].messages == [
        "Für „Deutsch“ ist mehr als eine Untertiteldatei derselben Art gewählt. "
        "Bitte nur eine behalten."
    ]
    value = block.to_python(
        [
            {"type": "track", "value": {"document": first.pk, "language": "de"}},
            {"type": "track", "value": {"document": second.pk, "language": "en"}},
        ]
    )
    assert len(block.clean(value)) == 2


class TestEditing(WagtailPageTestCase):
    """In the admin: drafts may have gaps, publishing asks for a source and captions."""

    def setUp(self):
        self.login()
        self.home = HomePageFactory(parent=Page.get_first_root_node())
        self.video = Document.objects.create(
            title="Film", file=ContentFile(media.mp4(), name="film.mp4")
        )
        self.url = reverse(
            "wagtailadmin_pages:add", args=["publications", "videopage", self.home.pk]
        )

    def data(self, **overrides):
        data = {
            "title": "Neues Video",
            "slug": "neues-video",
            "intro": "Worum es geht.",
            "video_file": "",
            "captions": streamfield([]),
            "external_url": "",
            "duration": "3:20",
            "transcript": rich_text("<p>Was gesagt wird.</p>"),
            "body": streamfield([]),
            "allow_download": "on",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_the_add_form_opens_under_home_and_content_pages(self):
        response = self.client.get(self.url)
        assert response.status_code == 200
        content = response.content.decode()
        assert "Video aus der Mediathek" in content
        assert "Externes Video" in content
        content_page = ContentPageFactory(parent=self.home)
        self.assertCanCreateAt(type(self.home), VideoPage)
        self.assertCanCreateAt(type(content_page), VideoPage)

    def test_publishing_an_external_video(self):
        self.assertCanCreate(self.home, VideoPage, self.data(external_url=YOUTUBE_URL))
        page = VideoPage.objects.get(slug="neues-video")
        assert page.duration == timedelta(minutes=3, seconds=20)
        assert page.external_video.embed_url == EMBED_URL

    def test_publishing_without_a_source_is_refused_with_a_message(self):
        response = self.client.post(self.url, {**self.data(), "action-publish": "1"})
        assert response.status_code == 200
        assert response.context["form"].errors["video_file"] == [str(MESSAGE_NEITHER)]
        assert str(MESSAGE_NEITHER) in response.content.decode()
        assert not VideoPage.objects.exists()

    def test_a_draft_may_be_saved_without_a_source(self):
        response = self.client.post(self.url, self.data())
        assert response.status_code == 302
        assert VideoPage.objects.get().live is False

    def test_publishing_a_file_without_captions_is_refused_unless_it_has_no_speech(self):
        response = self.client.post(
            self.url, {**self.data(video_file=str(self.video.pk)), "action-publish": "1"}
        )
        assert response.status_code == 200
        # StreamField errors reach the page as JSON for the block editor.
        assert response.context["form"].errors["captions"] == [str(MESSAGE_CAPTIONS)]
        assert not VideoPage.objects.exists()
        response = self.client.post(
            self.url,
            {
                **self.data(video_file=str(self.video.pk), no_speech="on"),
                "action-publish": "1",
            },
        )
        assert response.status_code == 302
        assert VideoPage.objects.get().live

    def test_a_file_and_an_address_are_refused_even_in_a_draft(self):
        response = self.client.post(
            self.url, self.data(video_file=str(self.video.pk), external_url=YOUTUBE_URL)
        )
        assert response.status_code == 200
        assert "nicht beides" in response.content.decode()


# The consent placeholder ----------------------------------------------------------------


@pytest.mark.django_db
def test_the_placeholder_loads_nothing_from_the_platform(client, home_page):
    page = video_page(home_page, external_url=YOUTUBE_URL)
    response = client.get(page.url)
    assert response.status_code == 200
    assert elements(response, "iframe") == []
    # Only two plain links name the platform: watching there and its privacy policy.
    assert sorted(platform_references(response)) == sorted(
        [
            ("a", "href", WATCH_URL),
            ("a", "href", PRIVACY_URL),
            ("div", "data-embed-src", EMBED_URL),  # inert: read by the script after the click
        ]
    )
    for link in elements(response, "link"):
        assert not PLATFORM_DOMAINS.search(link.get("href", ""))
        assert link.get("rel") not in ("preconnect", "dns-prefetch", "preload", "prefetch")
    html = response.content.decode()
    assert "Video laden" in html
    assert "Videos von YouTube immer laden" in html
    assert "Datenschutzerklärung von YouTube" in html
    assert "„Was ist eigentlich Diversity?“ bei YouTube ansehen" in html
    (form,) = [
        attrs for attrs in elements(response, "form") if "video-consent__form" in attrs["class"]
    ]
    assert form["method"] == "post"
    assert form["action"] == reverse("video_consent")
    (withdraw,) = [attrs for attrs in elements(response, "form") if "data-video-withdraw" in attrs]
    assert "hidden" in withdraw
    assert "Cookie" in response["Vary"]


@pytest.mark.django_db
def test_the_placeholder_shows_the_editors_poster_not_the_platforms(client, home_page):
    poster = get_image_model().objects.create(title="Standbild", file=get_test_image_file())
    page = video_page(home_page, external_url=YOUTUBE_URL, poster=poster)
    response = client.get(page.url)
    (image,) = [
        attrs
        for attrs in elements(response, "img")
        if "video-consent__poster" in attrs.get("class", "")
    ]
    assert image["src"].startswith("/media/images/")
    assert image["alt"] == ""
    assert not PLATFORM_DOMAINS.search(image["src"])
    assert video_object(response)["thumbnailUrl"] == "http://testserver" + image["src"]


@pytest.mark.django_db
def test_loading_once_renders_the_privacy_friendly_player(client, home_page):
    page = video_page(home_page, external_url=YOUTUBE_URL)
    response = client.get(page.url + "?video=laden", HTTP_SEC_FETCH_SITE="same-origin")
    (iframe,) = elements(response, "iframe")
    assert iframe["src"] == EMBED_URL
    assert iframe["title"] == "Video bei YouTube: Was ist eigentlich Diversity?"
    assert iframe["referrerpolicy"] == "strict-origin-when-cross-origin"
    assert "allowfullscreen" in iframe
    assert [attrs for attrs in elements(response, "div") if "data-video-consent" in attrs] == []
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    # Nothing is remembered: the next view shows the placeholder again.
    assert COOKIE_NAME not in response.cookies
    assert elements(client.get(page.url), "iframe") == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("headers", "embedded"),
    [
        ({"HTTP_SEC_FETCH_SITE": "cross-site"}, False),
        ({"HTTP_SEC_FETCH_SITE": "none"}, False),  # typed or bookmarked
        ({"HTTP_SEC_FETCH_SITE": "same-origin"}, True),
        ({"HTTP_REFERER": "https://elsewhere.example/post"}, False),
        ({"HTTP_REFERER": "http://testserver/diversity/"}, True),
        ({}, False),  # sends neither: no proof of a click here, so no player
    ],
)
def test_a_link_from_elsewhere_cannot_load_the_player(client, home_page, headers, embedded):
    page = video_page(home_page, external_url=YOUTUBE_URL)
    response = client.get(page.url + "?video=laden", **headers)
    assert bool(elements(response, "iframe")) is embedded


@pytest.mark.django_db
def test_other_addresses_are_a_link_without_consent(client, home_page):
    url = "https://www.berlin.de/sen/lads/schwerpunkte/diversity/begriffe-und-konzepte/"
    page = video_page(home_page, external_url=url)
    response = client.get(page.url + "?video=laden")
    html = response.content.decode()
    assert elements(response, "iframe") == []
    assert "data-video-consent" not in html
    assert url in [attrs.get("href") for attrs in elements(response, "a")]
    assert "bei www.berlin.de, externe Website" in html


# The consent view -----------------------------------------------------------------------


@pytest.mark.django_db
def test_loading_once_redirects_back_without_storing_anything(home_page):
    page = video_page(home_page, external_url=YOUTUBE_URL)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("video_consent"),
        {"host": "youtube", "next": page.url},
        headers={"Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 302
    assert response["Location"] == page.url + "?video=laden#video"
    assert COOKIE_NAME not in response.cookies
    followed = client.get(response["Location"], HTTP_SEC_FETCH_SITE="same-origin")
    assert elements(followed, "iframe")[0]["src"] == EMBED_URL


@pytest.mark.django_db
def test_always_stores_the_platform_in_a_cookie(client, home_page):
    page = video_page(home_page, external_url=YOUTUBE_URL)
    response = client.post(
        reverse("video_consent"), {"host": "youtube", "next": page.url, "immer": "1"}
    )
    assert response.status_code == 302
    assert response["Location"] == page.url + "#video"
    cookie = response.cookies[COOKIE_NAME]
    assert cookie.value == "youtube"
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert int(cookie["max-age"]) == 365 * 24 * 60 * 60
    # From now on the player is there at once, with a way to withdraw.
    page_response = client.get(page.url)
    (iframe,) = elements(page_response, "iframe")
    assert iframe["src"] == EMBED_URL
    (withdraw,) = [a for a in elements(page_response, "form") if "data-video-withdraw" in a]
    assert "hidden" not in withdraw
    assert "Zustimmung widerrufen" in page_response.content.decode()
    # A video of another platform still waits for its own consent.
    other = video_page(home_page, slug="vimeo", external_url="https://vimeo.com/76979871")
    assert elements(client.get(other.url), "iframe") == []


@pytest.mark.django_db
def test_consent_posts_need_to_come_from_this_site(home_page):
    """No CSRF cookie or token (home.csrf): only the video_consent cookie is ever set."""
    page = video_page(home_page, external_url=YOUTUBE_URL)
    client = Client(enforce_csrf_checks=True)
    assert client.get(page.url).cookies == {}
    url = reverse("video_consent")
    for fields in ({}, {"immer": "1"}, {"aktion": "widerrufen"}):
        for headers in ({}, {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}):
            response = client.post(
                url, {"host": "youtube", "next": page.url, **fields}, headers=headers
            )
            assert response.status_code == 403
            assert response.cookies == {}
    response = client.post(
        url,
        {"host": "youtube", "next": page.url, "immer": "1"},
        headers={"Origin": "http://testserver"},
    )
    assert response.status_code == 302
    assert set(response.cookies) == {COOKIE_NAME}
    assert response.cookies[COOKIE_NAME].value == "youtube"


@pytest.mark.django_db
def test_the_view_takes_posts_for_known_platforms_only(client):
    url = reverse("video_consent")
    assert client.get(url).status_code == 405
    for host in ("", "example.org", "YouTube", "youtube.vimeo"):
        response = client.post(url, {"host": host, "next": "/", "immer": "1"})
        assert response.status_code == 400
        assert COOKIE_NAME not in response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example/",
        "http://testserver/diversity/",
        "javascript:alert(1)",
        "evil.example",
        "/\tevil",
        "",
    ],
)
def test_the_redirect_never_leaves_the_site(client, next_url):
    response = client.post(reverse("video_consent"), {"host": "youtube", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/?video=laden#video"


@pytest.mark.django_db
def test_the_redirect_keeps_the_pages_other_parameters(client):
    response = client.post(
        reverse("video_consent"),
        {"host": "vimeo", "next": "/en/videos/film/?seite=2&video=x&zustimmung=y"},
    )
    assert response["Location"] == "/en/videos/film/?seite=2&video=laden#video"


@pytest.mark.django_db
def test_withdrawing_removes_only_that_platform(client, home_page):
    page = video_page(home_page, external_url=YOUTUBE_URL)
    client.cookies[COOKIE_NAME] = "vimeo.youtube"
    response = client.post(
        reverse("video_consent"), {"host": "youtube", "next": page.url, "aktion": "widerrufen"}
    )
    assert response["Location"] == page.url + "?zustimmung=widerrufen#video"
    assert response.cookies[COOKIE_NAME].value == "vimeo"
    followed = client.get(response["Location"])
    assert elements(followed, "iframe") == []
    assert "Ihre Zustimmung ist widerrufen" in followed.content.decode()
    # The last platform gone, the cookie goes too.
    response = client.post(
        reverse("video_consent"), {"host": "vimeo", "next": page.url, "aktion": "widerrufen"}
    )
    assert response.cookies[COOKIE_NAME].value == ""
    assert response.cookies[COOKIE_NAME]["max-age"] == 0


@pytest.mark.django_db
def test_the_script_gets_json(client):
    url = reverse("video_consent")
    response = client.post(
        url, {"host": "youtube", "next": "/", "immer": "1"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert response.json() == {"host": "youtube", "remembered": True}
    assert response.cookies[COOKIE_NAME].value == "youtube"
    response = client.post(url, {"host": "vimeo", "next": "/"}, HTTP_ACCEPT="application/json")
    assert response.json() == {"host": "vimeo", "remembered": False}


def test_unknown_cookie_values_are_ignored(rf):
    from publications.consent import consented_hosts

    request = rf.get("/")
    request.COOKIES[COOKIE_NAME] = "youtube.<script>.example"
    assert consented_hosts(request) == {"youtube"}


# Self-hosted videos ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_self_hosted_video_plays_with_captions_and_can_be_downloaded(
    client, home_page, make_document
):
    video = make_document("film.mp4", media.mp4(), "Film")
    german = make_document("film-de.vtt", media.vtt())
    english = make_document("film-en.vtt", media.vtt())
    page = video_page(
        home_page,
        video_file=video,
        captions=[(german, "de"), (english, "en")],
        duration=timedelta(seconds=200),
        transcript="<p>Was gesagt wird.</p>",
    )
    response = client.get(page.url)
    html = response.content.decode()
    (player,) = elements(response, "video")
    assert "controls" in player
    assert player["preload"] == "none"
    (source,) = elements(response, "source")
    assert source == {"src": video.url, "type": "video/mp4"}
    assert elements(response, "track") == [
        {"kind": "captions", "src": german.url, "srclang": "de", "label": "Deutsch"},
        {"kind": "captions", "src": english.url, "srclang": "en", "label": "Englisch"},
    ]
    assert elements(response, "iframe") == []
    assert "data-video-consent" not in html
    assert '<time datetime="PT3M20S">3:20 Min.</time>' in html
    assert 'id="transkript"' in html
    assert "Was gesagt wird." in html
    downloads = [a for a in elements(response, "a") if a.get("href") == video.url]
    assert all("download" in a for a in downloads) and len(downloads) == 2
    assert f"MP4-Video ({video.file_size} Byte)" in html
    assert "WebVTT-Untertitel" in html
    assert not platform_references(response)


@pytest.mark.django_db
def test_the_download_link_is_optional(client, home_page, make_document):
    video = make_document("film.webm", media.webm())
    page = video_page(home_page, video_file=video, no_speech=True, allow_download=False)
    response = client.get(page.url)
    assert elements(response, "source")[0]["type"] == "video/webm"
    assert [a for a in elements(response, "a") if "downloads__link" in a.get("class", "")] == []
    assert "Herunterladen" not in response.content.decode()


# schema.org -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_json_ld_describes_an_external_video(client, home_page, make_document):
    captions = make_document("film.vtt", media.vtt())
    page = video_page(
        home_page,
        intro="Ein Erklärfilm.",
        external_url=YOUTUBE_URL,
        duration=timedelta(seconds=200),
        transcript="<p>Erster Satz.</p><p>Zweiter &amp; letzter Satz.</p>",
        captions=[(captions, "de")],
    )
    data = video_object(client.get(page.url))
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Was ist eigentlich Diversity?"
    assert data["description"] == "Ein Erklärfilm."
    assert data["duration"] == "PT3M20S"
    assert data["embedUrl"] == EMBED_URL
    assert "contentUrl" not in data
    assert data["url"] == page.full_url
    assert data["inLanguage"] == "de"
    page.refresh_from_db()
    assert data["uploadDate"] == page.first_published_at.isoformat()
    assert data["transcript"] == "Erster Satz.\nZweiter & letzter Satz."
    assert data["caption"] == [
        {
            "@type": "MediaObject",
            "contentUrl": f"http://testserver{captions.url}",
            "encodingFormat": "text/vtt",
            "inLanguage": "de",
        }
    ]


@pytest.mark.django_db
def test_json_ld_of_a_self_hosted_video(client, home_page, make_document):
    video = make_document("film.mp4", media.mp4())
    page = video_page(home_page, video_file=video, no_speech=True)
    data = video_object(client.get(page.url))
    assert data["contentUrl"] == f"http://testserver{video.url}"
    assert data["encodingFormat"] == "video/mp4"
    assert "embedUrl" not in data
    assert "duration" not in data


# Library documents: extraction, limits, serving ---------------------------------------


@pytest.mark.django_db
def test_captions_are_searchable_and_videos_are_not_flagged(make_document, home_page):
    captions = make_document("film.vtt", media.vtt())
    assert captions.extraction_status == "ok"
    assert captions.file_format == "vtt"
    assert "Vielfalt in der Verwaltung beginnt mit Zuhören." in captions.extracted_text
    assert list(Document.objects.search("Zuhören")) == [captions]
    video = make_document("film.mp4", media.mp4())
    assert video.extraction_status == "media"
    assert video.get_extraction_status_display() == "Mediendatei"
    assert "Untertiteldateien" in video.extraction_message
    assert video.extracted_text == ""
    page = video_page(home_page, video_file=video, captions=[(captions, "de")])
    assert "Zuhören" in page.caption_text()


def test_videos_have_their_own_size_limit(settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1000
    settings.VIDEO_MAX_UPLOAD_SIZE = 5000
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 5000
    assert upload_limit("Flyer.PDF") == 1000
    assert upload_limit("captions.vtt") == 1000
    assert upload_limit("film.mp4") == 5000
    assert upload_limit("film.webm") == 5000
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 3000
    assert upload_limit("film.mp4") == 3000
    video = media.mp4().ljust(2000, b"\x00")
    assert check_upload("film.mp4", BytesIO(video), upload_limit("film.mp4")) == "mp4"
    with pytest.raises(UploadRefused) as caught:
        check_upload("film.txt", BytesIO(b"x" * 2000), upload_limit("film.txt"))
    assert caught.value.code == "size"


@pytest.mark.django_db
def test_uploading_a_video_and_its_captions_in_the_admin(
    client, settings, django_capture_on_commit_callbacks
):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1000
    settings.VIDEO_MAX_UPLOAD_SIZE = 10_000
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10_000
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)

    def upload(name, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("wagtaildocs:add"),
                {
                    "title": name,
                    "file": SimpleUploadedFile(name, data),
                    "collection": Collection.get_first_root_node().pk,
                },
            )

    form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert "Videos höchstens 10 kB" in form
    assert upload("film.mp4", media.mp4().ljust(5000, b"\x00")).status_code == 302
    assert upload("film.vtt", media.vtt()).status_code == 302
    refused = upload("foto.mp4", media.heic())
    assert "ist aber kein Video im Format MP4" in refused.content.decode()
    refused = upload("gross.txt", b"Text\n" * 300)
    assert "ist 1,5 kB groß; erlaubt sind höchstens 1 kB" in refused.content.decode()
    assert sorted(Document.objects.values_list("file_format", "extraction_status")) == [
        ("mp4", "media"),
        ("vtt", "ok"),
    ]


@pytest.mark.django_db
def test_videos_and_captions_are_served_inline_with_byte_ranges(client, make_document):
    data = media.mp4()
    video = make_document("film.mp4", data)
    response = client.get(video.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content) == data

    partial = client.get(video.url, HTTP_RANGE="bytes=4-11")
    assert partial.status_code == 206
    assert partial["Content-Range"] == f"bytes 4-11/{len(data)}"
    assert partial["Content-Length"] == "8"
    assert partial["Content-Type"] == "video/mp4"
    assert partial["Content-Disposition"].startswith("inline")
    assert partial["Content-Security-Policy"] == "default-src 'none'"
    assert partial["ETag"] == response["ETag"]
    assert b"".join(partial.streaming_content) == b"ftypisom"

    tail = client.get(video.url, HTTP_RANGE="bytes=-4")
    assert b"".join(tail.streaming_content) == data[-4:]
    beyond = client.get(video.url, HTTP_RANGE=f"bytes={len(data)}-")
    assert beyond.status_code == 416
    assert beyond["Content-Range"] == f"bytes */{len(data)}"
    stale = client.get(video.url, HTTP_RANGE="bytes=0-3", HTTP_IF_RANGE='"old"')
    assert stale.status_code == 200

    captions = make_document("film.vtt", media.vtt())
    response = client.get(captions.url)
    assert response["Content-Type"] == "text/vtt"
    assert response["Content-Disposition"].startswith("inline")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-99", (0, 99)),
        ("bytes=10-", (10, 999)),
        ("bytes=990-5000", (990, 999)),
        ("bytes=-100", (900, 999)),
        ("bytes=-5000", (0, 999)),
        ("bytes=1000-", "unsatisfiable"),
        ("bytes=-0", "unsatisfiable"),
        ("bytes=5-1", None),
        ("bytes=0-1,5-9", None),
        ("bytes=-", None),
        ("items=0-1", None),
        ("bytes=a-b", None),
    ],
)
def test_range_headers(header, expected):
    assert parse_range(header, 1000) == expected


# Page tree ------------------------------------------------------------------------------


def test_where_video_pages_go():
    assert VideoPage.parent_page_types == [
        "home.HomePage",
        "home.ContentPage",
        "publications.PublicationIndexPage",
    ]
    assert VideoPage.subpage_types == []


def test_urls_of_the_consent_view():
    assert urlsplit(reverse("video_consent")).path == "/video-zustimmung/"


@pytest.mark.django_db
def test_refusing_a_range_does_not_finish_the_request_early(client, make_document):
    """Closing the replaced response would send request_finished mid-request (closing the
    database connection); the test client sends it exactly once, after the view."""
    from django.core.signals import request_finished

    data = media.mp4()
    video = make_document("film.mp4", data)
    sent = []

    def receiver(**kwargs):
        sent.append(kwargs)

    request_finished.connect(receiver)
    try:
        beyond = client.get(video.url, HTTP_RANGE=f"bytes={len(data)}-")
    finally:
        request_finished.disconnect(receiver)
    assert beyond.status_code == 416
    assert len(sent) == 1
