"""Site settings: contrast validation, theme stylesheet, footer links."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Site

from home.colours import contrast_ratio
from home.models import FooterLink, SiteSettings
from tests.factories import ContentPageFactory


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WebAIM's reference value for #767676 on white: 4.54:1, the lightest AA grey.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.django_db
def test_default_colours_pass():
    SiteSettings(site=Site.objects.get()).full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "colour", "message"),
    [
        ("primary_colour", "#ffcc00", "Der Kontrast von #ffcc00 zu weißer Schrift beträgt nur 1,"),
        ("primary_colour", "#777777", "nur 4,48:1; nötig sind mindestens 4,5:1"),
        ("accent_colour", "#333333", "Der Kontrast von #333333 zur dunklen Textfarbe"),
    ],
)
def test_colours_below_aa_contrast_are_refused(field, colour, message):
    settings = SiteSettings(site=Site.objects.get(), **{field: colour})
    with pytest.raises(ValidationError) as error, translation.override("de"):
        settings.full_clean()
    assert message in " ".join(error.value.message_dict[field])


@pytest.mark.django_db
def test_malformed_colour_is_refused():
    settings = SiteSettings(site=Site.objects.get(), primary_colour="blue")
    with pytest.raises(ValidationError) as error, translation.override("de"):
        settings.full_clean()
    assert "#RRGGBB" in " ".join(error.value.message_dict["primary_colour"])


@pytest.mark.django_db
def test_theme_stylesheet_carries_the_colours(client, home_page):
    settings = SiteSettings.for_site(Site.objects.get())
    settings.primary_colour = "#00405a"
    settings.save()
    html = client.get(home_page.url).content.decode()
    assert f'/theme.css?v={settings.theme_version}"' in html
    response = client.get("/theme.css")
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert "--color-primary: #00405a;" in response.content.decode()
    assert "max-age=31536000" in response["Cache-Control"]


@pytest.mark.django_db
def test_settings_appear_in_header_and_footer(client, home_page):
    page = ContentPageFactory(parent=home_page, title="Impressum", slug="impressum")
    settings = SiteSettings.for_site(Site.objects.get())
    settings.organisation_name = "Landesstelle für Gleichbehandlung"
    settings.contact_email = "info@example.org"
    settings.save()
    settings.footer_links.add(FooterLink(page=page, sort_order=0))
    settings.footer_links.add(
        FooterLink(
            url="https://example.org/barrierefreiheit", label="Barrierefreiheit", sort_order=1
        )
    )
    settings.save()
    html = client.get(home_page.url).content.decode()
    assert "Landesstelle für Gleichbehandlung" in html
    assert '<a href="mailto:info@example.org">info@example.org</a>' in html
    assert '<a href="/impressum/">Impressum</a>' in html
    assert '<a href="https://example.org/barrierefreiheit">Barrierefreiheit</a>' in html


@pytest.mark.django_db
def test_footer_link_needs_exactly_one_target(home_page):
    settings = SiteSettings.for_site(Site.objects.get())
    with pytest.raises(ValidationError, match="entweder eine Seite"):
        FooterLink(settings=settings, label="Leer").clean()
    with pytest.raises(ValidationError, match="entweder eine Seite"):
        FooterLink(settings=settings, page=home_page, url="https://example.org").clean()
    with pytest.raises(ValidationError) as error:
        FooterLink(settings=settings, url="https://example.org").clean()
    assert "braucht einen Linktext" in str(error.value)


@pytest.mark.django_db
def test_footer_link_label_in_english(home_page):
    settings = SiteSettings.for_site(Site.objects.get())
    link = FooterLink(
        settings=settings, url="https://example.org", label="Datenschutz", label_en="Privacy"
    )
    with translation.override("en"):
        assert link.resolve() == ("Privacy", "https://example.org")
    with translation.override("de"):
        assert link.resolve() == ("Datenschutz", "https://example.org")
