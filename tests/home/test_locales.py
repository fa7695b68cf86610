"""Each locale once per request (home/locales.py)."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.locales import PerRequestLocalesMiddleware


def locale_queries(captured):
    return [q for q in captured.captured_queries if "wagtailcore_locale" in q["sql"]]


@pytest.mark.django_db
def test_a_request_looks_each_locale_up_once():
    seen = []

    def view(request):
        for _ in range(3):
            seen.append(Locale.objects.get_for_language("de"))
        seen.append(Locale.objects.get_for_language("en"))
        return HttpResponse("ok")

    Locale.objects.get_or_create(language_code="en")
    middleware = PerRequestLocalesMiddleware(view)
    with CaptureQueriesContext(connection) as captured:
        middleware(RequestFactory().get("/"))
    assert len(locale_queries(captured)) == 2
    assert {locale.language_code for locale in seen} == {"de", "en"}
    # The next request asks again: nothing is kept between requests.
    with CaptureQueriesContext(connection) as captured:
        middleware(RequestFactory().get("/"))
    assert len(locale_queries(captured)) == 2


@pytest.mark.django_db
def test_outside_a_request_every_lookup_queries():
    with CaptureQueriesContext(connection) as captured:
        Locale.objects.get_for_language("de")
        Locale.objects.get_for_language("de")
    assert len(locale_queries(captured)) == 2


@pytest.mark.django_db
def test_a_missing_locale_is_not_remembered():
    Locale.objects.filter(language_code="en").delete()

    def view(request):
        with pytest.raises(Locale.DoesNotExist):
            Locale.objects.get_for_language("en")
        Locale.objects.create(language_code="en")
        assert Locale.objects.get_for_language("en").language_code == "en"
        return HttpResponse("ok")

    PerRequestLocalesMiddleware(view)(RequestFactory().get("/"))


@pytest.mark.django_db
def test_the_home_page_asks_once(client, home_page):
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/").status_code == 200
    assert len(locale_queries(captured)) <= 1
