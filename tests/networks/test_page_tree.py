"""Where the pages of the networks app may be created."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from networks.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    EventIndexPage,
    EventPage,
    NetworkPage,
)


class PageTreeRulesTests(WagtailPageTestCase):
    def test_top_level_pages_name_home_and_content_pages_as_parents(self):
        for model in (NetworkPage, EventIndexPage, BestPracticeIndexPage):
            assert set(model.parent_page_types) == {"home.HomePage", "home.ContentPage"}

    def test_top_level_pages_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, NetworkPage)
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertCanCreateAt(HomePage, BestPracticeIndexPage)

    def test_top_level_pages_under_content_pages(self):
        self.assertCanCreateAt(ContentPage, NetworkPage)
        self.assertCanCreateAt(ContentPage, EventIndexPage)
        self.assertCanCreateAt(ContentPage, BestPracticeIndexPage)

    def test_events_belong_to_the_calendar_or_a_network(self):
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanCreateAt(NetworkPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(ContentPage, EventPage)
        self.assertCanNotCreateAt(BestPracticeIndexPage, EventPage)
        self.assertCanNotCreateAt(EventPage, EventPage)

    def test_good_practice_lives_in_its_index_only(self):
        self.assertCanCreateAt(BestPracticeIndexPage, BestPracticePage)
        self.assertCanNotCreateAt(HomePage, BestPracticePage)
        self.assertCanNotCreateAt(ContentPage, BestPracticePage)
        self.assertCanNotCreateAt(EventIndexPage, BestPracticePage)
        self.assertCanNotCreateAt(NetworkPage, BestPracticePage)

    def test_allowed_subpage_types(self):
        self.assertAllowedSubpageTypes(NetworkPage, {EventPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(BestPracticeIndexPage, {BestPracticePage})
        self.assertAllowedSubpageTypes(BestPracticePage, set())

    def test_nothing_under_the_tree_root(self):
        for model in (NetworkPage, EventIndexPage, BestPracticeIndexPage, EventPage):
            self.assertCanNotCreateAt(Page, model)


@pytest.mark.django_db
def test_the_admin_forms_open(admin_client, home_page):
    from tests.networks.factories import (
        BestPracticeIndexPageFactory,
        BestPracticePageFactory,
        EventIndexPageFactory,
        EventPageFactory,
        NetworkPageFactory,
    )

    events = EventIndexPageFactory(parent=home_page)
    practices = BestPracticeIndexPageFactory(parent=home_page)
    network = NetworkPageFactory(parent=home_page)
    pages = [
        events,
        practices,
        network,
        EventPageFactory(parent=events),
        EventPageFactory(parent=network),
        BestPracticePageFactory(parent=practices),
    ]
    for page in pages:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
    for model, parent in [("eventpage", events), ("bestpracticepage", practices)]:
        response = admin_client.get(f"/admin/pages/add/networks/{model}/{parent.pk}/")
        assert response.status_code == 200, model
    assert admin_client.get("/admin/snippets/networks/organisation/").status_code == 200
