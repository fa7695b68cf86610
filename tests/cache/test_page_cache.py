"""Anonymous page views from the cache: hits, what is never stored, keys (home/page_cache.py)."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from home import page_cache
from search import views as search_views
from tests.cache.conftest import hit, stored
from tests.diversometer.helpers import complete_steps, make_diversometer
from tests.factories import ContentPageFactory
from tests.publications.library import PublicationIndexPageFactory


@pytest.fixture
def page(home_page):
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_second_view_comes_from_the_cache_without_queries(client, page, django_assert_num_queries):
    first = client.get(page.url)
    assert first.status_code == 200
    assert stored(first)
    with django_assert_num_queries(0):
        second = client.get(page.url)
    assert hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The security headers are added to hits as well.
    assert "Content-Security-Policy" in second


@pytest.mark.django_db
def test_head_is_answered_from_the_stored_get(client, page):
    client.get(page.url)
    assert hit(client.head(page.url))


@pytest.mark.django_db
def test_cached_pages_tell_browsers_and_shared_caches_how_long(client, page, settings):
    response = client.get(page.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60"} <= cache_control
    assert not any(part.startswith("s-maxage") for part in cache_control)


@pytest.mark.django_db
def test_off_when_seconds_are_zero(client, page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(page.url)
    response = client.get(page.url)
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_logged_in_editor_never_gets_a_cached_page(client, page, admin_user):
    client.get(page.url)
    client.force_login(admin_user)
    for _ in range(2):
        response = client.get(page.url)
        assert "X-Page-Cache" not in response
        assert b"wagtail-userbar" in response.content.lower() or b"userbar" in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "messages"])
def test_a_session_csrf_or_messages_cookie_bypasses_the_cache(client, page, cookie):
    client.get(page.url)
    client.cookies[cookie] = "irgendwas"
    for _ in range(2):
        assert "X-Page-Cache" not in client.get(page.url)


@pytest.mark.django_db
def test_preview_and_draft_are_never_cached(client, page, admin_user):
    client.get(page.url)
    page.title = "Über uns (Entwurf)"
    page.save_revision()
    client.force_login(admin_user)
    draft = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert draft.status_code == 200
    assert "Über uns (Entwurf)" in draft.content.decode()
    assert "X-Page-Cache" not in draft
    preview = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert "X-Page-Cache" not in preview
    client.logout()
    client.cookies.clear()
    # The public page still shows the published title.
    assert "Über uns (Entwurf)" not in client.get(page.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "geheim"},
        {"restriction_type": PageViewRestriction.LOGIN},
    ],
)
def test_restricted_pages_are_never_cached(client, page, restriction):
    child = ContentPageFactory(parent=page, title="Intern", slug="intern")
    child.save_revision().publish()
    client.get(child.url)  # stored while public
    PageViewRestriction.objects.create(page=page, **restriction)
    for _ in range(2):
        response = client.get(child.url)
        assert "X-Page-Cache" not in response
        assert "Intern</h1>" not in response.content.decode()


@pytest.mark.django_db
def test_post_is_never_answered_from_the_cache(client, page):
    client.get(page.url)
    response = client.post(page.url, {"a": "b"})
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_unknown_query_parameters_are_rendered_and_not_stored(client, page):
    """Also the Diversometer's result token (``?r=…``) and ``?video=laden``."""
    for query in ("?r=signiertes-token", "?video=laden", "?utm_source=newsletter"):
        for _ in range(2):
            response = client.get(page.url + query)
            assert response.status_code == 200
            assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_declared_query_parameters_are_cached_per_value(client, home_page):
    library = PublicationIndexPageFactory(parent=home_page)
    library.save_revision().publish()
    assert stored(client.get(library.url + "?typ=bericht&seite=1"))
    assert hit(client.get(library.url + "?seite=1&typ=bericht"))  # order does not matter
    assert stored(client.get(library.url + "?typ=handreichung&seite=1"))
    # Repeated or too long query strings are not cached.
    for query in ("?seite=1&seite=2", "?typ=" + "x" * page_cache.MAX_QUERY_LENGTH):
        client.get(library.url + query)
        assert "X-Page-Cache" not in client.get(library.url + query)


@pytest.mark.django_db
def test_searches_are_cached_per_term_and_filter(client, home_page, django_assert_num_queries):
    assert stored(client.get("/suche/?q=vielfalt"))
    with django_assert_num_queries(0):
        assert hit(client.get("/suche/?q=vielfalt"))
    assert stored(client.get("/suche/?q=vielfalt&typ=dokumente&seite=2"))
    assert stored(client.get("/suche/?q=anderes"))
    response = client.get("/suche/?q=vielfalt")
    assert {"public", "max-age=60"} <= {p.strip() for p in response["Cache-Control"].split(",")}
    # Parameters the search does not read are rendered and not stored.
    for _ in range(2):
        assert "X-Page-Cache" not in client.get("/suche/?q=vielfalt&utm_source=x")


@pytest.mark.django_db
def test_a_search_from_the_cache_still_counts_for_the_popular_searches(client, home_page):
    def hits():
        return sum(Query.get("vielfalt").daily_hits.values_list("hits", flat=True))

    assert stored(client.get("/suche/?q=Vielfalt"))
    assert hits() == 1  # counted by the view
    step = search_views.CACHED_HITS_STEP
    for _ in range(step - 1):
        assert hit(client.get("/suche/?q=Vielfalt"))
    assert hits() == 1  # counted in the cache, not yet in the database
    with CaptureQueriesContext(connection) as queries:
        assert hit(client.get("/suche/?q=Vielfalt"))
    assert queries.captured_queries  # the step is written
    assert hits() == 1 + step
    # A HEAD from the cache (a link checker) is not a search.
    for _ in range(step):
        assert hit(client.head("/suche/?q=Vielfalt"))
    assert hits() == 1 + step


@pytest.mark.django_db
def test_a_failing_hit_hook_still_serves_the_page(client, home_page, monkeypatch, caplog):
    client.get("/suche/?q=vielfalt")

    def broken(query):
        raise RuntimeError("cache down")

    monkeypatch.setitem(page_cache._hit_hooks, search_views.CACHED_HIT_HOOK, broken)
    response = client.get("/suche/?q=vielfalt")
    assert hit(response) and response.status_code == 200
    assert "hit hook 'search' failed" in caplog.text


@pytest.mark.django_db
def test_the_search_fallback_is_not_cached(client, home_page, monkeypatch):
    monkeypatch.setattr(
        search_views, "_run", lambda site, query, topic: (([], []), True), raising=True
    )
    for _ in range(2):
        response = client.get("/suche/?q=vielfalt")
        assert "Die Suchmaschine ist gerade nicht erreichbar" in response.content.decode()
        assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_finished_index_and_extraction_tasks_purge(client, page):
    """They change what pages and searches show without saving a model (update(), the
    index), and run in db_worker after the save that purged."""
    from modelsearch.tasks import insert_or_update_object_task

    from accessibility.tasks import send_feedback_mail
    from publications.tasks import extract_document_text

    client.get(page.url)
    assert hit(client.get(page.url))
    insert_or_update_object_task.enqueue("home", "contentpage", page.pk)
    assert stored(client.get(page.url))
    extract_document_text.enqueue(0)  # no such document: the task returns at once
    assert stored(client.get(page.url))
    # Other tasks (the feedback mails) change nothing a page shows.
    send_feedback_mail.enqueue(0)
    assert hit(client.get(page.url))


@pytest.mark.django_db
def test_a_diversometer_result_is_kept_only_by_the_server(client, home_page):
    diversometer = make_diversometer(home_page)
    last = complete_steps(client, diversometer, {1: [1], 2: [1, 3], 3: [2], 4: [1]})
    assert last.status_code == 303
    result = last["Location"]
    first = client.get(result)
    assert stored(first)
    again = client.get(result)
    assert hit(again) and again.content == first.content
    for response in (first, again):
        cache_control = {p.strip() for p in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control
        assert "public" not in cache_control
    # A forged token is answered 400 and never stored; the start page and the form
    # steps are not stored either.
    for _ in range(2):
        forged = client.get(result[:-3] + "xyz")
        assert forged.status_code == 400 and "X-Page-Cache" not in forged
        assert "X-Page-Cache" not in client.get(diversometer.url + "fragen/")


@pytest.mark.django_db
def test_languages_do_not_share_entries(client, home_page, english_home):
    german = client.get("/")
    english = client.get("/en/")
    assert stored(german) and stored(english)
    assert german["Content-Language"] == "de"
    assert english["Content-Language"] == "en"
    # The language comes from the path, never from Accept-Language.
    again = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert hit(again)
    assert again["Content-Language"] == "de"
    assert hit(client.get("/en/"))
    assert client.get("/en/")["Content-Language"] == "en"


def test_key_depends_on_host_scheme_path_query_and_consent(settings):
    settings.ALLOWED_HOSTS = ["*"]
    factory = RequestFactory()

    def key(path="/", **extra):
        return page_cache._request_key(factory.get(path, **extra))

    base = key()
    assert key(HTTP_HOST="zweite.example") != base
    assert key(HTTP_HOST="testserver:8080") != base
    assert key(secure=True) != base
    assert key("/en/") != base
    assert key("/?seite=2") != base
    # The consent cookie makes variants per allowed platform, nothing else.
    factory.cookies["video_consent"] = "youtube"
    youtube = key()
    factory.cookies["video_consent"] = "youtube.unsinn"
    assert key() == youtube != base
    factory.cookies["video_consent"] = "unsinn"
    assert key() == base
    factory.cookies["sessionid"] = "x"
    assert key() is None


@pytest.mark.django_db
def test_sites_do_not_share_entries(client, first, second):
    one = first.get(client, "/")
    two = second.get(client, "/")
    assert stored(one) and stored(two)
    assert "Landesstelle Eins" in first.get(client, "/").content.decode()
    again = second.get(client, "/")
    assert hit(again)
    assert "Stadt Zwei" in again.content.decode()
    assert "Landesstelle Eins" not in again.content.decode()
