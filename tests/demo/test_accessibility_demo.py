"""The demo content has the accessibility statement, Leichte Sprache, Gebärdensprache,
Impressum and Datenschutz in German and English, linked from every page."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from accessibility import demo_texts
from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage
from home.models import ContentPage, SiteSettings

PAGES = {
    "statement": (AccessibilityStatementPage, "/barrierefreiheit/", "/en/accessibility/"),
    "easy": (EasyLanguagePage, "/leichte-sprache/", "/en/easy-read/"),
    "sign": (SignLanguagePage, "/gebaerdensprache/", "/en/sign-language/"),
    "imprint": (ContentPage, "/impressum/", "/en/legal-notice/"),
    "privacy": (ContentPage, "/datenschutz/", "/en/privacy/"),
}


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.django_db
@pytest.mark.parametrize("key", PAGES)
def test_each_page_exists_in_german_and_english(client, demo_content, key):
    model, german_url, english_url = PAGES[key]
    pages = {}
    for url in (german_url, english_url):
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.context["page"]  # a repeated request comes from the cache
        assert isinstance(pages[url], model)
    german = pages[german_url]
    english = german.get_translation(Locale.objects.get(language_code="en"))
    assert english.live and english.url == english_url


@pytest.mark.django_db
def test_site_settings_link_every_page(demo_content):
    settings = SiteSettings.for_site(demo_content)
    assert settings.easy_language_page.specific_class is EasyLanguagePage
    assert settings.sign_language_page.specific_class is SignLanguagePage
    assert settings.accessibility_statement_page.specific_class is AccessibilityStatementPage
    assert settings.imprint_page.url == "/impressum/"
    assert settings.privacy_page.url == "/datenschutz/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "header", "footer"),
    [
        (
            "/",
            [
                'href="/leichte-sprache/">Leichte Sprache<',
                'href="/gebaerdensprache/">Gebärdensprache<',
            ],
            [
                'href="/impressum/">Impressum<',
                'href="/datenschutz/">Datenschutz<',
                'href="/barrierefreiheit/">Erklärung zur Barrierefreiheit<',
                'href="/barriere-melden/?seite=%2F">Barriere melden<',
            ],
        ),
        (
            "/en/about-this-service/",
            ['href="/en/easy-read/"', 'href="/en/sign-language/"'],
            [
                'href="/en/legal-notice/"',
                'href="/en/privacy/"',
                'href="/en/accessibility/"',
                'href="/en/barriere-melden/?seite=%2Fen%2Fabout-this-service%2F"',
            ],
        ),
    ],
)
def test_header_and_footer_links_in_both_languages(client, demo_content, url, header, footer):
    html = client.get(url).content.decode()
    head = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    foot = html.split('<footer class="site-footer">', 1)[1].split("</footer>", 1)[0]
    for snippet in header:
        assert snippet in head
    for snippet in footer:
        assert snippet in foot


@pytest.mark.django_db
def test_statement_shows_every_bitv_element(client, demo_content):
    html = client.get("/barrierefreiheit/").content.decode()
    text = text_of(html)
    assert (
        "Diese Website ist wegen der folgenden Unvereinbarkeiten und Ausnahmen nur teilweise "
        "mit § 3 Absätze 1 bis 4 und § 4 der BITV 2.0 vereinbar." in text
    )
    assert "Videos in Deutscher Gebärdensprache" in text
    assert "Unvereinbarkeiten mit den Anforderungen" in text
    assert "Inhalte, die nicht unter die Anforderungen fallen" in text
    assert "Barrierefreie Alternative" in text
    assert "Erstellt am" in text and "Selbstbewertung" in text
    # The feedback contact falls back to the site's contact, and the form is on the page.
    assert 'href="mailto:vielfalt@example.org"' in html
    assert 'action="/barriere-melden/"' in html
    assert 'href="https://www.schlichtungsstelle-bgg.de"' in html
    assert "Beispiel: Für Stellen des Bundes" in text


@pytest.mark.django_db
def test_easy_language_page_has_the_four_bitv_sections(client, demo_content):
    html = client.get("/leichte-sprache/").content.decode()
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    for (german, _english), _parts in demo_texts.EASY_LANGUAGE_SECTIONS[:4]:
        assert german in headings
    assert "Eine Prüf-Gruppe hat den Text nicht geprüft." in html


@pytest.mark.django_db
def test_sign_language_page_says_the_videos_are_missing(client, demo_content):
    html = client.get("/gebaerdensprache/").content.decode()
    assert html.count("Video in Deutscher Gebärdensprache folgt.") == 4
    assert "<video" not in html
    for (title, _english), (text, _text_en) in demo_texts.SIGN_LANGUAGE_VIDEOS:
        assert title in html
        assert text in html
    english = client.get("/en/sign-language/").content.decode()
    assert "German Sign Language (DGS)" in english


@pytest.mark.django_db
def test_legal_pages_say_they_are_examples(client, demo_content):
    imprint = client.get("/impressum/").content.decode()
    assert demo_texts.EXAMPLE[0] in imprint
    privacy = text_of(client.get("/datenschutz/").content.decode())
    assert "Dies ist ein Beispieltext der Demo-Inhalte." in privacy
    assert "„video_consent“" in privacy
    english = text_of(client.get("/en/privacy/").content.decode())
    assert "“video_consent”" in english


@pytest.mark.django_db
def test_loading_again_changes_nothing(demo_content):
    before = {
        model.__name__: model.objects.count()
        for model in (AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage, ContentPage)
    }
    call_command("load_demo_content", verbosity=0)
    after = {
        model.__name__: model.objects.count()
        for model in (AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage, ContentPage)
    }
    assert after == before
    assert before["AccessibilityStatementPage"] == 2
