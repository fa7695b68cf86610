"""Factories for the networks app."""

import datetime
import zoneinfo

import factory
import wagtail_factories

from networks.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    EventIndexPage,
    EventPage,
    NetworkPage,
    Organisation,
)

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def berlin(*args):
    """An aware datetime in Berlin time: ``berlin(2027, 5, 12, 10)``."""
    return datetime.datetime(*args, tzinfo=BERLIN)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Verwaltung {n:03d}")
    level = Organisation.Level.KOMMUNE
    state = Organisation.State.TH

    class Meta:
        model = Organisation
        django_get_or_create = ["name"]


class NetworkPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Netzwerk {n}")
    intro = "Verwaltungen tauschen Erfahrungen aus."

    class Meta:
        model = NetworkPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Termine"
    slug = "termine"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    intro = "Ein Austausch unter Kolleginnen und Kollegen."
    start = factory.LazyFunction(lambda: berlin(2030, 5, 12, 10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=6))

    class Meta:
        model = EventPage


class BestPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gute Praxis"
    slug = "gute-praxis"

    class Meta:
        model = BestPracticeIndexPage


class BestPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ansatz {n}")
    intro = "Eine Verwaltung hat etwas ausprobiert."
    what_was_done = "<p>Sie hat eine Arbeitsgruppe gegründet.</p>"
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = BestPracticePage
