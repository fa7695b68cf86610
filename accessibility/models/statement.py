"""The accessibility statement (Erklärung zur Barrierefreiheit).

BITV 2.0 § 7 and the EU model statement (Durchführungsbeschluss (EU) 2018/1523) ask
for: the state of compliance, the contents that are not accessible with the reason
and an accessible alternative, when and how the statement was made, a feedback
mechanism with a contact, and the link to the enforcement procedure (in Germany the
Schlichtungsstelle of the federal government or of the state). Each is a field here,
so nothing can be left out by accident; the page renders them in the model's order.

The feedback form ("Barriere melden", :mod:`accessibility.views`) is shown at the
end of the page; reports go to the feedback contact given here, or else to the
site's contact (:func:`accessibility.mail.recipients`).
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from accessibility.blocks import (
    REASON_DISPROPORTIONATE_BURDEN,
    REASON_NON_COMPLIANCE,
    REASON_OUT_OF_SCOPE,
    NonAccessibleContentsBlock,
)
from home.api import StreamFieldValue
from home.models import SiteSettings
from home.models.site_settings import service_pages

MESSAGE_TEST_BODY = _("Bitte geben Sie an, wer die Website geprüft hat.")
MESSAGE_REVIEW_DATE = _("Die letzte Überprüfung kann nicht vor der Erstellung liegen.")
MESSAGE_NON_ACCESSIBLE = _(
    "Eine Website, die nicht vollständig vereinbar ist, nennt hier die Inhalte, die nicht "
    "barrierefrei sind."
)
NOT_FULLY_COMPLIANT = ("partial", "none")

READER_HEADINGS = (
    (REASON_NON_COMPLIANCE, _("Unvereinbarkeiten mit den Anforderungen")),
    (REASON_DISPROPORTIONATE_BURDEN, _("Unverhältnismäßige Belastung")),
    (REASON_OUT_OF_SCOPE, _("Inhalte, die nicht unter die Anforderungen fallen")),
)
"""Headings of the three groups, as the model statement orders them."""

https_only = URLValidator(
    schemes=["https"],
    message=_("Bitte eine sichere Adresse angeben, die mit https:// beginnt."),
)


class AccessibilityStatementPageForm(WagtailAdminPageForm):
    """Checks what publishing needs; saving a draft defers it (``is_deferred_validation``)."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        if (
            cleaned_data.get("method") == AccessibilityStatementPage.Method.THIRD_PARTY
            and not (cleaned_data.get("test_body") or "").strip()
            and "test_body" not in self.errors
        ):
            self.add_error("test_body", MESSAGE_TEST_BODY)
        if (
            cleaned_data.get("compliance") in NOT_FULLY_COMPLIANT
            and not cleaned_data.get("non_accessible")
            and "non_accessible" not in self.errors
        ):
            self.add_error("non_accessible", MESSAGE_NON_ACCESSIBLE)
        return cleaned_data


class AccessibilityStatementPage(Page):
    """The statement of one site and language; see the module docstring."""

    class Compliance(models.TextChoices):
        FULL = "full", _("vollständig vereinbar")
        PARTIAL = "partial", _("teilweise vereinbar")
        NONE = "none", _("nicht vereinbar")

    class Method(models.TextChoices):
        SELF_ASSESSMENT = "self", _("Selbstbewertung")
        THIRD_PARTY = "third_party", _("Prüfung durch Dritte")

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Zum Beispiel: „Wir sind bemüht, unsere Website im Einklang mit der BITV 2.0 "
            "barrierefrei zugänglich zu machen.“"
        ),
    )
    legal_basis = models.CharField(
        _("Rechtsgrundlage"),
        max_length=300,
        default="§ 3 Absätze 1 bis 4 und § 4 der BITV 2.0",
        help_text=_(
            "Womit die Website vereinbar ist, für den Satz „Diese Website ist mit … "
            "vereinbar.“ Landesbehörden nennen das Gesetz oder die Verordnung ihres Landes."
        ),
    )
    compliance = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=20,
        choices=Compliance.choices,
        help_text=_(
            "Vollständig: alle Anforderungen sind erfüllt. Teilweise: die meisten, die "
            "Ausnahmen stehen unten. Nicht vereinbar: die meisten Anforderungen sind nicht "
            "erfüllt."
        ),
    )
    non_accessible = StreamField(
        NonAccessibleContentsBlock(),
        blank=True,
        verbose_name=_("Nicht barrierefreie Inhalte"),
        help_text=_(
            "Jeder Inhalt, der nicht barrierefrei ist, mit Grund und Alternative. Bei "
            "„teilweise“ und „nicht vereinbar“ gehört hier mindestens ein Eintrag hin."
        ),
    )
    statement_date = models.DateField(
        _("Erstellt am"),
        null=True,
        help_text=_("Wann diese Erklärung erstellt wurde."),
    )
    method = models.CharField(
        _("Methode"),
        max_length=20,
        choices=Method.choices,
        help_text=_("Wie die Vereinbarkeit festgestellt wurde."),
    )
    test_body = models.CharField(
        _("Prüfstelle"),
        max_length=200,
        blank=True,
        help_text=_("Bei einer Prüfung durch Dritte: wer geprüft hat. Pflicht."),
    )
    method_details = models.TextField(
        _("Vorgehen"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Freiwillig, zum Beispiel „BITV-Test mit 92 Prüfschritten an zwölf "
            "ausgewählten Seiten“."
        ),
    )
    last_review_date = models.DateField(
        _("Zuletzt überprüft am"),
        null=True,
        blank=True,
        help_text=_("Die Erklärung ist mindestens einmal im Jahr zu überprüfen."),
    )

    feedback_name = models.CharField(
        _("Ansprechstelle"),
        max_length=200,
        blank=True,
        help_text=_("Leer lassen, um den Kontakt aus den Website-Einstellungen zu zeigen."),
    )
    feedback_email = models.EmailField(
        _("E-Mail-Adresse"),
        blank=True,
        help_text=_(
            "Erhält die Meldungen aus dem Formular „Barriere melden“. Leer: die E-Mail-"
            "Adresse aus den Website-Einstellungen."
        ),
    )
    feedback_phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    feedback_address = models.TextField(_("Anschrift"), blank=True)

    conciliation_name = models.CharField(
        _("Name der Schlichtungsstelle"),
        max_length=300,
        help_text=_(
            "Bundesbehörden: die Schlichtungsstelle nach § 16 des "
            "Behindertengleichstellungsgesetzes (BGG). Landes- und Kommunalbehörden: die "
            "Stelle ihres Landes."
        ),
    )
    conciliation_text = models.TextField(
        _("Erläuterung"),
        blank=True,
        max_length=2000,
        help_text=_("Wofür die Schlichtungsstelle da ist und wie ein Antrag gestellt wird."),
    )
    conciliation_url = models.URLField(
        _("Website der Schlichtungsstelle"),
        max_length=500,
        validators=[https_only],
        help_text=_("Die Adresse mit https://."),
    )
    conciliation_address = models.TextField(_("Anschrift"), blank=True)
    conciliation_email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    conciliation_phone = models.CharField(_("Telefon"), max_length=50, blank=True)

    base_form_class = AccessibilityStatementPageForm

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance"), FieldPanel("legal_basis")],
            heading=_("Stand der Vereinbarkeit"),
        ),
        FieldPanel("non_accessible"),
        MultiFieldPanel(
            [
                FieldPanel("statement_date"),
                FieldPanel("method"),
                FieldPanel("test_body"),
                FieldPanel("method_details"),
                FieldPanel("last_review_date"),
            ],
            heading=_("Erstellung dieser Erklärung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback_name"),
                FieldPanel("feedback_email"),
                FieldPanel("feedback_phone"),
                FieldPanel("feedback_address"),
            ],
            heading=_("Feedback und Kontakt"),
            help_text=_(
                "Leere Felder zeigen den Kontakt aus den Website-Einstellungen. Unter diesen "
                "Angaben steht das Formular „Barriere melden“."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("conciliation_name"),
                FieldPanel("conciliation_text"),
                FieldPanel("conciliation_url"),
                FieldPanel("conciliation_address"),
                FieldPanel("conciliation_email"),
                FieldPanel("conciliation_phone"),
            ],
            heading=_("Schlichtungsverfahren"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("non_accessible"),
    ]

    # The read-only API (docs/api.md): the state of compliance and how it was found.
    # The feedback contact is left out (it may name a person); the page shows it.
    api_fields = [
        APIField("intro"),
        APIField("compliance"),
        APIField("legal_basis"),
        APIField("non_accessible", serializer=StreamFieldValue()),
        APIField("statement_date"),
        APIField("method"),
        APIField("test_body"),
        APIField("method_details"),
        APIField("last_review_date"),
        APIField("conciliation_name"),
        APIField("conciliation_url"),
    ]

    # Addresses, numbers and dates are the same in every language.
    override_translatable_fields = [
        SynchronizedField("feedback_email"),
        SynchronizedField("feedback_phone"),
        SynchronizedField("conciliation_email"),
        SynchronizedField("conciliation_phone"),
        SynchronizedField("conciliation_url"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärungen zur Barrierefreiheit")

    def clean(self):
        super().clean()
        if (
            self.statement_date
            and self.last_review_date
            and self.last_review_date < self.statement_date
        ):
            raise ValidationError({"last_review_date": MESSAGE_REVIEW_DATE})

    # What the template shows -------------------------------------------------------

    @property
    def compliance_sentence(self):
        """The statement of compliance in the words of the model statement."""
        sentences = {
            self.Compliance.FULL: _("Diese Website ist mit %(basis)s vollständig vereinbar."),
            self.Compliance.PARTIAL: _(
                "Diese Website ist wegen der folgenden Unvereinbarkeiten und Ausnahmen nur "
                "teilweise mit %(basis)s vereinbar."
            ),
            self.Compliance.NONE: _(
                "Diese Website ist mit %(basis)s nicht vereinbar. Die wichtigsten Inhalte, "
                "die nicht barrierefrei sind, stehen unten."
            ),
        }
        sentence = sentences.get(self.compliance)
        return sentence % {"basis": self.legal_basis} if sentence else ""

    def non_accessible_groups(self):
        """``[(heading, [item values])]`` by reason, in the order of the model statement."""
        groups = []
        for key, label in READER_HEADINGS:
            items = [
                child.value for child in self.non_accessible if child.value.get("reason") == key
            ]
            if items:
                groups.append((label, items))
        return groups

    def feedback_contact(self, request=None):
        """``{name, email, phone, address}``: the page's own, or the site's contact."""
        own = {
            "name": self.feedback_name,
            "email": self.feedback_email,
            "phone": self.feedback_phone,
            "address": self.feedback_address,
        }
        if any(own.values()):
            return own
        site_settings = (
            SiteSettings.for_request(request)
            if request is not None
            else SiteSettings.for_site(self.get_site())
        )
        return {
            "name": site_settings.contact_name or site_settings.organisation_name,
            "email": site_settings.contact_email,
            "phone": site_settings.contact_phone,
            "address": site_settings.contact_address,
        }

    def get_context(self, request, *args, **kwargs):
        from accessibility.forms import FeedbackForm, issue_time_token

        context = super().get_context(request, *args, **kwargs)
        context["feedback_contact"] = self.feedback_contact(request)
        context["feedback_form"] = FeedbackForm.for_display(request)
        context["time_token"] = issue_time_token()
        pages = service_pages(request, SiteSettings.for_request(request))
        context["privacy_page"] = pages.get("privacy_page")
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The embedded feedback form carries a signed time that expires: a cache may keep
        # the page, but must ask again before reusing it.
        patch_cache_control(response, no_cache=True)
        return response
