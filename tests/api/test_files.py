"""The documents and images endpoints: only files outside restricted collections."""

import json
import logging

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection, CollectionViewRestriction, Page, Site

from home.models import SiteSettings
from home.visibility import public_documents, public_images, restricted_collection_ids
from tests.api.conftest import api_get, document, ids, image
from tests.factories import ContentPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db


def test_documents_are_listed_with_the_serve_views_address(client, files):
    response = api_get(client, "documents/")

    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["id"] for item in items] == [files["public_document"].pk]
    document = files["public_document"]
    assert items[0]["title"] == "Handreichung"
    assert items[0]["meta"]["download_url"] == (
        f"http://localhost/documents/{document.pk}/handreichung.pdf"
    )
    assert items[0]["meta"]["detail_url"] == f"http://localhost/api/v2/documents/{document.pk}/"


def test_the_download_address_serves_the_file(client, files):
    url = api_get(client, "documents/").json()["items"][0]["meta"]["download_url"]

    response = client.get(url.removeprefix("http://localhost"))

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_documents_detail_has_its_file_facts_and_nothing_internal(client, files):
    document = files["public_document"]
    document.extracted_text = "Geheimer Entwurfstext"
    document.extraction_message = "Hinweis für die Redaktion"
    document.save()

    data = api_get(client, f"documents/{document.pk}/").json()

    assert data["file_format"] == "pdf"
    assert data["file_size"] == 9
    assert data["page_count"] is None
    assert "Geheimer" not in str(data)
    assert "Redaktion" not in str(data)
    assert not {"extracted_text", "extraction_status", "uploaded_by_user"} & set(data)


@pytest.mark.parametrize("name", ["internal_document", "archived_document"])
def test_documents_of_restricted_collections_are_hidden(client, files, name):
    document = files[name]

    assert document.pk not in ids(api_get(client, "documents/"))
    assert document.pk not in ids(api_get(client, "documents/", search="Protokoll"))
    assert api_get(client, f"documents/{document.pk}/").status_code == 404


def test_images_are_listed_with_absolute_addresses_and_descriptions(client, files):
    image = files["public_image"]

    items = api_get(client, "images/").json()["items"]
    assert [item["id"] for item in items] == [image.pk]

    data = api_get(client, f"images/{image.pk}/").json()
    assert data["title"] == "Gruppenfoto"
    assert data["description"] == "Beschreibung: Gruppenfoto"
    assert data["width"] == image.width
    assert data["meta"]["download_url"] == f"http://localhost{image.file.url}"


def test_documents_and_images_can_be_searched(client, files):
    found = ids(api_get(client, "documents/", search="Handreichung"))
    assert found == {files["public_document"].pk}
    assert ids(api_get(client, "images/", search="Gruppenfoto")) == {files["public_image"].pk}


@pytest.mark.parametrize("name", ["internal_image", "archived_image"])
def test_images_of_restricted_collections_are_hidden(client, files, name):
    image = files[name]

    assert image.pk not in ids(api_get(client, "images/"))
    assert api_get(client, f"images/{image.pk}/").status_code == 404


def test_an_editor_or_a_known_password_sees_no_more_files(client, files):
    admin = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(admin)
    session = client.session
    restriction = CollectionViewRestriction.objects.get()
    session[CollectionViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()

    assert ids(api_get(client, "documents/")) == {files["public_document"].pk}
    assert ids(api_get(client, "images/")) == {files["public_image"].pk}


def test_the_shared_rule_covers_restricted_collections_and_those_below(
    files, internal_collections, django_assert_num_queries
):
    internal, archive = internal_collections

    assert restricted_collection_ids() == {internal.pk, archive.pk}
    # The restrictions, the collections below them, the documents.
    with django_assert_num_queries(3):
        assert list(public_documents()) == [files["public_document"]]
    assert list(public_images()) == [files["public_image"]]


def test_without_restrictions_every_file_is_public(files):
    CollectionViewRestriction.objects.all().delete()

    assert restricted_collection_ids() == set()
    assert public_documents().count() == 3


# Sites --------------------------------------------------------------------------------


@pytest.fixture
def second_site(pages, files, settings):
    """A second site that claims the collection "Stadt Zwei" and uses a shared image."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "zweite.example"]
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Stadt Zwei", slug="zwei")
    home.save_revision().publish()
    site = Site.objects.create(hostname="zweite.example", port=80, root_page=home)
    own = Collection.get_first_root_node().add_child(name="Stadt Zwei")
    site_settings = SiteSettings.for_site(site)
    site_settings.collection = own
    site_settings.save()

    shared_image = image("Gemeinsames Bild")
    page = ContentPageFactory(
        parent=home,
        title="Mit Bild",
        body=json.dumps(
            [
                {
                    "type": "image",
                    "value": {
                        "image": shared_image.pk,
                        "alt_text": "Ein Bild",
                        "decorative": False,
                        "caption": "",
                        "credit": "",
                    },
                }
            ]
        ),
    )
    page.save_revision().publish()
    return {
        "document": document("Plan der Stadt", own),
        "image": image("Rathaus", own),
        "shared_image": shared_image,
    }


def test_each_host_lists_the_files_of_its_own_site(client, files, second_site):
    first_documents = ids(api_get(client, "documents/"))
    second_documents = ids(api_get(client, "documents/", host="zweite.example"))
    first_images = ids(api_get(client, "images/"))
    second_images = ids(api_get(client, "images/", host="zweite.example"))

    # The default site keeps the files no other site claims, the second site its own ...
    assert first_documents == {files["public_document"].pk}
    assert second_documents == {second_site["document"].pk}
    assert second_site["image"].pk not in first_images
    assert files["public_image"].pk not in second_images
    # ... and the files its live pages use.
    assert second_images == {second_site["image"].pk, second_site["shared_image"].pk}
    assert second_site["shared_image"].pk in first_images

    document = second_site["document"]
    assert api_get(client, f"documents/{document.pk}/").status_code == 404
    assert api_get(client, f"documents/{document.pk}/", host="zweite.example").status_code == 200


UNREACHABLE_ELASTICSEARCH = {
    "BACKEND": "wagtail.search.backends.elasticsearch8",
    # Nothing listens on port 9 of the loopback interface.
    "URLS": ["http://127.0.0.1:9"],
    "TIMEOUT": 2,
    "OPTIONS": {"max_retries": 0},
    "AUTO_UPDATE": False,
}


def test_a_search_falls_back_to_the_database_when_elasticsearch_is_down(
    client, files, pages, settings, caplog
):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": UNREACHABLE_ELASTICSEARCH,
        "fallback": dict(settings.DATABASE_SEARCH),
    }
    with caplog.at_level(logging.WARNING, logger="config.api"):
        documents = api_get(client, "documents/", search="Handreichung")
        found_pages = api_get(client, "pages/", search="Projekt")
    assert ids(documents) == {files["public_document"].pk}
    assert pages["live"].pk in ids(found_pages)
    for response in (documents, found_pages):
        assert response["X-Search-Fallback"] == "database"
    assert "search server unreachable" in caplog.text
    # Without the server down, no header.
    settings.WAGTAILSEARCH_BACKENDS = {"default": dict(settings.DATABASE_SEARCH)}
    assert "X-Search-Fallback" not in api_get(client, "documents/", search="Handreichung")
