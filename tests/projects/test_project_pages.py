"""The project page: status in the title area, key facts, funding bar, JSON-LD, validation."""

import datetime
import json
import re

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from home.translation import translate_snippet
from networks.models import Organisation
from projects.models import (
    FundingNoticeIndexPage,
    FundingNoticePage,
    FundingProgramme,
    ProjectIndexPage,
    ProjectPage,
)
from tests.projects.conftest import translate
from tests.projects.factories import FundingProgrammeFactory, ProjectPageFactory

TODAY = datetime.date(2026, 5, 1)


def json_ld(html, type_):
    """The JSON-LD object of ``@type`` ``type_`` in the page (parsing every script)."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    objects = [obj for script in scripts for obj in json.loads(script)]
    matches = [obj for obj in objects if obj.get("@type") == type_]
    assert len(matches) == 1, objects
    return matches[0]


class TestPageTree(WagtailPageTestCase):
    """Where each page type may be created."""

    def test_index_pages_under_home_and_content_pages(self):
        for index in (ProjectIndexPage, FundingNoticeIndexPage):
            self.assertCanCreateAt(HomePage, index)
            self.assertCanCreateAt(ContentPage, index)

    def test_index_pages_name_their_parents(self):
        for model in (ProjectIndexPage, FundingNoticeIndexPage):
            assert set(model.parent_page_types) == {"home.HomePage", "home.ContentPage"}

    def test_project_index(self):
        self.assertCanNotCreateAt(ProjectIndexPage, ProjectIndexPage)
        self.assertCanNotCreateAt(Page, ProjectIndexPage)

    def test_project_page(self):
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(ContentPage, ProjectPage)
        self.assertCanNotCreateAt(FundingNoticeIndexPage, ProjectPage)
        self.assertCanNotCreateAt(ProjectPage, ProjectPage)
        self.assertCanNotCreateAt(ProjectPage, ContentPage)

    def test_funding_notices(self):
        self.assertCanNotCreateAt(FundingNoticeIndexPage, FundingNoticeIndexPage)
        self.assertCanCreateAt(FundingNoticeIndexPage, FundingNoticePage)
        self.assertCanNotCreateAt(ProjectIndexPage, FundingNoticePage)
        self.assertCanNotCreateAt(HomePage, FundingNoticePage)
        self.assertCanNotCreateAt(FundingNoticePage, FundingNoticePage)


@pytest.fixture
def organisations(db):
    lads, _ = Organisation.objects.get_or_create(
        name="Landesstelle für Gleichbehandlung – gegen Diskriminierung",
        defaults={"short_name": "LADS", "level": "land", "state": "BE"},
    )
    ewdv, _ = Organisation.objects.get_or_create(
        name="Eine Welt der Vielfalt e.V.",
        defaults={"level": "zivilgesellschaft", "state": "BE"},
    )
    return lads, ewdv


@pytest.fixture
def programme(db):
    emblem = wagtail_factories.ImageFactory(title="EU-Emblem")
    return FundingProgrammeFactory(
        emblem=emblem,
        emblem_alt_text="Logo: Europa fördert – Asyl-, Migrations- und Integrationsfonds",
        link="https://home-affairs.ec.europa.eu/",
    )


@pytest.fixture
def berlin(project_index, organisations, programme):
    lads, ewdv = organisations
    page = ProjectPageFactory(
        parent=project_index,
        title="Berliner Netzwerke für Vielfalt",
        slug="berliner-netzwerke",
        start_date=datetime.date(2015, 6, 30),
        end_date=datetime.date(2018, 6, 29),
        lead=lads,
    )
    page.funding_programmes.set([programme])
    page.co_financing.set([lads])
    page.implementing_organisations.set([lads, ewdv])
    page.topics.add("Netzwerke")
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_ended_project_says_so_in_title_and_badge(client, berlin):
    html = client.get(berlin.url).content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Berliner Netzwerke für Vielfalt</h1>" in html
    assert re.search(r"<title>Berliner Netzwerke für Vielfalt \(beendet\) – ", html)
    badge = re.search(r'<span class="status-badge status-badge--beendet">(.*?)</span>\s*</p>', html)
    assert badge is not None
    assert "beendet" in badge.group(1)
    assert "Status" in badge.group(1)


@pytest.mark.django_db
def test_running_project_has_no_ended_marker(client, project_index):
    page = ProjectPageFactory(parent=project_index, title="Vielfalt Leben", start_date=TODAY)
    html = client.get(page.url).content.decode()
    assert "(beendet)" not in html
    assert "status-badge--laufend" in html
    assert "project-contacts-heading" not in html
    assert '<section class="funding-bar"' not in html


@pytest.mark.django_db
def test_contacts_and_partners_get_their_sections(client, project_index, organisations):
    page = ProjectPageFactory(parent=project_index, start_date=TODAY)
    page.contacts = [
        (
            "contact_person",
            {
                "name": "Referat Vielfalt",
                "role": "Projektleitung",
                "organisation": "",
                "phone": "030 123456-0",
                "email": "vielfalt@example.org",
                "photo": None,
                "alt_text": "",
                "decorative": False,
            },
        )
    ]
    page.partners.set(organisations)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    contact = html[html.index('aria-labelledby="project-contacts-heading"') :]
    assert '<h2 id="project-contacts-heading">Kontakt</h2>' in contact
    assert 'href="mailto:vielfalt@example.org"' in contact
    partners = html[html.index('aria-labelledby="project-partners-heading"') :]
    assert "Eine Welt der Vielfalt e.V." in partners
    assert "Landesstelle für Gleichbehandlung – gegen Diskriminierung" in partners


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("today", "status"),
    [
        (datetime.date(2015, 6, 29), "geplant"),
        (datetime.date(2015, 6, 30), "laufend"),
        (datetime.date(2018, 6, 29), "laufend"),
        (datetime.date(2018, 6, 30), "beendet"),
    ],
)
def test_badge_follows_today(client, berlin, monkeypatch, today, status):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today)
    html = client.get(berlin.url).content.decode()
    assert f'<span class="status-badge status-badge--{status}">' in html
    assert berlin.status_on(today) == status


@pytest.mark.django_db
def test_key_facts_from_the_structured_fields(client, berlin):
    html = client.get(berlin.url).content.decode()
    facts = dict(
        re.findall(
            r'<dt class="key-facts__label">(.*?)</dt>\s*<dd class="key-facts__value">(.*?)</dd>',
            html,
            re.S,
        )
    )
    assert facts["Laufzeit"] == "36 Monate (vom 30.06.2015 bis zum 29.06.2018)"
    lads = '<abbr title="Landesstelle für Gleichbehandlung – gegen Diskriminierung">LADS</abbr>'
    assert facts["Finanzierung"] == (
        f'<abbr title="Asyl-, Migrations- und Integrationsfonds">AMIF</abbr>, Kofinanzierung {lads}'
    )
    assert facts["Projektdurchführung"] == f"{lads} und Eine Welt der Vielfalt e.V."
    assert facts["Projektleitung"] == lads


@pytest.mark.django_db
def test_funding_bar_at_the_end_with_emblem_and_notice(client, berlin):
    html = client.get(berlin.url).content.decode()
    bar = html[html.index('<section class="funding-bar"') :]
    assert bar.index("funding-bar") < bar.index("</main>")
    assert 'alt="Logo: Europa fördert – Asyl-, Migrations- und Integrationsfonds"' in bar
    assert (
        "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds "
        "kofinanziert." in bar
    )
    # Nothing of the page body comes after the funding bar.
    assert "<h2" not in bar[bar.index("</h2>") :].split("</main>")[0]


@pytest.mark.django_db
def test_english_page_shows_the_programmes_english_wording(
    client, english_home, project_index, berlin, programme
):
    translate(project_index, {"projekte": "projects", "Projekte": "Projects"})
    translate_snippet(
        programme,
        "en",
        {
            programme.name: "Asylum, Migration and Integration Fund",
            "AMIF": "AMIF",
            programme.emblem_alt_text: (
                "Logo: Europe funds – Asylum, Migration and Integration Fund"
            ),
            programme.notice: (
                "This project is co-financed by the Asylum, Migration and Integration Fund."
            ),
        },
    )
    english = translate(
        berlin, {"Berliner Netzwerke für Vielfalt": "Berlin Networks for Diversity"}
    )
    assert english.locale.language_code == "en"
    assert list(english.funding_programmes.all()) == [programme]

    html = client.get(english.url).content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Berlin Networks for Diversity</h1>" in html
    assert "This project is co-financed by the Asylum, Migration and Integration Fund." in html
    assert 'alt="Logo: Europe funds – Asylum, Migration and Integration Fund"' in html
    assert "kofinanziert" not in html
    german = client.get(berlin.url).content.decode()
    assert "Integrationsfonds kofinanziert." in german


@pytest.mark.django_db
def test_project_json_ld(client, berlin):
    html = client.get(berlin.url).content.decode()
    data = json_ld(html, "Project")
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Berliner Netzwerke für Vielfalt"
    assert data["url"] == "http://localhost/projekte/berliner-netzwerke/"
    assert data["foundingDate"] == "2015-06-30"
    assert data["dissolutionDate"] == "2018-06-29"
    assert data["funder"][0] == {
        "@type": "FundingScheme",
        "name": "Asyl-, Migrations- und Integrationsfonds",
        "alternateName": "AMIF",
        "url": "https://home-affairs.ec.europa.eu/",
    }
    assert data["funder"][1]["alternateName"] == "LADS"
    assert data["parentOrganization"]["alternateName"] == "LADS"
    assert {member["name"] for member in data["member"]} == {
        "Landesstelle für Gleichbehandlung – gegen Diskriminierung",
        "Eine Welt der Vielfalt e.V.",
    }
    assert data["keywords"] == "Netzwerke"


@pytest.mark.django_db
def test_open_ended_project_has_no_dissolution_date(client, project_index):
    page = ProjectPageFactory(parent=project_index, start_date=datetime.date(2020, 12, 1))
    data = json_ld(client.get(page.url).content.decode(), "Project")
    assert "dissolutionDate" not in data
    assert "funder" not in data


class TestValidation(TestCase):
    def test_end_before_start_is_refused(self):
        page = ProjectPage(
            title="Falsch",
            slug="falsch",
            teaser="Text.",
            start_date=datetime.date(2020, 5, 1),
            end_date=datetime.date(2020, 4, 30),
        )
        with self.assertRaises(ValidationError) as caught:
            page.full_clean()
        assert "end_date" in caught.exception.message_dict
        assert "Das Ende liegt vor dem Beginn" in caught.exception.message_dict["end_date"][0]
        assert "01.05.2020" in caught.exception.message_dict["end_date"][0]

    def test_end_on_start_day_is_fine(self):
        page = ProjectPage(
            title="Ein Tag",
            slug="ein-tag",
            teaser="Text.",
            start_date=datetime.date(2020, 5, 1),
            end_date=datetime.date(2020, 5, 1),
        )
        page.clean()

    def test_logo_needs_alt_text(self):
        page = ProjectPage(
            title="Mit Logo",
            slug="mit-logo",
            teaser="Text.",
            start_date=datetime.date(2020, 5, 1),
            logo=wagtail_factories.ImageFactory(),
        )
        with self.assertRaises(ValidationError) as caught:
            page.full_clean()
        assert "logo_alt_text" in caught.exception.message_dict

    def test_emblem_needs_alt_text(self):
        programme = FundingProgramme(
            name="Programm",
            locale=Locale.objects.get(language_code="de"),
            emblem=wagtail_factories.ImageFactory(),
            emblem_alt_text="  ",
        )
        with self.assertRaises(ValidationError) as caught:
            programme.full_clean()
        assert "emblem_alt_text" in caught.exception.message_dict
        programme.emblem_alt_text = "Logo: Kofinanziert von der Europäischen Union"
        programme.full_clean()

    def test_programme_natural_key(self):
        programme = FundingProgrammeFactory()
        assert programme.natural_key() == ("Asyl-, Migrations- und Integrationsfonds", "de")
        assert FundingProgramme.objects.get_by_natural_key(*programme.natural_key()) == programme


@pytest.mark.django_db
def test_project_index_and_pages_are_searchable(berlin):
    results = ProjectPage.objects.live().search("Netzwerke")
    assert berlin.pk in [page.pk for page in results]
