"""Barrier reports in the admin: listed and read, status only editable, never added there."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Site

from accessibility.models import FeedbackReport


@pytest.fixture
def report(db):
    return FeedbackReport.objects.create(
        site=Site.objects.get(is_default_site=True),
        language="de",
        page_url="/themen/",
        description="Der Kontrast der Links ist zu schwach.",
        name="Erika Muster",
        email="erika@example.org",
    )


@pytest.fixture
def editor(django_user_model):
    """A member of Wagtail's group "Editors", which the migration gave view and change."""
    user = django_user_model.objects.create_user("redaktion", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_the_default_groups_have_their_permissions(db):
    def codenames(group):
        return set(
            Group.objects.get(name=group)
            .permissions.filter(content_type__app_label="accessibility")
            .values_list("codename", flat=True)
        )

    assert codenames("Editors") == {"view_feedbackreport", "change_feedbackreport"}
    assert codenames("Moderators") == {
        "view_feedbackreport",
        "change_feedbackreport",
        "delete_feedbackreport",
    }


@pytest.mark.django_db
def test_editors_list_and_read_reports(client, editor, report):
    client.force_login(editor)
    response = client.get(reverse("feedback_reports:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Meldung Nr. {report.pk}" in html
    assert "/themen/" in html
    assert reverse("feedback_reports:add") not in html
    response = client.get(reverse("feedback_reports:inspect", args=[report.pk]))
    assert response.status_code == 200
    assert "Der Kontrast der Links ist zu schwach." in response.content.decode()


@pytest.mark.django_db
def test_editors_set_the_status_but_cannot_change_the_report(client, editor, report):
    client.force_login(editor)
    url = reverse("feedback_reports:edit", args=[report.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "Der Kontrast der Links ist zu schwach." in response.content.decode()
    response = client.post(
        url, {"status": "answered", "description": "Geändert", "email": "x@example.org"}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == FeedbackReport.Status.ANSWERED
    assert report.description == "Der Kontrast der Links ist zu schwach."
    assert report.email == "erika@example.org"


@pytest.mark.django_db
def test_nobody_adds_a_report_in_the_admin(admin_client):
    response = admin_client.get(reverse("feedback_reports:add"))
    assert response.status_code in (302, 403)
    assert not FeedbackReport.objects.exists()


@pytest.mark.django_db
def test_editors_cannot_delete_but_moderators_can(client, editor, report, django_user_model):
    client.force_login(editor)
    response = client.post(reverse("feedback_reports:delete", args=[report.pk]))
    assert response.status_code in (302, 403)
    assert FeedbackReport.objects.filter(pk=report.pk).exists()
    moderator = django_user_model.objects.create_user("moderation", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    response = client.post(reverse("feedback_reports:delete", args=[report.pk]))
    assert response.status_code == 302
    assert not FeedbackReport.objects.filter(pk=report.pk).exists()


@pytest.mark.django_db
def test_people_without_permission_see_nothing(client, django_user_model, report):
    user = django_user_model.objects.create_user("gast", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("feedback_reports:index"))
    assert response.status_code in (302, 403)
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("feedback_reports:index") not in response.content.decode()


@pytest.mark.django_db
def test_the_site_settings_offer_the_five_pages(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(
        reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Barrierefreiheit und Rechtliches" in html
    for field in (
        "easy_language_page",
        "sign_language_page",
        "accessibility_statement_page",
        "imprint_page",
        "privacy_page",
    ):
        assert f'name="{field}"' in html, field
