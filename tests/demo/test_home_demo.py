"""load_demo_content: German pages with English translations, idempotent, never overwriting."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import ContentPage, HomePage, SiteSettings
from tests.factories import ContentPageFactory


def counts():
    return {
        "pages": Page.objects.count(),
        "home": HomePage.objects.count(),
        "content": ContentPage.objects.count(),
        "revisions": sum(p.revisions.count() for p in Page.objects.all()),
    }


@pytest.mark.django_db
def test_demo_content_replaces_the_placeholder_and_translates(client, demo_content):
    site = demo_content
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "de"
    assert not Page.objects.filter(title__startswith="Welcome to").exists()

    english_home = home.get_translation(_en())
    assert english_home.live
    assert english_home.title == "Diversity in public administration"

    assert client.get("/").status_code == 200
    response = client.get("/en/")
    assert response.status_code == 200
    assert "<h1>Diversity in public administration</h1>" in response.content.decode()
    about = client.get("/en/about-this-service/")
    assert about.status_code == 200
    assert "<h1>About this service</h1>" in about.content.decode()
    german_about = client.get("/ueber-dieses-angebot/").content.decode()
    assert "<h1>Über dieses Angebot</h1>" in german_about


def _en():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


@pytest.mark.django_db
def test_demo_content_is_idempotent(demo_content):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_demo_content_keeps_editors_work(demo_content):
    site = demo_content
    home = site.root_page.specific
    about = home.get_children().get(slug="ueber-dieses-angebot").specific
    about.title = "Über uns (von der Redaktion geändert)"
    about.save_revision().publish()
    own = ContentPageFactory(parent=home, title="Eigene Seite", slug="eigene-seite")
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Stadt Musterstadt"
    settings.save()

    call_command("load_demo_content", verbosity=0)

    about.refresh_from_db()
    assert about.title == "Über uns (von der Redaktion geändert)"
    assert Page.objects.filter(pk=own.pk, title="Eigene Seite").exists()
    assert SiteSettings.for_site(site).organisation_name == "Stadt Musterstadt"
    assert ContentPage.objects.filter(slug="ueber-dieses-angebot").count() == 1


@pytest.mark.django_db
def test_demo_content_does_not_duplicate_a_page_an_editor_renamed(demo_content):
    home = demo_content.root_page.specific
    about = home.get_children().get(slug="ueber-dieses-angebot").specific
    about.slug = "ueber-uns"
    about.save_revision().publish()
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
    assert not ContentPage.objects.filter(slug="ueber-dieses-angebot", locale=home.locale).exists()


@pytest.mark.django_db
def test_demo_content_does_not_bring_back_a_deleted_page(demo_content):
    home = demo_content.root_page.specific
    about = home.get_children().get(slug="ueber-dieses-angebot")
    for page in about.get_translations(inclusive=True):
        page.delete()
    call_command("load_demo_content", verbosity=0)
    # Other content pages (Impressum, Datenschutz) stay; the about page is not made again.
    assert not ContentPage.objects.filter(translation_key=about.translation_key).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("home", "links"),
    [
        ("/", ["/projekte/berliner-netzwerke-fuer-vielfalt/", "/projekte/vielfalt-leben/"]),
        (
            "/en/",
            ["/en/projects/berlin-networks-for-diversity/", "/en/projects/vielfalt-leben/"],
        ),
    ],
)
def test_both_seed_pages_are_linked_from_the_home_page(client, demo_content, home, links):
    html = client.get(home).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    for link in links:
        assert f'href="{link}"' in main
        assert client.get(link).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "links"),
    [
        ("/", ("/projekte/berliner-netzwerke-fuer-vielfalt/", "/publikationen/", "/diversometer/")),
        ("/en/", ("/en/projects/", "/en/publications/", "/en/diversometer/")),
    ],
)
def test_home_page_highlights_link_the_seed_projects_the_library_and_the_diversometer(
    client, demo_content, url, links
):
    html = client.get(url).content.decode()
    highlights = html.split("<main", 1)[1]
    for link in links:
        assert f'href="{link}' in highlights, link
