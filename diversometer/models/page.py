"""The Diversometer page: a self-check or knowledge quiz built from question blocks.

The page answers at three addresses (``RoutablePageMixin``; the path segments are
German in both languages, like the site's GET parameters):

``./``            the introduction; with "alle Fragen auf einer Seite" also the form
``./fragen/``     step by step: GET starts a run at question 1, POST moves on or back;
                  both displays POST their answers here
``./ergebnis/``   the result, from the signed answers in ``?r=``

The POSTs carry no CSRF token, so an anonymous visitor gets no cookie: ``./fragen/``
accepts them only from pages of this site (:func:`home.csrf.same_origin_post`).

The flow lives in :mod:`diversometer.views`, the scoring in
:mod:`diversometer.scoring`, the counters in :mod:`diversometer.counting`.
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from diversometer import scoring
from diversometer.blocks import DimensionsBlock, QuestionsBlock, default_dimensions
from diversometer.forms import DiversometerPageForm
from diversometer.structure import build_survey
from home.api import StreamFieldValue
from home.blocks import BodyBlock
from home.csrf import same_origin_post


class DiversometerPage(RoutablePageMixin, Page):
    """A questionnaire with an anonymous, scored result; see the module docstring."""

    class Mode(models.TextChoices):
        SELF_CHECK = scoring.SELF_CHECK, _("Selbstcheck: Profil je Dimension")
        QUIZ = scoring.QUIZ, _("Wissensquiz: richtige Antworten mit Erklärung")

    class Display(models.TextChoices):
        STEPS = scoring.STEPS, _("Schritt für Schritt: eine Frage je Seite")
        ALL = scoring.ALL, _("Alle Fragen auf einer Seite")

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze: Worum es geht und wie lange es dauert."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("Weitere Inhalte"),
        help_text=_("Erscheint auf der Startseite des Fragebogens unter der Einleitung."),
    )
    mode = models.CharField(
        _("Art"),
        max_length=20,
        choices=Mode.choices,
        default=scoring.SELF_CHECK,
        help_text=_(
            "Ein Selbstcheck zeigt je Dimension eine Stufe mit Empfehlungen; ein "
            "Wissensquiz zeigt, welche Antworten richtig waren. Ein Selbstcheck enthält "
            "keine Wissensfragen, ein Wissensquiz nur Wissensfragen."
        ),
    )
    display = models.CharField(
        _("Darstellung"),
        max_length=20,
        choices=Display.choices,
        default=scoring.STEPS,
        help_text=_(
            "Ob der Fragebogen eine Frage je Seite oder alle Fragen zusammen zeigt. Eine "
            "Änderung beendet angefangene Durchgänge."
        ),
    )
    questions = StreamField(
        QuestionsBlock(),
        blank=True,
        verbose_name=_("Fragen"),
        help_text=_(
            "Jede Frage ist eine Pflichtfrage (eine Mehrfachauswahl darf leer bleiben). "
            "Neue, entfernte oder umsortierte Fragen und Antworten beenden angefangene "
            "Durchgänge; Texte und Punkte dürfen Sie jederzeit ändern."
        ),
    )
    dimensions = StreamField(
        DimensionsBlock(),
        blank=True,
        default=default_dimensions,
        verbose_name=_("Dimensionen"),
        help_text=_(
            "Nur für den Selbstcheck. Voreingestellt sind die Merkmale des AGG und der "
            "soziale Status aus dem Berliner LADG."
        ),
    )
    result_intro = models.TextField(
        _("Einleitung des Ergebnisses"),
        blank=True,
        max_length=1000,
        help_text=_("Erscheint über dem Ergebnis, zum Beispiel wie es zu lesen ist."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("mode"), FieldPanel("display")], heading=_("Art und Ablauf")),
        FieldPanel("questions"),
        FieldPanel("dimensions"),
        FieldPanel("result_intro"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    # The read-only API (docs/api.md): what the start page describes; never the
    # questions, their points or the counters.
    api_fields = [
        APIField("intro"),
        APIField("mode"),
        APIField("body", serializer=StreamFieldValue()),
    ]
    base_form_class = DiversometerPageForm

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    template = "diversometer/diversometer_page.html"

    class Meta:
        verbose_name = _("Diversometer")
        verbose_name_plural = _("Diversometer")

    # -- content ---------------------------------------------------------------------

    @cached_property
    def survey(self):
        """The questionnaire for scoring and the block values for the templates."""
        return build_survey(self.mode, self.display, self.dimensions, self.questions)

    @property
    def questionnaire(self):
        return self.survey.questionnaire

    @property
    def counter_key(self):
        """Counters are shared by all translations of the page."""
        return self.translation_key

    def refresh_from_db(self, *args, **kwargs):
        self.__dict__.pop("survey", None)
        return super().refresh_from_db(*args, **kwargs)

    def full_clean(self, *args, **kwargs):
        self.store_block_ids()
        return super().full_clean(*args, **kwargs)

    def store_block_ids(self):
        """Give every question, option and band its id before the page is saved.

        The admin's editor assigns ids itself; a page built in code (demo content,
        tests) may hold ListBlock items in the old format without ids, which would
        get new random ids each time they are read, and wagtail-localize skips such
        items. Re-serialising the values fixes the ids once, before ``save()`` and
        ``save_revision()`` store them.
        """
        for name in ("questions", "dimensions"):
            field = self._meta.get_field(name)
            value = getattr(self, name)
            list(value)  # bind every child, so every ListBlock item has an id
            setattr(self, name, field.stream_block.get_prep_value(value))
        self.__dict__.pop("survey", None)

    # -- routes ------------------------------------------------------------------------

    @path("")
    def index_route(self, request, *args, **kwargs):
        from diversometer import views

        return views.start(self, request)

    @path("fragen/", name="questions")
    @same_origin_post
    def questions_route(self, request):
        from diversometer import views

        return views.questions(self, request)

    @path("ergebnis/", name="result")
    def result_route(self, request):
        from diversometer import views

        return views.result(self, request)
