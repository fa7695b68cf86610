"""Page-tree rules and rendering of the base page types."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from accessibility.models import AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage
from diversometer.models import DiversometerPage
from home.models import ContentPage, HomePage, TopicIndexPage
from networks.models import BestPracticeIndexPage, EventIndexPage, NetworkPage
from projects.models import FundingNoticeIndexPage, ProjectIndexPage
from publications.models import PublicationIndexPage, VideoPage
from tests.factories import ContentPageFactory


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_only_under_the_tree_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_content_pages_nest_under_home_and_content_pages(self):
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        self.assertCanNotCreateAt(Page, ContentPage)

    def test_allowed_subpage_types(self):
        indexes = {
            ProjectIndexPage,
            FundingNoticeIndexPage,
            NetworkPage,
            EventIndexPage,
            BestPracticeIndexPage,
            PublicationIndexPage,
            DiversometerPage,
            VideoPage,
        }
        # Once per site, under its home page only (accessibility app).
        site_pages = {AccessibilityStatementPage, EasyLanguagePage, SignLanguagePage}
        self.assertAllowedSubpageTypes(
            HomePage, {ContentPage, TopicIndexPage, *indexes, *site_pages}
        )
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage, *indexes})
        self.assertAllowedSubpageTypes(TopicIndexPage, set())

    def test_one_topic_overview_per_site(self):
        self.assertCanCreateAt(HomePage, TopicIndexPage)
        self.assertCanNotCreateAt(ContentPage, TopicIndexPage)


@pytest.mark.django_db
def test_content_page_renders_with_one_h1_and_landmarks(client, home_page):
    page = ContentPageFactory(
        parent=home_page,
        title="Leitbild",
        intro="Was wir wollen.",
        body=[("heading", {"text": "Unsere Grundsätze", "level": "h2"})],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Leitbild</h1>" in html
    assert '<html lang="de">' in html
    assert '<a class="skip-link" href="#main-content">' in html
    assert '<main id="main-content"' in html
    assert "<h2>Unsere Grundsätze</h2>" in html
    # Breadcrumbs lead from the home page to the current page.
    assert 'aria-label="Sie sind hier"' in html
    assert f'<a href="{home_page.url}">{home_page.title}</a>' in html


@pytest.mark.django_db
def test_main_navigation_lists_menu_pages_only(client, home_page):
    ContentPageFactory(parent=home_page, title="Im Menü", show_in_menus=True)
    ContentPageFactory(parent=home_page, title="Nicht im Menü", show_in_menus=False)
    html = client.get(home_page.url).content.decode()
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert "Im Menü" in nav
    assert "Nicht im Menü" not in nav


@pytest.mark.django_db
def test_no_request_to_another_host(client, home_page):
    """Pages reference only their own origin: no CDN, no web fonts."""
    html = client.get(home_page.url).content.decode()
    for attribute in ('src="http', "src='http", 'href="//', "url(http"):
        assert attribute not in html
    for line in html.splitlines():
        if "<link" in line and "stylesheet" in line:
            assert 'href="/' in line, line
