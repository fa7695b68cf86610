"""The statement, Leichte Sprache and Gebärdensprache pages: tree rules, what they show,
what publishing asks for."""

import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accessibility.blocks import (
    NonAccessibleContentBlock,
    SignLanguageVideoBlock,
    parse_video_duration,
)
from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage
from accessibility.models.statement import MESSAGE_NON_ACCESSIBLE, MESSAGE_TEST_BODY
from home.models import ContentPage, HomePage
from tests.accessibility.helpers import document, item, publish, site_settings, statement_page
from tests.factories import ContentPageFactory, HomePageFactory
from tests.publications import media


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


class PageTreeRulesTests(WagtailPageTestCase):
    def test_only_under_a_home_page_and_once_per_site(self):
        home = HomePageFactory(parent=Page.get_first_root_node())
        for model in (AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage):
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(ContentPage, model)
            self.assertAllowedSubpageTypes(model, set())
            assert model.can_create_at(home)
        statement_page(home)
        assert not AccessibilityStatementPage.can_create_at(home)


# The statement --------------------------------------------------------------------------


@pytest.mark.django_db
def test_statement_shows_every_element_bitv_asks_for(client, home_page):
    site_settings(contact_name="Landesstelle", contact_email="kontakt@example.org")
    page = statement_page(home_page)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(html)
    # State of compliance, in the words of the model statement.
    assert (
        "Diese Website ist wegen der folgenden Unvereinbarkeiten und Ausnahmen nur "
        "teilweise mit § 3 Absätze 1 bis 4 und § 4 der BITV 2.0 vereinbar." in text
    )
    # The contents that are not accessible, grouped by reason, with the alternative.
    groups = re.findall(r"<h3>(.*?)</h3>", html)
    assert groups[:3] == [
        "Unvereinbarkeiten mit den Anforderungen",
        "Unverhältnismäßige Belastung",
        "Inhalte, die nicht unter die Anforderungen fallen",
    ]
    for content in ("Alte PDF-Dokumente", "Kartenansicht", "Archiv vor 2018"):
        assert f'<h4 class="statement-item__title">{content}</h4>' in html
    assert "Begründung Wird bis 2026 behoben." in text
    assert "Barrierefreie Alternative Als Word-Datei auf Anfrage." in text
    # Date and method.
    assert '<time datetime="2025-03-01">1. März 2025</time>' in html
    assert "Prüfung durch Dritte: Prüfstelle Beispiel GmbH" in text
    assert "BITV-Test an zwölf Seiten." in text
    assert '<time datetime="2025-09-15">15. September 2025</time>' in html
    # Feedback: the site's contact (no own contact on the page) and the form.
    assert 'href="mailto:kontakt@example.org"' in html
    assert (
        '<form class="feedback-form" method="post" action="/barriere-melden/" novalidate>' in html
    )
    assert 'name="csrfmiddlewaretoken"' not in html
    # Enforcement: the conciliation body with its https link.
    assert "<strong>Schlichtungsstelle BGG</strong>" in html
    assert 'href="https://www.schlichtungsstelle-bgg.de"' in html
    assert "Mauerstraße 53<br>10117 Berlin" in html
    # The form carries a signed time: caches must revalidate the page.
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("compliance", "sentence"),
    [
        (
            "full",
            "Diese Website ist mit § 3 Absätze 1 bis 4 und § 4 der BITV 2.0 vollständig vereinbar.",
        ),
        ("none", "Diese Website ist mit § 3 Absätze 1 bis 4 und § 4 der BITV 2.0 nicht vereinbar."),
    ],
)
def test_compliance_sentences(home_page, compliance, sentence):
    page = AccessibilityStatementPage(
        compliance=compliance, legal_basis="§ 3 Absätze 1 bis 4 und § 4 der BITV 2.0"
    )
    assert page.compliance_sentence.startswith(sentence)


@pytest.mark.django_db
def test_statement_with_its_own_contact_and_nothing_inaccessible(client, home_page):
    site_settings(contact_email="kontakt@example.org")
    page = statement_page(
        home_page,
        compliance="full",
        non_accessible=[],
        feedback_name="Team Barrierefreiheit",
        feedback_email="barrierefrei@example.org",
    )
    html = client.get(page.url).content.decode()
    assert "Uns sind keine Inhalte bekannt, die nicht barrierefrei sind." in html
    assert 'href="mailto:barrierefrei@example.org"' in html
    assert "kontakt@example.org</a>" not in html.split("<footer", 1)[0]


@pytest.mark.django_db
def test_the_conciliation_link_must_be_https(home_page):
    page = AccessibilityStatementPage(**{"title": "E", "slug": "e"})
    page.conciliation_url = "http://www.schlichtungsstelle-bgg.de"
    with pytest.raises(ValidationError) as error:
        page.clean_fields(
            exclude=[f.name for f in page._meta.fields if f.name != "conciliation_url"]
        )
    assert "https://" in " ".join(error.value.message_dict["conciliation_url"])


@pytest.mark.django_db
def test_the_last_review_cannot_come_before_the_statement(home_page):
    page = AccessibilityStatementPage(
        title="E",
        slug="e",
        statement_date=date(2025, 3, 1),
        last_review_date=date(2025, 3, 1) - timedelta(days=1),
    )
    page.set_url_path(home_page)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "last_review_date" in error.value.message_dict


def test_a_disproportionate_burden_needs_a_justification():
    block = NonAccessibleContentBlock()
    value = block.to_python(item("Kartenansicht", reason="disproportionate_burden")[1])
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "justification" in error.value.block_errors
    value = block.to_python(
        item("Kartenansicht", reason="disproportionate_burden", justification="Zu teuer.")[1]
    )
    assert block.clean(value)["justification"] == "Zu teuer."
    # Other reasons may leave it for later.
    assert block.clean(block.to_python(item("PDF")[1]))


class StatementEditingTests(WagtailPageTestCase):
    """In the admin: drafts may have gaps; publishing asks for what the statement needs."""

    def setUp(self):
        self.login()
        self.home = HomePageFactory(parent=Page.get_first_root_node())
        self.url = reverse(
            "wagtailadmin_pages:add",
            args=["accessibility", "accessibilitystatementpage", self.home.pk],
        )

    def data(self, **overrides):
        data = {
            "title": "Erklärung zur Barrierefreiheit",
            "slug": "barrierefreiheit",
            "intro": "",
            "legal_basis": "§ 3 Absätze 1 bis 4 und § 4 der BITV 2.0",
            "compliance": "full",
            "non_accessible": streamfield([]),
            "statement_date": "2025-03-01",
            "method": "self",
            "test_body": "",
            "method_details": "",
            "last_review_date": "",
            "feedback_name": "",
            "feedback_email": "",
            "feedback_phone": "",
            "feedback_address": "",
            "conciliation_name": "Schlichtungsstelle BGG",
            "conciliation_text": "",
            "conciliation_url": "https://www.schlichtungsstelle-bgg.de",
            "conciliation_address": "",
            "conciliation_email": "",
            "conciliation_phone": "",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_publishing_a_complete_statement(self):
        self.assertCanCreate(self.home, AccessibilityStatementPage, self.data())
        assert AccessibilityStatementPage.objects.get().live

    def test_a_draft_may_leave_the_required_fields_empty(self):
        data = self.data(compliance="", method="", statement_date="", conciliation_name="")
        data["conciliation_url"] = ""
        response = self.client.post(self.url, data)
        assert response.status_code == 302
        assert AccessibilityStatementPage.objects.get().live is False

    def test_publishing_asks_for_the_test_body_of_a_third_party_test(self):
        response = self.client.post(
            self.url, {**self.data(method="third_party"), "action-publish": "1"}
        )
        assert response.status_code == 200
        assert response.context["form"].errors["test_body"] == [str(MESSAGE_TEST_BODY)]
        assert not AccessibilityStatementPage.objects.exists()

    def test_a_partly_compliant_site_must_name_what_is_not_accessible(self):
        response = self.client.post(
            self.url, {**self.data(compliance="partial"), "action-publish": "1"}
        )
        assert response.status_code == 200
        assert response.context["form"].errors["non_accessible"] == [str(MESSAGE_NON_ACCESSIBLE)]
        assert not AccessibilityStatementPage.objects.exists()

    def test_publishing_asks_for_compliance_date_method_and_conciliation(self):
        data = self.data(compliance="", method="", statement_date="", conciliation_name="")
        data["conciliation_url"] = ""
        response = self.client.post(self.url, {**data, "action-publish": "1"})
        assert response.status_code == 200
        errors = response.context["form"].errors
        for field in (
            "compliance",
            "method",
            "statement_date",
            "conciliation_name",
            "conciliation_url",
        ):
            assert field in errors, field


# Leichte Sprache ------------------------------------------------------------------------


@pytest.mark.django_db
def test_easy_language_page_with_its_pdf(client, home_page):
    pdf = document(
        "leichte-sprache.pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    )
    page = publish(
        home_page,
        EasyLanguagePage(
            title="Leichte Sprache",
            slug="leichte-sprache",
            intro="Hier erklären wir die Seite.",
            body=[
                ("heading", {"text": "Was gibt es hier?", "level": "h2"}),
                ("paragraph", "<p>Hier gibt es <b>Infos</b>.</p>"),
            ],
            pdf=pdf,
        ),
    )
    html = client.get(page.url).content.decode()
    assert "<h1>Leichte Sprache</h1>" in html
    assert "<h2>Was gibt es hier?</h2>" in html
    assert "<p>Hier gibt es <b>Infos</b>.</p>" in html
    assert "„Leichte Sprache“ zum Ausdrucken" in html
    assert "PDF-Dokument (" in html


def test_easy_language_text_has_no_italics():
    from accessibility.blocks import EasyLanguageBlock

    assert "italic" not in EasyLanguageBlock().child_blocks["paragraph"].features


# Gebärdensprache ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("3:20", 200), ("0:45", 45), ("1:02:03", 3723), ("12:00", 720)],
)
def test_video_durations(text, seconds):
    assert parse_video_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "3", "3:75", "0:00", "drei Minuten", "1:60:00"])
def test_bad_video_durations(text):
    assert parse_video_duration(text) is None


@pytest.mark.django_db
def test_sign_language_video_with_download_size_and_duration(client, home_page):
    video = document("erklaerung.mp4", media.mp4(), title="DGS-Video")
    captions = document("erklaerung.vtt", media.VTT_TEXT.encode(), title="Untertitel")
    page = publish(
        home_page,
        SignLanguagePage(
            title="Gebärdensprache",
            slug="gebaerdensprache",
            videos=[
                (
                    "video",
                    {
                        "title": "Was es auf dieser Website gibt",
                        "video": video,
                        "duration": "2:30",
                        "captions": captions,
                        "text": "<p>Auf dieser Website finden Sie Projekte.</p>",
                    },
                ),
                (
                    "video",
                    {
                        "title": "Wie Sie sich zurechtfinden",
                        "video": None,
                        "duration": "",
                        "captions": None,
                        "text": "<p>Oben ist das Menü.</p>",
                    },
                ),
            ],
        ),
    )
    assert page.missing_videos == 1
    html = client.get(page.url).content.decode()
    assert f'<source src="{video.url}" type="video/mp4">' in html
    assert f'<track kind="captions" src="{captions.url}" srclang="de" label="Deutsch">' in html
    assert f'<a class="downloads__link" href="{video.url}" download>' in html
    assert "MP4-Video (" in html
    assert 'Dauer <time datetime="PT2M30S">2:30 Min.</time>' in html
    assert "Auf dieser Website finden Sie Projekte." in html
    # The second section waits for its video and says so instead of faking one.
    assert html.count("Video in Deutscher Gebärdensprache folgt.") == 1
    assert "Oben ist das Menü." in html
    assert html.count("<video") == 1


@pytest.mark.django_db
def test_a_sign_language_video_must_be_a_video_file():
    block = SignLanguageVideoBlock()
    pdf = document("heft.pdf", b"%PDF-1.4\n")
    vtt = document("untertitel.vtt", media.VTT_TEXT.encode())
    value = block.to_python(
        {"title": "T", "video": pdf.pk, "duration": "drei", "captions": pdf.pk, "text": "<p>x</p>"}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"video", "duration", "captions"}
    value = block.to_python(
        {"title": "T", "video": None, "duration": "", "captions": vtt.pk, "text": "<p>x</p>"}
    )
    assert block.clean(value)["captions"] == vtt


@pytest.mark.django_db
def test_content_page_still_renders_with_the_new_links(client, home_page):
    page = ContentPageFactory(parent=home_page, title="Impressum", slug="impressum")
    assert client.get(page.url).status_code == 200
