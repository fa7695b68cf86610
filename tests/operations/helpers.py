"""Reading a whole database and a media directory for comparison, damaging archives,
and putting the database back into the state ``migrate`` left it in."""

import hashlib
import io
import json
import tarfile
from pathlib import Path

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import F

# Tables the comparison leaves out, decided here and not taken from operations.database,
# so that a table the backup forgets shows up as a difference.
NOT_COMPARED = {
    "django_session",
    "wagtailsearch_indexentry",
    "wagtailsearch_indexentry_fts",
    "wagtailimages_rendition",
    "wagtailadmin_editingsession",
    "django_tasks_database_dbtaskresult",
    # Compared by natural key (their ids may differ between databases).
    "django_content_type",
    "auth_permission",
}


def _existing_tables():
    with connection.cursor() as cursor:
        return set(connection.introspection.table_names(cursor))


def concrete_models():
    tables = _existing_tables()
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy and model._meta.managed and model._meta.db_table in tables
    ]


# Serialised pages inside JSON columns name their content type by id.
JSON_COLUMNS = {
    ("wagtailcore_revision", "content"),
    ("wagtail_localize_translationsource", "content_json"),
}


def natural_content_types(data, content_types):
    """``data`` (JSON text or parsed) with every ``"content_type": <id>`` replaced by the
    natural key, at any depth."""
    return _natural(json.loads(data) if isinstance(data, str) else data, content_types)


def _natural(data, content_types):
    if isinstance(data, dict):
        return {
            key: content_types.get(value, value)
            if key == "content_type" and isinstance(value, int)
            else _natural(value, content_types)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_natural(item, content_types) for item in data]
    return data


def content_type_keys():
    return {ct.pk: (ct.app_label, ct.model) for ct in ContentType.objects.all()}


def table_rows():
    """``{table: [row, ...]}`` of every compared table, read with plain SQL in primary-key
    order; foreign keys to content types and permissions as natural keys."""
    content_types = content_type_keys()
    permissions = {
        permission.pk: permission.natural_key()
        for permission in Permission.objects.select_related("content_type")
    }
    quote = connection.ops.quote_name
    rows = {}
    with connection.cursor() as cursor:
        for model in concrete_models():
            table = model._meta.db_table
            if table in NOT_COMPARED:
                continue
            fields = model._meta.local_concrete_fields
            mapping = [
                content_types
                if field.is_relation and field.related_model is ContentType
                else permissions
                if field.is_relation and field.related_model is Permission
                else "json"
                if (table, field.column) in JSON_COLUMNS
                else None
                for field in fields
            ]
            columns = ", ".join(quote(field.column) for field in fields)
            cursor.execute(
                f"SELECT {columns} FROM {quote(table)} ORDER BY {quote(model._meta.pk.column)}"  # noqa: S608
            )
            rows[table] = [
                tuple(
                    value
                    if lookup is None or value is None
                    else natural_content_types(value, content_types)
                    if lookup == "json"
                    else lookup[value]
                    for value, lookup in zip(row, mapping, strict=True)
                )
                for row in cursor.fetchall()
            ]
    rows["natural keys of content types"] = sorted(content_types.values())
    rows["natural keys of permissions"] = sorted(permissions.values())
    return rows


def differences(before, after):
    """Human-readable differences between two :func:`table_rows` results."""
    found = []
    for table in sorted(set(before) | set(after)):
        old, new = before.get(table), after.get(table)
        if old == new:
            continue
        if old is None or new is None:
            found.append(f"{table}: only {'after' if old is None else 'before'}")
            continue
        first = next(
            (index for index, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None
        )
        detail = (
            f"row {first}: {old[first]!r} != {new[first]!r}"
            if first is not None
            else f"{len(old)} rows before, {len(new)} after"
        )
        found.append(f"{table}: {detail}")
    return found


def file_checksums(root, skip=("images/",)):
    """``{relative path: sha256}`` of the files under ``root`` (renditions left out)."""
    root = Path(root)
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.relative_to(root).as_posix().startswith(skip)
    }


# The state ``migrate`` leaves --------------------------------------------------------------


def freshly_migrated_state():
    """The serialised rows of a freshly migrated database.

    pytest-django keeps them when some test of the session uses ``serialized_rollback``;
    otherwise the database still is in that state (every earlier test rolled back), and it
    is serialised now.
    """
    from wagtail.models import Page

    serialized = getattr(connection, "_test_serialized_contents", None)
    if serialized:
        return serialized
    assert Page.objects.filter(depth=1).exists(), "the test database has no root page"
    assert not Page.objects.filter(depth__gt=2).exists(), "the test database is not fresh"
    return connection.creation.serialize_db_to_string()


def reset_database(serialized):
    """Empty every table and load the rows ``migrate`` made (Django's serialized rollback).

    Content types are loaded first: building some rows (Wagtail's tasks, pages of a
    subclass) looks up their content type, which would otherwise be created anew and
    then clash with the serialised one.
    """
    from operations.database import database_models

    objects = json.loads(serialized)
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    ContentType.objects.clear_cache()
    call_command(
        "flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False
    )
    connection.creation.deserialize_db_from_string(json.dumps(objects))
    reset_sequences(database_models(connection))
    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()


def reset_sequences(models):
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def renumber_content_types(offset=1000):
    """Give every content type another id, as in a database whose apps were migrated in
    another order; every foreign key to them follows."""
    from operations.database import database_models

    with transaction.atomic():
        for model in database_models(connection):
            for field in model._meta.local_concrete_fields:
                if field.is_relation and field.related_model is ContentType:
                    model._base_manager.filter(**{f"{field.attname}__isnull": False}).update(
                        **{field.attname: F(field.attname) + offset}
                    )
        ContentType.objects.update(id=F("id") + offset)
    reset_sequences([ContentType])
    ContentType.objects.clear_cache()


# Damaged archives ------------------------------------------------------------------------


def members(path):
    with tarfile.open(path) as tar:
        return {member.name: member for member in tar.getmembers()}


def flip_byte(source, target, member_name, offset=None):
    """Copy ``source`` to ``target`` with one byte of ``member_name``'s data inverted."""
    member = members(source)[member_name]
    data = bytearray(Path(source).read_bytes())
    position = member.offset_data + (member.size // 2 if offset is None else offset)
    data[position] ^= 0xFF
    Path(target).write_bytes(bytes(data))
    return target


def cut(source, target, length):
    Path(target).write_bytes(Path(source).read_bytes()[:length])
    return target


def rewrite(source, target, *, drop=(), add=None, manifest=None):
    """Copy the archive member by member, leaving out ``drop``, adding ``add``
    (``{name: bytes}``) and replacing the manifest by ``manifest(dict)`` (with a correct
    manifest checksum, as a backup of other code would have)."""
    add = add or {}
    with tarfile.open(source) as old, tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as new:
        for member in old.getmembers():
            if member.name in drop:
                continue
            data = old.extractfile(member).read()
            if member.name == "manifest.json" and manifest is not None:
                data = json.dumps(manifest(json.loads(data))).encode()
            if member.name == "manifest.json.sha256" and manifest is not None:
                continue
            _add(new, member.name, data)
            if member.name == "manifest.json" and manifest is not None:
                digest = hashlib.sha256(data).hexdigest()
                _add(new, "manifest.json.sha256", f"{digest}  manifest.json\n".encode())
        for name, data in add.items():
            _add(new, name, data)
    return target


def _add(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))
