"""Events (network meetings, workshops, trainings) and the calendar that lists them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.api import ORGANISATION_FIELDS, RelatedValues, StreamFieldValue, TopicsValue
from home.blocks import BodyBlock
from home.feeds import FeedMixin
from home.listing import paginate
from home.models import TopicsMixin
from networks import ical, schedule
from networks.blocks import ContactsBlock
from networks.structured_data import event_json_ld


def localized_site_root(page):
    """The root of ``page``'s site in ``page``'s language (its parent if it has no site)."""
    site = page.get_site()
    if site is None:
        return page.get_parent()
    root = site.root_page
    if root.locale_id != page.locale_id:
        root = root.get_translation_or_none(page.locale_id) or page.get_parent()
    return root


class EventQuerySet(PageQuerySet):
    """Listings of events; ``ends_at`` makes "upcoming" and "past" single indexed filters."""

    def listed(self):
        """Live, public events with what a listing shows, in one query."""
        return self.live().public().select_related("organiser")

    def upcoming(self, now=None):
        """Events that have not ended yet, soonest first (events going on now included)."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Events that are over, most recent first."""
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-start", "-pk")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventPage(RoutablePageMixin, TopicsMixin, Page):
    """A dated event: when, where, how to register; with a calendar file at ``ics/``."""

    class EventType(models.TextChoices):
        NETZWERKTREFFEN = "netzwerktreffen", _("Netzwerktreffen")
        WORKSHOP = "workshop", _("Workshop")
        FORTBILDUNG = "fortbildung", _("Fortbildung")
        KONFERENZ = "konferenz", _("Konferenz")
        WERKSTATT = "werkstatt", _("Werkstatt")

    class Registration(models.TextChoices):
        OPEN = schedule.REGISTRATION_OPEN, _("offen")
        CLOSED = schedule.REGISTRATION_CLOSED, _("geschlossen")
        NOT_REQUIRED = schedule.REGISTRATION_NOT_REQUIRED, _("nicht erforderlich")

    event_type = models.CharField(
        _("Art der Veranstaltung"),
        max_length=20,
        choices=EventType.choices,
        default=EventType.NETZWERKTREFFEN,
    )
    intro = models.TextField(
        _("Kurzbeschreibung"),
        max_length=600,
        help_text=_(
            "Ein bis zwei Sätze: worum es geht und für wen. Erscheint in Übersichten, "
            "im Kalendereintrag und im Newsfeed."
        ),
    )
    start = models.DateTimeField(_("Beginn"))
    end = models.DateTimeField(
        _("Ende"),
        null=True,
        blank=True,
        help_text=_(
            "Leer lassen, wenn das Ende offen ist: Die Veranstaltung gilt dann bis zum "
            "Ende des Tages als laufend."
        ),
    )
    ends_at = models.DateTimeField(
        _("Vorbei ab"),
        editable=False,
        db_index=True,
        null=True,
        help_text=_("Das Ende oder, ohne Ende, das Ende des ersten Tages; wird berechnet."),
    )
    cancelled = models.BooleanField(
        _("Abgesagt"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn die Veranstaltung ausfällt. Die Seite bleibt sichtbar und "
            "sagt, dass sie abgesagt ist; die Anmeldung ist geschlossen."
        ),
    )
    venue_name = models.CharField(
        _("Veranstaltungsort"),
        max_length=255,
        blank=True,
        help_text=_("Zum Beispiel der Name des Hauses und der Raum."),
    )
    address = models.TextField(
        _("Adresse"),
        max_length=500,
        blank=True,
        help_text=_("Straße, Hausnummer, Postleitzahl und Ort; eine Angabe je Zeile."),
    )
    online = models.BooleanField(
        _("Online-Teilnahme"),
        default=False,
        help_text=_("Ankreuzen, wenn man online teilnehmen kann, auch zusätzlich zum Ort."),
    )
    online_info = models.TextField(
        _("Hinweise zur Online-Teilnahme"),
        max_length=600,
        blank=True,
        help_text=_(
            "Zum Beispiel, wie und wann der Zugangslink verschickt wird. Den Zugangslink "
            "selbst hier nicht veröffentlichen."
        ),
    )
    registration_status = models.CharField(
        _("Anmeldung"),
        max_length=20,
        choices=Registration.choices,
        default=Registration.NOT_REQUIRED,
        help_text=_(
            "Nach dem Anmeldeschluss und nach der Veranstaltung zeigt die Seite die "
            "Anmeldung von selbst als geschlossen."
        ),
    )
    registration_deadline = models.DateField(
        _("Anmeldeschluss"),
        null=True,
        blank=True,
        help_text=_("Anmeldungen sind bis einschließlich zu diesem Tag möglich."),
    )
    registration_url = models.URLField(
        _("Link zur Anmeldung"), blank=True, help_text=_("Zum Beispiel ein Anmeldeformular.")
    )
    registration_email = models.EmailField(
        _("E-Mail für die Anmeldung"),
        blank=True,
        help_text=_("Wenn man sich per E-Mail anmeldet."),
    )
    organiser = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("Veranstalter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Programm und weitere Inhalte"))
    contact = StreamField(ContactsBlock(), blank=True, verbose_name=_("Ansprechpersonen"))

    objects = EventManager()

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("cancelled"),
            ],
            heading=_("Zeit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldPanel("online"),
                FieldPanel("online_info"),
            ],
            heading=_("Ort"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    _(
                        "Bei offener Anmeldung bitte einen Link oder eine E-Mail-Adresse "
                        "angeben, über die man sich anmeldet."
                    )
                ),
                FieldPanel("registration_status"),
                FieldPanel("registration_deadline"),
                FieldPanel("registration_url"),
                FieldPanel("registration_email"),
            ],
            heading=_("Anmeldung"),
        ),
        FieldPanel("organiser"),
        FieldPanel("body"),
        FieldPanel("contact"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("address"),
        index.FilterField("start"),
        index.FilterField("ends_at"),
        index.FilterField("event_type"),
    ]

    # The read-only API (docs/api.md). Left out on purpose: the contact persons and the
    # registration e-mail address (personal data; the page shows them).
    api_fields = [
        APIField("event_type"),
        APIField("intro"),
        APIField("start"),
        APIField("end"),
        APIField("cancelled"),
        APIField("venue_name"),
        APIField("address"),
        APIField("online"),
        APIField("online_info"),
        APIField("registration_status"),
        APIField("registration_state"),
        APIField("registration_deadline"),
        APIField("registration_url"),
        APIField("organiser", serializer=RelatedValues(ORGANISATION_FIELDS)),
        APIField("topics", serializer=TopicsValue()),
        APIField("body", serializer=StreamFieldValue()),
    ]

    parent_page_types = ["networks.EventIndexPage", "networks.NetworkPage"]
    subpage_types = []

    template = "networks/event_page.html"

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _(
                "Das Ende liegt vor dem Beginn. Bitte ein Ende nach dem Beginn angeben "
                "oder das Feld leer lassen."
            )
        if (
            self.registration_status == self.Registration.OPEN
            and not self.registration_url
            and not self.registration_email
        ):
            errors["registration_url"] = _(
                "Die Anmeldung ist offen: Bitte einen Link oder eine E-Mail-Adresse für "
                "die Anmeldung angeben."
            )
        if (
            self.start
            and self.registration_deadline
            and self.registration_deadline > timezone.localtime(self.start).date()
        ):
            errors["registration_deadline"] = _(
                "Der Anmeldeschluss liegt nach dem Beginn der Veranstaltung. Bitte einen "
                "Tag bis zum Beginn wählen."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.ends_at = schedule.end_of_event(self.start, self.end) if self.start else None
        return super().save(*args, **kwargs)

    # Derived state ------------------------------------------------------------

    @property
    def is_past(self):
        return schedule.is_past(self.start, self.end, timezone.now())

    @property
    def is_running(self):
        return schedule.is_running(self.start, self.end, timezone.now())

    @property
    def registration_state(self):
        """One of the ``schedule.REGISTRATION_*`` values, as of now."""
        return schedule.registration_state(
            self.registration_status,
            self.registration_deadline,
            self.start,
            self.end,
            timezone.now(),
            cancelled=self.cancelled,
        )

    @property
    def registration_open(self):
        return self.registration_state == schedule.REGISTRATION_OPEN

    @property
    def registration_deadline_passed(self):
        return schedule.deadline_passed(self.registration_deadline, timezone.now())

    @property
    def has_venue(self):
        return bool(self.venue_name.strip() or self.address.strip())

    @property
    def attendance_mode(self):
        """``offline``, ``online`` or ``mixed``."""
        if self.online and self.has_venue:
            return "mixed"
        return "online" if self.online else "offline"

    def location_text(self):
        """The place on one line: venue, address, "online"."""
        address = ", ".join(line.strip() for line in self.address.splitlines() if line.strip())
        parts = [self.venue_name, address]
        text = ", ".join(part for part in parts if part)
        if self.online:
            return _("%(place)s und online") % {"place": text} if text else str(_("Online"))
        return text

    def feed_description(self):
        when = date_format(timezone.localtime(self.start), "DATETIME_FORMAT")
        return f"{when}: {self.intro}"

    # Calendar and structured data --------------------------------------------

    @path("ics/", name="ics")
    def ics(self, request):
        """This event as an iCalendar file to import into a calendar."""
        content = ical.calendar_bytes([self], request, name=self.title)
        return ical.calendar_response(content, f"{self.slug}.ics")

    def structured_data(self, request):
        return [event_json_ld(self, request)]


class EventIndexPage(FeedMixin, Page):
    """The calendar: upcoming events of the whole site, then past ones, with feeds.

    It lists every event of its site in its language, including events that
    sit under a network page, so a network's meetings also appear here.
    """

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=600,
        help_text=_("Ein bis zwei Sätze unter der Hauptüberschrift."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Inhalt unter den Terminen"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("body", serializer=StreamFieldValue())]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["networks.EventPage"]

    template = "networks/event_index_page.html"
    past_per_page = 10
    # Query parameters the page reads; only these make cached variants (home/page_cache.py).
    cache_query_parameters = ("seite",)

    class Meta:
        verbose_name = _("Terminübersicht")
        verbose_name_plural = _("Terminübersichten")

    def events(self):
        """Every live, public event of this page's site in this page's language."""
        return EventPage.objects.listed().descendant_of(localized_site_root(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["upcoming_events"] = list(self.events().upcoming(now))
        context["page_obj"] = paginate(request, self.events().past(now), self.past_per_page)
        return context

    def feed_items(self, request):
        return self.events().upcoming()

    @path("ical/", name="ical")
    def ical_feed(self, request):
        """The upcoming events as one iCalendar file to subscribe to."""
        events = self.events().upcoming()
        content = ical.calendar_bytes(events, request, name=self.title)
        return ical.calendar_response(content, "termine.ics")

    def feed_urls(self):
        return super().feed_urls() + [("text/calendar", f"{self.url}ical/")]
