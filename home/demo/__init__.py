"""Demo content: each app contributes a ``demo_content`` module with loaders.

``python manage.py load_demo_content`` imports ``<app>.demo_content`` of every
installed app (so ``home`` never imports the apps above it) and runs the
registered loaders in order. Loaders create things through
:meth:`DemoContext.page` and :meth:`DemoContext.once`, which record each thing
under a key: a second run leaves recorded things alone, even ones an editor
renamed, moved or deleted, so the command can run on every ``make run``
without duplicating anything or touching an editor's work.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from home.models import DemoContentRecord, Topic
from home.translation import translate_page

_LOADERS = []


def loader(order):
    """Register a demo content loader; lower ``order`` runs first."""

    def decorator(func):
        _LOADERS.append((order, func.__module__, func))
        return func

    return decorator


def registered_loaders():
    return [func for _order, _module, func in sorted(_LOADERS, key=lambda item: item[:2])]


@dataclass
class DemoContext:
    """What loaders share: the site, its German home page, and a log of what was made."""

    site: object
    home: object = None
    home_created: bool = False
    created: list = field(default_factory=list)
    kept: list = field(default_factory=list)

    def made(self, thing):
        self.created.append(str(thing))

    def left(self, thing):
        self.kept.append(str(thing))

    def page(self, key, parent, page):
        """Add ``page`` under ``parent`` and publish it, unless ``key`` ran before.

        ``page`` is an unsaved page, or a function that builds one: it is only
        called when the page is made, so a later run creates nothing it needs
        (topics, files). Returns the page created now or earlier (in the parent's
        locale), or None when an editor has deleted it since (it is not brought back).
        """
        record = DemoContentRecord.objects.filter(key=key).first()
        if record is not None:
            existing = (
                Page.objects.filter(translation_key=record.translation_key, locale=parent.locale)
                .specific()
                .first()
            )
            self.left(existing.title if existing else f"{key} (deleted by an editor)")
            return existing
        if callable(page):
            page = page()
        parent.add_child(instance=page)
        page.save_revision().publish()
        DemoContentRecord.objects.create(key=key, translation_key=page.translation_key)
        self.made(page.title)
        return page

    def recorded(self, key):
        """The German page recorded under ``key``, or None (never made, or deleted since)."""
        record = DemoContentRecord.objects.filter(key=key).first()
        if record is None or record.translation_key is None:
            return None
        return (
            Page.objects.filter(translation_key=record.translation_key, locale=self.home.locale)
            .specific()
            .first()
        )

    def translate(self, page, catalogue, language_code="en"):
        """Translate ``page`` through wagtail-localize unless a translation exists already.

        An existing translation (perhaps an editor's) is left alone. Returns the
        translated page.
        """
        existing = page.get_translations().filter(locale__language_code=language_code).first()
        if existing is not None:
            self.left(f"{existing.title} ({language_code})")
            return existing.specific
        translated = translate_page(page, language_code, catalogue)
        self.made(f"{translated.title} ({language_code})")
        return translated

    def once(self, key):
        """True the first time ``key`` is asked for (and records it), False ever after."""
        _record, created = DemoContentRecord.objects.get_or_create(key=key)
        if not created:
            self.left(key)
        return created


def topic(name, name_en):
    """The topic with this German name; made with its English name when missing."""
    found = Topic.objects.filter(name=name).first()
    return found or Topic.objects.create(name=name, name_en=name_en)
