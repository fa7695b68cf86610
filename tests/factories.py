"""Factories for the project's models (wagtail-factories)."""

import factory
import wagtail_factories

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startseite"
    slug = factory.Sequence(lambda n: f"start-{n}")
    intro = "Einleitung der Startseite."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhaltsseite {n}")
    intro = "Einleitung."

    class Meta:
        model = ContentPage
