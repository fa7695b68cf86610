"""Import a blueprint archive as drafts under a chosen parent page.

An archive is untrusted input. :func:`import_archive` works in three steps and writes
nothing before the last one:

1. **Check the archive and the manifest** (:mod:`blueprints.archive`,
   :mod:`blueprints.schema`): ZIP directory, limits, member names, JSON, schema,
   format and version; then what depends on this installation: every page type,
   field, inline relation and block type must exist here, web addresses in blocks must
   be web addresses (no ``javascript:``), and the page types must be allowed where they
   would go. Anything that would lose content refuses the whole import, with every
   problem listed.
2. **Check the files**: every document goes through the upload checks of the document
   library (allow-list, real file type, size limit: ``publications.filetypes``), every
   image through the file field of the image upload form (``WAGTAILIMAGES_EXTENSIONS``,
   real format, size and pixel limits, and the project's own checks), and each file's
   SHA-1 must match the manifest. A file with the same content that already exists
   here (and that the user may choose) is reused.
3. **Write**, in one ``transaction.atomic()``: images, documents, then the pages as
   drafts (never live) with new translation keys, unique slugs, the user as owner.
   Translations go under the parent's translation in their language when it exists.
   References are remapped: pages inside the blueprint to their new copies, snippets by
   natural key, topics by name (missing topics are created, as the topic field does
   when an editor types one). Rich text is stored as the editor would store it
   (:func:`blueprints.references.clean_rich_text`), since Wagtail renders stored rich
   text unfiltered. If anything fails, the transaction rolls back and every file
   written to storage is deleted again.

What could not be carried over (a snippet missing here, a link to a page outside the
blueprint, a language without a parent page) is reported in :class:`ImportReport`;
the reference is left empty, a page link becomes a link to its source address where
the block has a field for one.
"""

import hashlib
import logging
import os
import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.core.files import File
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import get_image_form
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Page, TranslatableMixin
from wagtail.permissions import policy_registry

from blueprints import references as refs
from blueprints.archive import BlueprintRefused, SafeArchive
from blueprints.schema import FORMAT, VERSION, validate
from publications.filetypes import check_upload
from publications.forms import upload_limit

logger = logging.getLogger(__name__)


def image_policy():
    return policy_registry.get_by_type(get_image_model())


def document_policy():
    return policy_registry.get_by_type(get_document_model())


def _dedupe_append(items, message):
    if message not in items:
        items.append(message)


@dataclass
class ImportReport:
    """What an import made and what it could not carry over."""

    pages: list = field(default_factory=list)
    images_created: int = 0
    images_reused: int = 0
    documents_created: int = 0
    documents_reused: int = 0
    unmapped: list = field(default_factory=list)
    links: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    topics_created: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def root(self):
        return self.pages[0] if self.pages else None

    def sections(self):
        """``[(heading, [messages])]`` of the non-empty lists, for the report page and command."""
        return [
            (heading, items)
            for heading, items in (
                (_("Nicht zugeordnete Snippets"), self.unmapped),
                (_("Links auf Seiten außerhalb der Vorlage"), self.links),
                (_("Übersprungen"), self.skipped),
                (_("Neu angelegte Themen"), self.topics_created),
                (_("Hinweise"), self.notes),
                (_("Hinweise aus dem Export"), self.warnings),
            )
            if items
        ]


def import_archive(fileobj, parent, *, user=None):
    """Import the blueprint in ``fileobj`` (a binary file) under ``parent``; an ImportReport.

    Raises :class:`BlueprintRefused` (with German messages) if the archive is refused or
    the import fails; nothing is left behind then.
    """
    # A fresh copy: tree operations trust the parent's stored number of children.
    parent = Page.objects.get(pk=parent.pk).specific
    archive = SafeArchive(fileobj)
    try:
        manifest = archive.manifest()
        importer = _Importer(archive, manifest, parent, user)
        importer.check()
        importer.check_files()
        return importer.write()
    finally:
        archive.close()


def check_manifest(manifest):
    """Format, version and schema; :class:`BlueprintRefused` if the manifest does not fit."""
    if manifest.get("format") != FORMAT:
        raise BlueprintRefused(
            _("Die Datei ist keine Seitenvorlage (im Manifest fehlt „format“: „%(format)s“).")
            % {"format": FORMAT}
        )
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BlueprintRefused(_("Im Manifest fehlt die Versionsnummer („version“)."))
    if version != VERSION:
        raise BlueprintRefused(
            _(
                "Die Vorlage hat die Formatversion %(version)s; diese Installation liest nur "
                "Version %(supported)s."
            )
            % {"version": version, "supported": VERSION}
        )
    errors = validate(manifest)
    if errors:
        raise BlueprintRefused(
            [_("Das Manifest entspricht nicht dem Schema:"), *errors],
        )


class _Importer:
    def __init__(self, archive, manifest, parent, user):
        self.archive = archive
        self.manifest = manifest
        self.parent = parent
        self.user = user
        self.report = ImportReport()
        self.keys = {}
        self.created = {}  # (source key, locale code) -> new page
        self.created_by_id = {}  # source page id -> new page
        self.images = {}  # source id -> new id or None
        self.documents = {}
        self.snippets = {}
        self.pending = {}  # kind -> [(source id, entry, name, sha1, open file)] to create
        self.saved_files = []
        self.deferred_fields = {}  # page index -> names of fields linking to later pages
        self.all_created = False
        self.current = None
        self.field_name = None
        self.entries_by_id = {}

    # 1. The manifest -------------------------------------------------------------

    def check(self):
        check_manifest(self.manifest)
        if (
            self.user is not None
            and not self.parent.permissions_for_user(self.user).can_add_subpage()
        ):
            raise BlueprintRefused(
                _("Sie dürfen unter „%(parent)s“ keine Seiten anlegen.")
                % {"parent": self.parent.get_admin_display_title()}
            )
        problems = []
        pages = self.manifest["pages"]
        self.models = {}
        seen = set()
        keys = set()
        for index, entry in enumerate(pages):
            place = _("Seite %(number)s („%(title)s“)") % {
                "number": index + 1,
                "title": str(entry["fields"].get("title", ""))[:80],
            }
            model = _page_model(entry["type"])
            if model is None:
                problems.append(
                    _("%(place)s: Den Seitentyp „%(type)s“ gibt es in dieser Installation nicht.")
                    % {"place": place, "type": entry["type"]}
                )
                continue
            self.models[index] = model
            self.entries_by_id[entry["id"]] = entry
            identity = (entry["key"], entry["locale"])
            if identity in seen:
                problems.append(
                    _("%(place)s: Die Seite kommt in dieser Sprache doppelt vor.")
                    % {"place": place}
                )
            if entry["parent"] is not None and entry["parent"] not in keys:
                problems.append(
                    _("%(place)s: Die Elternseite steht nicht vor der Seite im Manifest.")
                    % {"place": place}
                )
            seen.add(identity)
            keys.add(entry["key"])
            problems += self._check_content(model, entry["fields"], place)
            for accessor, rows in entry.get("relations", {}).items():
                relation = _child_relation(model, accessor)
                if relation is None:
                    problems.append(
                        _(
                            "%(place)s: Die Zuordnung „%(name)s“ gibt es beim Seitentyp "
                            "%(type)s nicht."
                        )
                        % {"place": place, "name": accessor, "type": model._meta.verbose_name}
                    )
                    continue
                for row in rows:
                    problems += self._check_content(
                        relation.related_model, row["fields"], f"{place} → {accessor}"
                    )
        problems += self._check_tree()
        for label in self.manifest.get("snippets", {}):
            if _model(label) is None:
                self.report.notes.append(
                    _("Snippets vom Typ „%(type)s“ gibt es hier nicht.") % {"type": label}
                )
        for kind in ("images", "documents"):
            for key, entry in self.manifest[kind].items():
                if str(entry["id"]) != key:
                    problems.append(
                        _("%(kind)s %(key)s: Die Nummer passt nicht zum Eintrag.")
                        % {"kind": kind, "key": key}
                    )
                if entry["file"] is not None and entry["file"] not in self.archive.members:
                    problems.append(
                        _("Die Datei %(name)s fehlt im Archiv.") % {"name": repr(entry["file"])}
                    )
        if problems:
            raise BlueprintRefused(problems[:50])
        self.report.warnings = list(self.manifest.get("warnings", []))

    def _check_content(self, model, data, place):
        problems = []
        fields = {content.name: content for content in refs.content_fields(model)}
        for name, value in data.items():
            content = fields.get(name)
            if content is None:
                problems.append(
                    _("%(place)s: Das Feld „%(name)s“ gibt es bei %(type)s nicht.")
                    % {"place": place, "name": name, "type": model._meta.verbose_name}
                )
                continue
            problem = _value_problem(content, value)
            if problem:
                problems.append(
                    _("%(place)s, Feld „%(name)s“: %(problem)s")
                    % {"place": place, "name": name, "problem": problem}
                )
                continue
            if content.kind == refs.STREAM:
                finder = _UnknownBlocks()
                refs.walk_stream(content.field.stream_block, value, finder, name)
                problems += [
                    _("%(place)s: Den Blocktyp „%(name)s“ (in %(path)s) gibt es hier nicht.")
                    % {"place": place, "name": block, "path": path or name}
                    for path, block in finder.unknown
                ]
                problems += [
                    _("%(place)s: „%(value)s“ (in %(path)s) ist keine gültige Webadresse.")
                    % {"place": place, "value": value[:100], "path": path}
                    for path, value in finder.bad_urls
                ]
        return problems

    def _check_tree(self):
        """Roots, the locale plan, and whether each page type may go where it would go."""
        problems = []
        pages = self.manifest["pages"]
        roots = [entry for entry in pages if entry["parent"] is None]
        root_keys = {entry["key"] for entry in roots}
        source_locale = self.manifest["source_locale"]
        if len(root_keys) != 1 or source_locale not in {entry["locale"] for entry in roots}:
            return [
                _(
                    "Das Manifest muss genau eine oberste Seite haben, mit einer Fassung in der "
                    "Ausgangssprache „%(locale)s“."
                )
                % {"locale": source_locale}
            ]
        self.root_key = next(iter(root_keys))
        root_by_locale = {entry["locale"]: entry for entry in roots}
        parent_code = self.parent.locale.language_code
        primary = parent_code if parent_code in root_by_locale else source_locale
        self.plan = {primary: (self.parent.locale, self.parent)}
        if primary != parent_code:
            self.report.notes.append(
                _(
                    "Die Vorlage hat keine Fassung in der Sprache von „%(parent)s“ "
                    "(%(target)s); die Fassung in „%(source)s“ wurde dort angelegt."
                )
                % {
                    "parent": self.parent.get_admin_display_title(),
                    "target": parent_code,
                    "source": primary,
                }
            )
        for code in root_by_locale:
            if code == primary:
                continue
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                self.report.skipped.append(
                    _("Die Sprache „%(code)s“ ist hier nicht eingerichtet; ihre Fassungen fehlen.")
                    % {"code": code}
                )
                continue
            translated_parent = self.parent.get_translation_or_none(locale)
            if translated_parent is None:
                self.report.skipped.append(
                    _(
                        "„%(parent)s“ gibt es nicht in der Sprache „%(language)s“; die "
                        "Fassungen in dieser Sprache wurden nicht angelegt."
                    )
                    % {
                        "parent": self.parent.get_admin_display_title(),
                        "language": locale.get_display_name(),
                    }
                )
                continue
            translated_parent = translated_parent.specific
            if (
                self.user is not None
                and not translated_parent.permissions_for_user(self.user).can_add_subpage()
            ):
                self.report.skipped.append(
                    _(
                        "Sie dürfen unter „%(parent)s“ (%(language)s) keine Seiten anlegen; "
                        "die Fassungen in dieser Sprache wurden nicht angelegt."
                    )
                    % {
                        "parent": translated_parent.get_admin_display_title(),
                        "language": locale.get_display_name(),
                    }
                )
                continue
            self.plan[code] = (locale, translated_parent)

        # Page types: the root under the parent, every other page under its parent's type.
        types = {}
        for index, entry in enumerate(pages):
            model = self.models.get(index)
            if model is None:
                continue
            types.setdefault(entry["key"], model)
            if entry["parent"] is None:
                if not model.can_create_at(self.parent):
                    problems.append(_placement_problem(model, self.parent))
                continue
            parent_model = types.get(entry["parent"])
            if parent_model is not None and not (
                model.is_creatable and model in parent_model.allowed_subpage_models()
            ):
                problems.append(
                    _(
                        "Eine Seite vom Typ „%(type)s“ darf nicht unter einer Seite vom Typ "
                        "„%(parent)s“ stehen."
                    )
                    % {
                        "type": model._meta.verbose_name,
                        "parent": parent_model._meta.verbose_name,
                    }
                )
        return list(dict.fromkeys(problems))

    # 2. The files ----------------------------------------------------------------

    def check_files(self):
        problems = []
        for kind, entries in (
            ("images", self.manifest["images"]),
            ("documents", self.manifest["documents"]),
        ):
            for key, entry in entries.items():
                try:
                    self._check_file(kind, int(key), entry)
                except BlueprintRefused as refused:
                    problems += refused.messages
        if problems:
            self._close_pending()
            raise BlueprintRefused(problems[:50])
        if self.user is not None:
            for kind, policy, label in (
                ("images", image_policy(), _("Bilder")),
                ("documents", document_policy(), _("Dokumente")),
            ):
                if self.pending.get(kind) and not policy.user_has_permission(self.user, "add"):
                    self._close_pending()
                    raise BlueprintRefused(
                        _(
                            "Die Vorlage bringt %(kind)s mit, aber Sie dürfen keine %(kind)s "
                            "hochladen."
                        )
                        % {"kind": label}
                    )

    def _existing(self, kind, sha1):
        """A file here with this content hash that the user may choose, or None."""
        if not sha1:
            return None
        model = get_image_model() if kind == "images" else get_document_model()
        candidates = model.objects.filter(file_hash=sha1)
        if self.user is not None:
            policy = image_policy() if kind == "images" else document_policy()
            candidates = candidates.filter(
                pk__in=policy.instances_user_has_any_permission_for(self.user, ["choose"]).values(
                    "pk"
                )
            )
        return candidates.order_by("pk").first()

    def _check_file(self, kind, source_id, entry):
        label = _("Bild") if kind == "images" else _("Dokument")
        name = os.path.basename(entry["filename"])
        place = f"{label} „{entry['title']}“ ({name})"
        table = self.images if kind == "images" else self.documents
        if entry["file"] is None:
            existing = self._existing(kind, entry["sha1"])
            table[source_id] = existing.pk if existing else None
            if existing:
                self._count_reused(kind)
            else:
                self.report.unmapped.append(
                    _(
                        "%(place)s: Die Datei ist nicht in der Vorlage und fehlt hier; der "
                        "Verweis bleibt leer."
                    )
                    % {"place": place}
                )
            return
        handle = self.archive.open_member(entry["file"])
        digest = hashlib.sha1(usedforsecurity=False)
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
        sha1 = digest.hexdigest()
        handle.seek(0)
        if entry["sha1"] and entry["sha1"] != sha1:
            handle.close()
            raise BlueprintRefused(
                _("%(place)s: Die Prüfsumme stimmt nicht; die Datei ist beschädigt oder verändert.")
                % {"place": place}
            )
        existing = self._existing(kind, sha1)
        if existing is not None:
            handle.close()
            table[source_id] = existing.pk
            self._count_reused(kind)
            return
        try:
            if kind == "images":
                if not hasattr(self, "_image_field"):
                    self._image_field = _image_upload_field()
                _check_image(name, handle, self._image_field)
            else:
                check_upload(name, handle, upload_limit(name))
        except ValidationError as error:
            handle.close()
            raise BlueprintRefused([f"{place}: {message}" for message in error.messages]) from error
        handle.seek(0)
        self.pending.setdefault(kind, []).append((source_id, entry, name, sha1, handle))

    def _count_reused(self, kind):
        if kind == "images":
            self.report.images_reused += 1
        else:
            self.report.documents_reused += 1

    def _close_pending(self):
        for items in self.pending.values():
            for *_rest, handle in items:
                handle.close()

    # 3. Writing --------------------------------------------------------------------

    def write(self):
        storage_names = self.saved_files
        try:
            with transaction.atomic():
                self._write_files()
                self._write_pages()
        except BlueprintRefused:
            self._delete_saved_files(storage_names)
            raise
        except Exception as error:
            self._delete_saved_files(storage_names)
            logger.exception("blueprint import failed")
            raise BlueprintRefused(
                _("Der Import ist fehlgeschlagen und wurde vollständig zurückgenommen: %(error)s")
                % {"error": error}
            ) from error
        finally:
            self._close_pending()
        return self.report

    def _delete_saved_files(self, names):
        for storage, name in names:
            try:
                storage.delete(name)
            except OSError:
                logger.warning("blueprint import: could not delete %s", name)

    def _site_collection(self):
        """The collection of the parent's site (``SiteSettings.collection``), or None."""
        if not hasattr(self, "_site_collection_cache"):
            from home.models import SiteSettings

            site = self.parent.get_site()
            settings_row = SiteSettings.objects.filter(site=site).first() if site else None
            self._site_collection_cache = getattr(settings_row, "collection", None)
        return self._site_collection_cache

    def _collection(self, name, policy):
        """Where a new file goes: the collection ``name`` within the parent's site's collection
        (anywhere, for a site without one), else the site's collection, else the first
        collection the user may add to."""
        allowed = (
            policy.collections_user_has_permission_for(self.user, "add")
            if self.user is not None
            else Collection.objects.all()
        )
        site_collection = self._site_collection()
        within = allowed
        if site_collection is not None:
            within = allowed.filter(path__startswith=site_collection.path)
        if name:
            found = within.filter(name=name).order_by("path").first()
            if found is not None:
                return found
        fallback = (
            within.order_by("path").first()
            or allowed.order_by("path").first()
            or Collection.get_first_root_node()
        )
        if name and name != fallback.name:
            _dedupe_append(
                self.report.notes,
                _(
                    "Neue Bilder und Dokumente liegen in der Sammlung „%(used)s“ (in der "
                    "Vorlage: „%(name)s“)."
                )
                % {"name": name, "used": fallback.name},
            )
        return fallback

    def _write_files(self):
        image_model = get_image_model()
        for source_id, entry, name, sha1, handle in self.pending.get("images", []):
            image = image_model(
                title=entry["title"],
                collection=self._collection(entry.get("collection", ""), image_policy()),
                uploaded_by_user=self.user,
            )
            if hasattr(image, "description"):
                image.description = entry.get("description", "")[:255]
            focal = entry.get("focal_point")
            if focal:
                image.focal_point_x = focal["x"]
                image.focal_point_y = focal["y"]
                image.focal_point_width = focal["width"]
                image.focal_point_height = focal["height"]
            self._apply_extra(image, entry.get("extra", {}))
            handle.seek(0, os.SEEK_END)
            image.file_size = handle.tell()
            handle.seek(0)
            image.file_hash = sha1
            image.file = ImageFile(handle, name=name)
            image.save()
            self.saved_files.append((image.file.storage, image.file.name))
            if entry.get("tags"):
                image.tags.add(*entry["tags"])
            self.images[source_id] = image.pk
            self.report.images_created += 1
        document_model = get_document_model()
        for source_id, entry, name, sha1, handle in self.pending.get("documents", []):
            document = document_model(
                title=entry["title"],
                collection=self._collection(entry.get("collection", ""), document_policy()),
                uploaded_by_user=self.user,
            )
            self._apply_extra(document, entry.get("extra", {}))
            handle.seek(0, os.SEEK_END)
            document.file_size = handle.tell()
            handle.seek(0)
            document.file_hash = sha1
            document.file = File(handle, name=name)
            document.save()
            self.saved_files.append((document.file.storage, document.file.name))
            if entry.get("tags"):
                document.tags.add(*entry["tags"])
            self.documents[source_id] = document.pk
            self.report.documents_created += 1

    def _apply_extra(self, instance, extra):
        for name, value in extra.items():
            try:
                model_field = type(instance)._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not model_field.editable or model_field.is_relation or model_field.primary_key:
                continue
            try:
                cleaned = model_field.clean(model_field.to_python(value), instance)
            except ValidationError:
                continue
            setattr(instance, name, cleaned)

    def _new_key(self, key):
        if key not in self.keys:
            self.keys[key] = uuid.uuid4()
        return self.keys[key]

    def _write_pages(self):
        primary = next(iter(self.plan))
        # The language of the chosen parent first (its root is the report's first page);
        # within a language the manifest's order puts parents before children.
        order = sorted(
            enumerate(self.manifest["pages"]), key=lambda item: item[1]["locale"] != primary
        )
        made = []
        for index, entry in order:
            code = entry["locale"]
            if code not in self.plan:
                continue
            locale, root_parent = self.plan[code]
            if entry["parent"] is None:
                if entry["key"] != self.root_key:
                    continue
                parent = root_parent
            else:
                parent = self.created.get((entry["parent"], code))
                if parent is None:
                    _dedupe_append(
                        self.report.skipped,
                        _(
                            "„%(title)s“ (%(code)s): Die Elternseite in dieser Sprache fehlt; "
                            "die Seite wurde nicht angelegt."
                        )
                        % {"title": entry["fields"].get("title", ""), "code": code},
                    )
                    continue
            model = self.models[index]
            if not model.can_create_at(parent):
                raise BlueprintRefused(_placement_problem(model, parent))
            page = self._build_page(model, index, entry, locale)
            page.slug = self._unique_slug(parent, page.slug or slugify(page.title), page.title)
            try:
                parent.add_child(instance=page)
            except ValidationError as error:
                raise BlueprintRefused(
                    _("Die Seite „%(title)s“ konnte nicht angelegt werden: %(errors)s")
                    % {"title": page.title, "errors": _validation_text(error)}
                ) from error
            self.created[(entry["key"], code)] = page
            self.created_by_id[entry["id"]] = page
            made.append((index, entry, page))

        # Links between pages of the blueprint, now that every page exists.
        self.all_created = True
        for index, entry, page in made:
            names = self.deferred_fields.get(index)
            if not names:
                continue
            self.current = (index, entry)
            self._assign_fields(page, entry["fields"], entry["locale"], only=names)
            for accessor, rows in entry.get("relations", {}).items():
                if accessor in names:
                    self._assign_relation(page, accessor, rows, page.locale)
            page.save()

        for _index, _entry, page in made:
            page.save_revision(user=self.user, log_action=False, clean=False)
            log(instance=page, action="wagtail.create", user=self.user)
            self.report.pages.append(page)

    def _unique_slug(self, parent, slug, title):
        base = slugify(slug or title) or "seite"
        base = base[:240]
        candidate = base
        suffix = 1
        while not Page._slug_is_available(candidate, parent):
            suffix += 1
            candidate = f"{base}-{suffix}"
        if candidate != base:
            self.report.notes.append(
                _(
                    "„%(title)s“: Den Kurztitel „%(slug)s“ gab es unter „%(parent)s“ schon; "
                    "die Seite heißt dort „%(new)s“."
                )
                % {
                    "title": title,
                    "slug": base,
                    "parent": parent.get_admin_display_title(),
                    "new": candidate,
                }
            )
        return candidate

    def _build_page(self, model, index, entry, locale):
        page = model()
        page.locale = locale
        page.translation_key = self._new_key(entry["key"])
        page.live = False
        page.has_unpublished_changes = True
        if self.user is not None:
            page.owner = self.user
        self.current = (index, entry)
        self._assign_fields(page, entry["fields"], entry["locale"])
        for accessor, rows in entry.get("relations", {}).items():
            self._assign_relation(page, accessor, rows, locale)
        page.draft_title = page.title
        return page

    def _assign_relation(self, page, accessor, rows, locale):
        relation = _child_relation(type(page), accessor)
        child_model = relation.related_model
        children = []
        for position, row in enumerate(rows):
            child = child_model()
            self._assign_fields(child, row["fields"], page.locale.language_code, relation=accessor)
            if isinstance(child, TranslatableMixin):
                child.locale = locale
                child.translation_key = self._new_key(row.get("key") or str(uuid.uuid4()))
            if hasattr(child, "sort_order"):
                child.sort_order = position
            children.append(child)
        setattr(page, accessor, children)

    def _where(self, name):
        entry = self.current[1] if self.current else {}
        return _("„%(title)s“ (%(locale)s), %(field)s") % {
            "title": entry.get("fields", {}).get("title", ""),
            "locale": entry.get("locale", ""),
            "field": name,
        }

    def _assign_fields(self, instance, data, code, *, only=None, relation=None):
        fields = {content.name: content for content in refs.content_fields(type(instance))}
        for name, value in data.items():
            if only is not None and name not in only:
                continue
            content = fields[name]
            self.field_name = relation or name
            where = self._where(f"{relation} → {name}" if relation else name)
            if content.kind == refs.PLAIN:
                setattr(instance, name, content.field.to_python(value))
            elif content.kind == refs.STREAM:
                visitor = _Remapper(self, code, where)
                raw = refs.walk_stream(content.field.stream_block, value, visitor, "")
                setattr(instance, name, raw)
            elif content.kind == refs.RICH_TEXT:
                features = getattr(content.field, "features", None)
                setattr(instance, name, self.rich_text(value, code, where, features))
            elif content.kind == refs.REFERENCE:
                target = None
                if value is not None:
                    target = refs.clear_unresolved(
                        self.resolve(content.related_model, value, code, where)
                    )
                setattr(instance, content.field.attname, target)
            elif content.kind == refs.REFERENCES:
                ids = [
                    refs.clear_unresolved(self.resolve(content.related_model, item, code, where))
                    for item in value
                ]
                model = content.related_model
                setattr(
                    instance,
                    name,
                    list(model._default_manager.filter(pk__in=[pk for pk in ids if pk])),
                )
            elif content.kind == refs.TAGS:
                getattr(instance, name).set(self._tags(content.field, value))

    def _tags(self, tag_field, values):
        tag_model = tag_field.through._meta.get_field("tag").related_model
        tags = []
        for data in values:
            tag = tag_model.objects.filter(name=data["name"]).first()
            if tag is None:
                tag = tag_model(name=data["name"])
                self._apply_extra(tag, {k: v for k, v in data.items() if k != "name"})
                tag.save()
                _dedupe_append(self.report.topics_created, tag.name)
            tags.append(tag)
        return tags

    # References ----------------------------------------------------------------

    def resolve(self, model, value, code, where):
        """The id here for the source id ``value`` of ``model``; None or Unresolved if none."""
        kind = refs.reference_kind(model)
        try:
            source_id = int(value)
        except (TypeError, ValueError):
            return None
        if kind == refs.IMAGE:
            return self._file(self.images, self.manifest["images"], source_id, _("Bild"), where)
        if kind == refs.DOCUMENT:
            return self._file(
                self.documents, self.manifest["documents"], source_id, _("Dokument"), where
            )
        if kind == refs.PAGE:
            return self._page(source_id, code, where)
        if kind == refs.SNIPPET:
            return self._snippet(model, source_id, where)
        return None

    def _file(self, table, entries, source_id, label, where):
        if source_id in table:
            return table[source_id]
        if str(source_id) not in entries:
            _dedupe_append(
                self.report.unmapped,
                _(
                    "%(where)s: %(kind)s Nr. %(id)s ist nicht in der Vorlage; der Verweis "
                    "bleibt leer."
                )
                % {"where": where, "kind": label, "id": source_id},
            )
        return None

    def _page(self, source_id, code, where):
        created = self.created_by_id.get(source_id)
        if created is not None:
            return created.pk
        exported = self.entries_by_id.get(source_id)
        if exported is not None:
            if not self.all_created and exported["locale"] in self.plan:
                # Created later in this import: filled in once every page exists.
                self.deferred_fields.setdefault(self.current[0], set()).add(self.field_name)
                return None
            url = exported.get("url")
            title = exported["fields"].get("title", "")
        else:
            linked = self.manifest.get("linked_pages", {}).get(str(source_id))
            if linked is None:
                _dedupe_append(
                    self.report.links,
                    _("%(where)s: Verweis auf eine unbekannte Seite (Nr. %(id)s) entfernt.")
                    % {"where": where, "id": source_id},
                )
                return refs.Unresolved(None)
            here = None
            if linked.get("key") and linked.get("locale"):
                here = Page.objects.filter(
                    translation_key=linked["key"], locale__language_code=linked["locale"]
                ).first()
            if here is not None:
                _dedupe_append(
                    self.report.links,
                    _("%(where)s: Link auf „%(title)s“ zeigt auf die vorhandene Seite hier.")
                    % {"where": where, "title": linked["title"]},
                )
                return here.pk
            url = linked.get("urls", {}).get(code) or linked.get("url")
            title = linked["title"]
        if url:
            message = _(
                "%(where)s: „%(title)s“ gehört nicht zur Vorlage; wo möglich verweist der Link "
                "jetzt auf die Adresse %(url)s, sonst wurde er entfernt."
            ) % {"where": where, "title": title, "url": url}
        else:
            message = _(
                "%(where)s: „%(title)s“ gehört nicht zur Vorlage; der Link wurde entfernt."
            ) % {"where": where, "title": title}
        _dedupe_append(self.report.links, message)
        return refs.Unresolved(url)

    def _snippet(self, model, source_id, where):
        label = refs.model_label(model)
        cache_key = (label, source_id)
        if cache_key not in self.snippets:
            entry = self.manifest.get("snippets", {}).get(label, {}).get(str(source_id))
            found = None
            if entry is not None:
                try:
                    found = model._default_manager.get_by_natural_key(*entry["key"])
                except (ObjectDoesNotExist, ValueError, TypeError, model.MultipleObjectsReturned):
                    found = None
            self.snippets[cache_key] = (found.pk if found else None, entry)
        pk, entry = self.snippets[cache_key]
        if pk is None:
            name = source_id
            if entry:
                name = entry.get("label") or " / ".join(map(str, entry["key"]))
            _dedupe_append(
                self.report.unmapped,
                _("%(where)s: %(type)s „%(name)s“ gibt es hier nicht; der Verweis bleibt leer.")
                % {"where": where, "type": model._meta.verbose_name, "name": name},
            )
        return pk

    def rich_text(self, html, code, where, features=None):
        """``html`` with its references remapped, then filtered as the editor would."""

        def link(attrs):
            linktype = attrs.get("linktype")
            if linktype == refs.PAGE:
                target = self.resolve(Page, attrs.get("id"), code, where)
                if isinstance(target, refs.Unresolved) or target is None:
                    if isinstance(target, refs.Unresolved) and target.url:
                        return {"href": target.url}
                    return {}
                return {**attrs, "id": str(target)}
            if linktype == refs.DOCUMENT:
                target = self.resolve(get_document_model(), attrs.get("id"), code, where)
                return {**attrs, "id": str(target)} if target else {}
            return None

        def embed(attrs):
            if attrs.get("embedtype") != refs.IMAGE:
                return None
            target = self.resolve(get_image_model(), attrs.get("id"), code, where)
            return {**attrs, "id": str(target)} if target else {}

        return refs.clean_rich_text(refs.rewrite_rich_text(html, link, embed), features)


class _Remapper(refs.StreamVisitor):
    def __init__(self, importer, code, where):
        self.importer = importer
        self.code = code
        self.where = where

    def _place(self, path):
        return f"{self.where} → {path}" if path else self.where

    def reference(self, model, value, path):
        return self.importer.resolve(model, value, self.code, self._place(path))

    def rich_text(self, html, path, features=None):
        return self.importer.rich_text(html, self.code, self._place(path), features)


class _UnknownBlocks(refs.StreamVisitor):
    """Finds block types this installation lacks, and addresses that are no web addresses."""

    def __init__(self):
        self.unknown = []
        self.bad_urls = []

    def unknown_block(self, path, name):
        self.unknown.append((path, name))

    def url(self, value, path):
        try:
            URLValidator()(value)
        except ValidationError:
            self.bad_urls.append((path, value))
        return value


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _page_model(label):
    model = _model(label)
    if model is None or not issubclass(model, Page) or model is Page:
        return None
    return model


def _child_relation(model, accessor):
    for relation in refs.child_relations(model):
        if relation.get_accessor_name() == accessor:
            return relation
    return None


def _value_problem(content, value):
    """What is wrong with the manifest's ``value`` for this field, or None."""
    kind = content.kind
    if kind == refs.PLAIN:
        try:
            content.field.to_python(value)
        except ValidationError as error:
            return "; ".join(error.messages)
        if value is None and not content.field.null:
            return _("darf nicht leer sein")
        return None
    if kind == refs.STREAM:
        return None if isinstance(value, list) else _("erwartet wird eine Liste von Blöcken")
    if kind == refs.RICH_TEXT:
        return None if isinstance(value, str) else _("erwartet wird Text")
    if kind == refs.REFERENCE:
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return None
        return _("erwartet wird eine Nummer oder null")
    if kind == refs.REFERENCES:
        if isinstance(value, list) and all(
            isinstance(item, int) and not isinstance(item, bool) for item in value
        ):
            return None
        return _("erwartet wird eine Liste von Nummern")
    if kind == refs.TAGS:
        if isinstance(value, list) and all(
            isinstance(item, dict)
            and isinstance(item.get("name"), str)
            and 0 < len(item["name"]) <= 100
            for item in value
        ):
            return None
        return _("erwartet wird eine Liste von Themen mit Namen")
    return None


def _placement_problem(model, parent):
    allowed = ", ".join(
        str(parent_model._meta.verbose_name) for parent_model in model.allowed_parent_page_models()
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


def _image_upload_field():
    """The file field of the image upload form, with the checks every upload gets.

    Wagtail's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): extension, real format,
    size and pixel limits, and whatever the project's form adds.
    """
    field = get_image_form(get_image_model())().fields.get("file")
    return field if field is not None else WagtailImageField()


def _check_image(name, handle, field):
    upload = UploadedFile(file=handle, name=name, size=_size(handle))
    field.clean(upload)


def _size(handle):
    position = handle.tell()
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(position)
    return size


def _validation_text(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return "; ".join(error.messages)
