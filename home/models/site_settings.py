"""Per-site settings: organisation, theme colours, contact and footer links."""

import hashlib

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from home.colours import AA_NORMAL_TEXT, HEX_COLOUR, TEXT_COLOUR, WHITE, contrast_ratio

colour_validator = RegexValidator(
    HEX_COLOUR,
    _("Bitte eine Farbe in der Form #RRGGBB angeben, zum Beispiel #005a8c."),
)

DEFAULT_PRIMARY = "#005a8c"
DEFAULT_ACCENT = "#fbe9a6"


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """What a site says about the organisation that runs it."""

    organisation_name = models.CharField(
        _("Name der Organisation"),
        max_length=200,
        default="Vielfalt",
        help_text=_("Erscheint im Kopf jeder Seite und im Seitentitel."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird mit dem Namen der Organisation als Alternativtext gezeigt."),
    )
    primary_colour = models.CharField(
        _("Hauptfarbe"),
        max_length=7,
        default=DEFAULT_PRIMARY,
        validators=[colour_validator],
        help_text=_("Für Links, Schaltflächen und den Kopfbereich; weiße Schrift steht darauf."),
    )
    accent_colour = models.CharField(
        _("Akzentfarbe"),
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[colour_validator],
        help_text=_("Für hervorgehobene Flächen; dunkle Schrift steht darauf."),
    )
    contact_name = models.CharField(_("Ansprechstelle"), max_length=200, blank=True)
    contact_email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    contact_phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    contact_address = models.TextField(_("Anschrift"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("logo")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour")],
            heading=_("Farben"),
            help_text=_(
                "Farben müssen mit ihrer Schrift einen Kontrast von mindestens 4,5:1 haben "
                "(WCAG 2.1 AA); andere werden abgelehnt."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading=_("Kontakt"),
        ),
        InlinePanel("footer_links", heading=_("Links im Fußbereich"), label=_("Link")),
    ]

    class Meta:
        verbose_name = _("Website-Einstellungen")
        verbose_name_plural = _("Website-Einstellungen")

    def clean(self):
        super().clean()
        errors = {}
        checks = (
            (
                "primary_colour",
                WHITE,
                _(
                    "Der Kontrast von %(colour)s zu weißer Schrift beträgt nur %(ratio)s:1; "
                    "nötig sind mindestens 4,5:1 (WCAG 2.1 AA). Bitte eine dunklere Farbe "
                    "wählen."
                ),
            ),
            (
                "accent_colour",
                TEXT_COLOUR,
                _(
                    "Der Kontrast von %(colour)s zur dunklen Textfarbe beträgt nur "
                    "%(ratio)s:1; nötig sind mindestens 4,5:1 (WCAG 2.1 AA). Bitte eine "
                    "hellere Farbe wählen."
                ),
            ),
        )
        for field, text_colour, message in checks:
            colour = (getattr(self, field) or "").lower()
            if not HEX_COLOUR.match(colour):
                continue  # the field validator reports the format
            ratio = contrast_ratio(colour, text_colour)
            if ratio < AA_NORMAL_TEXT:
                errors[field] = ValidationError(
                    message,
                    code="contrast",
                    params={
                        "colour": colour,
                        "ratio": number_format(round(ratio, 2), decimal_pos=2, use_l10n=True),
                    },
                )
        if errors:
            raise ValidationError(errors)

    @property
    def theme_version(self):
        """Changes whenever a colour changes, to bust caches of theme.css."""
        colours = f"{self.primary_colour}{self.accent_colour}".lower()
        return hashlib.sha256(colours.encode()).hexdigest()[:10]


class FooterLink(Orderable):
    """A link in the footer: to a page of the site (shown in the reader's language) or elsewhere."""

    settings = ParentalKey(SiteSettings, related_name="footer_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("Externe Adresse"), blank=True)
    label = models.CharField(
        _("Linktext"),
        max_length=100,
        blank=True,
        help_text=_("Leer lassen, um den Titel der Seite zu verwenden."),
    )
    label_en = models.CharField(
        _("Linktext (Englisch)"),
        max_length=100,
        blank=True,
        help_text=_("Für die englische Fassung; leer: der deutsche Linktext."),
    )

    panels = [
        PageChooserPanel("page"),
        FieldPanel("url"),
        FieldPanel("label"),
        FieldPanel("label_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Link im Fußbereich")
        verbose_name_plural = _("Links im Fußbereich")

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(
                _("Bitte entweder eine Seite wählen oder eine externe Adresse eingeben.")
            )
        if self.url and not self.label:
            raise ValidationError(
                {"label": _("Ein Link zu einer externen Adresse braucht einen Linktext.")}
            )

    def resolve(self, request=None):
        """``(text, href)`` in the active language; None when the page is not public."""
        english = (get_language() or "").startswith("en")
        custom = (self.label_en if english and self.label_en else self.label).strip()
        if self.url:
            return custom, self.url
        page = self.page.localized
        if not page.live:
            return None
        return custom or page.title, page.get_url(request=request)
