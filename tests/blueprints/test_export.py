"""Export: what goes into the archive and how references are described."""

import datetime

import pytest

from blueprints.export import pages_to_export
from blueprints.schema import validate
from tests.blueprints.helpers import export, read

pytestmark = pytest.mark.django_db


def test_manifest_is_versioned_and_fits_its_schema(sample):
    manifest, members = read(export(sample["page"], subtree=True))
    assert manifest["format"] == "vielfalt-blueprint"
    assert manifest["version"] == 1
    assert manifest["source_locale"] == "de"
    assert validate(manifest) == []
    assert set(members) == {
        f"files/images/{sample['image'].pk}/foto.png",
        f"files/documents/{sample['document'].pk}/handreichung.pdf",
    }


def test_pages_come_parents_first_with_translations_sharing_their_key(sample):
    manifest, _members = read(export(sample["page"], subtree=True))
    pages = [
        (entry["fields"]["title"], entry["locale"], entry["parent"]) for entry in manifest["pages"]
    ]
    page_key = str(sample["page"].translation_key)
    assert pages == [
        ("Vorlage Netzwerk", "de", None),
        ("Blueprint network", "en", None),
        ("Unterseite", "de", page_key),
        ("Subpage", "en", page_key),
    ]
    assert manifest["pages"][0]["key"] == manifest["pages"][1]["key"] == page_key


def test_without_options_only_the_page_itself(sample):
    manifest, _members = read(export(sample["page"], translations=False))
    assert [entry["fields"]["title"] for entry in manifest["pages"]] == ["Vorlage Netzwerk"]


def test_fields_keep_stream_json_rich_text_and_topics(sample):
    manifest, _members = read(export(sample["page"], translations=False))
    fields = manifest["pages"][0]["fields"]
    assert fields["intro"] == "Intro."
    assert [block["type"] for block in fields["body"]] == [
        "heading",
        "paragraph",
        "image",
        "downloads",
        "call_to_action",
    ]
    assert f'linktype="document" id="{sample["document"].pk}"' in fields["body"][1]["value"]
    assert fields["topics"] == [{"name": "Willkommenskultur", "name_en": "Welcome culture"}]
    assert "path" not in fields and "owner" not in fields and "live" not in fields


def test_files_are_described_with_their_metadata(sample):
    manifest, members = read(export(sample["page"], translations=False))
    photo = manifest["images"][str(sample["image"].pk)]
    assert photo["title"] == "Gruppenfoto"
    assert photo["description"] == "Menschen im Gespräch"
    assert photo["tags"] == ["Veranstaltung"]
    assert photo["collection"] == "Root"
    assert len(photo["sha1"]) == 40
    handout = manifest["documents"][str(sample["document"].pk)]
    assert handout["extra"] == {"language": "de"}
    assert "extracted_text" not in handout["extra"]
    assert members[handout["file"]].startswith(b"%PDF-")


def test_without_files_the_archive_has_only_the_manifest(sample):
    manifest, members = read(export(sample["page"], files=False))
    assert members == {}
    assert manifest["images"][str(sample["image"].pk)]["file"] is None


def test_pages_outside_are_listed_with_their_addresses(sample):
    manifest, _members = read(export(sample["page"], translations=False))
    contact = manifest["linked_pages"][str(sample["contact"].pk)]
    assert contact["title"] == "Kontakt"
    assert contact["key"] == str(sample["contact"].translation_key)
    assert contact["urls"]["de"].endswith("/kontakt/")
    # The subpage is linked too, but outside this export (no subtree).
    assert str(sample["child"].pk) in manifest["linked_pages"]


def test_snippets_travel_by_natural_key(home_page):
    from wagtail.models import Locale

    from networks.models import Organisation
    from projects.models import FundingNoticeIndexPage, FundingNoticePage, FundingProgramme

    lads = Organisation.objects.create(name="Landesstelle LADS", short_name="LADS")
    amif = FundingProgramme.objects.create(name="AMIF-Fonds", locale=Locale.get_default())
    index = home_page.add_child(instance=FundingNoticeIndexPage(title="Aufrufe", slug="aufrufe"))
    notice = index.add_child(
        instance=FundingNoticePage(
            title="Aufruf",
            slug="aufruf",
            intro="Kurz.",
            programme=amif,
            deadline=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
        )
    )
    manifest, _members = read(export(notice, translations=False))
    assert manifest["snippets"]["projects.fundingprogramme"] == {
        str(amif.pk): {"key": ["AMIF-Fonds", "de"], "label": "AMIF-Fonds"}
    }
    assert lads.natural_key() == ("Landesstelle LADS",)
    assert Organisation.objects.get_by_natural_key("Landesstelle LADS") == lads


def test_aliases_are_left_out(sample, home_page):
    alias = sample["child"].create_alias(parent=sample["contact"], update_slug="alias")
    assert alias.pk not in {page.pk for page in pages_to_export(sample["contact"], subtree=True)}


def test_stale_block_types_are_left_out(sample):
    """Data of a block type the code no longer defines is not exported (nor rendered)."""
    page = sample["page"]
    raw = page.body.raw_data
    raw.append(
        {"type": "retired_block", "value": "x", "id": "00000000-0000-0000-0000-000000000001"}
    )
    page.body = list(raw)
    page.save_revision()
    manifest, _members = read(export(page, translations=False))
    types = {block["type"] for block in manifest["pages"][0]["fields"]["body"]}
    assert "retired_block" not in types
    assert "paragraph" in types
