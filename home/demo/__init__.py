"""Demo content: each app contributes a ``demo_content`` module with loaders.

``python manage.py load_demo_content`` imports ``<app>.demo_content`` of every
installed app (so ``home`` never imports the apps above it) and runs the
registered loaders in order. A loader creates what is missing and leaves
everything that exists alone, so the command can run on every ``make run``
without touching an editor's work.
"""

from dataclasses import dataclass, field

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
    created: list = field(default_factory=list)
    kept: list = field(default_factory=list)

    def made(self, thing):
        self.created.append(str(thing))

    def left(self, thing):
        self.kept.append(str(thing))


def child_by_slug(parent, slug):
    """The child page of ``parent`` with ``slug``, or None."""
    return parent.get_children().filter(slug=slug).specific().first()
