"""A small site to export: a content page with a subpage, files, topics and translations."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale

from home.models import ContentPage, Topic
from tests.blueprints.helpers import document, image


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def body(*blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def english_home(home_page, english):
    return publish(home_page.copy_for_translation(english))


@pytest.fixture
def sample(home_page, english_home, english):
    """``{page, child, contact, image, document, topic}``: "Vorlage Netzwerk" and more.

    The page links to its subpage (inside a subtree export) and to "Kontakt" (outside),
    shows an image and a document in blocks and in rich text, and has a topic. The page
    and its subpage have English translations.
    """
    photo = image(description="Menschen im Gespräch")
    photo.tags.add("Veranstaltung")
    handout = document(language="de")
    topic = Topic.objects.create(name="Willkommenskultur", name_en="Welcome culture")
    contact = publish(home_page.add_child(instance=ContentPage(title="Kontakt", slug="kontakt")))
    page = home_page.add_child(
        instance=ContentPage(title="Vorlage Netzwerk", slug="vorlage-netzwerk", intro="Intro.")
    )
    child = page.add_child(
        instance=ContentPage(title="Unterseite", slug="unterseite", intro="Unten.")
    )
    child.body = body(
        ("paragraph", f'<p>Zurück zur <a linktype="page" id="{page.pk}">Vorlage</a>.</p>'),
    )
    publish(child)
    page.body = body(
        ("heading", {"text": "Worum es geht", "level": "h2"}),
        (
            "paragraph",
            f'<p>Siehe <a linktype="page" id="{child.pk}">Unterseite</a>, '
            f'<a linktype="page" id="{contact.pk}">Kontakt</a> und '
            f'<a linktype="document" id="{handout.pk}">Handreichung</a>.</p>'
            f'<embed alt="Foto" embedtype="image" format="left" id="{photo.pk}"/>',
        ),
        (
            "image",
            {
                "image": photo.pk,
                "alt_text": "Menschen im Gespräch",
                "decorative": False,
                "caption": "Werkstatt",
                "credit": "",
            },
        ),
        (
            "downloads",
            {
                "heading": "Zum Herunterladen",
                "items": [{"document": handout.pk, "title": "", "description": ""}],
            },
        ),
        (
            "call_to_action",
            {
                "heading": "Mitmachen",
                "text": "",
                "link": {"page": contact.pk, "url": "", "label": "Schreiben Sie uns"},
            },
        ),
    )
    page.topics.add(topic)
    publish(page)
    english_page = page.copy_for_translation(english)
    english_page.title = "Blueprint network"
    english_page.slug = "blueprint-network"
    publish(english_page)
    english_child = child.copy_for_translation(english)
    english_child.title = "Subpage"
    english_child.slug = "subpage"
    publish(english_child)
    return {
        "page": page,
        "child": child,
        "contact": contact,
        "image": photo,
        "document": handout,
        "topic": topic,
        "english_page": english_page,
        "english_child": english_child,
    }


@pytest.fixture
def limited_editor(django_user_model, sample):
    """An editor who may add and edit pages only below "Kontakt"."""
    group = Group.objects.create(name="Kontakt-Redaktion")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=sample["contact"],
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    root_collection = Collection.get_first_root_node()
    for codename in ("add_image", "choose_image", "add_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(codename=codename),
        )
    user = django_user_model.objects.create_user("kontakt", password="x")
    user.groups.add(group)
    return user
