"""Editing in the Wagtail admin: forms open, valid pages save, bad input is explained."""

import pytest
import wagtail_factories
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from networks.models import Organisation
from projects.models import FundingNoticePage, FundingProgramme, ProjectPage
from tests.factories import HomePageFactory
from tests.projects.factories import (
    FundingNoticeIndexPageFactory,
    FundingProgrammeFactory,
    ProjectIndexPageFactory,
)


class TestEditing(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.home = HomePageFactory(parent=Page.get_first_root_node())
        self.index = ProjectIndexPageFactory(parent=self.home)
        self.notices = FundingNoticeIndexPageFactory(parent=self.home)
        self.programme = FundingProgrammeFactory()
        self.lads = Organisation.objects.create(name="Landesstelle", short_name="LADS")

    def project_data(self, **overrides):
        data = {
            "title": "Neues Projekt",
            "slug": "neues-projekt",
            "teaser": "Worum es geht.",
            "start_date": "2024-01-01",
            "end_date": "2025-12-31",
            "funding_programmes": [str(self.programme.pk)],
            "co_financing": [str(self.lads.pk)],
            "lead": str(self.lads.pk),
            "implementing_organisations": [str(self.lads.pk)],
            "partners": [],
            "logo_alt_text": "",
            "body": streamfield(
                [
                    ("heading", {"text": "Kurzbeschreibung", "level": "h2"}),
                    ("paragraph", rich_text("<p>Text.</p>")),
                ]
            ),
            "contacts": streamfield([]),
        }
        data.update(overrides)
        lists = {key: data.pop(key) for key in list(data) if isinstance(data[key], list)}
        return {**nested_form_data(data), **lists}

    def test_add_forms_open(self):
        for model, parent in ((ProjectPage, self.index), (FundingNoticePage, self.notices)):
            url = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            )
            response = self.client.get(url)
            assert response.status_code == 200
        content = self.client.get(
            reverse("wagtailadmin_pages:add", args=["projects", "projectpage", self.index.pk])
        ).content.decode()
        assert "Laufzeit" in content
        assert "Finanzierung" in content
        assert "Beteiligte" in content

    def test_create_a_project(self):
        self.assertCanCreate(self.index, ProjectPage, self.project_data())
        page = ProjectPage.objects.get(slug="neues-projekt")
        assert list(page.funding_programmes.all()) == [self.programme]
        assert page.lead == self.lads

    def test_end_before_start_is_refused_in_the_form(self):
        url = reverse("wagtailadmin_pages:add", args=["projects", "projectpage", self.index.pk])
        response = self.client.post(
            url, self.project_data(start_date="2024-05-01", end_date="2024-04-30")
        )
        assert response.status_code == 200
        assert not ProjectPage.objects.filter(slug="neues-projekt").exists()
        assert "Das Ende liegt vor dem Beginn" in response.content.decode()

    def test_programmes_of_the_source_language_only(self):
        FundingProgramme.objects.create(
            name="Asylum, Migration and Integration Fund",
            locale=Locale.objects.get(language_code="en"),
            translation_key=self.programme.translation_key,
        )
        content = self.client.get(
            reverse("wagtailadmin_pages:add", args=["projects", "projectpage", self.index.pk])
        ).content.decode()
        assert "Asyl-, Migrations- und Integrationsfonds (AMIF)" in content
        assert "Asylum, Migration and Integration Fund" not in content


@pytest.mark.django_db
def test_programme_snippet_admin(admin_client):
    index = admin_client.get(reverse("wagtailsnippets_projects_fundingprogramme:list"))
    assert index.status_code == 200
    add_url = reverse("wagtailsnippets_projects_fundingprogramme:add")
    assert admin_client.get(add_url).status_code == 200
    image = wagtail_factories.ImageFactory()
    response = admin_client.post(
        add_url,
        {
            "name": "Europäischer Sozialfonds Plus",
            "short_name": "ESF Plus",
            "emblem": str(image.pk),
            "emblem_alt_text": "",
            "notice": "Gefördert aus dem ESF Plus.",
            "link": "",
            "locale": "de",
        },
    )
    assert response.status_code == 200
    assert "Bitte einen Alternativtext für das Emblem eingeben" in response.content.decode()
    assert not FundingProgramme.objects.filter(short_name="ESF Plus").exists()


@pytest.mark.django_db
def test_menu_label(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Förderprogramme" in html or "F\\u00f6rderprogramme" in html
