"""home.csrf: public forms are protected by where the request comes from, not by a cookie."""

import pytest
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.test import Client, RequestFactory, override_settings
from django.views.decorators.csrf import csrf_exempt

from home.csrf import SameOriginPagesMiddleware, origin_problem, same_origin_post


@same_origin_post
def view(request):
    return HttpResponse("ok")


def post(**headers):
    return RequestFactory().post("/formular/", {"a": "1"}, headers=headers)


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin"},
        # Sec-Fetch-Site wins over a missing or odd Origin: the browser computed it.
        {"Sec-Fetch-Site": "same-origin", "Origin": "null"},
        {"Origin": "http://testserver"},
        {"Referer": "http://testserver/diversometer/"},
    ],
    ids=["sec-fetch-site", "sec-fetch-site-null-origin", "origin", "referer"],
)
def test_requests_from_this_site_are_accepted(headers):
    assert origin_problem(post(**headers)) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "http://intranet.testserver"},
        {"Sec-Fetch-Site": "none"},
        # Sec-Fetch-Site decides when sent, even if Origin looks right.
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        # Same host, other scheme or port: another origin.
        {"Origin": "https://testserver"},
        {"Origin": "http://testserver:8080"},
        {"Referer": "https://evil.example/testserver/"},
        {"Referer": "http://testserver.evil.example/"},
        {"Referer": "not a url"},
        {},
    ],
)
def test_requests_from_elsewhere_or_unknown_are_refused(headers):
    assert origin_problem(post(**headers)) is not None


def test_a_referer_is_only_a_fallback():
    """With an Origin, a same-site Referer does not rescue a foreign Origin."""
    request = post(Origin="https://evil.example", Referer="http://testserver/")
    assert origin_problem(request) is not None


def test_safe_methods_are_never_checked():
    request = RequestFactory().get("/", headers={"Origin": "https://x.example"})
    assert origin_problem(request) is None


@override_settings(CSRF_TRUSTED_ORIGINS=["https://portal.example", "https://*.land.example"])
@pytest.mark.parametrize(
    ("headers", "accepted"),
    [
        ({"Origin": "https://portal.example"}, True),
        ({"Sec-Fetch-Site": "cross-site", "Origin": "https://portal.example"}, True),
        ({"Sec-Fetch-Site": "same-site", "Origin": "https://amt.land.example"}, True),
        ({"Origin": "http://portal.example"}, False),
        ({"Origin": "https://portal.example.evil"}, False),
        ({"Sec-Fetch-Site": "cross-site", "Origin": "https://land.example.evil"}, False),
        ({"Referer": "https://portal.example/seite/"}, True),
    ],
)
def test_csrf_trusted_origins_are_honoured(headers, accepted):
    assert (origin_problem(post(**headers)) is None) is accepted


@override_settings(ALLOWED_HOSTS=["vielfalt.example"])
def test_a_host_not_allowed_is_never_our_origin():
    request = RequestFactory().post("/", headers={"Origin": "http://testserver"})
    assert origin_problem(request) is not None


def test_the_decorator_exempts_from_the_cookie_check_and_checks_the_origin(db, home_page):
    assert view.csrf_exempt is True
    assert view(post(**{"Sec-Fetch-Site": "same-origin"})).content == b"ok"
    refused = view(post(**{"Sec-Fetch-Site": "cross-site"}))
    assert refused.status_code == 403
    assert "no-store" in refused["Cache-Control"]
    html = refused.content.decode()
    assert "<h1>Formular nicht angenommen</h1>" in html
    assert "Sec-Fetch-Site" not in html  # the reason is logged, not shown


def test_the_decorator_works_on_methods():
    class Page:
        @same_origin_post
        def serve(self, request):
            return HttpResponse("served")

    assert Page().serve(post(Origin="http://testserver")).content == b"served"


def test_the_middleware_still_checks_other_views():
    """Plain views keep Django's cookie and token check; exempt views stay exempt."""

    def plain(request):
        return HttpResponse("ok")

    ours = SameOriginPagesMiddleware(lambda request: HttpResponse())
    django = CsrfViewMiddleware(lambda request: HttpResponse())
    request = post(**{"Sec-Fetch-Site": "same-origin"})
    request._dont_enforce_csrf_checks = False
    django.process_request(request)
    assert ours.process_view(request, plain, (), {}) is None
    assert not getattr(request, "csrf_processing_done", False)
    refused = django.process_view(request, plain, (), {})
    assert refused is not None and refused.status_code == 403
    assert django.process_view(request, csrf_exempt(plain), (), {}) is None


def test_django_csrf_middleware_stays_in_place(settings):
    """Ours only marks pages; Django's middleware (and its deploy checks) stay."""
    middleware = settings.MIDDLEWARE
    ours = middleware.index("home.csrf.SameOriginPagesMiddleware")
    assert middleware.index("django.middleware.csrf.CsrfViewMiddleware") == ours + 1


@pytest.mark.django_db
def test_the_admin_keeps_djangos_csrf_token():
    """Editors' forms (admin, login, wagtail-localize under /admin/) keep cookie and token."""
    client = Client(enforce_csrf_checks=True)
    login = client.get("/admin/login/")
    assert "csrftoken" in login.cookies
    same_origin = {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"}
    refused = client.post("/admin/login/", {"username": "a", "password": "b"}, headers=same_origin)
    assert refused.status_code == 403
    token = client.cookies["csrftoken"].value
    answered = client.post(
        "/admin/login/",
        {"username": "a", "password": "b", "csrfmiddlewaretoken": token},
        headers=same_origin,
    )
    assert answered.status_code == 200  # the form again: wrong password, but accepted
