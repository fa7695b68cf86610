"""What every site has: sitemap.xml over both languages, breadcrumbs as JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [item for block in blocks for item in json.loads(block)]


@pytest.mark.django_db
def test_sitemap_lists_german_and_english_pages(client, demo_content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)}
    assert "http://localhost/" in locations
    assert "http://localhost/en/" in locations
    assert "http://localhost/ueber-dieses-angebot/" in locations
    assert "http://localhost/en/about-this-service/" in locations


@pytest.mark.django_db
def test_breadcrumbs_as_json_ld(client, demo_content):
    html = client.get("/en/about-this-service/").content.decode()
    (crumbs,) = [item for item in json_ld(html) if item["@type"] == "BreadcrumbList"]
    assert crumbs["@context"] == "https://schema.org"
    assert [(c["position"], c["name"], c["item"]) for c in crumbs["itemListElement"]] == [
        (1, "Diversity in public administration", "http://localhost/en/"),
        (2, "About this service", "http://localhost/en/about-this-service/"),
    ]
