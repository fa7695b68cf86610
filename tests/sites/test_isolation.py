"""Two sites in one installation: settings, navigation, search, library and listings stay
apart. Every request names its site by ``HTTP_HOST``."""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, CollectionViewRestriction

from home.models import FooterLink, TopicIndexPage
from publications.models import VideoPage
from tests.factories import ContentPageFactory
from tests.networks.factories import EventIndexPageFactory, EventPageFactory
from tests.networks.helpers import main
from tests.projects.factories import FundingProgrammeFactory
from tests.publications.library import PublicationIndexPageFactory, document, publication

NAV = re.compile(r'<nav class="main-nav".*?</nav>', re.S)
FOOTER = re.compile(r'<footer class="site-footer">.*?</footer>', re.S)
LIBRARY_TITLE = re.compile(r'<h2 class="teaser-list__title"><a href="[^"]+">(.*?)</a></h2>')


def nav(html):
    found = NAV.search(html)
    return found[0] if found else ""


def footer(html):
    return FOOTER.search(html)[0]


def options(html, name):
    """``{value: "label (count)"}`` of the library facet ``name``."""
    select = re.search(rf'<select id="filter-{name}" name="{name}">(.*?)</select>', html, re.S)
    assert select, f"no facet {name}"
    return {
        value: label
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select[1])
        if value
    }


# Settings -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_each_site_shows_its_own_name_logo_footer_and_contact(client, first, second):
    about = ContentPageFactory(parent=first.home, title="Über die Landesstelle", slug="ueber")
    first.settings.footer_links.add(FooterLink(page=about, sort_order=0))
    first.settings.save()
    second.settings.footer_links.add(
        FooterLink(url="https://rat.zwei.example/", label="Stadtrat", sort_order=0)
    )
    second.settings.save()

    one = first.html(client, "/")
    two = second.html(client, "/")

    assert '<span class="site-header__name">Landesstelle Eins</span>' in one
    assert '<span class="site-header__name">Stadt Zwei</span>' in two
    assert "– Stadt Zwei</title>" in two
    assert "logo-eins" in one and "logo-zwei" not in one
    assert "logo-zwei" in two and "logo-eins" not in two

    assert "Kontaktstelle Landesstelle Eins" in footer(one)
    assert "kontakt@logo-eins.example" in footer(one)
    assert "Kontaktstelle Stadt Zwei" in footer(two)
    assert "kontakt@logo-zwei.example" in footer(two)
    assert "Landesstelle Eins" not in footer(two)
    assert '<a href="/ueber/">Über die Landesstelle</a>' in footer(one)
    assert "Stadtrat" not in footer(one)
    assert '<a href="https://rat.zwei.example/">Stadtrat</a>' in footer(two)
    assert "Über die Landesstelle" not in footer(two)


@pytest.mark.django_db
def test_each_site_has_its_own_theme_colours(client, first, second):
    one = first.html(client, "/")
    two = second.html(client, "/")
    assert f'href="/theme.css?v={first.settings.theme_version}"' in one
    assert f'href="/theme.css?v={second.settings.theme_version}"' in two
    assert first.settings.theme_version != second.settings.theme_version

    css_one = first.get(client, "/theme.css", v=first.settings.theme_version)
    css_two = second.get(client, "/theme.css", v=second.settings.theme_version)
    assert "--color-primary: #005a8c;" in css_one.content.decode()
    assert "--color-primary: #6b1d45;" in css_two.content.decode()
    assert "--color-accent: #d9f2e6;" in css_two.content.decode()
    assert "immutable" in css_two["Cache-Control"]
    # The first site's version asked of the second site: its own colours, not kept long.
    crossed = second.get(client, "/theme.css", v=first.settings.theme_version)
    assert "--color-primary: #6b1d45;" in crossed.content.decode()
    assert "immutable" not in crossed["Cache-Control"]
    assert "no-cache" in crossed["Cache-Control"]


@pytest.mark.django_db
def test_each_site_shows_its_own_funding_programmes_in_the_footer(client, first, second):
    esf = FundingProgrammeFactory(
        name="Europäischer Sozialfonds Plus", short_name="ESF Plus", link="https://esf.example/"
    )
    land = FundingProgrammeFactory(name="Landesprogramm Vielfalt", short_name="LPV", link="")
    second.settings.funding_programmes.set([esf, land])
    second.settings.save()

    two = footer(second.html(client, "/"))
    assert '<h2 id="footer-funding-heading" class="site-footer__heading">Förderung</h2>' in two
    assert '<a href="https://esf.example/">Europäischer Sozialfonds Plus</a>' in two
    assert "Landesprogramm Vielfalt" in two
    # Empty means none: a programme that funds another site is not claimed here.
    one = footer(first.html(client, "/"))
    assert "footer-funding-heading" not in one
    assert "Sozialfonds" not in one


@pytest.mark.django_db
def test_service_pages_of_another_site_are_refused_in_the_settings(first, second):
    imprint = ContentPageFactory(parent=first.home, title="Impressum Eins", slug="impressum")
    second.settings.imprint_page = imprint
    with pytest.raises(ValidationError) as error:
        second.settings.full_clean()
    assert error.value.message_dict == {
        "imprint_page": [
            "Die Seite „Impressum Eins“ gehört zu einer anderen Website. Bitte eine Seite "
            "dieser Website wählen."
        ]
    }
    first.settings.imprint_page = imprint
    first.settings.full_clean()


# Navigation -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_navigation_shows_only_the_sites_own_pages(client, first, second):
    ContentPageFactory(parent=first.home, title="Landesprojekte", show_in_menus=True)
    ContentPageFactory(parent=second.home, title="Stadtteilarbeit", show_in_menus=True)
    imprint_one = ContentPageFactory(parent=first.home, title="Impressum Eins", slug="impressum")
    imprint_two = ContentPageFactory(parent=second.home, title="Impressum Zwei", slug="impressum")
    first.settings.imprint_page = imprint_one
    first.settings.save()
    second.settings.imprint_page = imprint_two
    second.settings.save()

    one = first.html(client, "/")
    two = second.html(client, "/")
    assert "Landesprojekte" in nav(one) and "Stadtteilarbeit" not in nav(one)
    assert "Stadtteilarbeit" in nav(two) and "Landesprojekte" not in nav(two)
    # Each footer's Impressum is the site's own, at the same path on another host.
    assert (
        client.get("/impressum/", HTTP_HOST=second.host)
        .content.decode()
        .count("<h1>Impressum Zwei</h1>")
    )
    assert '<a href="/impressum/">Impressum</a>' in footer(two)
    page = second.html(client, "/impressum/")
    assert "Impressum Zwei" in main(page) and "Impressum Eins" not in page


# Search ---------------------------------------------------------------------------------


@pytest.fixture
def search_content(first, second):
    """Pages and documents on both sites that all match "Gleichstellungsplan"."""
    ContentPageFactory(parent=first.home, title="Gleichstellungsplan der Landesstelle")
    ContentPageFactory(parent=second.home, title="Gleichstellungsplan der Stadt")
    own_collection = Collection.get_first_root_node().add_child(name="Stadt Zwei")
    second.settings.collection = own_collection
    second.settings.save()
    private = own_collection.add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="password", password="geheim"
    )

    documents = {
        # In the root collection, which no other site claims: the default site's.
        "first": document("Gleichstellungsplan Eins"),
        "second": document("Gleichstellungsplan Zwei"),
        # In the root collection, but a publication of the second site offers it.
        "shared": document("Gleichstellungsplan Mustervorlage"),
        "private": document("Gleichstellungsplan Entwurf"),
    }
    documents["second"].collection = own_collection
    documents["second"].save()
    documents["private"].collection = private
    documents["private"].save()
    library = PublicationIndexPageFactory(parent=second.home)
    documents["publication"] = publication(library, "Vorlagen", files=[documents["shared"]])
    return documents


def hits(html):
    return set(re.findall(r"Gleichstellungsplan [\w ]+", main(html)))


@pytest.mark.django_db
def test_search_finds_only_the_sites_own_pages_and_documents(client, first, second, search_content):
    one = hits(first.html(client, "/suche/", q="Gleichstellungsplan"))
    two = hits(second.html(client, "/suche/", q="Gleichstellungsplan"))
    assert one == {
        "Gleichstellungsplan der Landesstelle",
        "Gleichstellungsplan Eins",
        "Gleichstellungsplan Mustervorlage",
    }
    assert two == {
        "Gleichstellungsplan der Stadt",
        "Gleichstellungsplan Zwei",
        "Gleichstellungsplan Mustervorlage",
    }


@pytest.mark.django_db
def test_a_document_in_the_root_collection_belongs_to_a_second_site_only_if_a_live_page_uses_it(
    client, first, second, search_content
):
    search_content["publication"].unpublish()
    two = hits(second.html(client, "/suche/", q="Gleichstellungsplan"))
    assert "Gleichstellungsplan Mustervorlage" not in two
    assert "Gleichstellungsplan Eins" not in two


@pytest.mark.django_db
def test_search_counts_documents_of_the_site_only(client, first, second, search_content):
    html = second.html(client, "/suche/", q="Gleichstellungsplan")
    assert "Dokumente (2)" in html
    assert "3 Treffer" in html


@pytest.mark.django_db
def test_editors_picks_of_another_sites_pages_are_left_out(client, first, second):
    one = ContentPageFactory(parent=first.home, title="Beratung der Landesstelle")
    two = ContentPageFactory(parent=second.home, title="Beratung der Stadt")
    query = Query.get("beratung")
    SearchPromotion.objects.create(query=query, page=one, sort_order=0)
    SearchPromotion.objects.create(query=query, page=two, sort_order=1)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://beratung.example/",
        external_link_text="Beratung anderswo",
        sort_order=2,
    )
    html = second.html(client, "/suche/", q="Beratung")
    picks = html.split('id="promotions-heading"', 1)[1].split("</section>", 1)[0]
    assert "Beratung der Stadt" in picks
    assert "Beratung der Landesstelle" not in picks
    assert "Beratung anderswo" not in picks


@pytest.mark.django_db
def test_no_popular_searches_of_other_sites_are_suggested(client, first, second):
    for _ in range(3):
        Query.get("Landesgleichstellungsgesetz").add_hit()
    html = second.html(client, "/suche/", q="Quantenchromodynamik")
    assert "Keine Treffer." in html
    assert "Häufig gesucht" not in html
    assert "landesgleichstellungsgesetz" not in html.lower()


# Library and listings -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_library_lists_only_its_sites_publications_with_counts(client, first, second):
    library_one = PublicationIndexPageFactory(parent=first.home)
    library_two = PublicationIndexPageFactory(parent=second.home)
    publication(library_one, "Willkommenskultur", kind="handreichung", year=2016)
    publication(library_one, "Vielfalt im Amt", kind="bericht", year=2021)
    publication(library_two, "Leitfaden Stadtteil", kind="leitfaden", year=2022)
    publication(library_two, "Bericht der Stadt", kind="bericht", year=2022)
    library_one.add_child(
        instance=VideoPage(
            title="Film der Landesstelle",
            slug="film",
            external_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        )
    )

    two = second.html(client, library_two.url)
    assert LIBRARY_TITLE.findall(main(two)) == ["Bericht der Stadt", "Leitfaden Stadtteil"]
    assert "2 Publikationen" in two
    assert options(two, "typ") == {"bericht": "Bericht (1)", "leitfaden": "Leitfaden (1)"}
    assert options(two, "jahr") == {"2022": "2022 (2)"}
    assert "Film der Landesstelle" not in two

    one = first.html(client, library_one.url)
    assert options(one, "typ") == {"handreichung": "Handreichung (1)", "bericht": "Bericht (1)"}
    assert "Film der Landesstelle" in one


@pytest.mark.django_db
def test_topic_pages_list_only_the_sites_own_pages(client, first, second):
    for site, title in (
        (first, "Willkommen in der Landesstelle"),
        (second, "Willkommen im Rathaus"),
    ):
        site.home.add_child(instance=TopicIndexPage(title="Themen", slug="themen"))
        page = ContentPageFactory(parent=site.home, title=title)
        page.topics.add("Willkommenskultur")
        page.save_revision().publish()
    only_first = ContentPageFactory(parent=first.home, title="Personal der Landesstelle")
    only_first.topics.add("Personalgewinnung")
    only_first.save_revision().publish()

    two = second.html(client, "/themen/willkommenskultur/")
    assert "Willkommen im Rathaus" in two
    assert "Willkommen in der Landesstelle" not in two
    overview = second.html(client, "/themen/")
    assert "Willkommenskultur" in overview
    assert "Personalgewinnung" not in overview
    assert second.get(client, "/themen/personalgewinnung/").status_code == 404
    assert "Willkommen in der Landesstelle" in first.html(client, "/themen/willkommenskultur/")


@pytest.mark.django_db
def test_calendars_and_feeds_list_only_the_sites_own_events(client, first, second):
    index_one = EventIndexPageFactory(parent=first.home)
    index_two = EventIndexPageFactory(parent=second.home)
    EventPageFactory(parent=index_one, title="Netzwerktreffen der Landesstelle")
    EventPageFactory(parent=index_two, title="Stadtteilkonferenz")
    for path in ("/termine/", "/termine/ical/", "/termine/feed/rss/"):
        two = second.html(client, path)
        assert "Stadtteilkonferenz" in two, path
        assert "Netzwerktreffen der Landesstelle" not in two, path
        assert "Netzwerktreffen der Landesstelle" in first.html(client, path), path


@pytest.mark.django_db
def test_the_sitemap_lists_only_the_sites_own_pages(client, first, second):
    ContentPageFactory(parent=first.home, title="Eins", slug="nur-eins")
    ContentPageFactory(parent=second.home, title="Zwei", slug="nur-zwei")
    two = second.html(client, "/sitemap.xml")
    assert "<loc>http://zweite.example/nur-zwei/</loc>" in two
    assert "nur-eins" not in two
    one = first.html(client, "/sitemap.xml")
    assert "nur-eins" in one and "nur-zwei" not in one
