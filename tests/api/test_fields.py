"""The fields each page type offers, in the page's language, with public references only."""

import datetime
import json

import pytest
from wagtail.models import Locale

from diversometer import scoring
from diversometer.models import DiversometerPage
from home.models import Topic
from networks.models import Organisation
from tests.api.conftest import api_get, translate
from tests.networks.factories import EventIndexPageFactory, EventPageFactory, OrganisationFactory
from tests.projects.factories import (
    FundingNoticeIndexPageFactory,
    FundingNoticePageFactory,
    FundingProgrammeFactory,
    ProjectPageFactory,
)
from tests.publications.library import PublicationIndexPageFactory, publication

pytestmark = pytest.mark.django_db


def body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def contact_person(name="Erika Mustermann"):
    return (
        "contact_person",
        {
            "name": name,
            "role": "Referentin",
            "organisation": "",
            "phone": "030 9013-0",
            "email": "erika.mustermann@example.org",
            "photo": None,
            "alt_text": "",
            "decorative": False,
        },
    )


@pytest.fixture
def project(pages, files):
    """A running project with funding, organisations, a topic, a logo and a rich body."""
    programme = FundingProgrammeFactory()
    lead = OrganisationFactory(
        name="Landesstelle für Gleichbehandlung",
        short_name="LADS",
        level=Organisation.Level.LAND,
        state=Organisation.State.BE,
        website="https://www.berlin.de/lads/",
    )
    partner = OrganisationFactory(name="Bezirksamt Mitte")
    Topic.objects.create(name="Führung", slug="fuehrung", name_en="Leadership")
    project = ProjectPageFactory(
        parent=pages["index"],
        title="Vielfalt in der Verwaltung",
        teaser="Verwaltungen öffnen sich.",
        start_date=datetime.date(2020, 1, 1),
        end_date=datetime.date(2099, 12, 31),
        lead=lead,
        logo=files["public_image"],
        logo_alt_text="Logo des Projekts",
        body=body(
            (
                "paragraph",
                f'<p>Mehr im <a linktype="page" id="{pages["live"].pk}">Projekt</a>.</p>',
            ),
            (
                "downloads",
                {
                    "heading": "Unterlagen",
                    "items": [
                        {
                            "document": files["public_document"].pk,
                            "title": "",
                            "description": "",
                        },
                        {
                            "document": files["internal_document"].pk,
                            "title": "Intern",
                            "description": "",
                        },
                    ],
                },
            ),
            contact_person(),
            (
                "call_to_action",
                {
                    "heading": "Entwurf ansehen",
                    "text": "",
                    "link": {"page": pages["draft"].pk, "url": "", "label": "Zum Entwurf"},
                },
            ),
        ),
        contacts=body(contact_person("Max Mustermann")),
    )
    project.funding_programmes.add(programme)
    project.partners.add(partner)
    project.topics.add("Führung")
    project.save_revision().publish()
    return project


def detail(client, page, **params):
    response = api_get(client, f"pages/{page.pk}/", **params)
    assert response.status_code == 200, response.content
    return response.json()


def test_a_project_pages_fields(client, project, files, pages):
    data = detail(client, project)

    assert data["meta"]["type"] == "projects.ProjectPage"
    assert data["teaser"] == "Verwaltungen öffnen sich."
    assert data["start_date"] == "2020-01-01"
    assert data["end_date"] == "2099-12-31"
    assert data["status"] == "laufend"
    assert data["runtime"] == "960 Monate (vom 01.01.2020 bis zum 31.12.2099)"
    assert data["funding_programmes"] == [
        {
            "name": "Asyl-, Migrations- und Integrationsfonds",
            "short_name": "AMIF",
            "kind": "",
            "notice": (
                "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und "
                "Integrationsfonds kofinanziert."
            ),
            "link": "",
        }
    ]
    assert data["lead"] == {
        "name": "Landesstelle für Gleichbehandlung",
        "short_name": "LADS",
        "level": "land",
        "state": "BE",
        "website": "https://www.berlin.de/lads/",
    }
    assert [org["name"] for org in data["partners"]] == ["Bezirksamt Mitte"]
    assert data["co_financing"] == []
    assert data["topics"] == [{"slug": "fuehrung", "name": "Führung"}]
    assert data["logo"]["id"] == files["public_image"].pk
    assert data["logo"]["download_url"].startswith("http://localhost/media/")
    assert data["logo_alt_text"] == "Logo des Projekts"


def test_the_body_resolves_references_and_leaves_out_contact_persons(client, project, files):
    data = detail(client, project)
    blocks = {block["type"]: block["value"] for block in data["body"]}

    assert [block["type"] for block in data["body"]] == [
        "paragraph",
        "downloads",
        "call_to_action",
    ]
    # Rich text as HTML with working links.
    assert 'href="/projekte/' in blocks["paragraph"]
    # A public document with the serve view's address; a restricted one is null.
    public, internal = blocks["downloads"]["items"]
    document = files["public_document"]
    assert public["document"] == {
        "id": document.pk,
        "title": "Handreichung",
        "detail_url": f"http://localhost/api/v2/documents/{document.pk}/",
        "download_url": f"http://localhost/documents/{document.pk}/handreichung.pdf",
        "file_format": "pdf",
        "file_size": 9,
    }
    assert internal["document"] is None
    # A link to a draft names no page.
    assert blocks["call_to_action"]["link"]["page"] is None
    assert blocks["call_to_action"]["link"]["label"] == "Zum Entwurf"
    # No contact person, neither in the body nor as a field.
    assert "contacts" not in data
    assert "Mustermann" not in json.dumps(data)


def test_listing_fields_on_request(client, project):
    response = api_get(
        client, "pages/", type="projects.ProjectPage", fields="teaser,status,topics", status="x"
    )
    assert response.status_code == 400  # status is computed, not a filter

    items = api_get(
        client, "pages/", type="projects.ProjectPage", fields="teaser,status,topics"
    ).json()["items"]
    by_title = {item["title"]: item for item in items}
    assert by_title["Vielfalt in der Verwaltung"]["status"] == "laufend"
    assert by_title["Vielfalt in der Verwaltung"]["topics"] == [
        {"slug": "fuehrung", "name": "Führung"}
    ]


def test_the_english_translation_speaks_english(client, project, pages):
    programme = project.funding_programmes.get()
    english_programme = programme.copy_for_translation(Locale.objects.get(language_code="en"))
    english_programme.name = "Asylum, Migration and Integration Fund"
    english_programme.save()
    translate(pages["home"], {pages["home"].slug: "home"})
    translate(pages["index"])
    english = translate(project, {"Vielfalt in der Verwaltung": "Diversity in administration"})

    data = detail(client, english)

    assert data["title"] == "Diversity in administration"
    assert data["meta"]["locale"] == "en"
    assert data["runtime"] == "960 months (from 1 January 2020 to 31 December 2099)"
    assert data["funding_programmes"][0]["name"] == "Asylum, Migration and Integration Fund"
    assert data["topics"] == [{"slug": "fuehrung", "name": "Leadership"}]
    assert data["status"] == "laufend"


def test_a_funding_notice_and_rich_text_fields(client, pages, files):
    index = FundingNoticeIndexPageFactory(parent=pages["home"])
    notice = FundingNoticePageFactory(
        parent=index,
        programme=FundingProgrammeFactory(),
        eligibility="<p>Bezirke und <b>freie Träger</b>.</p>",
        documents=body(
            (
                "downloads",
                {
                    "heading": "",
                    "items": [
                        {"document": files["public_document"].pk, "title": "", "description": ""}
                    ],
                },
            )
        ),
        contact=body(contact_person()),
    )

    data = detail(client, notice)

    assert data["is_open"] is True
    assert data["amount"] == "bis zu 50.000 Euro je Vorhaben"
    assert data["programme"]["short_name"] == "AMIF"
    assert data["eligibility"] == "<p>Bezirke und <b>freie Träger</b>.</p>"
    assert data["documents"][0]["value"]["items"][0]["document"]["id"] == (
        files["public_document"].pk
    )
    assert "contact" not in data
    assert data["deadline"].startswith(str(notice.deadline.astimezone().year))


def test_a_publication_lists_its_public_files_and_its_project(client, pages, files):
    index = PublicationIndexPageFactory(parent=pages["home"])
    page = publication(
        index,
        "Leitfaden Vielfalt",
        project=pages["live"],
        files=[(files["public_document"], ""), (files["internal_document"], "Intern")],
        accessibility_contact_email="person@example.org",
    )

    data = detail(client, page)

    assert data["publication_type"] == "handreichung"
    assert data["year"] == 2020
    assert [row["document"]["id"] for row in data["documents"]] == [files["public_document"].pk]
    assert data["related_project"]["id"] == pages["live"].pk
    assert data["related_project"]["title"] == "Öffentliches Projekt"
    assert "accessibility_contact_email" not in data
    assert "person@example.org" not in json.dumps(data)


def test_a_publication_of_a_hidden_project_names_no_project(client, pages, files):
    index = PublicationIndexPageFactory(parent=pages["home"])
    page = publication(index, "Bericht", project=pages["draft"])

    assert detail(client, page)["related_project"] is None


def test_an_event_without_its_registration_address(client, pages):
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=pages["home"]),
        registration_status="offen",
        registration_url="https://example.org/anmeldung",
        registration_email="anmeldung@example.org",
        organiser=OrganisationFactory(name="Bezirksamt Pankow"),
    )

    data = detail(client, event)

    assert data["registration_state"] == "offen"
    assert data["registration_url"] == "https://example.org/anmeldung"
    assert data["organiser"]["name"] == "Bezirksamt Pankow"
    assert "registration_email" not in data
    assert "anmeldung@example.org" not in json.dumps(data)


def test_a_diversometer_shows_its_description_but_no_questions_or_counts(client, pages):
    page = DiversometerPage(title="Vielfalts-Check", slug="check", intro="Zehn Fragen.")
    pages["home"].add_child(instance=page)

    data = detail(client, page)

    assert data["intro"] == "Zehn Fragen."
    assert data["mode"] == scoring.SELF_CHECK
    assert not {"questions", "dimensions", "result_intro", "display"} & set(data)
