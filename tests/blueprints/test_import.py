"""Import: drafts under the chosen parent, translations, remapped references, the report."""

import io

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from blueprints.archive import BlueprintRefused
from blueprints.importer import import_archive
from home.models import ContentPage, Topic
from projects.models import ProjectIndexPage
from tests.blueprints.helpers import export, forget_files, state

pytestmark = pytest.mark.django_db


def run(data, parent, user=None):
    return import_archive(io.BytesIO(data), parent, user=user)


def by_title(report):
    return {page.title: page for page in report.pages}


def test_pages_are_drafts_under_the_parent_and_its_translation(sample, home_page, english_home):
    report = run(export(sample["page"], subtree=True), home_page)

    pages = by_title(report)
    assert set(pages) == {"Vorlage Netzwerk", "Blueprint network", "Unterseite", "Subpage"}
    assert all(not page.live and page.has_unpublished_changes for page in report.pages)
    assert pages["Vorlage Netzwerk"].get_parent().pk == home_page.pk
    assert pages["Blueprint network"].get_parent().pk == english_home.pk
    assert pages["Unterseite"].get_parent().pk == pages["Vorlage Netzwerk"].pk
    assert pages["Subpage"].get_parent().pk == pages["Blueprint network"].pk
    # New translation keys, shared between the languages of one page.
    assert pages["Vorlage Netzwerk"].translation_key == pages["Blueprint network"].translation_key
    assert pages["Vorlage Netzwerk"].translation_key != sample["page"].translation_key
    assert pages["Blueprint network"].locale.language_code == "en"
    # Same installation: the slug was taken, the files are reused.
    assert pages["Vorlage Netzwerk"].slug == "vorlage-netzwerk-2"
    assert any("vorlage-netzwerk-2" in note for note in report.notes)
    assert (report.images_reused, report.documents_reused) == (1, 1)
    assert (report.images_created, report.documents_created) == (0, 0)
    # Each draft has a revision, so the editor opens what was imported.
    assert pages["Vorlage Netzwerk"].get_latest_revision() is not None


def test_content_fields_and_topics_arrive(sample, home_page):
    report = run(export(sample["page"], translations=False), home_page)
    page = report.root.specific
    assert page.intro == "Intro."
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "image",
        "downloads",
        "call_to_action",
    ]
    assert page.body[2].value["image"] == sample["image"]
    assert page.body[3].value["items"][0]["document"] == sample["document"]
    assert list(page.topics.all()) == [sample["topic"]]


def test_links_inside_the_blueprint_point_to_the_copies(sample, home_page):
    report = run(export(sample["page"], subtree=True), home_page)
    pages = by_title(report)
    new_page, new_child = pages["Vorlage Netzwerk"].specific, pages["Unterseite"].specific
    paragraph = new_page.body[1].value.source
    assert f'<a linktype="page" id="{new_child.pk}">Unterseite</a>' in paragraph
    # Outside the blueprint, in the same installation: the existing page.
    assert f'<a linktype="page" id="{sample["contact"].pk}">Kontakt</a>' in paragraph
    assert new_page.body[4].value["link"]["page"].pk == sample["contact"].pk
    assert f'id="{new_page.pk}"' in new_child.body[0].value.source
    # The English copy links to the German copies, shown in English as before.
    english = pages["Blueprint network"].specific
    assert f'linktype="page" id="{new_child.pk}"' in english.body[1].value.source


def test_another_installation_gets_files_and_addresses_for_outside_links(sample, home_page):
    data = export(sample["page"], translations=False)
    old_contact_url = sample["contact"].get_full_url()
    sample["contact"].delete()
    forget_files()

    report = run(data, home_page)

    page = report.root.specific
    image = get_image_model().objects.get()
    document = get_document_model().objects.get()
    assert (report.images_created, report.documents_created) == (1, 1)
    assert image.title == "Gruppenfoto"
    assert image.description == "Menschen im Gespräch"
    assert list(image.tags.names()) == ["Veranstaltung"]
    assert document.language == "de"
    assert document.file.read().startswith(b"%PDF-")
    assert page.body[2].value["image"] == image
    paragraph = page.body[1].value.source
    assert f'<a linktype="document" id="{document.pk}">' in paragraph
    # Paragraphs allow no images (home.blocks.RICH_TEXT_FEATURES): the editor drops them too.
    assert "embed" not in paragraph
    assert f'<a href="{old_contact_url}">Kontakt</a>' in paragraph
    link = page.body[4].value["link"]
    assert link["page"] is None
    assert link["url"] == old_contact_url
    assert any("Kontakt" in message and old_contact_url in message for message in report.links)


def test_missing_topics_are_created_with_their_english_name(sample, home_page):
    data = export(sample["page"], translations=False)
    sample["topic"].delete()
    report = run(data, home_page)
    topic = Topic.objects.get(name="Willkommenskultur")
    assert topic.name_en == "Welcome culture"
    assert list(report.root.specific.topics.all()) == [topic]
    assert report.topics_created == ["Willkommenskultur"]


def test_unmapped_snippets_are_reported_and_left_empty(home_page):
    from networks.models import Organisation
    from networks.models.best_practice import BestPracticeIndexPage, BestPracticePage

    organisation = Organisation.objects.create(name="Stadt Musterstadt")
    index = home_page.add_child(instance=BestPracticeIndexPage(title="Gute Praxis", slug="gp"))
    practice = index.add_child(
        instance=BestPracticePage(
            title="Beispiel",
            slug="beispiel",
            intro="Kurz.",
            what_was_done="<p>Viel.</p>",
            organisation=organisation,
        )
    )
    data = export(practice, translations=False)

    mapped = run(data, index)
    assert mapped.root.specific.organisation == organisation
    assert mapped.unmapped == []

    organisation.name = "Stadt Anderswo"
    organisation.save()
    report = run(data, index)
    assert report.root.specific.organisation is None
    assert len(report.unmapped) == 1
    assert "Organisation „Stadt Musterstadt“ gibt es hier nicht" in report.unmapped[0]
    assert "„Beispiel“ (de), organisation" in report.unmapped[0]


def test_translations_are_skipped_where_the_parent_has_none(sample):
    contact = sample["contact"]
    report = run(export(sample["page"]), contact)
    assert [page.title for page in report.pages] == ["Vorlage Netzwerk"]
    assert any(
        "„Kontakt“ gibt es nicht in der Sprache „English“" in item for item in report.skipped
    )


def test_a_parent_in_another_language_takes_that_language_first(sample, home_page, english_home):
    report = run(export(sample["page"]), english_home)
    assert [(page.title, page.locale.language_code) for page in report.pages] == [
        ("Blueprint network", "en"),
        ("Vorlage Netzwerk", "de"),
    ]
    assert report.pages[1].get_parent().pk == home_page.pk


def test_only_german_blueprint_under_an_english_parent_becomes_english(sample, english_home):
    report = run(export(sample["page"], translations=False), english_home)
    assert report.root.locale == Locale.objects.get(language_code="en")
    assert report.root.title == "Vorlage Netzwerk"
    assert any("wurde dort angelegt" in note for note in report.notes)


def test_page_types_must_be_allowed_under_the_parent(sample, home_page):
    index = home_page.add_child(instance=ProjectIndexPage(title="Projekte", slug="projekte"))
    before = state()
    with pytest.raises(BlueprintRefused) as refused:
        run(export(sample["page"]), index)
    assert (
        "Eine Seite vom Typ „Inhaltsseite“ kann nicht unter „Projekte“" in refused.value.messages[0]
    )
    assert state() == before


def test_users_need_permission_to_add_pages_under_the_parent(sample, limited_editor, home_page):
    data = export(sample["page"], translations=False)
    before = state()
    with pytest.raises(BlueprintRefused) as refused:
        run(data, home_page, user=limited_editor)
    assert refused.value.messages == ["Sie dürfen unter „Startseite“ keine Seiten anlegen."]
    assert state() == before


def test_an_editor_may_import_where_they_may_add_pages(sample, limited_editor):
    report = run(export(sample["page"], translations=False), sample["contact"], user=limited_editor)
    assert report.root.owner == limited_editor
    assert report.root.get_parent().pk == sample["contact"].pk


def test_without_files_an_import_finds_them_by_content(sample, home_page):
    report = run(export(sample["page"], translations=False, files=False), home_page)
    assert report.root.specific.body[2].value["image"] == sample["image"]
    assert (report.images_reused, report.documents_reused) == (1, 1)


def test_without_files_in_another_installation_references_stay_empty(sample, home_page):
    data = export(sample["page"], translations=False, files=False)
    forget_files()
    report = run(data, home_page)
    page = report.root.specific
    assert page.body[2].value["image"] is None
    assert any("Gruppenfoto" in message for message in report.unmapped)
    assert 'embedtype="image"' not in page.body[1].value.source


def test_importing_twice_makes_two_copies(sample, home_page):
    data = export(sample["page"], translations=False)
    first = run(data, home_page).root
    second = run(data, home_page).root
    assert first.translation_key != second.translation_key
    assert ContentPage.objects.filter(title="Vorlage Netzwerk").count() == 3
    assert Page.objects.filter(slug="vorlage-netzwerk-3").exists()


def test_rich_text_is_filtered_as_the_editor_would(sample, home_page):
    """Wagtail renders stored rich text as it is: an archive's HTML must not bring scripts."""
    from tests.blueprints.helpers import rewrite

    def change(manifest):
        manifest["pages"][0]["fields"]["body"][1]["value"] = (
            '<p onclick="steal()">Text<script>steal()</script>'
            '<a href="javascript:steal()">Link</a> <b>fett</b></p>'
            '<iframe src="https://evil.example"></iframe>'
        )

    report = run(rewrite(export(sample["page"], translations=False), change), home_page)
    html = report.root.specific.body[1].value.source
    assert "script" not in html
    assert "onclick" not in html
    assert "javascript" not in html
    assert "iframe" not in html
    assert "<b>fett</b>" in html
    assert "Link" in html


def test_image_embeds_are_remapped_where_rich_text_allows_images(sample, home_page):
    from blueprints.importer import _Importer

    importer = _Importer(None, {"images": {}, "documents": {}, "pages": []}, home_page, None)
    importer.images = {41: sample["image"].pk}
    html = importer.rich_text(
        '<p>Bild:</p><embed alt="Foto" embedtype="image" format="left" id="41"/>', "de", "x"
    )
    assert f'embedtype="image" format="left" id="{sample["image"].pk}"' in html
    assert 'alt="Foto"' in html
    missing = importer.rich_text(
        '<embed alt="" embedtype="image" format="left" id="7"/>', "de", "x"
    )
    assert "embed" not in missing
    assert any("Bild Nr. 7" in message for message in importer.report.unmapped)
