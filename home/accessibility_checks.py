"""Wagtail's accessibility checker, configured for this site.

Wagtail runs axe-core (https://github.com/dequelabs/axe-core) on a page and lists
what it finds: in the userbar on pages and previews an editor sees, and in the
"Checks" side panel of the page editor. :class:`VielfaltContentCheckerItem`
replaces Wagtail's checker item (hook ``construct_wagtail_userbar``, registered in
``home/wagtail_hooks.py``): it checks the page's ``<main>`` only, runs Wagtail's
rules for authored content plus missing alt text, adds three rules of its own for
link texts, and says every finding in German (English through the catalogue).

Our own rules (``LINK_TEXT_RULES``) are axe custom rules whose checks carry their
``evaluate`` function as a string: Wagtail passes the ``spec`` of the configuration
to ``axe.configure()`` unchanged (it only fills in the functions of its own checks),
and axe-core turns a string starting with ``function`` into the function. The code
runs in the browser, once per ``<a href>``, with axe's ``(node, options,
virtualNode)``; the link's accessible name comes from axe itself
(``axe.commons.text.accessibleTextVirtual``), so ``aria-label``,
``aria-labelledby``, visually hidden text and alt texts of linked images count as
they do for a screen reader. ``tests/browser/test_editor_checks.py`` runs this
configuration in Chromium.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# Link texts that say nothing about the target, compared after lower-casing and
# turning punctuation and symbols into spaces, so "Hier klicken!", "» Weiterlesen …",
# "[mehr]" and "Read-more" all count. German and English:
# the English pages are checked with the same list.
VAGUE_LINK_TEXTS = (
    # German
    "hier",
    "hier klicken",
    "klicken sie hier",
    "klick hier",
    "hier lesen",
    "hier weiterlesen",
    "hier entlang",
    "mehr",
    "mehr lesen",
    "mehr erfahren",
    "mehr dazu",
    "mehr infos",
    "mehr informationen",
    "weiter",
    "weiterlesen",
    "zum artikel",
    "details",
    "link",
    "dieser link",
    "download",
    "herunterladen",
    # English
    "click here",
    "here",
    "read more",
    "more",
    "learn more",
    "more info",
    "continue reading",
    "this link",
)

# A link text that is nothing but an address ("https://…", "www.…").
URL_LINK_TEXT_PATTERN = r"^(https?://|www\.)\S+$"

# JavaScript shared by the three checks: the link's accessible name as axe computes
# it (``raw``), without invisible characters and with single spaces (``text``), and
# with punctuation and symbols as spaces (``words``).
_LINK_NAME_JS = r"""
    var raw = '';
    if (typeof axe !== 'undefined' && axe.commons && virtualNode) {
        raw = axe.commons.text.accessibleTextVirtual(virtualNode) || '';
    } else {
        raw = node.getAttribute('aria-label') || node.textContent || '';
    }
    var text = raw.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    var words = text.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
"""


def _evaluate(body):
    """An axe check's evaluate function as source text (axe-core compiles it)."""
    return "function (node, options, virtualNode) {" + _LINK_NAME_JS + body + "}"


LINK_TEXT_CHECKS = [
    {
        "id": "vielfalt-check-link-text-vague",
        "options": {"phrases": list(VAGUE_LINK_TEXTS)},
        "evaluate": _evaluate(
            r"""
    var phrase = words.toLowerCase();
    if (phrase && (options.phrases || []).indexOf(phrase) !== -1) {
        this.data({ text: text });
        return false;
    }
    return true;
"""
        ),
        "metadata": {
            "impact": "serious",
            "messages": {
                "pass": "Link text names the target",
                "fail": "Link text says nothing about the target",
            },
        },
    },
    {
        "id": "vielfalt-check-link-text-blank",
        "evaluate": _evaluate(
            r"""
    // No name at all (empty, spaces, an image without alt text) is axe's link-name
    // finding; this check catches names without a single letter or digit.
    if (raw.replace(/\s+/g, '') === '') {
        return true;
    }
    return words !== '';
"""
        ),
        "metadata": {
            "impact": "serious",
            "messages": {
                "pass": "Link text has letters or digits",
                "fail": "Link text is only symbols or invisible characters",
            },
        },
    },
    {
        "id": "vielfalt-check-link-text-url",
        "options": {"pattern": URL_LINK_TEXT_PATTERN},
        "evaluate": _evaluate(
            r"""
    if (!text) {
        return true;
    }
    return !new RegExp(options.pattern, 'i').test(text);
"""
        ),
        "metadata": {
            "impact": "minor",
            "messages": {
                "pass": "Link text is not a bare address",
                "fail": "Link text is a bare address",
            },
        },
    },
]

LINK_TEXT_RULES = [
    {
        "id": "vielfalt-link-text-vague",
        "impact": "serious",
        "selector": "a[href]",
        "tags": ["best-practice", "vielfalt"],
        "any": ["vielfalt-check-link-text-vague"],
        "enabled": True,
        "metadata": {
            "description": "Ensures link texts such as 'click here' or 'more' are not used",
            "help": "Link text must say where the link leads",
        },
    },
    {
        "id": "vielfalt-link-text-blank",
        "impact": "serious",
        "selector": "a[href]",
        "tags": ["best-practice", "vielfalt"],
        "any": ["vielfalt-check-link-text-blank"],
        "enabled": True,
        "metadata": {
            "description": "Ensures link texts are more than symbols or invisible characters",
            "help": "Link text must contain words",
        },
    },
    {
        "id": "vielfalt-link-text-url",
        "impact": "minor",
        "selector": "a[href]",
        "tags": ["best-practice", "vielfalt"],
        "any": ["vielfalt-check-link-text-url"],
        "enabled": True,
        "metadata": {
            "description": "Ensures link texts are not bare web addresses",
            "help": "Link text should name the target, not its address",
        },
    },
]

LINK_TEXT_RULE_IDS = [rule["id"] for rule in LINK_TEXT_RULES]

IMAGE_ALT_HELP = _("Beschreiben Sie, was das Bild zeigt, oder markieren Sie es als dekorativ.")
BUTTON_NAME_HELP = _("Geben Sie der Schaltfläche einen Text, der sagt, was sie tut.")


class VielfaltContentCheckerItem(ContentCheckerItem):
    """Wagtail's checker with this site's scope, rules and messages.

    Subclasses ``ContentCheckerItem``: Wagtail 8 deprecates subclassing
    ``AccessibilityItem`` (it warns), which is now only its old name.
    """

    # The page's own content: header, navigation and footer come from templates
    # editors cannot change. Wagtail always excludes the userbar itself as well.
    axe_include = ["main"]

    # Wagtail's rules for authored content, missing alt texts (of images and image
    # buttons) and our link texts. A test keeps this a superset of Wagtail's list.
    axe_run_only = [
        "button-name",
        "empty-heading",
        "empty-table-header",
        "frame-title",
        "heading-order",
        "input-button-name",
        "link-name",
        "p-as-heading",
        "alt-text-quality",
        "empty-meta-description",
        "image-alt",
        "input-image-alt",
        *LINK_TEXT_RULE_IDS,
    ]

    axe_custom_rules = [*ContentCheckerItem.axe_custom_rules, *LINK_TEXT_RULES]
    axe_custom_checks = [*ContentCheckerItem.axe_custom_checks, *LINK_TEXT_CHECKS]

    axe_messages = {
        "button-name": {
            "error_name": _("Schaltfläche ohne Text"),
            "help_text": BUTTON_NAME_HELP,
        },
        "input-button-name": {
            "error_name": _("Schaltfläche ohne Text"),
            "help_text": BUTTON_NAME_HELP,
        },
        "empty-heading": {
            "error_name": _("Leere Überschrift"),
            "help_text": _(
                "Schreiben Sie einen Text in die Überschrift oder entfernen Sie den Block."
            ),
        },
        "empty-table-header": {
            "error_name": _("Leere Kopfzelle in einer Tabelle"),
            "help_text": _(
                "Geben Sie jeder Kopfzelle einen Text, der die Spalte oder Zeile benennt."
            ),
        },
        "frame-title": {
            "error_name": _("Eingebetteter Inhalt ohne Titel"),
            "help_text": _("Ein eingebetteter Inhalt braucht einen Titel, der sagt, was er zeigt."),
        },
        "heading-order": {
            "error_name": _("Überschriftenebene übersprungen"),
            "help_text": _(
                "Auf eine Überschrift der Ebene 2 folgt Ebene 3, nicht 4. Wählen Sie im "
                "Block „Überschrift“ die nächste Ebene."
            ),
        },
        "p-as-heading": {
            "error_name": _("Absatz sieht aus wie eine Überschrift"),
            "help_text": _(
                "Ein fett gesetzter Absatz ist für Screenreader keine Überschrift. "
                "Verwenden Sie den Block „Überschrift“."
            ),
        },
        "image-alt": {
            "error_name": _("Bild ohne Alternativtext"),
            "help_text": IMAGE_ALT_HELP,
        },
        "input-image-alt": {
            "error_name": _("Bild-Schaltfläche ohne Alternativtext"),
            "help_text": _("Der Alternativtext einer Bild-Schaltfläche sagt, was sie tut."),
        },
        "alt-text-quality": {
            "error_name": _("Alternativtext sieht aus wie ein Dateiname"),
            "help_text": _(
                "Beschreiben Sie, was das Bild zeigt, ohne Dateiendung wie „.jpg“ "
                "und ohne Unterstriche."
            ),
        },
        "empty-meta-description": {
            "error_name": _("Leere Beschreibung für Suchmaschinen"),
            "help_text": _(
                "Schreiben Sie im Tab „Veröffentlichung“ eine kurze Beschreibung der "
                "Seite oder lassen Sie das Feld ganz leer."
            ),
        },
        "link-name": {
            "error_name": _("Link ohne Text"),
            "help_text": _(
                "Der Link hat keinen Text, den ein Screenreader vorlesen kann, zum "
                "Beispiel nur Leerzeichen oder ein Bild ohne Alternativtext. Schreiben "
                "Sie, wohin er führt."
            ),
        },
        "vielfalt-link-text-vague": {
            "error_name": _("Nichtssagender Linktext"),
            "help_text": _(
                "Texte wie „hier klicken“, „mehr“ oder „weiterlesen“ sagen nicht, wohin "
                "der Link führt. Nennen Sie das Ziel, zum Beispiel „Jahresbericht 2024 "
                "lesen“."
            ),
        },
        "vielfalt-link-text-blank": {
            "error_name": _("Link ohne lesbaren Text"),
            "help_text": _(
                "Der Link besteht nur aus Zeichen wie » oder → oder aus unsichtbaren "
                "Zeichen. Schreiben Sie, wohin er führt."
            ),
        },
        "vielfalt-link-text-url": {
            "error_name": _("Internetadresse als Linktext"),
            "help_text": _(
                "Eine Adresse wird Zeichen für Zeichen vorgelesen. Nennen Sie die Seite "
                "oder das Angebot, zum Beispiel „Website der Landesstelle für "
                "Gleichbehandlung“."
            ),
        },
    }


def use_site_content_checker(request, items, page):
    """Hook ``construct_wagtail_userbar``: our checker instead of Wagtail's.

    Runs for the userbar on pages and previews and for the page editor's checks
    panel (``in_editor``, kept). The first checker item is replaced in place; any
    further one is dropped, so the page never gets two.
    """
    replaced = []
    for item in items:
        if not isinstance(item, ContentCheckerItem):
            replaced.append(item)
        elif any(isinstance(other, ContentCheckerItem) for other in replaced):
            continue
        elif isinstance(item, VielfaltContentCheckerItem):
            replaced.append(item)
        else:
            replaced.append(VielfaltContentCheckerItem(in_editor=getattr(item, "in_editor", False)))
    items[:] = replaced
