"""Per-site settings: organisation, theme colours, contact, accessibility and legal pages,
footer links, the funding programmes in the footer and the site's collection."""

import hashlib

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Orderable, Page

from home.colours import AA_NORMAL_TEXT, HEX_COLOUR, TEXT_COLOUR, WHITE, contrast_ratio

colour_validator = RegexValidator(
    HEX_COLOUR,
    _("Bitte eine Farbe in der Form #RRGGBB angeben, zum Beispiel #005a8c."),
)

DEFAULT_PRIMARY = "#005a8c"
DEFAULT_ACCENT = "#fbe9a6"


def source_language_only():
    """Programme choices in the source language; the footer shows their translation."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


def _service_page(verbose_name, help_text):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


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

    # Pages linked from every page: Leichte Sprache and Gebärdensprache in the header,
    # the legal pages and the accessibility statement in the footer. Chosen in German;
    # readers are sent to the translation in their language when there is one.
    easy_language_page = _service_page(
        _("Seite in Leichter Sprache"),
        _("Wird im Kopf jeder Seite als „Leichte Sprache“ verlinkt."),
    )
    sign_language_page = _service_page(
        _("Seite in Deutscher Gebärdensprache"),
        _("Wird im Kopf jeder Seite als „Gebärdensprache“ verlinkt."),
    )
    accessibility_statement_page = _service_page(
        _("Erklärung zur Barrierefreiheit"),
        _(
            "Wird im Fuß jeder Seite verlinkt. Ihre Kontaktangaben erhalten auch die "
            "Meldungen aus dem Formular „Barriere melden“."
        ),
    )
    imprint_page = _service_page(
        _("Impressum"), _("Wird im Fuß jeder Seite als „Impressum“ verlinkt.")
    )
    privacy_page = _service_page(
        _("Datenschutzerklärung"),
        _(
            "Wird im Fuß jeder Seite als „Datenschutz“ verlinkt und unter dem Formular "
            "„Barriere melden“ genannt."
        ),
    )

    # Named as a string: home imports no app above it (see docs/architecture.md).
    funding_programmes = ParentalManyToManyField(
        "projects.FundingProgramme",
        verbose_name=_("Förderprogramme im Fußbereich"),
        blank=True,
        related_name="+",
        limit_choices_to=source_language_only,
        help_text=_(
            "Programme, die diese Website oder ihre Stelle fördern. Ihr Emblem und ihr Name "
            "erscheinen im Fuß jeder Seite dieser Website. Nichts gewählt: keine Förderleiste. "
            "Die Förderung eines Projekts steht auf der Seite des Projekts."
        ),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Sammlung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Die Sammlung für die Dokumente und Bilder dieser Website. Die Suche der Website "
            "findet Dokumente aus dieser Sammlung (und den Sammlungen darunter) und "
            "Dokumente, die ihre Seiten verlinken. Die Standard-Website findet außerdem alle "
            "Dokumente, die in keiner Sammlung einer anderen Website liegen."
        ),
    )

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
        MultiFieldPanel(
            [
                PageChooserPanel("easy_language_page", "accessibility.EasyLanguagePage"),
                PageChooserPanel("sign_language_page", "accessibility.SignLanguagePage"),
                PageChooserPanel(
                    "accessibility_statement_page", "accessibility.AccessibilityStatementPage"
                ),
                PageChooserPanel("imprint_page"),
                PageChooserPanel("privacy_page"),
            ],
            heading=_("Barrierefreiheit und Rechtliches"),
            help_text=_(
                "Diese Seiten sind von jeder Seite aus verlinkt. Bitte die deutschen Seiten "
                "wählen; englische Leser*innen kommen zur Übersetzung, wenn es eine gibt."
            ),
        ),
        InlinePanel("footer_links", heading=_("Links im Fußbereich"), label=_("Link")),
        FieldPanel("funding_programmes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("collection"),
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
        errors.update(self._pages_of_other_sites())
        if errors:
            raise ValidationError(errors)

    def _pages_of_other_sites(self):
        """``{field: error}`` for chosen service pages outside this site's page trees."""
        from home.sites import root_pages

        chosen = {field: getattr(self, field) for field in SERVICE_PAGES}
        if not self.site_id or not any(chosen.values()):
            return {}
        roots = root_pages(self.site)
        return {
            field: ValidationError(
                _(
                    "Die Seite „%(title)s“ gehört zu einer anderen Website. Bitte eine Seite "
                    "dieser Website wählen."
                ),
                code="other_site",
                params={"title": page.title},
            )
            for field, page in chosen.items()
            if page is not None and not any(page.path.startswith(root.path) for root in roots)
        }

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


SERVICE_PAGES = (
    "easy_language_page",
    "sign_language_page",
    "accessibility_statement_page",
    "imprint_page",
    "privacy_page",
)
"""The page fields of :class:`SiteSettings` that every page links to."""


def service_pages(request, site_settings):
    """``{field: page}`` of the site's :data:`SERVICE_PAGES` in the reader's language.

    Each chosen page is replaced by its live translation in the active language when
    there is one; pages that are not live are left out. Two queries whatever the number
    of pages (none when no page is chosen), and once per request and language.
    """
    if site_settings is None or not getattr(site_settings, "pk", None):
        return {}
    language = translation.get_language() or settings.LANGUAGE_CODE
    cache = getattr(request, "_service_pages_cache", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._service_pages_cache = cache
    key = (site_settings.pk, language)
    if key in cache:
        return cache[key]
    chosen = {field: getattr(site_settings, f"{field}_id") for field in SERVICE_PAGES}
    ids = {pk for pk in chosen.values() if pk}
    found = {}
    if ids:
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).select_related("locale")}
        try:
            code = get_supported_content_language_variant(language)
        except LookupError:
            code = None
        foreign = {
            page.translation_key
            for page in pages.values()
            if code and page.locale.language_code != code
        }
        translations = {}
        if foreign:
            translations = {
                page.translation_key: page
                for page in Page.objects.live()
                .filter(translation_key__in=foreign, locale__language_code=code)
                .select_related("locale")
            }
        for field, pk in chosen.items():
            page = pages.get(pk)
            if page is None:
                continue
            page = translations.get(page.translation_key, page)
            if page.live:
                found[field] = page
    cache[key] = found
    return found
