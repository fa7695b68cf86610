"""The project page: runtime and status, funding, who takes part, body and funding bar."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api import (
    ORGANISATION_FIELDS,
    ImageValue,
    RelatedValues,
    StreamFieldValue,
    TextInPageLanguage,
    TopicsValue,
)
from home.blocks import ContactPersonBlock
from home.models import TopicsMixin
from projects.blocks import ProjectBodyBlock
from projects.models.programmes import PROGRAMME_FIELDS, default_locale_only
from projects.models.project_queries import ProjectPageManager
from projects.status import ENDED, STATUS_LABELS, project_status, runtime_label


def _and_list(items):
    """``a, b und c`` with each item's HTML kept (``get_text_list`` would escape it)."""
    items = list(items)
    if len(items) < 2:
        return format_html_join("", "{}", ((item,) for item in items))
    return format_html(
        "{} {} {}",
        format_html_join(", ", "{}", ((item,) for item in items[:-1])),
        _("und"),
        items[-1],
    )


def _organisation_html(organisation):
    """An organisation's short name with its full name as a tooltip, or the full name."""
    if organisation.short_name:
        return format_html('<abbr title="{}">{}</abbr>', organisation.name, organisation.short_name)
    return format_html("{}", organisation.name)


def _programme_html(programme):
    """``EU-Fonds (AMIF)`` with the full name as the abbreviation's title."""
    if not programme.short_name:
        return format_html("{}", programme.name)
    abbreviation = format_html('<abbr title="{}">{}</abbr>', programme.name, programme.short_name)
    if programme.kind:
        return format_html("{} ({})", programme.kind, abbreviation)
    return abbreviation


class ProjectPage(TopicsMixin, Page):
    """A project: runtime, funding, who runs it, what it does, and its funding notice."""

    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=600,
        help_text=_(
            "Ein bis drei Sätze, die sagen, worum es geht. Erscheinen unter der Überschrift "
            "und in der Projektliste."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Projektlogo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt_text = models.CharField(
        _("Alternativtext des Logos"),
        max_length=300,
        blank=True,
        help_text=_(
            "Was das Logo zeigt, zum Beispiel „Logo des Projekts Berliner Netzwerke für "
            "Vielfalt“. Pflicht, wenn ein Logo gewählt ist."
        ),
    )
    start_date = models.DateField(
        _("Beginn"), help_text=_("Der erste Tag des Projekts. Vorher gilt es als „geplant“.")
    )
    end_date = models.DateField(
        _("Ende"),
        null=True,
        blank=True,
        help_text=_(
            "Der letzte Tag des Projekts; danach gilt es als „beendet“. Leer lassen, wenn "
            "kein Ende feststeht."
        ),
    )
    funding_programmes = ParentalManyToManyField(
        "projects.FundingProgramme",
        verbose_name=_("Förderprogramme"),
        blank=True,
        related_name="projects",
        limit_choices_to=default_locale_only,
        help_text=_(
            "Emblem und Förderhinweis jedes Programms erscheinen am Ende der Seite. "
            "Programme pflegen Sie unter „Förderprogramme“."
        ),
    )
    co_financing = ParentalManyToManyField(
        "networks.Organisation",
        verbose_name=_("Kofinanzierung"),
        blank=True,
        related_name="cofinanced_projects",
        help_text=_("Organisationen, die Eigenmittel beisteuern, zum Beispiel LADS."),
    )
    lead = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("Projektleitung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_projects",
    )
    implementing_organisations = ParentalManyToManyField(
        "networks.Organisation",
        verbose_name=_("Projektdurchführung"),
        blank=True,
        related_name="implemented_projects",
        help_text=_("Wer die Arbeit im Projekt macht."),
    )
    partners = ParentalManyToManyField(
        "networks.Organisation",
        verbose_name=_("Partner"),
        blank=True,
        related_name="partner_projects",
        help_text=_(
            "Verwaltungen und Einrichtungen, die am Projekt teilnehmen oder es begleiten; "
            "erscheinen im Abschnitt „Partner“."
        ),
    )
    body = StreamField(ProjectBodyBlock(), blank=True, verbose_name=_("Inhalt"))
    contacts = StreamField(
        [("contact_person", ContactPersonBlock())],
        blank=True,
        verbose_name=_("Ansprechpersonen"),
        help_text=_("Erscheinen im Abschnitt „Kontakt“ vor der Förderleiste."),
    )

    objects = ProjectPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date")],
            heading=_("Laufzeit"),
            help_text=_(
                "Der Status (geplant, laufend, beendet) ergibt sich aus diesen Daten und dem "
                "heutigen Tag; Sie müssen ihn nicht pflegen."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funding_programmes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("co_financing", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Finanzierung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead"),
                FieldPanel("implementing_organisations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Beteiligte"),
            help_text=_("Organisationen pflegen Sie unter „Organisationen“."),
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt_text")], heading=_("Logo")),
        FieldPanel("body"),
        FieldPanel("contacts"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.RelatedFields("lead", [index.SearchField("name"), index.SearchField("short_name")]),
    ]

    # The read-only API (docs/api.md); the contact persons are left out on purpose.
    api_fields = [
        APIField("teaser"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("runtime", serializer=TextInPageLanguage()),
        APIField("funding_programmes", serializer=RelatedValues(PROGRAMME_FIELDS)),
        APIField("co_financing", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("lead", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("implementing_organisations", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("partners", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("logo", serializer=ImageValue()),
        APIField("logo_alt_text"),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    # wagtail-localize leaves many-to-many fields out of translations; these are the
    # same in every language (the templates show each programme's translation).
    override_translatable_fields = [
        SynchronizedField("funding_programmes"),
        SynchronizedField("co_financing"),
        SynchronizedField("implementing_organisations"),
        SynchronizedField("partners"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekte")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _(
                "Das Ende liegt vor dem Beginn. Bitte ein Enddatum am oder nach dem "
                "%(start)s wählen."
            ) % {"start": date_format(self.start_date, "SHORT_DATE_FORMAT")}
        if self.logo_id and not (self.logo_alt_text or "").strip():
            errors["logo_alt_text"] = _(
                "Bitte einen Alternativtext für das Logo eingeben, zum Beispiel „Logo des "
                "Projekts …“."
            )
        if errors:
            raise ValidationError(errors)

    # Derived values ----------------------------------------------------------

    def status_on(self, today):
        return project_status(self.start_date, self.end_date, today)

    @property
    def status(self):
        """``geplant``, ``laufend`` or ``beendet``, as of today in the site's time zone."""
        return self.status_on(timezone.localdate())

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def is_ended(self):
        return self.status == ENDED

    @property
    def runtime(self):
        """``36 Monate (vom 30.06.2015 bis zum 29.06.2018)`` in the active language."""
        return runtime_label(self.start_date, self.end_date)

    def localized_programmes(self):
        """The funding programmes in the reader's language (their translation, if any)."""
        return [programme.localized for programme in self.funding_programmes.all()]

    def implementing_in_order(self):
        """The implementing organisations, the project's lead first."""
        return sorted(
            self.implementing_organisations.all(),
            key=lambda org: (org.pk != self.lead_id, org.name),
        )

    def key_facts(self):
        """``[(label, html)]`` for the facts box: runtime, funding, who runs and leads it."""
        facts = [(_("Laufzeit"), format_html("{}", self.runtime))]
        funding = [_programme_html(p) for p in self.localized_programmes()]
        cofinancing = [_organisation_html(o) for o in self.co_financing.all()]
        if cofinancing:
            funding.append(format_html("{} {}", _("Kofinanzierung"), _and_list(cofinancing)))
        if funding:
            facts.append((_("Finanzierung"), format_html_join(", ", "{}", ((f,) for f in funding))))
        implementing = [_organisation_html(o) for o in self.implementing_in_order()]
        if implementing:
            facts.append((_("Projektdurchführung"), _and_list(implementing)))
        if self.lead is not None:
            facts.append((_("Projektleitung"), _organisation_html(self.lead)))
        return facts

    def feed_description(self):
        return self.teaser

    def structured_data(self, request):
        """schema.org ``Project``: dates, funders, lead and the organisations involved."""

        def organisation(org):
            data = {"@type": "Organization", "name": org.name}
            if org.short_name:
                data["alternateName"] = org.short_name
            if org.website:
                data["url"] = org.website
            return data

        funders = []
        for programme in self.localized_programmes():
            scheme = {"@type": "FundingScheme", "name": programme.name}
            if programme.short_name:
                scheme["alternateName"] = programme.short_name
            if programme.link:
                scheme["url"] = programme.link
            funders.append(scheme)
        funders.extend(organisation(org) for org in self.co_financing.all())
        members = [
            organisation(org)
            for org in [*self.implementing_organisations.all(), *self.partners.all()]
        ]
        data = {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": self.title,
            "description": self.teaser,
            "url": self.get_full_url(request),
            "foundingDate": self.start_date.isoformat(),
        }
        if self.end_date:
            data["dissolutionDate"] = self.end_date.isoformat()
        if funders:
            data["funder"] = funders
        if self.lead is not None:
            data["parentOrganization"] = organisation(self.lead)
        if members:
            data["member"] = members
        keywords = [topic.label for topic in self.topics.all()]
        if keywords:
            data["keywords"] = ", ".join(keywords)
        return [data]
