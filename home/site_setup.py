"""A new site in this installation: ``python manage.py create_site NAME HOSTNAME``.

:func:`create_site` checks the input, then in one transaction creates

- a collection named after the site for its documents and images,
- the German HomePage under the tree root and the Wagtail Site (host name, port) on it,
- the site settings (organisation name, collection, the service pages),
- the pages every site needs, each with its English translation, by the steps that
  the apps register here (like the demo content's loaders, so ``home`` imports no app
  above it): Impressum and Datenschutzerklärung (this module), the accessibility
  statement and the pages in Leichte Sprache and Gebärdensprache
  (``accessibility/site_setup.py``).

**Everything is a draft.** The pages say what belongs on them, for the editors; none
is meant for readers. Nothing of a new site is public until an editor publishes it: the
site's address answers "Seite nicht gefunden" until its home page is published, and the
header and footer link a service page only once it is live
(:func:`home.models.site_settings.service_pages`), so no link leads to a 404 or to a
half-written legal page. Editors fill the pages, publish the service pages and then the
home page.

A host name (with its port) that a site uses already is refused before anything is
written, so running the command twice changes nothing.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.html import escape
from django.utils.module_loading import autodiscover_modules
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from home.models import ContentPage, HomePage, SiteSettings
from home.translation import Items, body, catalogue, translate_page

TRANSLATION_LANGUAGE = "en"

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
HOSTNAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")

_STEPS = []


class SiteSetupError(ValueError):
    """The input cannot make a site; the message says why and what to do."""


def setup_step(order):
    """Register ``func(new_site)``, run by :func:`create_site` in ``order`` (lowest first)."""

    def decorator(func):
        _STEPS.append((order, func.__module__, func))
        return func

    return decorator


def registered_steps():
    autodiscover_modules("site_setup")
    return [func for _order, _module, func in sorted(_STEPS, key=lambda item: item[:2])]


@dataclass
class NewSite:
    """What the steps share: the site, its German home page, settings and collection."""

    name: str
    site: Site
    home: HomePage
    settings: SiteSettings
    collection: Collection
    created: list = field(default_factory=list)

    def add_draft(self, page, english, parent=None):
        """Add ``page`` as a draft under ``parent`` (the home page), with its English draft.

        ``english`` is the wagtail-localize catalogue of the page's German strings; a
        missing string raises :class:`home.translation.IncompleteTranslation`.
        """
        parent = parent or self.home
        page.live = False
        parent.add_child(instance=page)
        page.save_revision()
        translated = translate_page(page, TRANSLATION_LANGUAGE, english, publish=False)
        self.created.append(f"{page.title} / {translated.title} (drafts)")
        return page


# Input --------------------------------------------------------------------------------


def clean_name(name):
    name = " ".join((name or "").split())
    if not name:
        raise SiteSetupError(
            'NAME is empty: give the name of the organisation, e.g. "Stadt Musterstadt".'
        )
    limit = SiteSettings._meta.get_field("organisation_name").max_length
    if len(name) > limit:
        raise SiteSetupError(f"NAME is {len(name)} characters long; at most {limit} fit.")
    return name


def clean_hostname(hostname):
    """The host name in lower case (internationalised names in their ASCII form)."""
    value = (hostname or "").strip().lower()
    if "://" in value or "/" in value:
        raise SiteSetupError(
            f"{hostname!r} is not a host name: give it without scheme or path, "
            "e.g. vielfalt.example.org."
        )
    if ":" in value:
        raise SiteSetupError(
            f"{hostname!r} is not a host name: give the port with --port, "
            "e.g. create_site NAME vielfalt.example.org --port 8080."
        )
    value = value.rstrip(".")
    if not value.isascii():
        try:
            value = value.encode("idna").decode("ascii")
        except UnicodeError:
            value = ""
    limit = Site._meta.get_field("hostname").max_length
    if not value or len(value) > min(limit, 253) or not HOSTNAME.fullmatch(value):
        raise SiteSetupError(
            f"{hostname!r} is not a valid host name: use letters, digits, hyphens and dots, "
            "e.g. vielfalt.example.org."
        )
    return value


def clean_port(port):
    if not 1 <= port <= 65535:
        raise SiteSetupError(f"--port {port} is not a port: use a number from 1 to 65535.")
    return port


def check_free(hostname, port):
    existing = Site.objects.filter(hostname=hostname, port=port).select_related("root_page")
    site = existing.first()
    if site is not None:
        raise SiteSetupError(
            f"The host name {hostname} with port {port} is already used by the site "
            f'"{site.site_name or site.root_page.title}" (id {site.pk}); nothing was changed. '
            "Choose another host name or port, or edit that site in the admin."
        )


# The home page ------------------------------------------------------------------------


def home_texts(name, collection_name):
    """``(fields, English catalogue)`` of a new home page."""
    collection_name = escape(collection_name)  # in rich text
    sections = [
        (
            ("Bevor die Website online geht", "Before the website goes online"),
            [
                Items(
                    [
                        (
                            "Unter „Einstellungen → Website-Einstellungen“ Logo, Farben, "
                            "Kontakt und die Links im Fußbereich eintragen.",
                            "Under “Settings → Site settings”, enter the logo, colours, "
                            "contact and the footer links.",
                        ),
                        (
                            "Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit "
                            "und die Seiten in Leichter Sprache und Gebärdensprache ausfüllen "
                            "und veröffentlichen. Sie sind angelegt und in den "
                            "Website-Einstellungen gewählt; Kopf und Fuß jeder Seite verlinken "
                            "sie, sobald sie veröffentlicht sind.",
                            "Fill in and publish the legal notice, the privacy policy, the "
                            "accessibility statement and the pages in easy language and sign "
                            "language. They exist and are chosen in the site settings; the "
                            "header and footer of every page link to them once they are "
                            "published.",
                        ),
                        (
                            "Dokumente und Bilder dieser Website in die Sammlung "
                            f"„{collection_name}“ hochladen.",
                            "Upload this website’s documents and images to the collection "
                            f"“{collection_name}”.",
                        ),
                        (
                            "Diesen Text durch eine Vorstellung Ihrer Stelle ersetzen und die "
                            "Startseite zuletzt veröffentlichen. Bis dahin zeigt die Adresse "
                            "der Website „Seite nicht gefunden“.",
                            "Replace this text with an introduction to your office and publish "
                            "the home page last. Until then the website’s address shows "
                            "“Page not found”.",
                        ),
                    ]
                )
            ],
        )
    ]
    intro = (
        "Schreiben Sie hier in ein bis zwei Sätzen, was Ihre Stelle tut und was Besucherinnen "
        "und Besucher auf dieser Website finden.",
        "Write here, in one or two sentences, what your office does and what visitors find "
        "on this website.",
    )
    slug = _slug(name)
    fields = {"title": name, "slug": slug, "intro": intro[0], "body": body(sections)}
    # wagtail-localize offers plain-text fields with HTML's special characters escaped.
    english = catalogue(sections, (escape(name), escape(name)), (slug, f"{slug}-en"), intro)
    return fields, english


def _slug(name):
    for letter, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.lower().replace(letter, spelled)
    return slugify(name)[:50].strip("-") or "startseite"


def _collection(name, hostname):
    root = Collection.get_first_root_node()
    taken = set(root.get_children().values_list("name", flat=True))
    label = name if name not in taken else f"{name} ({hostname})"
    return root.add_child(name=label)


# Creating -----------------------------------------------------------------------------


def create_site(name, hostname, port=80):
    """Create the site, its pages and settings; returns the :class:`NewSite`.

    Raises :class:`SiteSetupError` for bad input or a host name in use, before
    anything is written.
    """
    name = clean_name(name)
    hostname = clean_hostname(hostname)
    port = clean_port(port)
    check_free(hostname, port)
    steps = registered_steps()

    try:
        with transaction.atomic():
            new_site = _create(name, hostname, port, steps)
    except IntegrityError:
        # Another process took the host name since check_free(): nothing was written.
        check_free(hostname, port)
        raise
    return new_site


def _create(name, hostname, port, steps):
    collection = _collection(name, hostname)
    fields, english = home_texts(name, collection.name)
    tree_root = Page.get_first_root_node()
    home = HomePage(**fields, locale=Locale.get_default(), live=False)
    home.slug = _free_slug(tree_root, home.slug)
    english[home.slug] = f"{home.slug}-en"
    tree_root.add_child(instance=home)
    home.save_revision()
    site = Site.objects.create(
        hostname=hostname, port=port, site_name=name, root_page=home, is_default_site=False
    )
    site_settings = SiteSettings.for_site(site)
    site_settings.organisation_name = name
    site_settings.collection = collection
    site_settings.save()
    translated = translate_page(home, TRANSLATION_LANGUAGE, english, publish=False)
    new_site = NewSite(
        name=name, site=site, home=home, settings=site_settings, collection=collection
    )
    new_site.created += [
        f"site {site.root_url}/ (id {site.pk})",
        f"home page {home.title} / {translated.title} (drafts)",
        f"collection {collection.name}",
    ]
    for step in steps:
        step(new_site)
    new_site.settings.save()
    new_site.created.append("site settings: organisation name, collection, service pages")
    return new_site


def _free_slug(parent, slug):
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def admin_urls(new_site):
    """``{what: absolute admin address}`` for the command's output."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return {
        "pages": base + reverse("wagtailadmin_explore", args=[new_site.home.pk]),
        "settings": base
        + reverse("wagtailsettings:edit", args=["home", "sitesettings", new_site.site.pk]),
    }


# The legal pages (home's own step) ----------------------------------------------------

IMPRINT = {"title": "Impressum", "slug": "impressum"}
IMPRINT_SECTIONS = [
    (
        None,
        [
            ("Was hierher gehört:", "What belongs here:"),
            Items(
                [
                    (
                        "wer diese Website anbietet: Name und Anschrift der Stelle und wer "
                        "sie vertritt, zum Beispiel ihre Leitung;",
                        "who provides this website: the name and address of the office and "
                        "who represents it, for example its head;",
                    ),
                    (
                        "wie man die Stelle schnell erreicht: E-Mail-Adresse und Telefonnummer;",
                        "how to reach the office quickly: e-mail address and telephone number;",
                    ),
                    (
                        "wer für den Inhalt verantwortlich ist, mit Anschrift.",
                        "who is responsible for the content, with address.",
                    ),
                ]
            ),
            (
                "Welche Angaben Pflicht sind, regeln vor allem § 5 Digitale-Dienste-Gesetz und "
                "§ 18 Medienstaatsvertrag. Bitte lassen Sie den Text von Ihrer Rechtsabteilung "
                "prüfen, bevor Sie die Seite veröffentlichen.",
                "Which details are mandatory is set out mainly in section 5 of the Digital "
                "Services Act (Digitale-Dienste-Gesetz) and section 18 of the Interstate Media "
                "Treaty. Please have the text checked by your legal department before you "
                "publish the page.",
            ),
        ],
    )
]
IMPRINT_EN = catalogue(
    IMPRINT_SECTIONS,
    ("Impressum", "Legal notice"),
    ("impressum", "legal-notice"),
)

PRIVACY = {"title": "Datenschutzerklärung", "slug": "datenschutz"}
PRIVACY_SECTIONS = [
    (
        None,
        [
            (
                "Was hierher gehört (Artikel 13 Datenschutz-Grundverordnung):",
                "What belongs here (Article 13 of the General Data Protection Regulation):",
            ),
            Items(
                [
                    (
                        "wer verantwortlich ist, mit Anschrift, und wie man die oder den "
                        "Datenschutzbeauftragten erreicht;",
                        "who the controller is, with address, and how to reach the data "
                        "protection officer;",
                    ),
                    (
                        "welche Daten die Website verarbeitet, wozu und auf welcher "
                        "Rechtsgrundlage, zum Beispiel die Protokolle des Servers und das "
                        "Formular „Barriere melden“;",
                        "what data the website processes, why and on what legal basis, for "
                        "example the server's logs and the form “Report a barrier”;",
                    ),
                    (
                        "wie lange die Daten gespeichert werden;",
                        "how long the data are kept;",
                    ),
                    (
                        "welche Rechte Besucherinnen und Besucher haben, auch das Recht, sich bei "
                        "einer Datenschutz-Aufsichtsbehörde zu beschweren.",
                        "what rights visitors have, including the right to complain to a data "
                        "protection authority.",
                    ),
                ]
            ),
            (
                "Was die Software selbst speichert, steht in ihrer Dokumentation; was der "
                "Betrieb der Website speichert, weiß Ihr IT-Betrieb. Bitte lassen Sie den Text "
                "von Ihrer oder Ihrem Datenschutzbeauftragten prüfen.",
                "What the software itself stores is described in its documentation; what "
                "running the website stores, your IT operations know. Please have the text "
                "checked by your data protection officer.",
            ),
        ],
    )
]
PRIVACY_EN = catalogue(
    PRIVACY_SECTIONS,
    ("Datenschutzerklärung", "Privacy policy"),
    ("datenschutz", "privacy"),
)


@setup_step(order=10)
def legal_pages(new_site):
    """Impressum and Datenschutzerklärung, chosen in the site settings."""
    for settings_field, spec, sections, english in (
        ("imprint_page", IMPRINT, IMPRINT_SECTIONS, IMPRINT_EN),
        ("privacy_page", PRIVACY, PRIVACY_SECTIONS, PRIVACY_EN),
    ):
        page = new_site.add_draft(ContentPage(**spec, body=body(sections)), english)
        setattr(new_site.settings, settings_field, page)
