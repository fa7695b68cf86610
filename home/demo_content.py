"""Demo content of the base app: the home page, an about page and the site settings.

German is written here; English comes through wagtail-localize from the
catalogues below, exactly as if an editor had uploaded a translated PO file.
"""

from django.core.management.base import CommandError
from wagtail.models import Page

from home.demo import loader
from home.models import (
    ContentPage,
    DemoContentRecord,
    FooterLink,
    HomePage,
    SiteSettings,
    TopicIndexPage,
)
from home.translation import translate_page

HOME = {
    "title": "Vielfalt in der Verwaltung",
    "slug": "startseite",
    "seo_title": "Vielfalt in der Verwaltung – Projekte, Handreichungen und Selbsttest",
    "search_description": (
        "Projekte, Handreichungen, Netzwerke und der Diversometer für eine "
        "Verwaltung, die der Vielfalt ihrer Bürgerinnen und Bürger gerecht wird."
    ),
    "intro": (
        "Wir unterstützen Verwaltungen darin, bewusst mit Vielfalt umzugehen – "
        "für bessere Dienstleistungen und zufriedene Beschäftigte."
    ),
    "body": [
        ("heading", {"text": "Worum es hier geht", "level": "h2"}),
        (
            "paragraph",
            "<p>Städte, Kommunen und Landesverwaltungen stehen vor der Aufgabe, der "
            "Vielfalt an Lebenslagen ihrer Bürgerinnen und Bürger gerecht zu werden. "
            "Auf dieser Website finden Sie Projekte, Förderaufrufe, Handreichungen und "
            "Netzwerke, die dabei helfen.</p>",
        ),
        ("heading", {"text": "Für wen diese Website ist", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>Beschäftigte in Verwaltungen, die Vielfalt und Chancengleichheit "
            "fördern wollen</li><li>Bürgerinnen und Bürger, die sich informieren und "
            "Publikationen herunterladen möchten</li><li>Andere Verwaltungen, die "
            "Erfahrungen austauschen und kollegiale Beratung suchen</li></ul>",
        ),
    ],
}

HOME_EN = {
    "Vielfalt in der Verwaltung": "Diversity in public administration",
    "startseite": "home",
    HOME["seo_title"]: "Diversity in public administration – projects, handouts and self-check",
    HOME["search_description"]: (
        "Projects, handouts, networks and the Diversometer for an administration "
        "that does justice to the diversity of its citizens."
    ),
    HOME["intro"]: (
        "We support administrations in dealing consciously with diversity – for "
        "better services and satisfied staff."
    ),
    "Worum es hier geht": "What this is about",
    (
        "Städte, Kommunen und Landesverwaltungen stehen vor der Aufgabe, der "
        "Vielfalt an Lebenslagen ihrer Bürgerinnen und Bürger gerecht zu werden. "
        "Auf dieser Website finden Sie Projekte, Förderaufrufe, Handreichungen und "
        "Netzwerke, die dabei helfen."
    ): (
        "Cities, municipalities and state administrations face the task of doing "
        "justice to the diversity of their citizens' circumstances. On this website "
        "you will find projects, calls for funding, handouts and networks that help."
    ),
    "Für wen diese Website ist": "Who this website is for",
    (
        "Beschäftigte in Verwaltungen, die Vielfalt und Chancengleichheit fördern wollen"
    ): "Staff in administrations who want to promote diversity and equal opportunities",
    (
        "Bürgerinnen und Bürger, die sich informieren und Publikationen herunterladen möchten"
    ): "Citizens who want to find information and download publications",
    (
        "Andere Verwaltungen, die Erfahrungen austauschen und kollegiale Beratung suchen"
    ): "Other administrations looking to share experience and seek peer advice",
}

ABOUT = {
    "title": "Über dieses Angebot",
    "slug": "ueber-dieses-angebot",
    "search_description": "Wer diese Website betreibt und wofür sie da ist.",
    "intro": (
        "Diese Website ist ein Baukasten für Diversity- und Gleichstellungsstellen "
        "öffentlicher Verwaltungen."
    ),
    "body": [
        (
            "key_facts",
            {
                "heading": "Auf einen Blick",
                "facts": [
                    {"label": "Betrieben von", "value": "Landesstelle für Vielfalt (Demo)"},
                    {"label": "Sprachen", "value": "Deutsch und Englisch"},
                    {"label": "Lizenz", "value": "Europäische Union Public Licence (EUPL 1.2)"},
                ],
            },
        ),
        ("heading", {"text": "Ein offenes Angebot", "level": "h2"}),
        (
            "paragraph",
            "<p>Die Seitenvorlagen dieser Website sind offen lizenziert. Andere "
            "Verwaltungen können sie für ihre eigenen Angebote übernehmen und anpassen.</p>",
        ),
        (
            "process_steps",
            {
                "heading": "So übernehmen andere Verwaltungen die Vorlagen",
                "intro": "<p>Drei Schritte führen zur eigenen Website.</p>",
                "steps": [
                    {
                        "title": "Einrichten",
                        "text": "<p>Die IT-Stelle installiert die Website auf einem eigenen "
                        "Server.</p>",
                    },
                    {
                        "title": "Anpassen",
                        "text": "<p>Die Redaktion trägt Name, Logo, Farben und Kontakt "
                        "der eigenen Stelle ein.</p>",
                    },
                    {
                        "title": "Veröffentlichen",
                        "text": "<p>Die Redaktion füllt die Seiten und gibt sie frei.</p>",
                    },
                ],
            },
        ),
        ("heading", {"text": "Barrierefrei und in zwei Sprachen", "level": "h2"}),
        (
            "paragraph",
            "<p>Alle Inhalte erscheinen auf Deutsch und auf Englisch. Die Seiten "
            "funktionieren ohne JavaScript und laden nichts von fremden Servern.</p>",
        ),
        (
            "accordion",
            {
                "heading": "Häufige Fragen",
                "items": [
                    {
                        "title": "Was kostet die Nutzung?",
                        "text": "<p>Nichts. Der Quellcode steht unter einer offenen "
                        "Lizenz; es fallen nur die Kosten für den eigenen Betrieb an.</p>",
                    },
                    {
                        "title": "Braucht die Redaktion Programmierkenntnisse?",
                        "text": "<p>Nein. Seiten entstehen im Browser aus Bausteinen wie "
                        "Text, Bild, Eckdaten und Downloads.</p>",
                    },
                ],
            },
        ),
        (
            "contact_person",
            {
                "name": "Referat Vielfalt und Chancengleichheit",
                "role": "Redaktion",
                "organisation": "Landesstelle für Vielfalt (Demo)",
                "phone": "030 123456-0",
                "email": "vielfalt@example.org",
                "photo": None,
                "alt_text": "",
                "decorative": False,
            },
        ),
    ],
}

ABOUT_EN = {
    "Über dieses Angebot": "About this service",
    "ueber-dieses-angebot": "about-this-service",
    ABOUT["search_description"]: "Who runs this website and what it is for.",
    ABOUT["intro"]: (
        "This website is a toolkit for the diversity and equality offices of public "
        "administrations."
    ),
    "Auf einen Blick": "At a glance",
    "Betrieben von": "Run by",
    "Landesstelle für Vielfalt (Demo)": "State Office for Diversity (demo)",
    "Sprachen": "Languages",
    "Deutsch und Englisch": "German and English",
    "Lizenz": "Licence",
    "Europäische Union Public Licence (EUPL 1.2)": "European Union Public Licence (EUPL 1.2)",
    "Ein offenes Angebot": "An open service",
    (
        "Die Seitenvorlagen dieser Website sind offen lizenziert. Andere Verwaltungen "
        "können sie für ihre eigenen Angebote übernehmen und anpassen."
    ): (
        "The page templates of this website are openly licensed. Other administrations "
        "can adopt and adapt them for their own services."
    ),
    "So übernehmen andere Verwaltungen die Vorlagen": (
        "How other administrations adopt the templates"
    ),
    "Drei Schritte führen zur eigenen Website.": "Three steps lead to your own website.",
    "Einrichten": "Set up",
    "Die IT-Stelle installiert die Website auf einem eigenen Server.": (
        "The IT department installs the website on its own server."
    ),
    "Anpassen": "Adapt",
    "Die Redaktion trägt Name, Logo, Farben und Kontakt der eigenen Stelle ein.": (
        "The editorial team enters the name, logo, colours and contact of its own office."
    ),
    "Veröffentlichen": "Publish",
    "Die Redaktion füllt die Seiten und gibt sie frei.": (
        "The editorial team fills the pages and publishes them."
    ),
    "Barrierefrei und in zwei Sprachen": "Accessible and in two languages",
    (
        "Alle Inhalte erscheinen auf Deutsch und auf Englisch. Die Seiten funktionieren "
        "ohne JavaScript und laden nichts von fremden Servern."
    ): (
        "All content appears in German and English. The pages work without "
        "JavaScript and load nothing from other servers."
    ),
    "Häufige Fragen": "Frequently asked questions",
    "Was kostet die Nutzung?": "What does it cost?",
    (
        "Nichts. Der Quellcode steht unter einer offenen Lizenz; es fallen nur die "
        "Kosten für den eigenen Betrieb an."
    ): (
        "Nothing. The source code is under an open licence; the only costs are those "
        "of running it yourself."
    ),
    "Braucht die Redaktion Programmierkenntnisse?": "Does the editorial team need to code?",
    ("Nein. Seiten entstehen im Browser aus Bausteinen wie Text, Bild, Eckdaten und Downloads."): (
        "No. Pages are built in the browser from blocks such as text, image, key facts "
        "and downloads."
    ),
    "Referat Vielfalt und Chancengleichheit": "Unit for Diversity and Equal Opportunities",
    "Redaktion": "Editorial team",
    "030 123456-0": "+49 30 123456-0",
    "vielfalt@example.org": "vielfalt@example.org",
}

SETTINGS = {
    "organisation_name": "Landesstelle für Vielfalt (Demo)",
    "contact_name": "Landesstelle für Vielfalt",
    "contact_email": "vielfalt@example.org",
    "contact_phone": "030 123456-0",
    "contact_address": "Musterstraße 1\n10115 Berlin",
}


@loader(order=0)
def home_page(context):
    """The site's HomePage; on a fresh install it replaces Wagtail's placeholder page."""
    current = context.site.root_page.specific
    if isinstance(current, HomePage):
        context.home = current
        context.left(current.title)
    else:
        placeholder = type(current) is Page and current.depth == 2 and not current.get_children()
        if not placeholder:
            raise CommandError(
                f"The default site's root page {current.title!r} is a "
                f"{type(current).__name__}, not a HomePage; demo content is only loaded "
                "into a site whose root is a HomePage."
            )
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(**HOME))
        home.save_revision().publish()
        DemoContentRecord.objects.get_or_create(
            key="home.home", defaults={"translation_key": home.translation_key}
        )
        context.site.root_page = home
        context.site.save()
        current.delete()
        context.home = home
        context.home_created = True
        context.made(home.title)
    context.translate(context.home, HOME_EN)


@loader(order=1)
def about_page(context):
    page = context.page("home.about", context.home, ContentPage(show_in_menus=True, **ABOUT))
    if page is not None:
        context.translate(page, ABOUT_EN)


TOPICS = {
    "title": "Themen",
    "slug": "themen",
    "search_description": "Alle Seiten dieser Website, geordnet nach Themen.",
}
TOPICS_EN = {
    "Themen": "Topics",
    "themen": "topics",
    TOPICS["search_description"]: "Every page of this website, by topic.",
}


@loader(order=1)
def topics_page(context):
    page = context.page("home.topics", context.home, TopicIndexPage(**TOPICS))
    if page is not None:
        context.translate(page, TOPICS_EN)


@loader(order=2)
def site_settings(context):
    """Fill the site settings once; later runs leave them to the editors."""
    if not context.once("home.site_settings"):
        return
    settings = SiteSettings.for_site(context.site)
    for field, value in SETTINGS.items():
        setattr(settings, field, value)
    settings.save()
    for order, key in enumerate(("home.about", "home.topics")):
        page = context.recorded(key)
        if page is not None:
            settings.footer_links.add(FooterLink(page=page, sort_order=order))
    settings.save()
    context.made("site settings")


HIGHLIGHTS = {
    "heading": "Schwerpunkte",
    "pages": (
        "projects.berlin",
        "projects.thuringia",
        "networks.city_network",
        "networks.good_practice",
        "publications.library",
        "diversometer.page",
    ),
}
HIGHLIGHTS_EN = {"Schwerpunkte": "Highlights"}


@loader(order=90)
def home_highlights(context):
    """Cards on a home page made in this very run, pointing to the seed projects and more.

    A home page from an earlier run may carry an editor's work by now; it is left alone.
    """
    if not context.home_created:
        return
    pages = [page for page in map(context.recorded, HIGHLIGHTS["pages"]) if page is not None]
    if not pages:
        return
    home = context.home
    home.body.append(
        (
            "teaser_cards",
            {
                "heading": HIGHLIGHTS["heading"],
                "cards": [{"page": page, "title": "", "text": "", "image": None} for page in pages],
            },
        )
    )
    home.save_revision().publish()
    translate_page(home, "en", {**HOME_EN, **HIGHLIGHTS_EN})
    context.made("home page highlights")
