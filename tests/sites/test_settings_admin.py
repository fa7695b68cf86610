"""The site settings in the admin: one form per site, with the funding programmes shown in
the footer and the site's collection."""

import pytest
from django.urls import reverse
from wagtail.models import Collection
from wagtail.test.utils.form_data import querydict_from_html

from home.models import SiteSettings
from tests.factories import ContentPageFactory
from tests.projects.factories import FundingProgrammeFactory


def edit_url(site):
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])


def form_data(client, site):
    """The settings form as the admin renders it for ``site``, ready to post back."""
    html = client.get(edit_url(site)).content.decode()
    return querydict_from_html(html, form_id="w-editor-form")


@pytest.mark.django_db
def test_each_sites_settings_save_their_programmes_and_collection(admin_client, first, second):
    esf = FundingProgrammeFactory(name="Europäischer Sozialfonds Plus", short_name="ESF Plus")
    collection = Collection.get_first_root_node().add_child(name="Stadt Zwei")
    data = form_data(admin_client, second.site)
    assert data["organisation_name"] == "Stadt Zwei"
    data.setlist("funding_programmes", [str(esf.pk)])
    data["collection"] = str(collection.pk)

    response = admin_client.post(edit_url(second.site), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = SiteSettings.objects.get(site=second.site)
    assert list(saved.funding_programmes.all()) == [esf]
    assert saved.collection == collection
    first_settings = SiteSettings.objects.get(site=first.site)
    assert list(first_settings.funding_programmes.all()) == []
    assert first_settings.collection is None
    assert first_settings.organisation_name == "Landesstelle Eins"


@pytest.mark.django_db
def test_the_form_refuses_a_service_page_of_another_site(admin_client, first, second):
    imprint = ContentPageFactory(parent=first.home, title="Impressum Eins", slug="impressum")
    data = form_data(admin_client, second.site)
    data["imprint_page"] = str(imprint.pk)

    response = admin_client.post(edit_url(second.site), data)
    assert response.status_code == 200
    assert "Die Seite „Impressum Eins“ gehört zu einer anderen Website." in (
        response.content.decode()
    )
    assert SiteSettings.objects.get(site=second.site).imprint_page is None
