"""'Neue Seite aus Vorlage': Wagtail's copy, language-aware, as drafts, never a blueprint."""

import pytest
from wagtail.models import Page

from blueprints.archive import BlueprintRefused
from blueprints.copying import copy_blueprint
from blueprints.models import Blueprint
from projects.models import ProjectIndexPage
from tests.blueprints.helpers import state

pytestmark = pytest.mark.django_db


def test_the_copy_is_a_draft_with_the_blueprints_latest_revision(sample, home_page):
    page = sample["page"]
    Blueprint.objects.create(page=page)
    draft = page.get_latest_revision_as_object()
    draft.intro = "Noch nicht veröffentlicht."
    draft.save_revision()

    result = copy_blueprint(page, home_page, translations=False)

    copy = result.root.specific
    assert not copy.live
    assert copy.get_latest_revision_as_object().intro == "Noch nicht veröffentlicht."
    assert copy.translation_key != page.translation_key
    assert list(copy.topics.all()) == [sample["topic"]]
    assert not Blueprint.objects.filter(page=copy).exists()
    assert Page.objects.get(pk=page.pk).specific.intro == "Intro."


def test_translations_follow_into_the_parents_languages(sample, home_page, english_home):
    result = copy_blueprint(sample["page"], home_page, title="Netzwerk Süd")
    german, english = result.pages
    assert german.title == "Netzwerk Süd"
    assert german.slug == "netzwerk-sud"
    assert english.title == "Blueprint network"
    assert english.slug == "blueprint-network-2"
    assert english.locale.language_code == "en"
    assert english.get_parent().pk == english_home.pk
    assert german.translation_key == english.translation_key


def test_languages_without_a_parent_are_reported(sample):
    result = copy_blueprint(sample["page"], sample["contact"])
    assert [page.title for page in result.pages] == ["Vorlage Netzwerk"]
    assert "„Kontakt“ gibt es nicht in der Sprache „English“" in result.skipped[0]


def test_an_english_parent_gets_the_english_version(sample, english_home):
    result = copy_blueprint(sample["page"], english_home, translations=False)
    assert result.root.title == "Blueprint network"
    assert result.root.locale.language_code == "en"


def test_subpages_come_along_when_asked(sample, home_page):
    result = copy_blueprint(sample["page"], home_page, subtree=True, translations=False)
    assert [page.title for page in result.pages] == ["Vorlage Netzwerk", "Unterseite"]
    assert result.pages[1].get_parent().pk == result.root.pk


def test_page_types_and_permissions_are_checked(sample, home_page, limited_editor):
    index = home_page.add_child(instance=ProjectIndexPage(title="Projekte", slug="projekte"))
    before = state()
    with pytest.raises(BlueprintRefused) as refused:
        copy_blueprint(sample["page"], index)
    assert "kann nicht unter „Projekte“" in refused.value.messages[0]
    with pytest.raises(BlueprintRefused) as refused:
        copy_blueprint(sample["page"], home_page, user=limited_editor)
    assert refused.value.messages == ["Sie dürfen unter „Startseite“ keine Seiten anlegen."]
    assert state() == before


def test_inline_rows_of_translations_share_their_new_keys(home_page, english_home, english):
    from publications.models import PublicationDocument, PublicationIndexPage, PublicationPage
    from tests.blueprints.helpers import document

    library = home_page.add_child(instance=PublicationIndexPage(title="Bibliothek", slug="bib"))
    library.save_revision().publish()
    english_library = library.copy_for_translation(english)
    english_library.save_revision().publish()
    handout = document()
    publication = library.add_child(
        instance=PublicationPage(
            title="Flyer",
            slug="flyer",
            publication_type="flyer",
            teaser="Kurz.",
            publisher="LADS",
            year=2020,
            documents=[PublicationDocument(document=handout)],
        )
    )
    publication.save_revision().publish()
    english_publication = publication.copy_for_translation(english)
    english_publication.save_revision().publish()

    result = copy_blueprint(publication, library)

    german_rows = list(PublicationDocument.objects.filter(page=result.pages[0]))
    english_rows = list(PublicationDocument.objects.filter(page=result.pages[1]))
    assert german_rows[0].translation_key == english_rows[0].translation_key
    assert german_rows[0].translation_key != publication.documents.get().translation_key
    assert english_rows[0].locale.language_code == "en"
