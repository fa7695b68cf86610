"""load_demo_content on a database it must not touch."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from home.models import HomePage


@pytest.mark.django_db
def test_demo_content_refuses_a_foreign_site_root(db):
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    other = root.add_child(instance=Page(title="Fremde Wurzel", slug="fremd"))
    other.add_child(instance=Page(title="Kind", slug="kind"))
    site.root_page = other
    site.save()
    with pytest.raises(CommandError, match="not a HomePage"):
        call_command("load_demo_content", verbosity=0)
    assert not HomePage.objects.exists()
