"""The pages endpoint: only live, public pages of the request's site, in both languages."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction, Site

from home.models import Topic
from tests.api.conftest import api_get, ids, translate
from tests.factories import ContentPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db

HIDDEN = ("draft", "unpublished", "section", "below")


def test_the_listing_shows_live_pages_with_wagtails_fields(client, pages):
    response = api_get(client, "pages/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["meta"]["total_count"] == 3  # home, project index, live project
    by_id = {item["id"]: item for item in data["items"]}
    live = by_id[pages["live"].pk]
    assert live["title"] == "Öffentliches Projekt"
    assert live["meta"]["type"] == "projects.ProjectPage"
    assert live["meta"]["locale"] == "de"
    assert live["meta"]["html_url"] == pages["live"].full_url
    assert live["meta"]["detail_url"] == f"http://localhost/api/v2/pages/{pages['live'].pk}/"


def test_the_detail_view_of_a_live_page(client, pages):
    response = api_get(client, f"pages/{pages['live'].pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Öffentliches Projekt"
    assert data["meta"]["parent"]["id"] == pages["index"].pk


@pytest.mark.parametrize("name", HIDDEN)
def test_hidden_pages_are_neither_listed_nor_found(client, pages, name):
    page = pages[name]

    assert page.pk not in ids(api_get(client, "pages/"))
    assert page.pk not in ids(api_get(client, "pages/", type="projects.ProjectPage"))
    assert page.pk not in ids(api_get(client, "pages/", search=page.title))
    assert api_get(client, f"pages/{page.pk}/").status_code == 404
    assert api_get(client, "pages/find/", id=page.pk).status_code == 404


@pytest.mark.parametrize("parameter", ["child_of", "descendant_of", "ancestor_of"])
def test_a_restricted_section_cannot_be_reached_through_the_tree_filters(client, pages, parameter):
    response = api_get(client, "pages/", **{parameter: pages["section"].pk})

    assert response.status_code == 400
    assert "doesn't exist" in response.json()["message"]


def test_tree_filters_skip_hidden_pages(client, pages):
    assert ids(api_get(client, "pages/", child_of=pages["index"].pk)) == {pages["live"].pk}
    assert ids(api_get(client, "pages/", descendant_of=pages["home"].pk)) == {
        pages["index"].pk,
        pages["live"].pk,
    }
    assert ids(api_get(client, "pages/", child_of="root")) == {pages["index"].pk}


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
)
def test_other_restrictions_hide_a_section_too(client, pages, restriction_type):
    section = ContentPageFactory(parent=pages["home"], title="Intern")
    section.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=restriction_type
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Redaktion")[0])

    assert section.pk not in ids(api_get(client, "pages/"))
    assert api_get(client, f"pages/{section.pk}/").status_code == 404


def test_a_logged_in_editor_or_a_known_password_sees_no_more(client, pages):
    """The API ignores who asks: no session is read, a passed password does not count."""
    admin = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(admin)
    session = client.session
    restriction = PageViewRestriction.objects.get(page=pages["section"])
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    # The page itself now opens for this client ...
    assert client.get(pages["below"].url).status_code == 200

    # ... but the API still hides it.
    assert pages["below"].pk not in ids(api_get(client, "pages/"))
    assert api_get(client, f"pages/{pages['below'].pk}/").status_code == 404


def test_the_topic_filter_works_for_every_page_type_and_with_a_search(client, pages):
    Topic.objects.create(name="Führung", slug="fuehrung")
    tagged = ContentPageFactory(parent=pages["home"], title="Führung teilen")
    tagged.topics.add("Führung")
    tagged.save_revision().publish()
    pages["live"].topics.add("Führung")
    pages["live"].save_revision().publish()

    assert ids(api_get(client, "pages/", topic="fuehrung")) == {tagged.pk, pages["live"].pk}
    assert ids(api_get(client, "pages/", topic="fuehrung", type="home.ContentPage")) == {tagged.pk}
    assert ids(api_get(client, "pages/", topic="fuehrung", search="teilen")) == {tagged.pk}
    assert ids(api_get(client, "pages/", topic="fuehrung,gibt-es-nicht")) == set()


# Sites ------------------------------------------------------------------------------


@pytest.fixture
def second_site(pages, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "zweite.example"]
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Zweite Verwaltung")
    home.save_revision().publish()
    page = ContentPageFactory(parent=home, title="Seite der zweiten Verwaltung")
    page.save_revision().publish()
    Site.objects.create(hostname="zweite.example", port=80, root_page=home)
    return {"home": home, "page": page}


def test_each_host_lists_only_its_own_sites_pages(client, pages, second_site):
    first = ids(api_get(client, "pages/"))
    second = ids(api_get(client, "pages/", host="zweite.example"))

    assert second_site["page"].pk not in first
    assert second_site["home"].pk not in first
    assert second == {second_site["home"].pk, second_site["page"].pk}
    assert pages["live"].pk not in second


def test_another_sites_page_is_not_found_through_this_host(client, second_site):
    page = second_site["page"]

    assert api_get(client, f"pages/{page.pk}/").status_code == 404
    assert api_get(client, "pages/", child_of=second_site["home"].pk).status_code == 400
    assert api_get(client, f"pages/{page.pk}/", host="zweite.example").status_code == 200


def test_the_site_parameter_is_refused(client, second_site):
    response = api_get(client, "pages/", site="zweite.example")

    assert response.status_code == 400
    assert "site" in response.json()["message"]


# Languages -------------------------------------------------------------------------


@pytest.fixture
def english(pages):
    home = translate(pages["home"], {pages["home"].slug: "home"})
    index = translate(pages["index"])
    project = translate(pages["live"], {"Öffentliches Projekt": "Public project"})
    return {"home": home, "index": index, "live": project}


def test_the_listing_holds_both_languages_and_the_locale_filter_picks_one(client, pages, english):
    german = {pages["home"].pk, pages["index"].pk, pages["live"].pk}
    english_ids = {page.pk for page in english.values()}

    assert ids(api_get(client, "pages/")) == german | english_ids
    assert ids(api_get(client, "pages/", locale="de")) == german
    assert ids(api_get(client, "pages/", locale="en")) == english_ids
    listed = api_get(client, "pages/", locale="en", type="projects.ProjectPage").json()
    assert [item["title"] for item in listed["items"]] == ["Public project"]
    assert listed["items"][0]["meta"]["locale"] == "en"
    assert listed["items"][0]["meta"]["html_url"].startswith("http://localhost/en/")
    assert api_get(client, "pages/", locale="fr").status_code == 404


def test_translation_of_finds_the_other_language(client, pages, english):
    response = api_get(client, "pages/", translation_of=pages["live"].pk)

    assert ids(response) == {english["live"].pk}


def test_an_unpublished_translation_is_hidden(client, pages, english):
    english["live"].unpublish()

    assert english["live"].pk not in ids(api_get(client, "pages/", locale="en"))
    assert ids(api_get(client, "pages/", translation_of=pages["live"].pk)) == set()
