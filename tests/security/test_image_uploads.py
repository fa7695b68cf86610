"""Image uploads: SVG and HTML refused (also renamed), size and pixel limits, in German."""

import io
import json
import random

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from PIL.PngImagePlugin import PngInfo
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

Image = get_image_model()

SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def picture(size=(40, 30), image_format="PNG", text=None, noise=False):
    image = PILImage.new("RGB", size, (200, 30, 90))
    if noise:
        noisy = random.Random(9).randbytes(size[0] * size[1] * 3)  # noqa: S311 (test data)
        image = PILImage.frombytes("RGB", size, noisy)
    out = io.BytesIO()
    options = {}
    if text is not None:
        info = PngInfo()
        info.add_text("Comment", text)
        options["pnginfo"] = info
    image.save(out, image_format, **options)
    return out.getvalue()


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    return client


def upload(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Testbild",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def refusal(response):
    """The file field's error messages of a refused upload (nothing stored)."""
    assert response.status_code == 200, response.status_code
    assert Image.objects.count() == 0
    return " ".join(response.context["form"].errors["file"])


def test_a_real_png_is_accepted(editor_client):
    response = upload(editor_client, "foto.png", picture())
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (40, 30)


def test_svg_is_refused_with_the_reason(editor_client):
    message = refusal(upload(editor_client, "logo.svg", SVG))
    assert "SVG-Grafiken werden nicht angenommen: Sie können Skripte enthalten." in message
    assert "„logo.svg“ als PNG oder WebP" in message


@pytest.mark.parametrize(
    ("name", "data"),
    [("logo.png", SVG), ("seite.png", HTML), ("seite.jpg", b"  \n" + HTML), ("bild.gif", SVG)],
)
def test_markup_with_an_image_name_is_refused(editor_client, name, data):
    message = refusal(upload(editor_client, name, data))
    assert f"Die Datei „{name}“ ist kein Bild, sondern eine Web-Seite oder Grafik" in message
    assert "Skripte" in message


def test_an_image_hiding_html_is_refused(editor_client):
    """A valid PNG whose first kilobyte holds a web page (a "polyglot")."""
    data = picture(text="<html><script>alert(1)</script></html>")
    assert PILImage.open(io.BytesIO(data)).size == (40, 30)
    message = refusal(upload(editor_client, "foto.png", data))
    assert "ist kein Bild, sondern eine Web-Seite" in message


@pytest.mark.parametrize("name", ["seite.html", "seite.htm", "dokument.xml", "bild.bmp"])
def test_other_types_are_refused_by_name(editor_client, name):
    message = refusal(upload(editor_client, name, picture()))
    extension = name.rsplit(".", 1)[1]
    assert f"Dateien vom Typ .{extension} können nicht als Bild hochgeladen werden." in message
    assert "Erlaubt sind: AVIF, GIF, JPG, JPEG, PNG, WEBP." in message


def test_an_image_under_the_wrong_name(editor_client):
    message = refusal(upload(editor_client, "foto.png", picture(image_format="JPEG")))
    assert "Die Datei heißt „foto.png“, ist aber ein JPEG-Bild." in message


@pytest.mark.parametrize(
    "data",
    [b"Nur ein Satz.", b"\x89PNG\r\n\x1a\n kaputt", picture()[:60]],
    ids=["text", "signature only", "truncated"],
)
def test_no_image_at_all(editor_client, data):
    """Also a file that only starts like a PNG (Wagtail alone answers 500 there)."""
    message = refusal(upload(editor_client, "foto.png", data))
    assert "Die Datei „foto.png“ ist kein Bild in einem der erlaubten Formate" in message


def test_too_many_pixels(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    message = refusal(upload(editor_client, "plakat.png", picture(size=(1100, 1000))))
    assert (
        "Das Bild „plakat.png“ hat 1.100 × 1.000 Pixel (1,1 Megapixel); erlaubt sind "
        "höchstens 1 Megapixel. Bitte verkleinern Sie es vor dem Hochladen." in message
    )
    assert upload(editor_client, "plakat.png", picture(size=(1000, 1000))).status_code == 302


def test_too_large(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000
    data = picture(size=(100, 100), noise=True)
    assert len(data) > 10_000
    message = refusal(upload(editor_client, "foto.png", data))
    assert "Das Bild „foto.png“ ist " in message
    assert "groß; erlaubt sind höchstens 10 kB." in message


def test_the_form_says_what_is_allowed(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20_000_000
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
    html = editor_client.get(reverse("wagtailimages:add")).content.decode()
    assert (
        "Erlaubt sind: AVIF, GIF, JPG, JPEG, PNG, WEBP (keine SVG-Grafiken). Höchstens 20 MB. "
        "Höchstens 50 Megapixel." in html
    )


def test_multiple_upload_refuses_svg_too(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("logo.png", SVG)},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    result = json.loads(response.content)
    assert result["success"] is False
    assert "ist kein Bild, sondern eine Web-Seite" in result["error_message"]
    assert Image.objects.count() == 0


def test_the_chooser_upload_refuses_svg_too(editor_client):
    response = editor_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Logo",
            "image-chooser-upload-file": SimpleUploadedFile("logo.svg", SVG),
            "image-chooser-upload-collection": Collection.get_first_root_node().pk,
        },
    )
    assert "SVG-Grafiken werden nicht angenommen" in response.content.decode()
    assert Image.objects.count() == 0
