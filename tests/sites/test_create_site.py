"""``manage.py create_site NAME HOSTNAME``: a new site with its pages, in German and English."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Collection, Page, Site

from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage
from home.models import ContentPage, HomePage, SiteSettings
from home.models.site_settings import SERVICE_PAGES
from tests.sites.conftest import NEW

SERVICE_TYPES = {
    "imprint_page": (ContentPage, "Impressum", "Legal notice"),
    "privacy_page": (ContentPage, "Datenschutzerklärung", "Privacy policy"),
    "accessibility_statement_page": (
        AccessibilityStatementPage,
        "Erklärung zur Barrierefreiheit",
        "Accessibility statement",
    ),
    "easy_language_page": (EasyLanguagePage, "Leichte Sprache", "Easy Read"),
    "sign_language_page": (SignLanguagePage, "Gebärdensprache", "German Sign Language"),
}


def create(*args):
    out = StringIO()
    call_command("create_site", *args, stdout=out)
    return out.getvalue()


def counts():
    return (
        Site.objects.count(),
        Page.objects.count(),
        Collection.objects.count(),
        SiteSettings.objects.count(),
    )


@pytest.mark.django_db
def test_creates_the_site_its_pages_in_both_languages_settings_and_collection(home_page, hosts):
    output = create("Stadt Musterstadt", NEW)

    site = Site.objects.get(hostname=NEW)
    assert (site.port, site.site_name, site.is_default_site) == (80, "Stadt Musterstadt", False)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.depth == 2
    assert home.locale.language_code == "de"
    assert (home.title, home.live) == ("Stadt Musterstadt", False)
    english_home = HomePage.objects.get(
        translation_key=home.translation_key, locale__language_code="en"
    )
    assert english_home.depth == 2
    assert not english_home.live

    site_settings = SiteSettings.for_site(site)
    assert site_settings.organisation_name == "Stadt Musterstadt"
    assert site_settings.collection.name == "Stadt Musterstadt"
    assert site_settings.collection.get_parent() == Collection.get_first_root_node()
    assert set(SERVICE_TYPES) == set(SERVICE_PAGES)
    for field, (model, german_title, english_title) in SERVICE_TYPES.items():
        page = getattr(site_settings, field).specific
        assert isinstance(page, model), field
        assert page.get_parent().pk == home.pk, field
        assert (page.title, page.live, page.locale.language_code) == (german_title, False, "de")
        assert page.get_latest_revision() is not None
        english = model.objects.get(
            translation_key=page.translation_key, locale__language_code="en"
        )
        assert english.get_parent().pk == english_home.pk, field
        assert (english.title, english.live) == (english_title, False)

    # The drafts tell the editors what belongs there; nothing poses as a legal text.
    imprint = site_settings.imprint_page.specific
    text = str(imprint.body)
    assert "Was hierher gehört" in text
    assert "§ 5 Digitale-Dienste-Gesetz" in text
    english_imprint = ContentPage.objects.get(
        translation_key=imprint.translation_key, locale__language_code="en"
    )
    assert "What belongs here" in str(english_imprint.body)
    assert "Bevor die Website online geht" in str(home.body)
    assert "Stadt Musterstadt" in str(home.body)  # the collection to upload to

    assert 'Site "Stadt Musterstadt" created: http://musterstadt.example/' in output
    assert f"http://127.0.0.1:8000/admin/pages/{home.pk}/" in output
    assert f"/admin/settings/home/sitesettings/{site.pk}/" in output
    assert "not in ALLOWED_HOSTS" not in output


@pytest.mark.django_db
def test_a_new_site_is_not_public_until_its_pages_are_published(client, home_page, hosts):
    create("Stadt Musterstadt", NEW)
    site = Site.objects.get(hostname=NEW)
    site_settings = SiteSettings.for_site(site)
    assert client.get("/", HTTP_HOST=NEW).status_code == 404

    site_settings.imprint_page.specific.save_revision().publish()
    site.root_page.specific.save_revision().publish()
    html = client.get("/", HTTP_HOST=NEW).content.decode()
    assert "<h1>Stadt Musterstadt</h1>" in html
    assert 'href="/impressum/"' in html
    # Drafts are not linked: no link of the header or footer leads to a 404.
    for slug in ("datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache"):
        assert f'href="/{slug}/"' not in html
    assert client.get("/impressum/", HTTP_HOST=NEW).status_code == 200

    for field in SERVICE_PAGES:
        getattr(site_settings, field).specific.save_revision().publish()
    html = client.get("/", HTTP_HOST=NEW).content.decode()
    for slug in ("datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache"):
        assert f'href="/{slug}/"' in html
        assert client.get(f"/{slug}/", HTTP_HOST=NEW).status_code == 200
    # The English tree is the new site's too, once published.
    home = site.root_page.specific
    english_home = HomePage.objects.get(
        translation_key=home.translation_key, locale__language_code="en"
    )
    english_home.save_revision().publish()
    english = client.get("/en/", HTTP_HOST=NEW).content.decode()
    assert '<html lang="en">' in english
    assert "Write here, in one or two sentences, what your office does" in english
    # The default site is untouched.
    assert "Stadt Musterstadt" not in client.get("/", HTTP_HOST="localhost").content.decode()


@pytest.mark.django_db
def test_editors_can_open_every_new_page_and_the_settings(admin_client, home_page, hosts):
    create("Stadt Musterstadt", NEW)
    site = Site.objects.get(hostname=NEW)
    home = site.root_page
    pages = Page.objects.filter(
        translation_key__in=[page.translation_key for page in home.get_descendants(inclusive=True)]
    )
    assert pages.count() == 12
    for page in pages:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    settings_url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    assert admin_client.get(settings_url).status_code == 200


@pytest.mark.django_db
def test_running_twice_refuses_and_changes_nothing(home_page, hosts):
    create("Stadt Musterstadt", NEW)
    before = counts()
    with pytest.raises(CommandError, match='already used by the site "Stadt Musterstadt"'):
        create("Stadt Musterstadt", NEW)
    with pytest.raises(CommandError, match="musterstadt.example with port 80"):
        create("Ganz anders", "MusterStadt.Example.")
    assert counts() == before


@pytest.mark.django_db
def test_the_default_sites_host_is_refused(home_page):
    before = counts()
    with pytest.raises(CommandError, match="localhost with port 80 is already used"):
        create("Noch eine", "localhost")
    assert counts() == before


@pytest.mark.django_db
def test_the_same_host_on_another_port_is_a_site_of_its_own(home_page, hosts):
    create("Stadt Musterstadt", NEW)
    output = create("Stadt Musterstadt (Test)", NEW, "--port", "8080")
    assert "http://musterstadt.example:8080/" in output
    assert Site.objects.filter(hostname=NEW).count() == 2
    # Both home pages live under the tree root with distinct slugs.
    homes = HomePage.objects.filter(depth=2, locale__language_code="de").exclude(pk=home_page.pk)
    assert len({home.slug for home in homes}) == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("", NEW), "NAME is empty"),
        (("   ", NEW), "NAME is empty"),
        (("x" * 201, NEW), "at most 200 fit"),
        (("Stadt", "https://musterstadt.example"), "without scheme or path"),
        (("Stadt", "musterstadt.example/vielfalt"), "without scheme or path"),
        (("Stadt", "musterstadt.example:8000"), "give the port with --port"),
        (("Stadt", "muster stadt.example"), "is not a valid host name"),
        (("Stadt", "muster-.example"), "is not a valid host name"),
        (("Stadt", "muster..example"), "is not a valid host name"),
        (("Stadt", "*.example"), "is not a valid host name"),
        (("Stadt", ("a" * 63 + ".") * 4 + "de"), "is not a valid host name"),
        (("Stadt", ""), "is not a valid host name"),
        (("Stadt", NEW, "--port", "0"), "is not a port"),
        (("Stadt", NEW, "--port", "70000"), "is not a port"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(home_page, args, message):
    before = counts()
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        create(*args)
    assert counts() == before


@pytest.mark.django_db
def test_international_host_names_are_stored_in_their_ascii_form(home_page, settings):
    settings.ALLOWED_HOSTS = ["xn--vielfalt-mnchen-8vb.example"]
    create("Landeshauptstadt München", "Vielfalt-München.example")
    site = Site.objects.get(site_name="Landeshauptstadt München")
    assert site.hostname == "xn--vielfalt-mnchen-8vb.example"
    assert site.root_page.slug == "landeshauptstadt-muenchen"


@pytest.mark.django_db
def test_names_with_markup_characters_are_text(home_page, hosts):
    """The name goes into rich text (the collection to upload to): it is escaped there."""
    create("Stadt Ost & West <Nord>", NEW)
    home = Site.objects.get(hostname=NEW).root_page.specific
    assert home.title == "Stadt Ost & West <Nord>"
    assert "„Stadt Ost &amp; West &lt;Nord&gt;“" in str(home.body)
    english = HomePage.objects.get(translation_key=home.translation_key, locale__language_code="en")
    assert english.title == "Stadt Ost & West <Nord>"
    assert "“Stadt Ost &amp; West &lt;Nord&gt;”" in str(english.body)


@pytest.mark.django_db
def test_warns_when_the_host_is_not_allowed(home_page):
    output = create("Stadt Musterstadt", NEW)
    assert "musterstadt.example is not in ALLOWED_HOSTS" in output
