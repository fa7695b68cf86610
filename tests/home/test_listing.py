"""Listing helpers: pagination that never fails, filter values from an allow-list."""

from django.http import QueryDict
from django.test import RequestFactory

from home.listing import choice, paginate, query_string


def test_paginate_tolerates_bad_page_numbers():
    items = list(range(25))
    factory = RequestFactory()
    assert list(paginate(factory.get("/", {"seite": "2"}), items, 10)) == list(range(10, 20))
    assert paginate(factory.get("/", {"seite": "99"}), items, 10).number == 3
    assert paginate(factory.get("/", {"seite": "zwei"}), items, 10).number == 1
    assert paginate(factory.get("/"), items, 10).number == 1


def test_query_string_keeps_other_parameters():
    params = QueryDict("status=beendet&thema=partizipation&seite=2")
    assert query_string(params, seite=3) == "?status=beendet&thema=partizipation&seite=3"
    assert query_string(params, seite=None) == "?status=beendet&thema=partizipation"
    assert query_string(QueryDict(""), seite=None) == ""
    assert params["seite"] == "2"  # the request's own QueryDict is not changed


def test_choice_accepts_only_allowed_values():
    factory = RequestFactory()
    allowed = {"aktuell", "beendet"}
    assert (
        choice(factory.get("/", {"status": "beendet"}), "status", allowed, "aktuell") == "beendet"
    )
    assert (
        choice(factory.get("/", {"status": "<script>"}), "status", allowed, "aktuell") == "aktuell"
    )
    assert choice(factory.get("/"), "status", allowed, "aktuell") == "aktuell"
