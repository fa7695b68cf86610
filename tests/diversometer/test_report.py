"""The admin report: who may see it, what it shows, the CSV, and where editors find it."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission

from diversometer.report import build_report, csv_rows
from diversometer.scoring import KNOWLEDGE, QUIZ, Option, Question, Questionnaire
from tests.diversometer.helpers import complete_all, make_diversometer, option
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

ANSWERS = {1: [1], 2: [1, 3], 3: [2], 4: [1]}
OTHER = {1: [3], 2: [1], 3: [2], 4: [2]}


def editor(name, *pages):
    """A user with admin access who may edit ``pages`` (and their descendants)."""
    user = get_user_model().objects.create_user(username=name, password="pw")
    group = Group.objects.create(name=f"Redaktion {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for page in pages:
        GroupPagePermission.objects.create(group=group, page=page, permission=change)
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def page_with_runs(client, home_page):
    page = make_diversometer(home_page, display="all", slug="check")
    complete_all(client, page, ANSWERS)
    complete_all(client, page, OTHER)
    return page


def report_url(page):
    return reverse("diversometer_report", args=[page.pk])


def csv_url(page):
    return reverse("diversometer_report_csv", args=[page.pk])


def test_anonymous_visitors_are_sent_to_the_login(client, page_with_runs):
    for url in (report_url(page_with_runs), csv_url(page_with_runs), "/admin/diversometer/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_editors_without_rights_on_the_page_are_refused(home_page, page_with_runs):
    elsewhere = ContentPageFactory(parent=home_page, slug="anderswo")
    client = editor("anna", elsewhere)
    for url in (report_url(page_with_runs), csv_url(page_with_runs)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    index = client.get("/admin/diversometer/")
    assert index.status_code == 200
    assert "Es gibt noch kein Diversometer, das Sie bearbeiten dürfen." in index.content.decode()


def test_editors_of_the_page_see_the_report(home_page, page_with_runs):
    client = editor("ben", home_page)
    response = client.get(report_url(page_with_runs))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Auswertung: Vielfalts-Check" in html
    assert "2 abgeschlossene Durchgänge" in html
    question = html.split("Frage 1: Gibt es eine Ansprechperson für Vielfalt?", 1)[1]
    question = question.split("</table>", 1)[0]
    assert "2-mal beantwortet" in question
    assert '<th scope="row">Ja, mit festem Stundenanteil</th>' in question
    assert "<td>1</td>" in question and "<td>50,0 %</td>" in question
    assert "mehrere Antworten möglich" in html  # question 2
    assert "Stufen je Dimension" in html
    assert csv_url(page_with_runs) in html
    assert client.get(csv_url(page_with_runs)).status_code == 200


def test_index_lists_the_pages_an_editor_may_edit(home_page, page_with_runs):
    response = editor("carla", home_page).get("/admin/diversometer/")
    html = response.content.decode()
    assert report_url(page_with_runs) in html
    assert "<td>2</td>" in html


def test_report_figures(page_with_runs):
    report = build_report(page_with_runs.questionnaire, _counts(page_with_runs))
    assert report.runs == 2
    first = report.questions[0]
    assert first.answered == 2
    assert [(row.label, row.count, row.shown_share) for row in first.rows] == [
        ("Ja, mit festem Stundenanteil", 1, "50,0"),
        ("Ja, nebenbei", 0, "0,0"),
        ("Nein", 1, "50,0"),
    ]
    second = report.questions[1]
    assert second.multiple
    assert [row.count for row in second.rows] == [2, 0, 1]  # shares of runs, not of ticks
    assert second.rows[0].shown_share == "100,0"
    alter = report.dimensions[0]
    assert alter.name == "Lebensalter"
    assert alter.assessed == 2
    assert sum(row.count for row in alter.rows) == 2
    assert [row.note for row in alter.rows] == ["ab 0 %", "ab 40 %", "ab 75 %"]
    religion = report.dimensions[2]
    assert religion.assessed == 0
    assert all(row.shown_share == "–" for row in religion.rows)


def _counts(page):
    from diversometer.report import load_counts

    return load_counts(page.counter_key)


def test_quiz_report_shows_score_distribution_and_correct_answers():
    questionnaire = Questionnaire(
        mode=QUIZ,
        questions=(
            Question(
                "k",
                KNOWLEDGE,
                text="Frage?",
                options=(Option("r", "Richtig", correct=True), Option("w", "Falsch")),
            ),
        ),
    )
    counts = {
        ("run", "", ""): 4,
        ("question", "k", ""): 4,
        ("option", "k", "r"): 3,
        ("option", "k", "w"): 1,
        ("score", "", "1"): 3,
        ("score", "", "0"): 1,
    }
    report = build_report(questionnaire, counts)
    assert report.is_quiz
    assert [(row.label, row.count, row.shown_share) for row in report.scores] == [
        ("0 von 1 richtig", 1, "25,0"),
        ("1 von 1 richtig", 3, "75,0"),
    ]
    assert [row.correct for row in report.questions[0].rows] == [True, False]
    rows = csv_rows(report)
    assert ["Antwort", "1. Frage?", "Richtig (richtig)", "3", "75,0"] in rows
    assert ["Ergebnis", "", "1 von 1 richtig", "3", "75,0"] in rows


def test_csv_download(home_page, page_with_runs):
    response = editor("dora", home_page).get(csv_url(page_with_runs))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="diversometer-check-')
    assert "no-store" in response["Cache-Control"]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Bereich",
        "Frage oder Dimension",
        "Antwort oder Stufe",
        "Anzahl",
        "Anteil (%)",
    ]
    assert rows[1] == ["Durchgänge", "", "", "2", ""]
    title = "1. Gibt es eine Ansprechperson für Vielfalt?"
    assert ["Frage", title, "beantwortet", "2", ""] in rows
    assert ["Antwort", title, "Ja, mit festem Stundenanteil", "1", "50,0"] in rows
    assert ["Dimension", "Lebensalter", "eingestuft", "2", ""] in rows
    assert any(row[0] == "Stufe" and row[2].startswith("Gut aufgestellt (ab 75 %)") for row in rows)
    assert all(len(row) == 5 for row in rows)


def test_csv_in_english_uses_a_decimal_point(home_page, page_with_runs):
    report = build_report(page_with_runs.questionnaire, _counts(page_with_runs))
    with translation.override("en"):
        assert report.questions[0].rows[0].shown_share == "50.0"


def test_csv_cells_never_start_a_formula(client, home_page):
    questions = [
        {
            "type": "single_choice",
            "value": {
                "question": '=HYPERLINK("http://example.org")',
                "hint": "",
                "options": [option("+1", alter=1), option("@Antwort"), option("-")],
            },
        }
    ]
    page = make_diversometer(home_page, questions=questions, display="all", slug="formeln")
    rows = csv_rows(build_report(page.questionnaire, _counts(page)))
    cells = [cell for row in rows for cell in row]
    assert "'+1" in cells and "'@Antwort" in cells and "'-" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_editors_find_the_report_from_the_page(home_page, page_with_runs):
    client = editor("emil", home_page)
    listing = client.get(reverse("wagtailadmin_explore", args=[home_page.pk])).content.decode()
    assert report_url(page_with_runs) in listing
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page_with_runs.pk])).content.decode()
    assert report_url(page_with_runs) in edit
    assert "Auswertung" in edit
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/diversometer/" in dashboard


def test_no_report_links_for_other_pages_or_other_editors(home_page, page_with_runs):
    content = ContentPageFactory(parent=home_page, slug="inhalt")
    client = editor("fritz", content)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[content.pk])).content.decode()
    assert "/admin/diversometer/" not in edit
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "/admin/diversometer/" not in dashboard
