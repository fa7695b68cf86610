"""The form "Barriere melden": stored, mailed, confirmed; spam refused; bad input answered;
no cookie; only from this site; e-mails survive a mail server outage."""

import re
import time
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from accessibility import forms as feedback_forms
from accessibility.models import FeedbackReport
from tests.accessibility.helpers import form_data, site_settings, statement_page

URL = "/barriere-melden/"
THANKS = "/barriere-melden/danke/"


@pytest.fixture
def contact(home_page):
    return site_settings(
        organisation_name="Landesstelle für Vielfalt",
        contact_name="Landesstelle",
        contact_email="kontakt@example.org",
    )


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """POST the form and run what waits for the commit (the e-mail task)."""

    def post(data, **headers):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, data, **headers)

    return post


def error_summary(html):
    match = re.search(r'<div class="error-summary" role="alert"[^>]*>(.*?)</div>', html, re.S)
    return match.group(1) if match else ""


def test_urls():
    assert reverse("accessibility_feedback") == URL
    assert reverse("accessibility_feedback_thanks") == THANKS


# Showing the form -----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_page_comes_prefilled_from_the_footer_link(client, contact):
    response = client.get(URL, {"seite": "/themen/?seite=2"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Barriere melden</h1>" in html
    assert 'name="seite" value="/themen/?seite=2"' in html
    assert 'name="csrfmiddlewaretoken"' not in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_the_page_is_taken_from_the_referer_when_there_is_no_parameter(client, contact):
    html = client.get(URL, HTTP_REFERER="http://testserver/projekte/").content.decode()
    assert 'name="seite" value="/projekte/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page",
    [
        "https://evil.example/",
        "//evil.example/pfad/",
        "/\\evil.example",
        "javascript:alert(1)",
        "/pfad/\r\nSet-Cookie: x=1",
    ],
)
def test_a_page_elsewhere_is_not_filled_in(client, contact, page):
    html = client.get(URL, {"seite": page}, HTTP_REFERER="https://evil.example/").content.decode()
    assert 'name="seite" value=""' in html
    assert "evil.example" not in html


@pytest.mark.django_db
def test_the_form_in_english(client, contact):
    html = client.get("/en/barriere-melden/").content.decode()
    assert '<html lang="en">' in html
    assert 'action="/en/barriere-melden/"' in html


# A report that passes -------------------------------------------------------------------


@pytest.mark.django_db
def test_a_report_is_stored_mailed_and_confirmed(send, client, contact):
    response = send(form_data(name="Erika Muster", email="erika@example.org"))
    assert response.status_code == 303
    assert response["Location"] == f"{THANKS}?seite=%2Fthemen%2F&bestaetigung=1"
    assert not response.cookies

    report = FeedbackReport.objects.get()
    assert report.page_url == "/themen/"
    assert report.description == "Das Menü lässt sich nicht mit der Tastatur öffnen."
    assert (report.name, report.email, report.language) == (
        "Erika Muster",
        "erika@example.org",
        "de",
    )
    assert report.status == FeedbackReport.Status.OPEN
    assert report.site.is_default_site
    assert report.notified_at is not None and report.confirmed_at is not None

    notification, confirmation = mail.outbox
    assert notification.to == ["kontakt@example.org"]
    assert notification.reply_to == ["erika@example.org"]
    assert notification.subject == f"Barriere gemeldet (Meldung Nr. {report.pk})"
    assert "http://localhost/themen/" in notification.body
    assert "Das Menü lässt sich nicht mit der Tastatur öffnen." in notification.body
    assert "Erika Muster" in notification.body
    assert f"/admin/feedback_reports/inspect/{report.pk}/" in notification.body

    assert confirmation.to == ["erika@example.org"]
    assert confirmation.subject == f"Ihre Meldung einer Barriere (Nr. {report.pk})"
    assert f"unter der Nummer {report.pk}" in confirmation.body
    # The confirmation repeats nothing the sender typed: no spam through the form.
    assert "Tastatur" not in confirmation.body
    assert "Erika" not in confirmation.body

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert "<h1>Vielen Dank für Ihre Meldung</h1>" in html
    assert "Eingangsbestätigung" in html
    assert '<a class="button" href="/themen/">Zurück zur Seite</a>' in html
    assert "no-store" in thanks["Cache-Control"]


@pytest.mark.django_db
def test_without_an_address_there_is_no_confirmation(send, contact):
    response = send(form_data(seite=""))
    assert response["Location"] == THANKS
    (notification,) = mail.outbox
    assert notification.reply_to == []
    assert "nicht angegeben (keine Antwort gewünscht)" in notification.body
    assert FeedbackReport.objects.get().confirmed_at is None


@pytest.mark.django_db
def test_a_full_address_on_this_site_is_kept_as_its_path(send, contact):
    send(form_data(seite="http://testserver/projekte/berlin/#ziele"))
    assert FeedbackReport.objects.get().page_url == "/projekte/berlin/"


@pytest.mark.django_db
def test_an_english_report_is_confirmed_in_english(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/barriere-melden/", form_data(email="jane@example.org"))
    assert response["Location"].startswith("/en/barriere-melden/danke/")
    report = FeedbackReport.objects.get()
    assert report.language == "en"
    notification, confirmation = mail.outbox
    # The office reads German; the sender gets their language (once the catalogue has it).
    assert notification.subject.startswith("Barriere gemeldet")
    assert "Englisch" in notification.body or "English" in notification.body


@pytest.mark.django_db
def test_reports_go_to_the_statements_feedback_address_first(send, home_page, contact):
    statement = statement_page(home_page, feedback_email="barrierefrei@example.org")
    site_settings(accessibility_statement_page=statement)
    send(form_data())
    assert mail.outbox[0].to == ["barrierefrei@example.org"]


@pytest.mark.django_db
def test_without_any_contact_reports_go_to_the_operators(send, home_page, settings):
    settings.ADMINS = [("Betrieb", "betrieb@example.org")]
    send(form_data())
    assert mail.outbox[0].to == ["betrieb@example.org"]
    mail.outbox.clear()
    settings.ADMINS = []
    send(form_data())
    assert mail.outbox[0].to == [settings.DEFAULT_FROM_EMAIL]


# Spam --------------------------------------------------------------------------------


def refused(response, message):
    html = response.content.decode()
    summary = error_summary(html)
    assert message in summary, summary
    assert not FeedbackReport.objects.exists()
    assert mail.outbox == []
    # The answers are kept; the honeypot is emptied; a fresh time is issued.
    assert "Das Menü lässt sich nicht mit der Tastatur öffnen.</textarea>" in html
    assert 'name="website" value=""' in html
    assert not response.cookies
    return html


@pytest.mark.django_db
def test_the_honeypot_refuses(send, contact):
    response = send(form_data(website="https://spam.example/"))
    assert response.status_code == 400
    refused(response, "„Bitte dieses Feld leer lassen“")


@pytest.mark.django_db
def test_too_fast_refuses_and_sending_again_later_works(send, contact):
    response = send(form_data(zeit=feedback_forms.issue_time_token()))
    assert response.status_code == 400
    html = refused(response, "Das ging sehr schnell")
    token = re.search(r'name="zeit" value="([^"]+)"', html).group(1)
    assert feedback_forms.check_time_token(token, now=time.time() + 5) == feedback_forms.TIME_OK


@pytest.mark.django_db
def test_a_form_older_than_two_hours_refuses(send, contact):
    old = feedback_forms.issue_time_token(now=time.time() - feedback_forms.MAX_SECONDS - 1)
    response = send(form_data(zeit=old))
    assert response.status_code == 400
    refused(response, "länger als zwei Stunden geöffnet")


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["", "1795455617.2", "MTc5:forged:signature"])
def test_a_missing_or_forged_time_refuses(send, contact, token):
    response = send(form_data(zeit=token))
    assert response.status_code == 400
    refused(response, "Das Formular war unvollständig.")


@pytest.mark.django_db
def test_the_rate_limit_refuses_with_retry_after(send, contact, settings):
    settings.FEEDBACK_RATE_LIMIT = "2/h"
    assert send(form_data()).status_code == 303
    assert send(form_data()).status_code == 303
    FeedbackReport.objects.all().delete()
    mail.outbox.clear()
    response = send(form_data())
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 3600
    refused(response, "Von Ihrem Anschluss kamen in kurzer Zeit viele Meldungen.")
    # Another address has its own allowance.
    response = send(form_data(), REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 303


@pytest.mark.django_db
def test_the_rate_limit_stores_no_address(send, contact, settings):
    from django.core.cache import cache

    settings.FEEDBACK_RATE_LIMIT = "5/h"
    send(form_data(), REMOTE_ADDR="198.51.100.23")
    keys = list(cache._cache.keys())  # the local-memory cache of the tests
    assert keys and not any("198.51.100.23" in key for key in keys)


@pytest.mark.django_db
def test_too_many_links_are_refused(send, contact):
    text = "Siehe https://a.example https://b.example www.c.example http://d.example"
    response = send(form_data(beschreibung=text))
    assert response.status_code == 400
    summary = error_summary(response.content.decode())
    assert "höchstens 3 Internetadressen (jetzt 4)" in summary
    assert not FeedbackReport.objects.exists()
    assert (
        send(form_data(beschreibung="Siehe https://a.example und www.b.example")).status_code == 303
    )


@pytest.mark.django_db
def test_a_link_in_the_name_is_refused(send, contact):
    response = send(form_data(name="Billig kaufen www.spam.example"))
    assert response.status_code == 400
    assert "im Namen keine Internetadresse" in response.content.decode()


# Bad input ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_bad_input_is_answered_with_messages_and_the_answers_kept(send, contact):
    response = send(
        form_data(
            seite="https://evil.example/pfad/",
            beschreibung="   ",
            name="Erika Muster",
            email="erika@",
        )
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Fehler: Barriere melden" in html
    summary = error_summary(html)
    links = re.findall(r'<a href="#([^"]+)">(.*?)</a>', summary)
    assert [field for field, _message in links] == [
        "feedback-seite",
        "feedback-beschreibung",
        "feedback-email",
    ]
    assert "Bitte beschreiben Sie die Barriere." in summary
    assert "vollständige E-Mail-Adresse" in summary
    # Each field says what is wrong, linked for screen readers; answers are kept.
    assert 'id="feedback-email-error"' in html
    assert 'aria-describedby="feedback-email-hint feedback-email-error" aria-invalid="true"' in html
    assert 'name="name" value="Erika Muster"' in html
    assert 'name="email" value="erika@"' in html
    assert not FeedbackReport.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_too_long_description_is_refused(send, contact):
    response = send(form_data(beschreibung="x" * 5001))
    assert response.status_code == 400
    assert "höchstens 5000 Zeichen (jetzt 5001)" in response.content.decode()


# Where the POST comes from -------------------------------------------------------------


@pytest.mark.django_db
def test_a_post_from_another_site_is_refused(contact):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        URL, form_data(), HTTP_SEC_FETCH_SITE="cross-site", HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not FeedbackReport.objects.exists()


@pytest.mark.django_db
def test_a_post_from_this_site_needs_no_cookie(contact, django_capture_on_commit_callbacks):
    client = Client(enforce_csrf_checks=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(), HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 303
    assert FeedbackReport.objects.count() == 1
    assert not response.cookies


# The thank-you page ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"]
)
def test_the_back_link_only_leads_to_this_site(client, contact, page):
    html = client.get(THANKS, {"seite": page}).content.decode()
    assert "evil.example" not in html
    assert "javascript:" not in html
    assert '<a class="button" href="/">Zur Startseite</a>' in html


# Mail server outage ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_mail_server_outage_loses_no_report(send, contact):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        response = send(form_data(email="erika@example.org"))
    assert response.status_code == 303
    report = FeedbackReport.objects.get()
    assert report.notified_at is None and report.confirmed_at is None
    assert mail.outbox == []

    stdout = StringIO()
    call_command("send_feedback_mail", stdout=stdout)
    assert "1 report(s) sent, 0 failed." in stdout.getvalue()
    assert [message.to for message in mail.outbox] == [
        ["kontakt@example.org"],
        ["erika@example.org"],
    ]
    # Run again: nothing is sent twice.
    call_command("send_feedback_mail", stdout=StringIO())
    assert len(mail.outbox) == 2
