"""The database part of a backup: which tables, how rows are written and loaded again.

Rows are written as Django's JSON Lines serialisation (one object per line, gzip), so a
backup made on SQLite restores into PostgreSQL and back. Every row keeps its primary key:
StreamFields, rich text, revisions (``object_id``), taggit's and Wagtail's generic
relations and the reference index all store ids of pages, documents, images and snippets
as plain numbers or strings, which only stay right if the ids stay the same. The two
tables whose ids differ between databases of the same code are content types and
permissions (``migrate`` creates them in whatever order it meets the apps), so they are
written by natural key (``["wagtailcore", "page"]``), every foreign key to them is
written by natural key too, and a restore merges them into the rows the target database
has. Two tables also hold content type ids inside JSON: a revision's ``content`` and a
wagtail-localize translation source's ``content_json`` are the serialised page, with
its ``content_type`` as a number, and Wagtail refuses to turn such a revision into a page
when that number names no content type (modelcluster raises on it). The manifest keeps
the source database's content types with their ids, and a restore rewrites those numbers
(:class:`ContentTypeIds`) when the target database's ids differ; otherwise the JSON is
loaded unchanged.

Left out of the backup (and emptied by a restore), see :data:`LEFT_OUT`: sessions, the
search index (rebuilt), image renditions (made again from the originals when a page asks
for them) and Wagtail's "who is editing" pings. Of django-tasks-db's table only the queue
is kept: tasks still waiting, and tasks that were running, which had not committed their
work when the snapshot was taken and are therefore queued again; finished results are
logs of work whose effect is already in the data.

Many-to-many tables that Django creates itself are written as tables of their own, which
also covers modelcluster's ``ParentalManyToManyField`` (whose manager would only keep
the values in memory when Django's ``loaddata`` sets them). Rows are loaded with raw
inserts in batches (``raw=True``, as ``loaddata`` saves them): no ``save()`` method, no
signal, no ``auto_now`` field overwrites what the backup holds.
"""

import datetime
import gzip
import io
import json
from collections import Counter, defaultdict

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.migrations.recorder import MigrationRecorder
from modelcluster.models import get_all_child_relations

# Models merged by natural key into the target's rows (never emptied by a restore).
MERGED = ("contenttypes.contenttype", "auth.permission")

LEFT_OUT = {
    "sessions.session": (
        "sessions belong to the running installation; after a restore everyone logs in "
        "again (a restored session could name another user with the same id)"
    ),
    "wagtailsearch.indexentry": "the search index is rebuilt after a restore (update_index)",
    "wagtailsearch.sqliteftsindexentry": "the search index is rebuilt after a restore",
    "wagtailimages.rendition": (
        "renditions (resized images) are made again from the originals when a page needs them"
    ),
    "wagtailadmin.editingsession": "which editor has a page open right now",
}
TASK_RESULTS = "django_tasks_database.dbtaskresult"
NOTES = {
    TASK_RESULTS: (
        "only the queue: waiting tasks, and running ones queued again; finished results "
        "are left out"
    ),
}

# What ``migrate`` puts into an empty database (Wagtail's root and welcome page aside):
# rows in these tables do not make a database "not empty".
MIGRATION_SEEDED = {
    "wagtailcore.locale",
    "wagtailcore.site",
    "wagtailcore.collection",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupsitepermission",
    "wagtailcore.workflow",
    "wagtailcore.workflowtask",
    "wagtailcore.workflowpage",
    "wagtailcore.workflowcontenttype",
    "wagtailcore.task",
    "wagtailcore.groupapprovaltask",
    "wagtailcore.groupapprovaltask_groups",
    "auth.group",
    "auth.group_permissions",
    *MERGED,
}

BATCH_SIZE = 500


class PreciseJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder cuts times to milliseconds; a backup keeps the microseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


class Serializer(jsonl.Serializer):
    """JSON Lines; natural keys only for content types and permissions (see module doc)."""

    def __init__(self, using):
        super().__init__()
        self.using = using
        self._permission_keys = None

    def handle_fk_field(self, obj, field):
        related_model = field.remote_field.model
        value = getattr(obj, field.attname)
        if value is not None and related_model is ContentType:
            value = list(ContentType.objects.db_manager(self.using).get_for_id(value).natural_key())
        elif value is not None and related_model is Permission:
            value = list(self._permission_key(value))
        else:
            value = self._value_from_field(obj, field)
        self._current[field.name] = value

    def handle_m2m_field(self, obj, field):
        """Many-to-many rows are written from their own (auto-created) table."""

    def _permission_key(self, permission_id):
        if self._permission_keys is None:
            self._permission_keys = {
                permission.pk: permission.natural_key()
                for permission in Permission.objects.using(self.using).select_related(
                    "content_type"
                )
            }
        return self._permission_keys[permission_id]


def label(model):
    return model._meta.label_lower


def _existing_tables(connection):
    with connection.cursor() as cursor:
        return set(connection.introspection.table_names(cursor))


def database_models(connection):
    """Every concrete model whose table exists, auto-created many-to-many tables included.

    Content types and permissions come first (other rows refer to them by natural key),
    the rest in the order of the app registry.
    """
    tables = _existing_tables(connection)
    found = [
        model
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy
        and model._meta.managed
        and not model._meta.swapped
        and model._meta.db_table in tables
    ]
    first = [model for name in MERGED for model in found if label(model) == name]
    return first + [model for model in found if model not in first]


def dumped_models(connection):
    return [model for model in database_models(connection) if label(model) not in LEFT_OUT]


def emptied_tables(connection):
    """Tables a restore empties before loading: everything but content types and permissions."""
    return [
        model._meta.db_table for model in database_models(connection) if label(model) not in MERGED
    ]


def _rows(model, using):
    queryset = model._base_manager.using(using).order_by("pk")
    if label(model) == TASK_RESULTS:
        return _task_queue(queryset)
    return queryset.iterator(chunk_size=2000)


def _task_queue(queryset):
    for task in queryset.filter(status__in=["READY", "RUNNING"]).iterator(chunk_size=2000):
        if task.status == "RUNNING":
            task.status = "READY"
            task.started_at = None
            task.worker_ids = []
        yield task


def _file_fields(model):
    return [
        field for field in model._meta.local_concrete_fields if isinstance(field, models.FileField)
    ]


def _collecting(rows, file_fields, files, foreign_storage):
    for obj in rows:
        for field in file_fields:
            name = getattr(obj, field.attname).name
            if not name:
                continue
            if field.storage is default_storage:
                files.add(name)
            else:
                foreign_storage.add(f"{label(obj)}.{field.name}")
        yield obj


def dump(path, connection):
    """Write every backed-up row to ``path`` (gzip, JSON Lines).

    Returns ``(counts, files, foreign_storage, content_types)``: rows per model label, the
    storage names of every file a row names (default storage), the fields whose files live
    in another storage (not backed up), and ``{id: [app label, model]}`` of the content
    types.
    """
    content_types = {
        str(content_type.pk): [content_type.app_label, content_type.model]
        for content_type in ContentType.objects.using(connection.alias).order_by("pk")
    }
    counts = {}
    files = set()
    foreign_storage = set()
    serializer = Serializer(connection.alias)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as stream:
        for model in dumped_models(connection):
            rows = _collecting(
                _rows(model, connection.alias), _file_fields(model), files, foreign_storage
            )
            natural = label(model) in MERGED
            written = _Counting(rows)
            serializer.serialize(
                written,
                stream=stream,
                use_natural_foreign_keys=False,
                use_natural_primary_keys=natural,
                cls=PreciseJSONEncoder,
            )
            counts[label(model)] = written.count
    return counts, files, sorted(foreign_storage), content_types


class _Counting:
    def __init__(self, iterable):
        self._iterable = iterable
        self.count = 0

    def __iter__(self):
        for item in self._iterable:
            self.count += 1
            yield item


# Loading -----------------------------------------------------------------------------------


class LoadError(Exception):
    pass


def empty_tables(connection):
    """Delete every row of :func:`emptied_tables` (TRUNCATE on PostgreSQL), sequences reset.

    Must run inside the restore's transaction: on PostgreSQL TRUNCATE is transactional, on
    SQLite foreign keys are checked at commit.
    """
    tables = emptied_tables(connection)
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=True, allow_cascade=False
    )
    if connection.vendor == "postgresql":
        # TRUNCATE refuses tables with deferred foreign-key checks still pending from
        # earlier writes of the same transaction (a caller's transaction): run them now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        statements.append("SET CONSTRAINTS ALL DEFERRED")
    connection.ops.execute_sql_flush(statements)


# Models with serialised objects in a JSON column: (column, attribute naming the content
# type of the serialised object, whether the column is text rather than a JSONField).
JSON_WITH_CONTENT_TYPES = {
    "wagtailcore.revision": ("content", "content_type_id", False),
    "wagtail_localize.translationsource": ("content_json", "specific_content_type_id", True),
}


class ContentTypeIds:
    """Rewrites content type ids inside serialised objects from the archive's to this
    database's (only where they differ)."""

    def __init__(self, archived, using):
        self.archived = {int(pk): tuple(key) for pk, key in (archived or {}).items()}
        self.using = using
        self._mapping = None

    @property
    def mapping(self):
        if self._mapping is None:
            manager = ContentType.objects.db_manager(self.using)
            self._mapping = {}
            for old, key in self.archived.items():
                try:
                    new = manager.get_by_natural_key(*key).pk
                except ContentType.DoesNotExist:
                    continue
                if new != old:
                    self._mapping[old] = new
        return self._mapping

    def fix(self, obj):
        column, type_attribute, is_text = JSON_WITH_CONTENT_TYPES[label(obj)]
        if not self.mapping:
            return
        model = (
            ContentType.objects.db_manager(self.using)
            .get_for_id(getattr(obj, type_attribute))
            .model_class()
        )
        value = getattr(obj, column)
        data = json.loads(value) if is_text else value
        if model is None or not self._rewrite(model, data):
            return
        setattr(obj, column, json.dumps(data) if is_text else data)

    def _rewrite(self, model, data):
        """Rewrite the content type foreign keys of ``data`` (a modelcluster serialisation
        of a ``model`` instance, child relations included); True if anything changed."""
        if not isinstance(data, dict):
            return False
        changed = False
        for field in model._meta.fields:
            if field.is_relation and field.related_model is ContentType:
                old = data.get(field.name)
                if isinstance(old, int) and old in self.mapping:
                    data[field.name] = self.mapping[old]
                    changed = True
        for relation in get_all_child_relations(model):
            for child in data.get(relation.get_accessor_name()) or []:
                changed |= self._rewrite(relation.related_model, child)
        return changed


def load(text_stream, connection, content_types=None):
    """Insert every row of ``text_stream`` (JSON Lines); return rows per model label.

    Content types and permissions missing in this database are created; the others are
    already there under their own ids. Everything else is inserted as it is, in batches,
    with the content type ids inside serialised objects rewritten to this database's
    (``content_types``: the archive's ``{id: [app label, model]}``).
    """
    ids = ContentTypeIds(content_types, connection.alias)
    counts = Counter()
    pending = []
    pending_model = None
    objects = serializers.deserialize(
        "jsonl", text_stream, using=connection.alias, handle_forward_references=False
    )
    for deserialized in objects:
        obj = deserialized.object
        model = type(obj)
        counts[label(model)] += 1
        if label(model) in MERGED:
            if obj.pk is None:
                obj.save(using=connection.alias)
            continue
        if label(model) in JSON_WITH_CONTENT_TYPES:
            ids.fix(obj)
        if model is not pending_model or len(pending) >= BATCH_SIZE:
            _insert(pending_model, pending, connection)
            pending = []
            pending_model = model
        pending.append(obj)
    _insert(pending_model, pending, connection)
    return dict(counts)


def _insert(model, objs, connection):
    """Raw INSERT of ``objs`` into the model's own table, as Model.save_base(raw=True) does."""
    if not objs:
        return
    fields = [field for field in model._meta.local_concrete_fields if not field.generated]
    batch = max(1, min(BATCH_SIZE, connection.ops.bulk_batch_size(fields, objs)))
    manager = model._base_manager.db_manager(connection.alias)
    for start in range(0, len(objs), batch):
        chunk = objs[start : start + batch]
        try:
            manager._insert(chunk, fields=fields, using=connection.alias, raw=True)
        except Exception as error:
            raise LoadError(
                f"{label(model)}: rows {chunk[0].pk}…{chunk[-1].pk} could not be inserted: {error}"
            ) from error


def finish_load(connection, loaded_labels):
    """Check foreign keys now (clear errors instead of a failed COMMIT), reset sequences."""
    loaded = [model for model in database_models(connection) if label(model) in loaded_labels]
    connection.check_constraints(table_names=[model._meta.db_table for model in loaded])
    statements = connection.ops.sequence_reset_sql(no_style(), loaded)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def table_counts(connection, labels):
    """Rows per model label, for the labels given (models missing here count as None)."""
    by_label = {label(model): model for model in database_models(connection)}
    counts = {}
    for name in labels:
        model = by_label.get(name)
        counts[name] = (
            model._base_manager.using(connection.alias).count() if model is not None else None
        )
    return counts


# Migrations and emptiness -----------------------------------------------------------------


def applied_migrations(connection):
    """``{app label: [migration names]}`` of the installed apps, as recorded in the database."""
    installed = {config.label for config in apps.get_app_configs()}
    applied = defaultdict(list)
    for app_label, name in MigrationRecorder(connection).applied_migrations():
        if app_label in installed:
            applied[app_label].append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


def migration_differences(archived, current):
    """``(only in the archive, only in this database)`` as sorted ``app.name`` lists."""

    def flat(migrations):
        return {f"{app}.{name}" for app, names in migrations.items() for name in names}

    archived, current = flat(archived), flat(current)
    return sorted(archived - current), sorted(current - archived)


def database_contents(connection):
    """What this database holds beyond what ``migrate`` creates: ``[(what, count)]``.

    Wagtail's root page and its welcome page (a plain Page without children) do not
    count, nor do the rows Wagtail's and the apps' migrations add (locales, the default
    site, the root collection, the default groups and workflow).
    """
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    using = connection.alias
    found = []
    page_type = ContentType.objects.db_manager(using).get_for_model(Page)
    pages = (
        Page.objects.using(using)
        .exclude(depth=1)
        .exclude(depth=2, numchild=0, content_type=page_type)
        .count()
    )
    if pages:
        found.append(("pages", pages))
    named = {
        label(get_document_model()): "documents",
        label(get_image_model()): "images",
        "auth.user": "users",
    }
    for model_label, name in named.items():
        count = apps.get_model(model_label)._base_manager.using(using).count()
        if count:
            found.append((name, count))
    for model in dumped_models(connection):
        model_label = label(model)
        if model_label in MIGRATION_SEEDED or model_label in named or issubclass(model, Page):
            continue
        count = model._base_manager.using(using).count()
        if count:
            found.append((model_label, count))
    return found


def json_line_stream(binary_stream):
    """Text lines of a gzip-compressed JSON Lines member."""
    return io.TextIOWrapper(gzip.GzipFile(fileobj=binary_stream, mode="rb"), encoding="utf-8")
