"""Demo content of the base app: the home page, an about page and the site settings.

German is written here; English comes through wagtail-localize from the
catalogues below, exactly as if an editor had uploaded a translated PO file.
"""

from django.core.management.base import CommandError
from wagtail.models import Page

from home.demo import child_by_slug, loader
from home.models import ContentPage, FooterLink, HomePage, SiteSettings
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
        ("heading", {"text": "Ein offenes Angebot", "level": "h2"}),
        (
            "paragraph",
            "<p>Die Seitenvorlagen dieser Website sind offen lizenziert. Andere "
            "Verwaltungen können sie für ihre eigenen Angebote übernehmen und anpassen.</p>",
        ),
        ("heading", {"text": "Barrierefrei und in zwei Sprachen", "level": "h2"}),
        (
            "paragraph",
            "<p>Alle Inhalte erscheinen auf Deutsch und auf Englisch. Die Seiten "
            "funktionieren ohne JavaScript und laden nichts von fremden Servern.</p>",
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
    "Ein offenes Angebot": "An open service",
    (
        "Die Seitenvorlagen dieser Website sind offen lizenziert. Andere Verwaltungen "
        "können sie für ihre eigenen Angebote übernehmen und anpassen."
    ): (
        "The page templates of this website are openly licensed. Other administrations "
        "can adopt and adapt them for their own services."
    ),
    "Barrierefrei und in zwei Sprachen": "Accessible and in two languages",
    (
        "Alle Inhalte erscheinen auf Deutsch und auf Englisch. Die Seiten funktionieren "
        "ohne JavaScript und laden nichts von fremden Servern."
    ): (
        "All content appears in German and English. The pages work without "
        "JavaScript and load nothing from other servers."
    ),
}

SETTINGS = {
    "organisation_name": "Landesstelle für Vielfalt (Demo)",
    "contact_name": "Landesstelle für Vielfalt",
    "contact_email": "vielfalt@example.org",
    "contact_phone": "030 123456-0",
    "contact_address": "Musterstraße 1\n10115 Berlin",
}


def ensure_translation(context, page, language_code, catalogue):
    """Translate ``page`` unless a translation exists already (an editor's, perhaps)."""
    existing = page.get_translations().filter(locale__language_code=language_code).first()
    if existing is not None:
        context.left(f"{existing.title} ({language_code})")
        return existing
    translated = translate_page(page, language_code, catalogue)
    context.made(f"{translated.title} ({language_code})")
    return translated


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
        context.site.root_page = home
        context.site.save()
        current.delete()
        context.home = home
        context.made(home.title)
    ensure_translation(context, context.home, "en", HOME_EN)


@loader(order=1)
def about_page(context):
    page = child_by_slug(context.home, ABOUT["slug"])
    if page is None:
        page = context.home.add_child(instance=ContentPage(show_in_menus=True, **ABOUT))
        page.save_revision().publish()
        context.made(page.title)
    else:
        context.left(page.title)
    ensure_translation(context, page, "en", ABOUT_EN)


@loader(order=2)
def site_settings(context):
    """Fill the settings only while they are Wagtail's untouched defaults."""
    settings = SiteSettings.for_site(context.site)
    untouched = (
        settings.organisation_name == SiteSettings._meta.get_field("organisation_name").default
        and not settings.contact_email
        and not settings.footer_links.exists()
    )
    if not untouched:
        context.left("site settings")
        return
    for field, value in SETTINGS.items():
        setattr(settings, field, value)
    about = child_by_slug(context.home, ABOUT["slug"])
    if about is not None:
        settings.footer_links.add(FooterLink(page=about, sort_order=0))
    settings.save()
    context.made("site settings")
