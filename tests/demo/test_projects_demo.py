"""The demo content rebuilds both seed pages as projects, in German and English."""

import html as html_lib
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page

from home.models import DemoContentRecord
from networks.models import Organisation
from projects import demo_texts as texts
from projects.models import FundingNoticePage, FundingProgramme, ProjectPage


def text_of(response):
    """The page's main content as plain text, whitespace collapsed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", main)))


def counts():
    return {
        "pages": Page.objects.count(),
        "projects": ProjectPage.objects.count(),
        "notices": FundingNoticePage.objects.count(),
        "programmes": FundingProgramme.objects.count(),
        "organisations": Organisation.objects.count(),
        "records": DemoContentRecord.objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
    }


@pytest.mark.django_db
def test_both_seed_projects_exist_in_german_and_english(demo_content):
    for slug in ("berliner-netzwerke-fuer-vielfalt", "vielfalt-leben"):
        german = ProjectPage.objects.get(slug=slug, locale__language_code="de")
        assert german.live
        english = german.get_translation(Locale.objects.get(language_code="en"))
        assert english.live
        assert english.title != german.title
    assert ProjectPage.objects.count() == 4
    assert FundingNoticePage.objects.count() == 4
    menu = [page.slug for page in demo_content.root_page.get_children().in_menu()]
    assert "projekte" in menu
    assert "foerderaufrufe" in menu


@pytest.mark.django_db
def test_berlin_project_is_ended_and_complete(client, demo_content):
    response = client.get("/projekte/berliner-netzwerke-fuer-vielfalt/")
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    assert "<h1>Berliner Netzwerke für Vielfalt</h1>" in html
    assert "(beendet) – " in html
    assert "status-badge--beendet" in html
    assert "Laufzeit 36 Monate (vom 30.06.2015 bis zum 29.06.2018)" in text
    assert "Finanzierung EU-Fonds ( AMIF ), Kofinanzierung LADS" in text
    assert "Projektdurchführung LADS und Eine Welt der Vielfalt e.V." in text
    assert "Projektleitung LADS" in text
    for paragraph in texts.BERLIN_SUMMARY:
        assert paragraph in text
    assert len(texts.BERLIN_COMPONENTS) == 8
    for term, _text in texts.BERLIN_COMPONENTS:
        assert f"{term}:" in text
    for _term, component in texts.BERLIN_COMPONENTS[:7]:
        assert component in text
    assert (
        "Im Rahmen des Projekts ist der Erklärfilm „Was ist eigentlich Diversity?“ entstanden."
        in text
    )
    assert f'<a href="{texts.EXPLAINER_URL}">„Was ist eigentlich Diversity?“</a>' in html
    for title in [
        "Flyer „Berliner Netzwerke für Vielfalt“",
        "Willkommenskultur in der Verwaltung. Eine Handreichung für die Praxis",
        "Das Diversity-Netzwerk der Kommunal- und Landesverwaltungen",
        "Partizipative Prozesse diversitygerecht gestalten",
        "Beiträge aus der Berliner Diversity-Werkstatt",
    ]:
        assert f'<span class="downloads__title">{title}</span>' in html
    assert html.count("PDF-Dokument (") == 5
    assert 'alt="Logo des Projekts Berliner Netzwerke für Vielfalt"' in html
    assert (
        "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds "
        "kofinanziert." in text
    )
    assert client.get("/projekte/").content.decode().count("Berliner Netzwerke") == 0
    assert (
        "Berliner Netzwerke für Vielfalt"
        in client.get("/projekte/?status=beendet").content.decode()
    )


@pytest.mark.django_db
def test_thuringian_project_has_every_seed_sentence(client, demo_content):
    response = client.get("/projekte/vielfalt-leben/")
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    assert "<h1>Vielfalt Leben. Für eine zukunftsfähige Verwaltung</h1>" in html
    assert "status-badge--laufend" in html
    assert "seit dem 01.12.2020 (ohne festgelegtes Ende)" in text
    for sentence in [
        texts.VIDEO_TITLE,
        texts.VIDEO_TEXT,
        texts.MINISTER_QUOTE,
        "Dirk Adams",
        texts.MINISTER_ROLE,
        texts.WHAT_HEADING,
        texts.WHAT_TEXT,
        texts.PROCESS_INTRO,
        texts.EVALUATION_INTRO,
        texts.BROCHURE_TITLE,
        texts.BACKGROUND_INTRO,
        texts.BACKGROUND_CLOSING,
        *[goal for goal, _points in texts.GOALS],
        *[point for _goal, points in texts.GOALS for point in points],
        *[step for step, _text in texts.PROCESS_STEPS],
        *[step_text for _step, step_text in texts.PROCESS_STEPS],
        *texts.RECOMMENDATIONS,
        *texts.CHALLENGES,
        "Landratsamt Altenburger Land",
        "Landratsamt Ilm-Kreis",
        "IKPE – Institut für kommunale Planung und Entwicklung",
    ]:
        assert sentence in text, sentence
    assert len(texts.RECOMMENDATIONS) == 9
    assert len(texts.GOALS[1][1]) == 9
    assert 'alt="Logo des Projekts Vielfalt Leben"' in html
    assert '<section class="funding-bar"' in html


@pytest.mark.django_db
def test_english_pages(client, demo_content):
    berlin = client.get("/en/projects/berlin-networks-for-diversity/")
    assert berlin.status_code == 200
    html = berlin.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Berlin Networks for Diversity</h1>" in html
    assert "This project is co-financed by the Asylum, Migration and Integration Fund." in html
    assert 'alt="Logo: Co-funded by the European Union"' in html
    assert "Contributions from the Berlin Diversity Workshop" in html
    thuringia = client.get("/en/projects/vielfalt-leben/")
    assert thuringia.status_code == 200
    assert "Thuringian Minister for Migration, Justice and Consumer Protection" in (
        thuringia.content.decode()
    )
    calls = client.get("/en/calls-for-proposals/")
    assert calls.status_code == 200
    assert "Call for proposals 2027" in calls.content.decode()


@pytest.mark.django_db
def test_funding_notices(client, demo_content):
    html = client.get("/foerderaufrufe/").content.decode()
    open_part, closed_part = html.split('id="closed-notices-heading"')
    if timezone.now() < texts.OPEN_NOTICE["deadline"]:
        assert texts.OPEN_NOTICE["title"] in open_part
    assert texts.CLOSED_NOTICE["title"] in closed_part
    closed = client.get("/foerderaufrufe/foerderaufruf-2025-partizipative-prozesse/")
    assert "Anträge sind nicht mehr möglich." in closed.content.decode()
    call = client.get("/foerderaufrufe/foerderaufruf-2027-diversity-kompetenz/").content.decode()
    assert "Willkommenskultur in der Verwaltung. Eine Handreichung für die Praxis" in call
    assert "foerderung@example.org" in call


@pytest.mark.django_db
def test_demo_content_is_idempotent(demo_content):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_deleted_project_is_not_brought_back(demo_content):
    ProjectPage.objects.filter(slug="vielfalt-leben").delete()
    call_command("load_demo_content", verbosity=0)
    assert not ProjectPage.objects.filter(slug="vielfalt-leben").exists()
