"""The shared block library: every page body is a ``StreamField(BodyBlock())``.

Headings inside blocks fit under a page's ``h1``: a block's own heading is an
``h2``, the headings of its items are ``h3`` (``h2`` when the block has no
heading of its own). Each block renders through ``blocks/<snake_name>.html``.

Preview values never name database rows; blocks that need an image, a document
or a page pick one in ``get_preview_value()`` when the database has one.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from home.formats import file_description

PREVIEW_TEMPLATE = "blocks/preview.html"
"""Renders a block preview in the admin with the site's stylesheets."""

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
"""Running text only: headings come from HeadingBlock so the outline stays clean."""

ALT_TEXT_HELP = _(
    "Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen. "
    "Pflicht, außer das Bild ist rein dekorativ."
)
DECORATIVE_HELP = _(
    "Ankreuzen, wenn das Bild nichts zum Inhalt beiträgt. Screenreader überspringen es dann."
)


def _latest_image():
    return get_image_model().objects.order_by("-created_at", "-pk").first()


def _latest_document():
    return get_document_model().objects.order_by("-created_at", "-pk").first()


def _clean_with_checks(clean, value, check):
    """Run a StructBlock's own ``clean`` and ``check`` together.

    ``check(value)`` returns ``{child_name: message}``; its messages are added to
    the child blocks' own errors so that editors see every problem at once.
    """
    errors = {}
    non_block_errors = None
    try:
        value = clean(value)
    except StructBlockValidationError as error:
        errors = dict(error.block_errors)
        non_block_errors = error.non_block_errors
    for name, message in check(value).items():
        errors.setdefault(name, ValidationError(message))
    if errors or non_block_errors:
        raise StructBlockValidationError(block_errors=errors, non_block_errors=non_block_errors)
    return value


def _alt_text_errors(block, value, image_field):
    """Alt text is required for an image unless the editor marked it decorative.

    Saving a draft may leave it for later; publishing may not.
    """
    if block.is_deferred_validation:
        return {}
    if not value.get(image_field) or value.get("decorative"):
        return {}
    if (value.get("alt_text") or "").strip():
        return {}
    return {
        "alt_text": _("Bitte einen Alternativtext eingeben oder das Bild als dekorativ markieren.")
    }


def _page_href(page, request=None):
    """The URL of ``page`` in the reader's language, or None if it is not published."""
    if page is None:
        return None
    page = page.localized
    if not page.live:
        return None
    return page.get_url(request=request)


# Text -----------------------------------------------------------------------


class HeadingBlock(blocks.StructBlock):
    """A subheading that structures a page; ``h2`` for sections, lower levels inside them."""

    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Ebene 2")), ("h3", _("Ebene 3")), ("h4", _("Ebene 4"))],
        default="h2",
        help_text=_(
            "Ebene 2 für Abschnitte; Ebene 3 und 4 nur darunter, ohne Ebenen zu überspringen."
        ),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Überschrift")
        preview_value = {"text": "Projektbestandteile", "level": "h2"}
        description = _("Eine Zwischenüberschrift, die den Inhalt gliedert.")
        preview_template = PREVIEW_TEMPLATE


class ParagraphBlock(blocks.RichTextBlock):
    """Formatted running text with links and lists, but no headings."""

    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
        preview_value = (
            "<p>Das Projekt „Berliner Netzwerke für Vielfalt“ verfolgt das Ziel, "
            "Verwaltungen darin zu unterstützen, <b>bewusst mit Vielfalt umzugehen</b>.</p>"
            "<ul><li>Städtenetzwerk</li><li>Diversity-Werkstatt Berlin</li></ul>"
        )
        description = _("Fließtext mit Hervorhebungen, Links und Listen.")
        preview_template = PREVIEW_TEMPLATE


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person who said it."""

    quote = blocks.TextBlock(label=_("Zitat"), help_text=_("Ohne Anführungszeichen."))
    name = blocks.CharBlock(label=_("Name"), required=False, max_length=200)
    role = blocks.CharBlock(
        label=_("Funktion"),
        required=False,
        max_length=300,
        help_text=_("Zum Beispiel Amt oder Organisation der zitierten Person."),
    )
    source = blocks.CharBlock(
        label=_("Quelle"),
        required=False,
        max_length=300,
        help_text=_("Titel des Werks, aus dem das Zitat stammt, falls es eines gibt."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Zitat")
        preview_value = {
            "quote": (
                "Das Ziel und die Hoffnung, die wir mit diesem Projekt verbinden, ist es, "
                "alle an einen Tisch zu bringen."
            ),
            "name": "Dirk Adams",
            "role": "Thüringer Minister für Migration, Justiz und Verbraucherschutz",
            "source": "",
        }
        description = _("Ein hervorgehobenes Zitat mit Name und Funktion der zitierten Person.")
        preview_template = PREVIEW_TEMPLATE


# Media ----------------------------------------------------------------------


class CaptionedImageBlock(blocks.StructBlock):
    """An image in a ``<figure>`` with caption and credit; alt text unless decorative."""

    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"), required=False, max_length=300, help_text=ALT_TEXT_HELP
    )
    decorative = blocks.BooleanBlock(
        label=_("Dekoratives Bild"), required=False, help_text=DECORATIVE_HELP
    )
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False, max_length=500)
    credit = blocks.CharBlock(
        label=_("Bildnachweis"),
        required=False,
        max_length=200,
        help_text=_("Urheber*in oder Quelle, zum Beispiel „Foto: LADS“."),
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Bild")
        preview_value = {
            "image": None,
            "alt_text": "Teilnehmende einer Diversity-Werkstatt im Gespräch",
            "decorative": False,
            "caption": "Diversity-Werkstatt Berlin",
            "credit": "Foto: LADS",
        }
        description = _("Ein Bild mit Alternativtext, Bildunterschrift und Bildnachweis.")
        preview_template = PREVIEW_TEMPLATE

    def clean(self, value):
        return _clean_with_checks(
            super().clean, value, lambda v: _alt_text_errors(self, v, "image")
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["alt"] = "" if value.get("decorative") else value.get("alt_text", "")
        return context

    def get_preview_value(self):
        value = super().get_preview_value()
        value["image"] = _latest_image()
        return value


# Structure ------------------------------------------------------------------


class KeyFactBlock(blocks.StructBlock):
    """One fact: a label and its value, such as "Laufzeit: 36 Monate"."""

    label = blocks.CharBlock(label=_("Bezeichnung"), max_length=100)
    value = blocks.CharBlock(label=_("Angabe"), max_length=500)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_fact_block.html"
        label = _("Eckdatum")
        preview_value = {
            "label": "Laufzeit",
            "value": "36 Monate (vom 30.06.2015 bis zum 29.06.2018)",
        }
        description = _("Eine Bezeichnung und ihre Angabe.")
        preview_template = PREVIEW_TEMPLATE


class KeyFactsBlock(blocks.StructBlock):
    """Key facts of a project as a description list."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    facts = blocks.ListBlock(KeyFactBlock(), label=_("Eckdaten"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_facts_block.html"
        label = _("Eckdaten")
        preview_value = {
            "heading": "",
            "facts": [
                {"label": "Laufzeit", "value": "36 Monate (vom 30.06.2015 bis zum 29.06.2018)"},
                {"label": "Finanzierung", "value": "EU-Fonds (AMIF), Kofinanzierung LADS"},
                {
                    "label": "Projektdurchführung",
                    "value": "LADS und der Verein Eine Welt der Vielfalt e.V.",
                },
                {"label": "Projektleitung", "value": "LADS"},
            ],
        }
        description = _("Laufzeit, Finanzierung, Beteiligte: Bezeichnungen mit ihren Angaben.")
        preview_template = PREVIEW_TEMPLATE


class ProcessStepBlock(blocks.StructBlock):
    """One step of a process."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    text = ParagraphBlock(label=_("Beschreibung"), required=False)

    class Meta:
        icon = "order"
        template = "blocks/process_step_block.html"
        label = _("Schritt")
        preview_value = {
            "title": "Analyse der Ausgangslage",
            "text": "<p>Was brauchen Organisationen und ihre Mitarbeitenden?</p>",
        }
        description = _("Ein Schritt mit Titel und Beschreibung.")
        preview_template = PREVIEW_TEMPLATE


class ProcessStepsBlock(blocks.StructBlock):
    """Steps that happen in order, as a numbered list."""

    heading = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    intro = ParagraphBlock(label=_("Einleitung"), required=False)
    steps = blocks.ListBlock(ProcessStepBlock(), label=_("Schritte"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/process_steps_block.html"
        label = _("Ablauf in Schritten")
        preview_value = {
            "heading": "Die Prozessbegleitung",
            "intro": "<p>Die Prozessbegleitung setzt sich aus drei Maßnahmen zusammen:</p>",
            "steps": [
                {
                    "title": "Analyse der Ausgangslage",
                    "text": "<p>Was brauchen Organisationen und ihre Mitarbeitenden?</p>",
                },
                {
                    "title": "Prozessentwicklung",
                    "text": "<p>Prozessentwicklung unter Einbezug der Beteiligten.</p>",
                },
                {
                    "title": "Evaluation",
                    "text": "<p>Wir erheben mit den Beteiligten, was sich geändert hat.</p>",
                },
            ],
        }
        description = _("Eine nummerierte Folge von Schritten, etwa die Phasen eines Projekts.")
        preview_template = PREVIEW_TEMPLATE


class GoalBlock(blocks.StructBlock):
    """One goal with the points that make it concrete."""

    title = blocks.CharBlock(label=_("Ziel"), max_length=300)
    points = blocks.ListBlock(
        blocks.CharBlock(label=_("Punkt"), max_length=500), label=_("Punkte"), min_num=0
    )

    class Meta:
        icon = "tick"
        template = "blocks/goal_block.html"
        label = _("Ziel")
        preview_value = {
            "title": "Verwaltungen als bürgerfreundlichen Dienstleister gestalten",
            "points": ["Abbau von Zugangsbarrieren und Erhöhung von Teilhabechancen"],
        }
        description = _("Ein Ziel mit den Punkten, die es ausmachen.")
        preview_template = PREVIEW_TEMPLATE


class GoalsBlock(blocks.StructBlock):
    """Numbered goals, each with a list of points."""

    heading = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    intro = ParagraphBlock(label=_("Einleitung"), required=False)
    goals = blocks.ListBlock(GoalBlock(), label=_("Ziele"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/goals_block.html"
        label = _("Ziele")
        preview_value = {
            "heading": "Ziele des Projekts",
            "intro": "",
            "goals": [
                {
                    "title": "Verwaltungen als bürgerfreundlichen Dienstleister gestalten",
                    "points": [
                        "Abbau von Zugangsbarrieren und Erhöhung von Teilhabechancen",
                        "Erhöhung der Kundenzufriedenheit",
                    ],
                },
                {
                    "title": "Verwaltungen als attraktiven Arbeitgeber gestalten",
                    "points": [
                        "Verringerung von Diskriminierungen innerhalb der Verwaltungsstrukturen",
                        "Stärkung der interkulturellen Kompetenzen im Umgang mit Diversität",
                    ],
                },
            ],
        }
        description = _("Nummerierte Ziele, jedes mit einer Liste von Unterpunkten.")
        preview_template = PREVIEW_TEMPLATE


class AccordionItemBlock(blocks.StructBlock):
    """One section that readers open and close."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    text = ParagraphBlock(label=_("Inhalt"))

    class Meta:
        icon = "collapse-down"
        template = "blocks/accordion_item_block.html"
        label = _("Abschnitt")
        preview_value = {
            "title": "Was ist Diversity?",
            "text": "<p>Diversity bedeutet Vielfalt und ihre bewusste Gestaltung.</p>",
        }
        description = _("Ein aufklappbarer Abschnitt mit Titel und Inhalt.")
        preview_template = PREVIEW_TEMPLATE


class AccordionBlock(blocks.StructBlock):
    """Sections that open and close (``<details>``), working without JavaScript."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Abschnitte"), min_num=1)

    class Meta:
        icon = "collapse-down"
        template = "blocks/accordion_block.html"
        label = _("Aufklappbare Abschnitte")
        preview_value = {
            "heading": "Häufige Fragen",
            "items": [
                {
                    "title": "Wer kann teilnehmen?",
                    "text": "<p>Mitarbeitende der Kommunal- und Landesverwaltungen.</p>",
                },
                {
                    "title": "Was kostet die Teilnahme?",
                    "text": "<p>Die Teilnahme ist kostenfrei.</p>",
                },
            ],
        }
        description = _("Fragen und Antworten oder Details, die Lesende bei Bedarf aufklappen.")
        preview_template = PREVIEW_TEMPLATE


class TermBlock(blocks.StructBlock):
    """A term and what it means."""

    term = blocks.CharBlock(label=_("Stichwort"), max_length=200)
    text = ParagraphBlock(label=_("Erläuterung"))

    class Meta:
        icon = "list-ul"
        template = "blocks/term_block.html"
        label = _("Stichwort")
        preview_value = {
            "term": "Städtenetzwerk",
            "text": "<p>Verwaltungen tauschen erfolgreiche Ansätze aus.</p>",
        }
        description = _("Ein Stichwort mit seiner Erläuterung.")
        preview_template = PREVIEW_TEMPLATE


class TermListBlock(blocks.StructBlock):
    """A bulleted list that leads each point with a term, such as a project's components."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    items = blocks.ListBlock(TermBlock(), label=_("Punkte"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/term_list_block.html"
        label = _("Liste mit Stichworten")
        preview_value = {
            "heading": "Projektbestandteile",
            "items": [
                {
                    "term": "Städtenetzwerk",
                    "text": "<p>Aufbau eines deutschlandweiten Netzwerks.</p>",
                },
                {
                    "term": "Diversity-Fortbildungen",
                    "text": "<p>Zwei Fortbildungsreihen für Verwaltungsmitarbeitende.</p>",
                },
            ],
        }
        description = _(
            "Aufzählung, deren Punkte mit einem Stichwort beginnen, etwa Projektbestandteile."
        )
        preview_template = PREVIEW_TEMPLATE


# Links ----------------------------------------------------------------------


class LinkValue(blocks.StructValue):
    """A link's target and text, whichever of page or address the editor chose."""

    @property
    def href(self):
        page = self.get("page")
        if page is not None:
            return _page_href(page)
        return self.get("url") or None

    @property
    def text(self):
        label = (self.get("label") or "").strip()
        if label:
            return label
        page = self.get("page")
        if page is not None:
            return page.localized.title
        return self.get("url") or ""


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address: exactly one of the two."""

    page = blocks.PageChooserBlock(label=_("Seite"), required=False)
    url = blocks.URLBlock(
        label=_("Externe Adresse"),
        required=False,
        help_text=_("Nur wenn keine Seite gewählt ist, zum Beispiel https://www.berlin.de/"),
    )
    label = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        max_length=200,
        help_text=_(
            "Sagt, wohin der Link führt, auch ohne Zusammenhang. "
            "Leer: der Titel der Seite bzw. die Adresse."
        ),
    )

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        label = _("Link")
        value_class = LinkValue
        preview_value = {
            "page": None,
            "url": "https://www.berlin.de/sen/lads/",
            "label": "Website der Landesstelle für Gleichbehandlung",
        }
        description = _("Ein Link auf eine Seite dieser Website oder eine externe Adresse.")
        preview_template = PREVIEW_TEMPLATE

    def clean(self, value):
        return _clean_with_checks(super().clean, value, self._target_errors)

    def _target_errors(self, value):
        if value.get("page") and value.get("url"):
            return {
                "url": _(
                    "Bitte entweder eine Seite wählen oder eine externe Adresse eingeben, "
                    "nicht beides."
                )
            }
        if not value.get("page") and not value.get("url") and not self.is_deferred_validation:
            return {"page": _("Bitte eine Seite wählen oder eine externe Adresse eingeben.")}
        return {}


class ButtonLinkBlock(LinkBlock):
    """A LinkBlock whose text is required, because a button must say what it does."""

    label = blocks.CharBlock(
        label=_("Beschriftung"),
        max_length=80,
        help_text=_("Sagt, was passiert, zum Beispiel „Zur Anmeldung“ oder „Handreichung lesen“."),
    )

    class Meta:
        label = _("Schaltfläche")
        template = "blocks/link_block.html"
        icon = "link"
        preview_value = {
            "page": None,
            "url": "https://www.berlin.de/sen/lads/",
            "label": "Zur LADS",
        }
        description = _("Ein Link mit Pflicht-Beschriftung für Handlungsaufforderungen.")


class CardLinkBlock(LinkBlock):
    """The target of a link card; the card's title is the link text."""

    label = None

    class Meta:
        label = _("Linkziel")
        template = "blocks/link_block.html"
        icon = "link"
        preview_value = {"page": None, "url": "https://www.berlin.de/sen/lads/"}
        description = _("Seite dieser Website oder externe Adresse, auf die die Karte verweist.")


class PageTeaserBlock(blocks.StructBlock):
    """A card for a page of the site; title and text come from the page unless overridden."""

    page = blocks.PageChooserBlock(label=_("Seite"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=200,
        help_text=_("Leer: der Titel der Seite."),
    )
    text = blocks.TextBlock(
        label=_("Text"),
        required=False,
        max_length=400,
        help_text=_("Leer: die Suchmaschinen-Beschreibung oder Einleitung der Seite."),
    )
    image = ImageChooserBlock(
        label=_("Bild"),
        required=False,
        help_text=_("Schmückt die Karte; der Titel beschreibt sie, daher kein Alternativtext."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/page_teaser_block.html"
        label = _("Seitenkarte")
        preview_value = {"page": None, "title": "", "text": "", "image": None}
        description = _("Eine Karte, die auf eine Seite dieser Website verweist.")
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        request = context.get("request")
        context["href"] = _page_href(page, request)
        if page is not None:
            page = page.localized
            specific = page.specific
            context["card_title"] = value.get("title") or page.title
            context["card_text"] = (
                value.get("text") or page.search_description or getattr(specific, "intro", "")
            )
        return context


class TeaserCardsBlock(blocks.StructBlock):
    """Cards that lead to other pages of the site."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    cards = blocks.ListBlock(PageTeaserBlock(), label=_("Karten"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/teaser_cards_block.html"
        label = _("Seitenkarten")
        preview_value = {
            "heading": "Weitere Projekte",
            "cards": [
                {"page": None, "title": "", "text": "", "image": None},
                {"page": None, "title": "", "text": "", "image": None},
            ],
        }
        description = _("Karten mit Titel, Text und Bild, die auf Seiten dieser Website verweisen.")
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["item_heading_level"] = "h3" if value.get("heading") else "h2"
        return context

    def get_preview_value(self):
        value = super().get_preview_value()
        pages = list(Page.objects.live().filter(depth__gt=1).order_by("path")[:3])
        value["cards"] = self.child_blocks["cards"].normalize(
            [{"page": page, "title": "", "text": "", "image": None} for page in pages]
        )
        return value


class LinkCardBlock(blocks.StructBlock):
    """A card with its own title and text that links to a page or an external address."""

    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=200,
        help_text=_("Wird zum Link; sagt, wohin er führt."),
    )
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    image = ImageChooserBlock(
        label=_("Bild"),
        required=False,
        help_text=_("Schmückt die Karte; der Titel beschreibt sie, daher kein Alternativtext."),
    )
    link = CardLinkBlock(label=_("Linkziel"))

    class Meta:
        icon = "link"
        template = "blocks/link_card_block.html"
        label = _("Linkkarte")
        preview_value = {
            "title": "Vielfalt Leben in Thüringen",
            "text": "Interkulturelle Öffnung in zwei Thüringer Landratsämtern.",
            "image": None,
            "link": {"page": None, "url": "https://www.thueringen.de/"},
        }
        description = _("Eine Karte mit eigenem Titel, Text und Bild und einem Link.")
        preview_template = PREVIEW_TEMPLATE


class LinkCardsBlock(blocks.StructBlock):
    """Cards with their own title and text, each linking to a page or an external address."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    cards = blocks.ListBlock(LinkCardBlock(), label=_("Karten"), min_num=1)

    class Meta:
        icon = "link"
        template = "blocks/link_cards_block.html"
        label = _("Linkkarten")
        preview_value = {
            "heading": "Partner",
            "cards": [
                {
                    "title": "Landesstelle für Gleichbehandlung",
                    "text": "Gegen Diskriminierung, für Vielfalt in Berlin.",
                    "image": None,
                    "link": {"page": None, "url": "https://www.berlin.de/sen/lads/"},
                },
                {
                    "title": "Eine Welt der Vielfalt e.V.",
                    "text": "Bildungsarbeit für Vielfalt und Chancengleichheit.",
                    "image": None,
                    "link": {"page": None, "url": "https://www.ewdv-diversity.de/"},
                },
            ],
        }
        description = _(
            "Karten mit eigenem Titel, Text und Bild, die auf beliebige Ziele verweisen."
        )
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["item_heading_level"] = "h3" if value.get("heading") else "h2"
        return context


class DownloadItemBlock(blocks.StructBlock):
    """One document to download, with its type and size in words."""

    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=300,
        help_text=_("Leer: der Titel des Dokuments."),
    )
    description = blocks.TextBlock(label=_("Beschreibung"), required=False, max_length=500)

    class Meta:
        icon = "download"
        template = "blocks/download_item_block.html"
        label = _("Dokument")
        preview_value = {
            "document": None,
            "title": "Flyer „Berliner Netzwerke für Vielfalt“",
            "description": "",
        }
        description = _("Ein Dokument zum Herunterladen.")
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        document = value.get("document")
        if document is not None:
            try:
                size = document.get_file_size()
            except OSError:
                size = None
            context["document_title"] = value.get("title") or document.title
            context["file_info"] = file_description(document.filename, size)
        return context

    def get_preview_value(self):
        value = super().get_preview_value()
        value["document"] = _latest_document()
        return value


class DocumentDownloadsBlock(blocks.StructBlock):
    """A list of documents to download."""

    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    items = blocks.ListBlock(DownloadItemBlock(), label=_("Dokumente"), min_num=1)

    class Meta:
        icon = "download"
        template = "blocks/document_downloads_block.html"
        label = _("Downloads")
        preview_value = {
            "heading": "Publikationen",
            "items": [
                {
                    "document": None,
                    "title": "Flyer „Berliner Netzwerke für Vielfalt“",
                    "description": "",
                },
                {
                    "document": None,
                    "title": (
                        "Willkommenskultur in der Verwaltung. Eine Handreichung für die Praxis"
                    ),
                    "description": "",
                },
            ],
        }
        description = _("Dokumente zum Herunterladen, jeweils mit Dateityp und Größe.")
        preview_template = PREVIEW_TEMPLATE

    def get_preview_value(self):
        value = super().get_preview_value()
        document = _latest_document()
        for item in value["items"]:
            item["document"] = document
        return value


class CallToActionBlock(blocks.StructBlock):
    """A prominent invitation to act, with a link styled as a button."""

    heading = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=600)
    link = ButtonLinkBlock(label=_("Schaltfläche"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Handlungsaufforderung")
        preview_value = {
            "heading": "Testen Sie Ihre Verwaltung",
            "text": "Das Diversometer zeigt in zehn Minuten, wo Ihre Einrichtung steht.",
            "link": {
                "page": None,
                "url": "https://www.berlin.de/sen/lads/",
                "label": "Zum Diversometer",
            },
        }
        description = _("Eine hervorgehobene Aufforderung mit einer Schaltfläche.")
        preview_template = PREVIEW_TEMPLATE


class LogoBlock(blocks.StructBlock):
    """A funder's or partner's logo, optionally linked to their website."""

    image = ImageChooserBlock(label=_("Logo"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        max_length=300,
        help_text=_(
            "Name der Organisation oder des Programms, wie er im Logo steht. "
            "Ist das Logo verlinkt, nennt der Text das Linkziel, "
            "zum Beispiel „Website des Asyl-, Migrations- und Integrationsfonds“."
        ),
    )
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/logo_block.html"
        label = _("Logo")
        preview_value = {
            "image": None,
            "alt_text": "Europäische Union: Asyl-, Migrations- und Integrationsfonds",
            "url": "",
        }
        description = _("Ein Logo mit Alternativtext und optionalem Link.")
        preview_template = PREVIEW_TEMPLATE

    def get_preview_value(self):
        value = super().get_preview_value()
        value["image"] = _latest_image()
        return value


class LogoBarBlock(blocks.StructBlock):
    """Funding and partner logos with the mandatory funding notice."""

    heading = blocks.CharBlock(
        label=_("Überschrift"), max_length=200, help_text=_("Zum Beispiel „Gefördert durch“.")
    )
    text = ParagraphBlock(
        label=_("Text"),
        required=False,
        help_text=_("Zum Beispiel der vorgeschriebene Förderhinweis."),
    )
    logos = blocks.ListBlock(LogoBlock(), label=_("Logos"), min_num=1)

    class Meta:
        icon = "group"
        template = "blocks/logo_bar_block.html"
        label = _("Logoleiste")
        preview_value = {
            "heading": "Gefördert durch",
            "text": (
                "<p>Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und "
                "Integrationsfonds kofinanziert.</p>"
            ),
            "logos": [
                {
                    "image": None,
                    "alt_text": "Europäische Union: Asyl-, Migrations- und Integrationsfonds",
                    "url": "",
                },
            ],
        }
        description = _("Logos von Fördermittelgebern und Partnern mit Förderhinweis.")
        preview_template = PREVIEW_TEMPLATE

    def get_preview_value(self):
        value = super().get_preview_value()
        image = _latest_image()
        for logo in value["logos"]:
            logo["image"] = image
        return value


# Contact --------------------------------------------------------------------

PHONE_PATTERN = r"^\+?[0-9][0-9 ()/.\-]{2,40}$"


class ContactPersonBlock(blocks.StructBlock):
    """Who to ask: name, role, telephone and e-mail, optionally a photo."""

    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(label=_("Funktion"), required=False, max_length=200)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=300)
    phone = blocks.RegexBlock(
        regex=PHONE_PATTERN,
        label=_("Telefon"),
        required=False,
        help_text=_("Mit Vorwahl, zum Beispiel +49 30 9013-0 oder 030 9013-0."),
        error_messages={
            "invalid": _("Bitte nur Ziffern, Leerzeichen und + ( ) / - . verwenden."),
        },
    )
    email = blocks.EmailBlock(label=_("E-Mail"), required=False)
    photo = ImageChooserBlock(label=_("Foto"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Alternativtext des Fotos"),
        required=False,
        max_length=300,
        help_text=ALT_TEXT_HELP,
    )
    decorative = blocks.BooleanBlock(
        label=_("Foto ist dekorativ"),
        required=False,
        help_text=_("Ankreuzen, wenn das Foto nur das Gesicht zeigt: Der Name steht ja daneben."),
    )

    class Meta:
        icon = "user"
        template = "blocks/contact_person_block.html"
        label = _("Ansprechperson")
        preview_value = {
            "name": "Maria Muster",
            "role": "Projektleitung",
            "organisation": "Landesstelle für Gleichbehandlung – gegen Diskriminierung",
            "phone": "+49 30 9013-0",
            "email": "vielfalt@example.org",
            "photo": None,
            "alt_text": "",
            "decorative": True,
        }
        description = _("Name, Funktion, Telefon und E-Mail einer Ansprechperson.")
        preview_template = PREVIEW_TEMPLATE

    def clean(self, value):
        return _clean_with_checks(
            super().clean, value, lambda v: _alt_text_errors(self, v, "photo")
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["alt"] = "" if value.get("decorative") else value.get("alt_text", "")
        phone = value.get("phone") or ""
        context["tel_href"] = "tel:" + re.sub(r"[^0-9+]", "", phone) if phone else ""
        return context


# Video ------------------------------------------------------------------------


class VideoLinkBlock(blocks.StructBlock):
    """A video described on the page and watched where it is published.

    Nothing is embedded, so no request goes to the video host; the page links to
    the video and can carry its transcript.
    """

    title = blocks.CharBlock(label=_("Titel des Videos"), max_length=200)
    description = ParagraphBlock(label=_("Beschreibung"), required=False)
    url = blocks.URLBlock(
        label=_("Adresse des Videos"),
        required=False,
        help_text=_("Wo das Video veröffentlicht ist; leer, wenn es (noch) keine gibt."),
    )
    duration = blocks.CharBlock(
        label=_("Dauer"),
        required=False,
        max_length=20,
        help_text=_("Zum Beispiel 3:45 Min."),
    )
    transcript = ParagraphBlock(label=_("Transkript"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_link_block.html"
        label = _("Video")
        preview_value = {
            "title": "Was ist eigentlich Diversity?",
            "description": "<p>Ein Erklärfilm über Vielfalt in der Verwaltung.</p>",
            "url": "https://www.berlin.de/sen/lads/",
            "duration": "3:20 Min.",
            "transcript": "",
        }
        description = _(
            "Ein Video mit Beschreibung, Link und Transkript; es wird nicht eingebettet."
        )
        preview_template = PREVIEW_TEMPLATE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        url = value.get("url") or ""
        context["host"] = urlsplit(url).hostname or "" if url else ""
        return context


# The stream -------------------------------------------------------------------


class BodyBlock(blocks.StreamBlock):
    """Everything an editor can put in a page body."""

    heading = HeadingBlock(group=_("Text"))
    paragraph = ParagraphBlock(group=_("Text"))
    quote = QuoteBlock(group=_("Text"))
    image = CaptionedImageBlock(group=_("Medien"))
    video = VideoLinkBlock(group=_("Medien"))
    logo_bar = LogoBarBlock(group=_("Medien"))
    key_facts = KeyFactsBlock(group=_("Struktur"))
    process_steps = ProcessStepsBlock(group=_("Struktur"))
    goals = GoalsBlock(group=_("Struktur"))
    term_list = TermListBlock(group=_("Struktur"))
    accordion = AccordionBlock(group=_("Struktur"))
    teaser_cards = TeaserCardsBlock(group=_("Verweise"))
    link_cards = LinkCardsBlock(group=_("Verweise"))
    downloads = DocumentDownloadsBlock(group=_("Verweise"))
    call_to_action = CallToActionBlock(group=_("Verweise"))
    contact_person = ContactPersonBlock(group=_("Kontakt"))

    class Meta:
        block_counts = {"key_facts": {"max_num": 1}}
