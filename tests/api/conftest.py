"""Fixtures of the API tests: a small site with public and hidden content.

Built from factories for each test (no demo content): a project index with a live
project, a draft, an unpublished project and a section behind a password; documents
and images in the root collection and in a collection with a view restriction.
"""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.translation import translate_page
from tests.factories import ContentPageFactory
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory


class EchoCatalogue(dict):
    """Knows every string: the given translations, else ``EN <string>``."""

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return self.get(key, f"EN {key}")


def translate(page, catalogue=None):
    """Publish an English translation of ``page`` (its parent must be translated)."""
    return translate_page(page, "en", EchoCatalogue(catalogue or {}))


def api_get(client, path, host="localhost", **params):
    """GET an API address on ``host``; returns the response (``.json()`` for the body)."""
    return client.get(f"/api/v2/{path}", params, HTTP_HOST=host)


def ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def document(title, collection=None, name=None):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4\n", name=name or f"{title.lower()}.pdf"),
        file_size=9,
        file_format="pdf",
        collection=collection or Collection.get_first_root_node(),
    )


def image(title, collection=None):
    return wagtail_factories.ImageFactory(
        title=title,
        description=f"Beschreibung: {title}",
        collection=collection or Collection.get_first_root_node(),
    )


@pytest.fixture
def internal_collections(db):
    """``Intern`` (password-restricted) and ``Intern/Archiv`` below it."""
    internal = Collection.get_first_root_node().add_child(name="Intern")
    archive = internal.add_child(name="Archiv")
    CollectionViewRestriction.objects.create(
        collection=internal,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="geheim",
    )
    return internal, archive


@pytest.fixture
def files(internal_collections):
    internal, archive = internal_collections
    return {
        "public_document": document("Handreichung"),
        "internal_document": document("Protokoll", internal),
        "archived_document": document("Altes Protokoll", archive),
        "public_image": image("Gruppenfoto"),
        "internal_image": image("Internes Foto", internal),
        "archived_image": image("Archivfoto", archive),
    }


@pytest.fixture
def project_index(home_page):
    index = ProjectIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def pages(home_page, project_index):
    """Live, draft, unpublished and restricted pages under the project index."""
    live = ProjectPageFactory(parent=project_index, title="Öffentliches Projekt")
    live.save_revision().publish()

    draft = ProjectPageFactory(parent=project_index, title="Entwurf", live=False)
    draft.save_revision()

    unpublished = ProjectPageFactory(parent=project_index, title="Zurückgezogen")
    unpublished.save_revision().publish()
    unpublished.unpublish()

    section = ContentPageFactory(parent=home_page, title="Nur für Mitglieder")
    section.save_revision().publish()
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    below = ContentPageFactory(parent=section, title="Unter dem Passwort")
    below.save_revision().publish()

    return {
        "home": home_page,
        "index": project_index,
        "live": live,
        "draft": draft,
        "unpublished": unpublished,
        "section": section,
        "below": below,
    }
