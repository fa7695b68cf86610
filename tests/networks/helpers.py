"""Helpers shared by the networks tests."""

import json
import re

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html, schema_type):
    """The JSON-LD objects of ``schema_type`` in a rendered page."""
    found = []
    for script in JSON_LD.findall(html):
        for item in json.loads(script):
            if item.get("@type") == schema_type:
                found.append(item)
    return found


def queries_for(client, url):
    """How many SQL queries a GET of ``url`` runs (after one request to warm the caches).

    Rendering is measured: the page cache is off (a hit would run none).
    """
    with override_settings(PAGE_CACHE_SECONDS=0):
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def main(html):
    """The ``<main>`` element of a page, so header and footer do not match by accident."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]
