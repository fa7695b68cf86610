"""No cookie for anyone taking the Diversometer, in both displays; posts from other sites
are refused without counting anything (home.csrf: no CSRF cookie, the origin decides)."""

import pytest
from django.test import Client

from tests.diversometer.helpers import answer_data, counts, runs, state_of

pytestmark = pytest.mark.django_db

ANSWERS = {1: [1], 2: [1, 3], 3: [2], 4: [1]}
# What a browser sends with a form of this site: current browsers, older ones, the oldest.
FROM_THIS_SITE = [
    {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
    {"Origin": "http://testserver"},
    {"Referer": "http://testserver/vielfalts-check/"},
]
FROM_ELSEWHERE = [
    {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
    {"Sec-Fetch-Site": "same-site", "Origin": "http://evil.testserver"},
    {"Origin": "https://evil.example"},
    {"Origin": "null"},
    {"Referer": "https://evil.example/vielfalt/"},
    {},
]


def assert_no_cookie(response):
    assert not response.cookies, sorted(response.cookies)
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("headers", FROM_THIS_SITE, ids=["sec-fetch-site", "origin", "referer"])
def test_step_by_step_from_start_to_result_sets_no_cookie(self_check, headers):
    client = Client(enforce_csrf_checks=True)
    assert_no_cookie(client.get(self_check.url))
    response = client.get(self_check.url + "fragen/")
    assert_no_cookie(response)
    for number in range(1, len(self_check.questionnaire.questions) + 1):
        data = {"zustand": state_of(response), "aktion": "weiter"}
        data.update(answer_data(self_check, {number: ANSWERS[number]}))
        response = client.post(self_check.url + "fragen/", data, headers=headers)
        assert_no_cookie(response)
    assert response.status_code == 303
    result = client.get(response["Location"])
    assert result.status_code == 200
    assert_no_cookie(result)
    assert not client.cookies
    assert runs(self_check) == 1


@pytest.mark.parametrize("headers", FROM_THIS_SITE, ids=["sec-fetch-site", "origin", "referer"])
def test_one_page_form_from_start_to_result_sets_no_cookie(self_check_all, headers):
    client = Client(enforce_csrf_checks=True)
    start = client.get(self_check_all.url)
    assert_no_cookie(start)
    data = {"zustand": state_of(start), "aktion": "auswerten"}
    data.update(answer_data(self_check_all, ANSWERS))
    response = client.post(self_check_all.url + "fragen/", data, headers=headers)
    assert response.status_code == 303
    assert_no_cookie(response)
    assert_no_cookie(client.get(response["Location"]))
    assert not client.cookies
    assert runs(self_check_all) == 1


@pytest.mark.parametrize("headers", FROM_ELSEWHERE)
def test_posts_from_elsewhere_are_refused_and_count_nothing(self_check, self_check_all, headers):
    client = Client(enforce_csrf_checks=True)
    for page, action, answers in (
        (self_check_all, "auswerten", ANSWERS),
        (self_check, "weiter", {1: [1]}),
    ):
        start = client.get(page.url + ("fragen/" if page is self_check else ""))
        data = {"zustand": state_of(start), "aktion": action, **answer_data(page, answers)}
        response = client.post(page.url + "fragen/", data, headers=headers)
        assert response.status_code == 403
        assert_no_cookie(response)
        html = response.content.decode()
        assert "<h1>Formular nicht angenommen</h1>" in html
        assert "laden Sie die Seite neu" in html
        assert counts(page) == {}


def test_routes_without_posts_keep_djangos_csrf_check(self_check):
    """Only the decorated route is exempt: a POST elsewhere meets Django's token check."""
    client = Client(enforce_csrf_checks=True)
    for url in (self_check.url, self_check.url + "ergebnis/", "/"):
        response = client.post(url, {}, headers={"Sec-Fetch-Site": "same-origin"})
        assert response.status_code == 403, url
        assert "CSRF" in response.content.decode()
