"""Two sites in one installation: the default site on localhost and a second one."""

from dataclasses import dataclass

import pytest
import wagtail_factories
from wagtail.models import Page, Site

from home.models import SiteSettings
from tests.factories import HomePageFactory

FIRST = "localhost"
SECOND = "zweite.example"
NEW = "musterstadt.example"


@pytest.fixture
def hosts(settings):
    """The test hosts are allowed (tests/settings.py allows localhost and testserver)."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, SECOND, NEW]


@dataclass
class SiteUnderTest:
    site: Site
    home: Page
    settings: SiteSettings
    host: str

    def get(self, client, path, **params):
        return client.get(path, params, HTTP_HOST=self.host)

    def html(self, client, path, **params):
        response = self.get(client, path, **params)
        assert response.status_code == 200, (self.host, path, response.status_code)
        return response.content.decode()


def _settings(site, name, primary, accent, logo_name):
    site_settings = SiteSettings.for_site(site)
    site_settings.organisation_name = name
    site_settings.primary_colour = primary
    site_settings.accent_colour = accent
    site_settings.contact_name = f"Kontaktstelle {name}"
    site_settings.contact_email = f"kontakt@{logo_name}.example"
    site_settings.logo = wagtail_factories.ImageFactory(
        title=f"Logo {name}", file__filename=f"{logo_name}.png"
    )
    site_settings.full_clean()
    site_settings.save()
    return site_settings


@pytest.fixture
def first(home_page, hosts):
    """The default site (the ``home_page`` fixture's) as the Landesstelle."""
    site = Site.objects.get(is_default_site=True)
    site_settings = _settings(site, "Landesstelle Eins", "#005a8c", "#fbe9a6", "logo-eins")
    return SiteUnderTest(site, home_page, site_settings, FIRST)


@pytest.fixture
def second(first):
    """A second site with its own home page, host name, settings and colours."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Stadt Zwei", slug="zwei")
    site = Site.objects.create(hostname=SECOND, port=80, root_page=home, site_name="Stadt Zwei")
    site_settings = _settings(site, "Stadt Zwei", "#6b1d45", "#d9f2e6", "logo-zwei")
    return SiteUnderTest(site, home, site_settings, SECOND)
