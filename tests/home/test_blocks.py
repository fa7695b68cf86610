"""The shared block library: rendering, validation and serialisation."""

import json
import re
from html.parser import HTMLParser

import pytest
import wagtail_factories
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.template.loader import get_template
from django.test import RequestFactory
from django.utils import translation
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home.blocks import (
    BodyBlock,
    ButtonLinkBlock,
    CaptionedImageBlock,
    ContactPersonBlock,
    DocumentDownloadsBlock,
    LinkBlock,
    LinkCardsBlock,
    ParagraphBlock,
    TeaserCardsBlock,
)
from tests.factories import ContentPageFactory

BODY = BodyBlock()
BLOCK_NAMES = list(BODY.child_blocks)
FLYER_SIZE = 447_900

# What each block's preview must contain (the image, document and page fixtures
# are in the database). A block missing here is still rendered and checked for
# balanced markup.
EXPECTED_MARKUP = {
    "heading": ["<h2>Projektbestandteile</h2>"],
    "paragraph": ['<div class="rich-text">', "<b>bewusst mit Vielfalt umzugehen</b>", "<ul>"],
    "quote": [
        '<figure class="quote">',
        '<blockquote class="quote__text"><p>Das Ziel und die Hoffnung',
        '<span class="quote__name">Dirk Adams</span>',
        "Thüringer Minister für Migration, Justiz und Verbraucherschutz</span>",
        "</figcaption>",
    ],
    "image": [
        '<figure class="figure">',
        'alt="Teilnehmende einer Diversity-Werkstatt im Gespräch"',
        "1200w",
        '<figcaption class="figure__caption">',
        "Diversity-Werkstatt Berlin",
        '<span class="figure__credit">Foto: LADS</span>',
    ],
    "logo_bar": [
        '<h2 class="logo-bar__heading">Gefördert durch</h2>',
        '<ul class="logo-bar__list">',
        'alt="Europäische Union: Asyl-, Migrations- und Integrationsfonds"',
        "Integrationsfonds kofinanziert.",
    ],
    "key_facts": [
        '<dl class="key-facts__list">',
        '<dt class="key-facts__label">Laufzeit</dt>',
        '<dd class="key-facts__value">LADS</dd>',
        "Projektdurchführung",
    ],
    "process_steps": [
        '<h2 class="steps__heading">Die Prozessbegleitung</h2>',
        '<ol class="steps__list">',
        '<h3 class="steps__title">Analyse der Ausgangslage</h3>',
        '<h3 class="steps__title">Prozessentwicklung</h3>',
        '<h3 class="steps__title">Evaluation</h3>',
    ],
    "goals": [
        '<h2 class="goals__heading">Ziele des Projekts</h2>',
        '<ol class="goals__list">',
        '<h3 class="goals__title">Verwaltungen als attraktiven Arbeitgeber gestalten</h3>',
        '<ul class="goals__points">',
        "<li>Abbau von Zugangsbarrieren und Erhöhung von Teilhabechancen</li>",
    ],
    "accordion": [
        '<h2 class="accordion__heading">Häufige Fragen</h2>',
        '<details class="accordion__item">',
        '<summary class="accordion__summary">Wer kann teilnehmen?</summary>',
    ],
    "teaser_cards": [
        '<h2 class="cards-block__heading">Weitere Projekte</h2>',
        '<ul class="cards">',
        '<h3 class="card__title"><a class="card__link" href="/">Startseite</a></h3>',
    ],
    "link_cards": [
        '<ul class="cards">',
        '<a class="card__link" href="https://www.berlin.de/sen/lads/">'
        "Landesstelle für Gleichbehandlung</a>",
    ],
    "downloads": [
        '<ul class="downloads__list">',
        '<span class="downloads__title">Flyer „Berliner Netzwerke für Vielfalt“</span>',
        '<span class="downloads__meta">PDF-Dokument (447,9 kB)</span>',
    ],
    "call_to_action": [
        '<h2 class="cta__heading">Testen Sie Ihre Verwaltung</h2>',
        '<a class="button cta__button" href="https://www.berlin.de/sen/lads/">Zum Diversometer</a>',
    ],
    "contact_person": [
        '<address class="contact-card__body">',
        '<p class="contact-card__name">Maria Muster</p>',
        '<a href="tel:+493090130">+49 30 9013-0</a>',
        '<a href="mailto:vielfalt@example.org">vielfalt@example.org</a>',
    ],
}

VOID_ELEMENTS = {"br", "img", "source", "hr", "input", "meta", "link", "wbr"}


class _TagBalance(HTMLParser):
    """Records tags that are closed without being open, or left open."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.stack.append(tag)
        if tag == "a" and not dict(attrs).get("href"):
            self.problems.append("link without href")
        if tag == "img" and "alt" not in dict(attrs):
            self.problems.append("img without alt")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected </{tag}> (open: {self.stack})")
        else:
            self.stack.pop()


def assert_well_formed(html):
    checker = _TagBalance()
    checker.feed(html)
    checker.close()
    assert checker.problems == []
    assert checker.stack == []


def normalise_space(html):
    return re.sub(r"\s+", " ", html)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Renditions and site root paths are cached by row id, and ids repeat between tests."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def request_(rf: RequestFactory):
    return rf.get("/")


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(
        title="Diversity-Werkstatt", file__width=1600, file__height=900
    )


@pytest.fixture
def small_image(db):
    return wagtail_factories.ImageFactory(title="Klein", file__width=300, file__height=200)


@pytest.fixture
def flyer(db):
    return wagtail_factories.DocumentFactory(
        title="Flyer „Berliner Netzwerke für Vielfalt“",
        file__filename="flyer.pdf",
        file__data=b"%PDF-1.4\n" + b"0" * (FLYER_SIZE - 9),
    )


@pytest.fixture
def previewable(home_page, image, flyer):
    """Something for every chooser to pick: a published page, an image, a document."""
    return {"page": home_page, "image": image, "document": flyer}


# Every block ----------------------------------------------------------------------


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_has_full_meta(name):
    block = BODY.child_blocks[name]
    for option in ("icon", "template", "label", "preview_value", "description"):
        assert getattr(block.meta, option, None), f"{name} lacks Meta.{option}"
    assert block.meta.template == f"blocks/{_snake(type(block).__name__)}.html"
    get_template(block.meta.template)
    assert block.meta.group, f"{name} has no group"


@pytest.mark.django_db
@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_renders_its_preview_value(name, previewable, request_):
    block = BODY.child_blocks[name]
    with translation.override("de"):
        html = block.render(block.get_preview_value(), context={"request": request_})
    assert html.strip()
    assert_well_formed(html)
    for snippet in EXPECTED_MARKUP.get(name, []):
        assert snippet in normalise_space(html), f"{name}: {snippet!r} missing"


def test_expectations_name_only_existing_blocks():
    assert set(EXPECTED_MARKUP) <= set(BLOCK_NAMES)


@pytest.mark.django_db
def test_preview_values_work_without_database_rows():
    """Without images, documents or pages the preview leaves the choosers empty."""
    for name, block in BODY.child_blocks.items():
        html = block.render(block.get_preview_value())
        assert_well_formed(html)
        assert "<img" not in html, name


@pytest.mark.django_db
def test_preview_values_pick_existing_rows(previewable):
    assert CaptionedImageBlock().get_preview_value()["image"] == previewable["image"]
    downloads = DocumentDownloadsBlock().get_preview_value()
    assert [item["document"] for item in downloads["items"]] == [previewable["document"]] * 2
    cards = TeaserCardsBlock().get_preview_value()["cards"]
    assert previewable["page"].pk in [card["page"].pk for card in cards]


def test_preview_values_name_no_database_objects():
    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        else:
            assert value is None or isinstance(value, str | bool | int), repr(value)

    for block in BODY.child_blocks.values():
        walk(block.meta.preview_value)


@pytest.mark.django_db
def test_body_round_trips_through_json(previewable, request_):
    stream = blocks.StreamValue(
        BODY, [(name, block.get_preview_value()) for name, block in BODY.child_blocks.items()]
    )
    prepared = BODY.get_prep_value(stream)
    restored = BODY.to_python(json.loads(json.dumps(prepared)))

    assert [child.block_type for child in restored] == BLOCK_NAMES
    assert BODY.get_prep_value(restored) == prepared
    context = {"request": request_}
    assert BODY.render(restored, context=context) == BODY.render(stream, context=context)


def test_paragraph_limits_features():
    assert ParagraphBlock().features == ["bold", "italic", "link", "document-link", "ol", "ul"]


def test_no_class_shadows_a_wagtail_block():
    import wagtail.blocks
    import wagtail.documents.blocks
    import wagtail.images.blocks

    import home.blocks

    ours = {name for name, obj in vars(home.blocks).items() if isinstance(obj, type)}
    theirs = set(dir(wagtail.blocks)) | set(dir(wagtail.images.blocks))
    theirs |= set(dir(wagtail.documents.blocks))
    ours -= {"Page", "StructBlockValidationError", "ValidationError"}
    ours -= {name for name in ours if getattr(home.blocks, name).__module__ != "home.blocks"}
    assert ours & theirs == set()


# Images and alt text --------------------------------------------------------------


def _image_value(image, **fields):
    block = CaptionedImageBlock()
    data = {"image": image, "alt_text": "", "decorative": False, "caption": "", "credit": ""}
    data.update(fields)
    return block, block.normalize(data)


@pytest.mark.django_db
def test_image_without_alt_text_is_rejected(image):
    block, value = _image_value(image)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = error.value.block_errors["alt_text"].messages[0]
    assert message == ("Bitte einen Alternativtext eingeben oder das Bild als dekorativ markieren.")


@pytest.mark.django_db
def test_image_with_only_blank_alt_text_is_rejected(image):
    block, value = _image_value(image, alt_text="   ")
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"alt_text"}


@pytest.mark.django_db
def test_alt_text_error_comes_with_other_errors():
    block, value = _image_value(None)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "image" in error.value.block_errors


@pytest.mark.django_db
def test_drafts_may_leave_alt_text_for_later(image):
    block, value = _image_value(image)
    assert block.clean_deferred(value)["image"] == image


@pytest.mark.django_db
def test_publishing_checks_alt_text_saving_a_draft_does_not(image):
    _, value = _image_value(image)
    stream = blocks.StreamValue(BODY, [("image", value)])
    assert BODY.clean_deferred(stream)[0].value["image"] == image
    with pytest.raises(ValidationError):
        BODY.clean(stream)


@pytest.mark.django_db
def test_decorative_image_renders_empty_alt(image):
    block, value = _image_value(image, decorative=True, alt_text="Wird ignoriert")
    block.clean(value)
    html = block.render(value)
    assert 'alt=""' in html
    assert "Wird ignoriert" not in html
    assert "<figcaption" not in html


@pytest.mark.django_db
def test_image_renders_alt_text_and_srcset(image):
    block, value = _image_value(image, alt_text="Zwei Landratsämter", caption="Auftakt")
    block.clean(value)
    html = block.render(value)
    assert 'alt="Zwei Landratsämter"' in html
    srcset = re.search(r'srcset="([^"]+)"', html).group(1)
    assert [c.split()[-1] for c in srcset.split(", ")] == ["480w", "800w", "1200w"]
    assert 'sizes="(min-width: 48rem) 45rem, 100vw"' in html


@pytest.mark.django_db
def test_small_image_has_no_repeated_srcset_widths(small_image):
    block, value = _image_value(small_image, alt_text="Klein")
    html = block.render(value)
    assert "srcset" not in html
    assert 'width="300"' in html


@pytest.mark.django_db
def test_contact_photo_needs_alt_text_unless_decorative(image):
    block = ContactPersonBlock()
    data = dict(block.meta.preview_value, photo=image, decorative=False, alt_text="")
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.normalize(data))
    assert "Alternativtext" in error.value.block_errors["alt_text"].messages[0]

    data["decorative"] = True
    html = block.render(block.clean(block.normalize(data)))
    assert re.search(r'<img [^>]*alt=""', html)


def test_contact_phone_is_validated():
    block = ContactPersonBlock()
    data = dict(block.meta.preview_value, phone="bitte anrufen")
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.normalize(data))
    assert set(error.value.block_errors) == {"phone"}


# Links ----------------------------------------------------------------------------


def test_link_needs_a_page_or_an_address():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.normalize({"page": None, "url": "", "label": "Ohne Ziel"}))
    assert error.value.block_errors["page"].messages == [
        "Bitte eine Seite wählen oder eine externe Adresse eingeben."
    ]


@pytest.mark.django_db
def test_link_takes_a_page_or_an_address_not_both(home_page):
    block = LinkBlock()
    value = block.normalize({"page": home_page, "url": "https://example.org/", "label": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "nicht beides" in error.value.block_errors["url"].messages[0]


@pytest.mark.django_db
def test_link_to_a_page_uses_its_title(home_page):
    block = LinkBlock()
    value = block.clean(block.normalize({"page": home_page, "url": "", "label": ""}))
    assert value.href == "/"
    assert value.text == "Startseite"
    assert block.render(value).strip() == '<a href="/">Startseite</a>'


def test_link_to_an_address():
    block = LinkBlock()
    value = block.clean(
        block.normalize({"page": None, "url": "https://example.org/", "label": "Beispiel"})
    )
    assert (value.href, value.text) == ("https://example.org/", "Beispiel")


def test_button_link_requires_a_label():
    block = ButtonLinkBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.normalize({"page": None, "url": "https://example.org/", "label": ""}))
    assert set(error.value.block_errors) == {"label"}


def test_link_card_has_no_separate_label():
    card_link = LinkCardsBlock().child_blocks["cards"].child_block.child_blocks["link"]
    assert list(card_link.child_blocks) == ["page", "url"]


def test_cards_without_block_heading_use_h2():
    block = LinkCardsBlock()
    value = block.normalize(dict(block.meta.preview_value, heading=""))
    html = block.render(value)
    assert '<h2 class="card__title">' in html
    assert "<h3" not in html


@pytest.mark.django_db
def test_teaser_card_defaults_and_unpublished_pages(home_page, request_):
    published = ContentPageFactory(
        parent=home_page, title="Vielfalt Leben", search_description="Ein Projekt in Thüringen."
    )
    draft = ContentPageFactory(parent=home_page, title="Entwurf", live=False)
    block = TeaserCardsBlock()
    value = block.normalize(
        {
            "heading": "",
            "cards": [
                {"page": published, "title": "", "text": "", "image": None},
                {"page": draft, "title": "", "text": "", "image": None},
                {
                    "page": home_page,
                    "title": "Zur Startseite",
                    "text": "Eigener Text",
                    "image": None,
                },
            ],
        }
    )
    html = normalise_space(block.render(value, context={"request": request_}))
    assert f'<h2 class="card__title"><a class="card__link" href="{published.url}">' in html
    assert "Vielfalt Leben</a>" in html
    assert '<p class="card__text">Ein Projekt in Thüringen.</p>' in html
    assert "Entwurf" not in html
    assert ">Zur Startseite</a>" in html
    assert "Eigener Text" in html
    assert html.count('<li class="card">') == 2


# Downloads ------------------------------------------------------------------------


def _render_downloads(document, **item):
    block = DocumentDownloadsBlock()
    value = block.normalize(
        {
            "heading": "Publikationen",
            "items": [{"document": document, "title": "", "description": "", **item}],
        }
    )
    return normalise_space(block.render(value))


@pytest.mark.django_db
def test_download_shows_type_and_size_in_german(flyer):
    with translation.override("de"):
        html = _render_downloads(flyer)
    assert "PDF-Dokument (" in html
    assert "447,9 kB" in html


@pytest.mark.django_db
def test_download_size_follows_the_language(flyer):
    with translation.override("en"):
        html = _render_downloads(flyer)
    assert "447.9 kB" in html
    assert "447,9" not in html


@pytest.mark.django_db
def test_download_link_names_title_type_and_size(flyer):
    with translation.override("de"):
        html = _render_downloads(flyer, title="Flyer", description="Kurz vorgestellt.")
    link = re.search(r'<a class="downloads__link" href="([^"]+)">(.*?)</a>', html)
    assert link.group(1) == flyer.url
    text = re.sub(r"<[^>]+>", "", link.group(2)).strip()
    assert normalise_space(text) == "Flyer PDF-Dokument (447,9 kB)"
    assert '<p class="downloads__description">Kurz vorgestellt.</p>' in html


@pytest.mark.django_db
def test_download_survives_a_missing_file(flyer, monkeypatch):
    def missing(self):
        raise OSError("gone")

    monkeypatch.setattr(type(flyer), "get_file_size", missing)
    with translation.override("de"):
        html = _render_downloads(flyer)
    assert '<span class="downloads__meta">PDF-Dokument</span>' in html


def _snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
