"""The generated demo files: PDF publications, logos and the EU emblem."""

import dataclasses
from io import BytesIO

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.colours import contrast_ratio
from home.demo.files import (
    EU_GOLD,
    IMAGES,
    _draw_text,
    build_pdf,
    demo_document,
    demo_image,
    eu_star_centres,
    render_png,
)
from home.demo.publications import DISTINCTIVE_WORDS, PUBLICATIONS
from home.models import DemoContentRecord

# The page counts the brief for each publication allows.
PAGE_RANGES = {
    "flyer-berliner-netzwerke": (1, 2),
    "handreichung-willkommenskultur": (3, 5),
    "diversity-netzwerk-verwaltungen": (2, 4),
    "partizipative-prozesse": (3, 5),
    "beitraege-diversity-werkstatt": (3, 5),
    "broschuere-vielfalt-leben": (4, 6),
}

IMAGE_SIZES = {
    "eu-emblem": (600, 200),
    "logo-berliner-netzwerke": (600, 160),
    "logo-vielfalt-leben": (600, 160),
    "logo-landesstelle": (600, 160),
}


def words(text):
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdfs():
    """Each publication typeset once, with its pages' text extracted."""
    built = {}
    for key, publication in PUBLICATIONS.items():
        data = build_pdf(publication)
        reader = PdfReader(BytesIO(data))
        text = words(" ".join(page.extract_text() for page in reader.pages))
        built[key] = (data, reader, text)
    return built


def test_every_publication_has_a_distinctive_word_and_a_page_range():
    assert set(PUBLICATIONS) == set(PAGE_RANGES) == set(DISTINCTIVE_WORDS)
    assert len(set(DISTINCTIVE_WORDS.values())) == len(DISTINCTIVE_WORDS)


@pytest.mark.parametrize("key", PAGE_RANGES)
def test_pdf_pages_title_and_metadata(pdfs, key):
    data, reader, text = pdfs[key]
    publication = PUBLICATIONS[key]
    assert data.startswith(b"%PDF-")
    low, high = PAGE_RANGES[key]
    assert low <= len(reader.pages) <= high
    assert all(page.mediabox.width == pytest.approx(595.28, abs=0.1) for page in reader.pages)
    assert reader.metadata.title == publication.title
    assert reader.metadata.author == publication.publisher
    assert reader.metadata.subject == publication.summary
    assert reader.metadata.creator == "Vielfalt"
    assert words(publication.short_title) in text
    assert words(publication.subtitle) in text
    assert f"Seite 1 von {len(reader.pages)}" in text
    assert f"Seite {len(reader.pages)} von {len(reader.pages)}" in text


@pytest.mark.parametrize("key", PAGE_RANGES)
def test_pdf_text_comes_back_with_umlauts_and_quotes(pdfs, key):
    _data, _reader, text = pdfs[key]
    for heading, _blocks in PUBLICATIONS[key].sections:
        assert words(heading) in text
    assert "für" in text
    assert any(word in text for word in ("Bürger", "Öffnung", "Maßnahmen", "Verfügung"))
    assert "„" in text and "“" in text
    assert "\ufffd" not in text and "?ffentlich" not in text


@pytest.mark.parametrize("key", PAGE_RANGES)
def test_distinctive_word_is_in_its_pdf_only(pdfs, key):
    word = DISTINCTIVE_WORDS[key]
    assert word in pdfs[key][2]
    for other, (_data, _reader, text) in pdfs.items():
        if other != key:
            assert word.lower() not in text.lower(), f"{word} also in {other}"
    for other, publication in PUBLICATIONS.items():
        assert word not in publication.summary, f"{word} in the summary of {other}"


@pytest.mark.parametrize("key", PAGE_RANGES)
def test_pdf_is_tagged_in_german(pdfs, key):
    _data, reader, _text = pdfs[key]
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "de-DE"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    document = catalog["/StructTreeRoot"]["/K"][0].get_object()
    assert document["/S"] == "/Document"
    kinds = [element.get_object()["/S"] for element in document["/K"]]
    assert kinds.count("/H1") == 1
    assert kinds.index("/H1") < kinds.index("/H2")
    assert kinds.count("/H2") == len(PUBLICATIONS[key].sections) + 1  # and the imprint
    assert ("/Figure" in kinds) is PUBLICATIONS[key].eu_funding
    for element in document["/K"]:
        if element.get_object()["/S"] == "/Figure":
            assert "Europäischen Union" in element.get_object()["/Alt"]
    contents = reader.pages[-1].get_contents().get_data()
    assert b"/Artifact BMC" in contents
    assert contents.count(b" BDC") == contents.count(b"EMC") - contents.count(b"/Artifact BMC")


@pytest.mark.parametrize("key", PAGE_RANGES)
def test_pdf_accent_colour_is_readable_on_white(key):
    assert contrast_ratio(PUBLICATIONS[key].colour, "#ffffff") >= 4.5


def test_build_pdf_refuses_characters_the_standard_font_cannot_print():
    publication = dataclasses.replace(
        PUBLICATIONS["flyer-berliner-netzwerke"], sections=[("Wege", ["Eingang → Raum 3"])]
    )
    with pytest.raises(ValueError, match="→"):
        build_pdf(publication)


def test_berlin_pdfs_carry_the_eu_funding_note(pdfs):
    for key, (_data, _reader, text) in pdfs.items():
        funded = "Asyl-, Migrations- und Integrationsfonds kofinanziert" in text
        assert funded is PUBLICATIONS[key].eu_funding
    assert "30.06.2015 bis zum 29.06.2018" in pdfs["flyer-berliner-netzwerke"][2]
    brochure = pdfs["broschuere-vielfalt-leben"][2]
    assert "Externe Prozessbegleitung" in brochure
    assert "Gründung einer stabilen Arbeitsgruppe mit festen Ansprechpartner:innen" in brochure


# --- Stored documents -------------------------------------------------------------------


@pytest.mark.django_db
def test_demo_document_is_created_once(settings):
    Document = get_document_model()
    first = demo_document("flyer-berliner-netzwerke")
    second = demo_document("flyer-berliner-netzwerke")
    assert first.pk == second.pk
    assert Document.objects.count() == 1
    assert DemoContentRecord.objects.get(key="document.flyer-berliner-netzwerke").object_id == (
        first.pk
    )
    assert first.title == PUBLICATIONS["flyer-berliner-netzwerke"].title
    assert first.filename == "flyer-berliner-netzwerke-fuer-vielfalt.pdf"
    stored = list((settings.MEDIA_ROOT / "documents").iterdir())
    assert [path.name for path in stored] == [first.filename]
    with first.file.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF-")
    assert first.file_size == len(data)
    assert len(first.file_hash) == 40


@pytest.mark.django_db
def test_a_deleted_demo_document_is_not_recreated():
    document = demo_document("partizipative-prozesse")
    document.delete()
    assert demo_document("partizipative-prozesse") is None
    assert get_document_model().objects.count() == 0


@pytest.mark.django_db
def test_unknown_document_key_fails_loudly():
    with pytest.raises(KeyError):
        demo_document("gibt-es-nicht")
    assert not DemoContentRecord.objects.exists()


# --- Images -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pngs():
    return {key: render_png(key) for key in IMAGES}


@pytest.mark.parametrize("key", IMAGE_SIZES)
def test_image_size_mode_and_weight(pngs, key):
    image = Image.open(BytesIO(pngs[key]))
    assert image.format == "PNG"
    assert image.size == IMAGE_SIZES[key]
    assert image.mode == "RGB"
    assert len(pngs[key]) < 20_000


@pytest.mark.parametrize(
    "key", ["logo-berliner-netzwerke", "logo-vielfalt-leben", "logo-landesstelle"]
)
def test_logo_text_contrasts_with_its_background(pngs, key):
    image = Image.open(BytesIO(pngs[key])).convert("RGB")
    background = "#{:02x}{:02x}{:02x}".format(*image.getpixel((599, 159)))
    assert contrast_ratio(background, "#ffffff") >= 4.5
    colours = {colour for _count, colour in image.getcolors(maxcolors=100_000)}
    assert (255, 255, 255) in colours


def _gold_regions(image):
    """Count the 4-connected regions of EU gold pixels."""
    width, height = image.size
    pixels = image.load()
    seen = set()
    regions = []
    for y in range(height):
        for x in range(width):
            if (x, y) in seen or pixels[x, y] != EU_GOLD:
                continue
            stack, region = [(x, y)], []
            seen.add((x, y))
            while stack:
                px, py = stack.pop()
                region.append((px, py))
                for nx, ny in ((px + 1, py), (px - 1, py), (px, py + 1), (px, py - 1)):
                    if (
                        0 <= nx < width
                        and 0 <= ny < height
                        and (nx, ny) not in seen
                        and pixels[nx, ny] == EU_GOLD
                    ):
                        seen.add((nx, ny))
                        stack.append((nx, ny))
            regions.append(region)
    return regions


def test_eu_emblem_has_twelve_stars_on_the_circle(pngs):
    image = Image.open(BytesIO(pngs["eu-emblem"])).convert("RGB")
    flag = image.crop((20, 20, 260, 180))  # the flag: 240 × 160 px
    assert flag.getpixel((2, 2)) == (0, 51, 153)
    regions = _gold_regions(flag)
    assert len(regions) == 12
    centres = eu_star_centres(0, 0, 160)
    for region in regions:
        xs = [x for x, _y in region]
        ys = [y for _x, y in region]
        centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        # Each region is one star near one clock position, 2 × height/18 across.
        assert min(abs(centre[0] - cx) + abs(centre[1] - cy) for cx, cy in centres) < 2.5
        assert 14 <= max(ys) - min(ys) + 1 <= 19
    for cx, cy in centres:
        assert flag.getpixel((round(cx), round(cy))) == EU_GOLD


def test_umlaut_dots_are_drawn_above_the_letter():
    def render(text):
        image = Image.new("L", (80, 60), 0)
        _draw_text(ImageDraw.Draw(image), (10, 5), text, 40, 255)
        return image

    plain, umlaut = render("u"), render("ü")
    difference = [
        (x, y)
        for y in range(60)
        for x in range(80)
        if plain.getpixel((x, y)) != umlaut.getpixel((x, y))
    ]
    assert difference
    letter_top = min(y for y in range(60) for x in range(80) if plain.getpixel((x, y)))
    assert max(y for _x, y in difference) < letter_top


@pytest.mark.django_db
def test_demo_image_is_created_once_and_not_recreated_after_deletion():
    ImageModel = get_image_model()
    first = demo_image("eu-emblem")
    assert demo_image("eu-emblem").pk == first.pk
    assert ImageModel.objects.count() == 1
    assert (first.width, first.height) == (600, 200)
    assert first.title == IMAGES["eu-emblem"].title
    assert "Europäischen Union" in first.description
    assert first.file_size > 0
    logo = demo_image("logo-landesstelle")
    assert (logo.width, logo.height) == (600, 160)
    first.delete()
    assert demo_image("eu-emblem") is None
    assert list(ImageModel.objects.all()) == [logo]
