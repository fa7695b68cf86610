"""The demo projects, exported and imported into a second site of a fresh database.

The module fixture loads the demo content in an outer transaction, exports the project
index with its subpages (the Berlin and Thuringia projects), their English translations
and files, renders the Berlin project page in German and English, and rolls everything
back. The test then runs on the migrated, empty database: it creates a second site,
knows the organisations and the funding programme by name (as another installation that
keeps the same snippets would), imports the blueprint under the new home page, publishes
the drafts and compares what readers see: the visible text of ``<main>`` and every
document link with the content of the file it serves.
"""

import hashlib
import io
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command, get_commands
from django.db import connections, transaction
from django.test import Client, TestCase
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from blueprints.export import export_bytes
from blueprints.importer import import_archive
from home.models import HomePage, SiteSettings
from networks.models import Organisation
from projects import demo_texts
from projects.models import FundingProgramme, ProjectIndexPage, ProjectPage

HOST = "zweite.example.org"
LEFT_OUT = demo_texts.IKPE
ORGANISATION_FIELDS = ("name", "short_name", "level", "state", "website")
PROGRAMME_FIELDS = ("name", "short_name", "kind", "notice", "link")


class _Reader(HTMLParser):
    """The text of ``<main>`` (without scripts) and its links to documents."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.text = []
        self.links = []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.depth += 1
        if self.depth and tag in ("script", "style", "template"):
            self.skip += 1
        if self.depth and tag == "a" and (attrs.get("href") or "").startswith("/documents/"):
            self._link = [attrs["href"], []]

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if self.depth and tag in ("script", "style", "template"):
            self.skip -= 1
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], " ".join("".join(self._link[1]).split())))
            self._link = None

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.text.append(data)
            if self._link is not None:
                self._link[1].append(data)


def _read(client, url):
    parts = urlsplit(url)
    response = client.get(parts.path, HTTP_HOST=parts.hostname)
    assert response.status_code == 200, url
    reader = _Reader()
    reader.feed(response.content.decode())
    text = " ".join(" ".join(reader.text).split())
    documents = []
    for href, label in reader.links:
        served = client.get(href, HTTP_HOST=parts.hostname)
        assert served.status_code == 200, href
        content = b"".join(served.streaming_content)
        documents.append(
            (
                label,
                href.rsplit("/", 1)[-1],
                hashlib.sha1(content, usedforsecurity=False).hexdigest(),
            )
        )
    return SimpleNamespace(text=text, documents=documents)


@pytest.fixture(scope="module")
def demo_blueprint(django_db_setup, django_db_blocker):
    """The demo projects as a blueprint, and what the Berlin page shows; nothing stays."""
    with django_db_blocker.unblock():
        atomics = [transaction.atomic(using=alias) for alias in connections]
        for atomic in atomics:
            atomic.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo_content", verbosity=0)
            german = Locale.objects.get(language_code="de")
            index = ProjectIndexPage.objects.get(locale=german, slug="projekte")
            berlin = ProjectPage.objects.get(locale=german, slug="berliner-netzwerke-fuer-vielfalt")
            data, result = export_bytes(index, subtree=True, translations=True, files=True)
            client = Client()
            seen = {
                translation.locale.language_code: _read(client, translation.get_full_url())
                for translation in berlin.get_translations(inclusive=True)
            }
            organisations = [
                {name: getattr(organisation, name) for name in ORGANISATION_FIELDS}
                for organisation in Organisation.objects.all()
            ]
            programmes = [
                {
                    "locale": programme.locale.language_code,
                    "translation_key": programme.translation_key,
                    **{name: getattr(programme, name) for name in PROGRAMME_FIELDS},
                }
                for programme in FundingProgramme.objects.order_by("locale__language_code")
            ]
        finally:
            for alias in connections:
                transaction.set_rollback(True, using=alias)
            for atomic in reversed(atomics):
                atomic.__exit__(None, None, None)
    return SimpleNamespace(
        data=data,
        result=result,
        seen=seen,
        organisations=organisations,
        programmes=programmes,
    )


def _first_difference(got, expected):
    """Where two texts part, with some context (pytest's diff of long lines is unreadable)."""
    position = next(
        (i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b),
        min(len(got), len(expected)),
    )
    start = max(0, position - 80)
    return f"imported: …{got[start : position + 80]}… / demo: …{expected[start : position + 80]}…"


def _second_site():
    """A second site with a published German home page and its English translation."""
    english = Locale.objects.get(language_code="en")
    if "create_site" in get_commands():
        call_command("create_site", "Zweite Stelle", HOST, verbosity=0)
        home = Site.objects.get(hostname=HOST).root_page.specific
    else:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Zweite Stelle", slug="zweite-stelle")
        )
        Site.objects.create(hostname=HOST, port=80, root_page=home, site_name="Zweite Stelle")
    home.save_revision().publish()
    english_home = home.get_translation_or_none(english) or home.copy_for_translation(english)
    english_home.specific.save_revision().publish()
    return Page.objects.get(pk=home.pk).specific


def _known_snippets(demo_blueprint):
    """The organisations (but one) and the programme, as another installation keeps them."""
    for fields in demo_blueprint.organisations:
        if fields["name"] != LEFT_OUT:
            Organisation.objects.create(**fields)
    for fields in demo_blueprint.programmes:
        locale = Locale.objects.get(language_code=fields.pop("locale"))
        FundingProgramme.objects.create(locale=locale, **fields)


@pytest.mark.django_db
def test_the_demo_projects_arrive_in_a_second_site_of_a_fresh_database(
    demo_blueprint, settings, django_capture_on_commit_callbacks
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, HOST]
    assert demo_blueprint.result.pages == 6
    assert demo_blueprint.result.documents >= 5
    assert not ProjectPage.objects.exists()
    assert not Organisation.objects.exists()

    home = _second_site()
    _known_snippets(demo_blueprint)
    with django_capture_on_commit_callbacks(execute=True):
        report = import_archive(io.BytesIO(demo_blueprint.data), home)

    created = [(page.title, page.locale.language_code) for page in report.pages]
    assert len(created) == 6
    assert created[:2] == [("Projekte", "de"), ("Berliner Netzwerke für Vielfalt", "de")]
    assert created[3:5] == [("Projects", "en"), ("Berlin Networks for Diversity", "en")]
    assert [page.get_parent().pk for page in report.pages[:1]] == [home.pk]
    assert not any(page.live for page in report.pages)
    assert report.documents_created == demo_blueprint.result.documents
    assert report.images_created == demo_blueprint.result.images
    # The organisation this installation lacks is named, with where it was used.
    assert any(LEFT_OUT in message for message in report.unmapped)
    assert all(LEFT_OUT in message for message in report.unmapped)
    # The Diversometer is not part of the blueprint: its link becomes the old address.
    assert any("Diversometer" in message for message in report.links)

    site_collection = getattr(SiteSettings.for_site(home.get_site()), "collection", None)
    if site_collection is not None:
        # New files go into the collection of the site they were imported into.
        documents = get_document_model().objects.filter(collection=site_collection)
        assert documents.count() == report.documents_created

    for page in report.pages:
        page.specific.get_latest_revision().publish()

    client = Client()
    berlin = ProjectPage.objects.get(
        locale__language_code="de", slug="berliner-netzwerke-fuer-vielfalt"
    )
    assert berlin.get_site().hostname == HOST
    for translation in berlin.get_translations(inclusive=True):
        code = translation.locale.language_code
        seen = _read(client, translation.get_full_url())
        assert urlsplit(translation.get_full_url()).hostname == HOST
        assert seen.text == demo_blueprint.seen[code].text, _first_difference(
            seen.text, demo_blueprint.seen[code].text
        )
        assert seen.documents == demo_blueprint.seen[code].documents, code
        assert len(seen.documents) == 5
    german = demo_blueprint.seen["de"].text
    # What the comparison covers: body text, mapped snippets and the Diversometer link.
    for words in (
        "Projektbestandteile",
        "Projektleitung LADS",
        "Asyl-, Migrations- und Integrationsfonds",
        "Willkommenskultur",
        "Diversometer ausprobieren",
    ):
        assert words in german
    assert "Project components" in demo_blueprint.seen["en"].text
