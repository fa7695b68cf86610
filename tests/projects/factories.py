"""Factories for the projects app (wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from projects.models import (
    FundingNoticeIndexPage,
    FundingNoticePage,
    FundingProgramme,
    ProjectIndexPage,
    ProjectPage,
)


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projekte"
    slug = "projekte"
    intro = "Unsere Projekte für eine vielfältige Verwaltung."

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    slug = factory.Sequence(lambda n: f"projekt-{n}")
    teaser = "Ein Projekt für mehr Vielfalt in der Verwaltung."
    start_date = datetime.date(2020, 1, 1)
    end_date = None

    class Meta:
        model = ProjectPage


class FundingNoticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Förderaufrufe"
    slug = "foerderaufrufe"

    class Meta:
        model = FundingNoticeIndexPage


class FundingNoticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Förderaufruf {n}")
    slug = factory.Sequence(lambda n: f"foerderaufruf-{n}")
    intro = "Gefördert werden Vorhaben für mehr Vielfalt."
    amount = "bis zu 50.000 Euro je Vorhaben"
    deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = FundingNoticePage


class FundingProgrammeFactory(factory.django.DjangoModelFactory):
    name = "Asyl-, Migrations- und Integrationsfonds"
    short_name = "AMIF"
    notice = (
        "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert."
    )
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="de"))

    class Meta:
        model = FundingProgramme
        django_get_or_create = ("name", "locale")
