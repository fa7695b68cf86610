"""German and English: translation through wagtail-localize, URLs, switcher, error pages."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error
from wagtail.models import Locale

from home.templatetags.site_tags import language_links
from home.translation import IncompleteTranslation, translate_page
from tests.factories import ContentPageFactory

HOME_EN = {"Startseite": "Home"}


def english_home(home_page):
    catalogue = {"Startseite": "Home", home_page.slug: "home", home_page.intro: "Home intro."}
    return translate_page(home_page, "en", catalogue)


@pytest.fixture
def translated_pair(home_page):
    """A German content page and its English translation made through wagtail-localize."""
    english_home(home_page)
    german = ContentPageFactory(
        parent=home_page,
        title="Chancengleichheit",
        slug="chancengleichheit",
        intro="Gleiche Chancen für alle.",
        show_in_menus=True,
        body=[("heading", {"text": "Worum es geht", "level": "h2"})],
    )
    english = translate_page(
        german,
        "en",
        {
            "Chancengleichheit": "Equal opportunities",
            "chancengleichheit": "equal-opportunities",
            "Gleiche Chancen für alle.": "Equal chances for everyone.",
            "Worum es geht": "What it is about",
        },
    )
    return german, english


@pytest.mark.django_db
def test_translated_page_renders_under_en(client, translated_pair):
    german, english = translated_pair
    assert english.locale.language_code == "en"
    assert english.live
    assert english.url == "/en/equal-opportunities/"
    assert german.url == "/chancengleichheit/"

    response = client.get("/en/equal-opportunities/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Equal opportunities</h1>" in html
    assert "<h2>What it is about</h2>" in html
    assert "Chancengleichheit" not in html.split("<main", 1)[1].split("</main>", 1)[0]

    german_html = client.get("/chancengleichheit/").content.decode()
    assert '<html lang="de">' in german_html
    assert "<h1>Chancengleichheit</h1>" in german_html


@pytest.mark.django_db
def test_language_switcher_links_to_the_translation(client, translated_pair):
    html = client.get("/chancengleichheit/").content.decode()
    assert '<a href="/en/equal-opportunities/" lang="en" hreflang="en">English</a>' in html
    html = client.get("/en/equal-opportunities/").content.decode()
    assert '<a href="/chancengleichheit/" lang="de" hreflang="de">Deutsch</a>' in html
    assert '<link rel="alternate" hreflang="en"' in html


@pytest.mark.django_db
def test_language_switcher_falls_back_to_the_english_home_page(client, home_page):
    english_home(home_page)
    untranslated = ContentPageFactory(parent=home_page, title="Nur Deutsch", slug="nur-deutsch")
    html = client.get(untranslated.url).content.decode()
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html
    request = RequestFactory().get(untranslated.url)
    with translation.override("de"):
        links = {link["code"]: link for link in language_links(request, untranslated)}
    assert links["en"]["url"] == "/en/"
    assert links["en"]["is_translation"] is False
    assert links["de"]["current"] is True


@pytest.mark.django_db
def test_partial_catalogue_saves_nothing(home_page):
    english_home(home_page)
    page = ContentPageFactory(parent=home_page, title="Vielfalt", slug="vielfalt", intro="Text.")
    with pytest.raises(IncompleteTranslation, match="Text."):
        translate_page(page, "en", {"Vielfalt": "Diversity", "vielfalt": "diversity"})
    assert page.get_translations().count() == 0


@pytest.mark.django_db
def test_interface_strings_are_translated(client, translated_pair):
    html = client.get("/en/equal-opportunities/").content.decode()
    assert "Skip to content" in html
    assert 'aria-label="Main navigation"' in html
    html = client.get("/chancengleichheit/").content.decode()
    assert "Zum Inhalt springen" in html
    assert 'aria-label="Hauptnavigation"' in html


@pytest.mark.django_db
def test_404_page_in_both_languages(client, home_page):
    english_home(home_page)
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "<h1>Seite nicht gefunden</h1>" in html

    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Page not found</h1>" in html
    assert 'href="/en/"' in html


def test_500_page_in_both_languages():
    request = RequestFactory().get("/")
    with translation.override("de"):
        html = server_error(request).content.decode()
    assert '<html lang="de">' in html
    assert "<h1>Technischer Fehler</h1>" in html
    with translation.override("en"):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="en">' in html
    assert "<h1>Technical error</h1>" in html
    assert 'href="/en/"' in html


@pytest.mark.django_db
def test_admin_speaks_german_to_german_users(client):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert "Seiten" in html


@pytest.mark.django_db
def test_both_locales_exist():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"de", "en"}
