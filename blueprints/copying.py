"""'Neue Seite aus Vorlage': copy a blueprint as a draft where the editor chooses.

The copy is made with Wagtail's own copy action (fields, inline rows, tags, many to
many), one page at a time, from each page's latest revision, so the editor gets what
the blueprint's editor sees, even if the blueprint was never published. Every copy is
a draft owned by the editor, with a new ``translation_key``; the mark "Vorlage" is
not copied (it lives in :class:`blueprints.models.Blueprint`), so the copy is an
ordinary page.

Languages: the page goes into the language of the chosen parent page; the blueprint's
translation in that language is used if there is one. With ``translations``, the
blueprint's other translations are copied under the parent's translations in their
languages (sharing the new ``translation_key``, as wagtail-localize expects), where
those exist and the editor may add pages there; other languages are reported.
"""

import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Page

from blueprints.archive import BlueprintRefused


@dataclass
class CopyResult:
    pages: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    @property
    def root(self):
        return self.pages[0] if self.pages else None


class _SharedKeysCopy(CopyPageAction):
    """Wagtail's copy, with the new translation keys of inline rows shared between copies.

    Wagtail gives each copy's rows (such as a publication's files) new keys per copy;
    the translations of one page need the same new key for the same row.
    """

    def __init__(self, *args, key_map, **kwargs):
        super().__init__(*args, **kwargs)
        self.key_map = key_map

    def generate_translation_key(self, old_uuid):
        if old_uuid not in self.key_map:
            self.key_map[old_uuid] = uuid.uuid4()
        return self.key_map[old_uuid]


def unique_slug(parent, base):
    base = (slugify(base) or "seite")[:240]
    candidate, suffix = base, 1
    while not Page._slug_is_available(candidate, parent):
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def placement_problem(model, parent, user):
    """Why pages of ``model`` may not be created under ``parent`` by ``user``, or None."""
    if user is not None and not parent.permissions_for_user(user).can_add_subpage():
        return _("Sie dürfen unter „%(parent)s“ keine Seiten anlegen.") % {
            "parent": parent.get_admin_display_title()
        }
    if not model.can_create_at(parent):
        allowed = ", ".join(
            str(parent_model._meta.verbose_name)
            for parent_model in model.allowed_parent_page_models()
        )
        return _(
            "Eine Seite vom Typ „%(type)s“ kann nicht unter „%(parent)s“ (%(parent_type)s) "
            "angelegt werden. Erlaubt ist sie unter: %(allowed)s."
        ) % {
            "type": model._meta.verbose_name,
            "parent": parent.get_admin_display_title(),
            "parent_type": parent.specific_class._meta.verbose_name,
            "allowed": allowed,
        }
    return None


def _tree(page, subtree):
    """``page`` and, with ``subtree``, its descendants (no aliases), parents first."""
    if not subtree:
        return [page]
    return [
        candidate
        for candidate in page.get_descendants(inclusive=True).order_by("path")
        if not candidate.alias_of_id
    ]


@transaction.atomic
def copy_blueprint(
    blueprint_page, parent, *, user=None, title="", subtree=False, translations=True
):
    """Copy ``blueprint_page`` under ``parent`` as drafts; a CopyResult.

    Raises :class:`BlueprintRefused` if the user may not add the page there or its type
    does not belong there.
    """
    # Fresh copies: tree operations trust the stored number of children.
    parent = Page.objects.get(pk=parent.pk).specific
    source = Page.objects.get(pk=blueprint_page.pk).specific
    in_parent_language = source.get_translation_or_none(parent.locale)
    primary = in_parent_language.specific if in_parent_language is not None else source
    problem = placement_problem(primary.specific_class, parent, user)
    if problem:
        raise BlueprintRefused(problem)

    result = CopyResult()
    plan = [(primary, parent)]
    if translations:
        for translation in primary.get_translations().select_related("locale"):
            target = parent.get_translation_or_none(translation.locale)
            language = translation.locale.get_display_name()
            if target is None:
                result.skipped.append(
                    _(
                        "„%(parent)s“ gibt es nicht in der Sprache „%(language)s“; die "
                        "Fassung „%(title)s“ wurde nicht kopiert."
                    )
                    % {
                        "parent": parent.get_admin_display_title(),
                        "language": language,
                        "title": translation.title,
                    }
                )
                continue
            problem = placement_problem(translation.specific_class, target.specific, user)
            if problem:
                result.skipped.append(f"{translation.title} ({language}): {problem}")
                continue
            plan.append((translation.specific, target.specific))

    page_keys = {}
    row_keys = {}
    for root, root_parent in plan:
        copies = {}
        for page in _tree(root, subtree):
            page = page.specific
            target_parent = root_parent if page.pk == root.pk else copies.get(page.get_parent().pk)
            if target_parent is None:
                continue
            if not page.specific_class.can_create_at(target_parent):
                raise BlueprintRefused(
                    placement_problem(page.specific_class, target_parent, None)
                    or _("„%(title)s“ kann dort nicht angelegt werden.") % {"title": page.title}
                )
            new_key = page_keys.setdefault(page.translation_key, uuid.uuid4())
            draft = page.get_latest_revision_as_object()
            new_title = title if title and page.pk == root.pk and root is primary else draft.title
            update_attrs = {
                "translation_key": new_key,
                "locale": target_parent.locale,
                "title": new_title,
                "draft_title": new_title,
                "slug": unique_slug(
                    target_parent, new_title if new_title != draft.title else draft.slug
                ),
            }
            if user is not None:
                update_attrs["owner"] = user

            def with_locale(_source, _copy, _relation, child, locale=target_parent.locale):
                if hasattr(child, "locale_id"):
                    child.locale = locale

            action = _SharedKeysCopy(
                draft,
                to=target_parent,
                update_attrs=update_attrs,
                recursive=False,
                copy_revisions=False,
                keep_live=False,
                user=user,
                process_child_object=with_locale,
                key_map=row_keys,
            )
            copy = action.execute(skip_permission_checks=True)
            copies[page.pk] = copy
            result.pages.append(copy.specific)
    return result
