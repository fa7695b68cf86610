"""The manifest's schema and a validator for it.

:data:`MANIFEST_SCHEMA` is written in a subset of JSON Schema (draft 2020-12): ``type``,
``const``, ``enum``, ``properties``, ``required``, ``additionalProperties``,
``propertyNames``, ``items``, ``minItems``, ``maxItems``, ``minLength``, ``maxLength``,
``pattern``, ``minimum``. :func:`validate` checks exactly that subset, so the schema
can be read (and checked) by any JSON Schema tool too, and no dependency is needed
here. Errors name the place in the manifest (``pages[3].type``) and say what was
expected, in German.

The schema checks shape and bounds. What depends on this installation (known page
and block types, fields, references between the tables) is checked by the importer.
"""

import re

from django.utils.translation import gettext as _

FORMAT = "vielfalt-blueprint"
VERSION = 1

KEY_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
ID_PATTERN = r"^[1-9][0-9]{0,18}$"
LOCALE_PATTERN = r"^[a-z]{2,3}(-[a-zA-Z0-9]{1,8})*$"
MODEL_PATTERN = r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$"
# Archive member names of files: files/<images|documents>/<id>/<name>, no folders above.
FILE_PATTERN = r"^files/(images|documents)/[1-9][0-9]{0,18}/(?!\.\.?$)[^/\\\x00]{1,255}$"
SHA1_PATTERN = r"^([0-9a-f]{40})?$"
# A file's own name: no folders, not "." or "..".
FILENAME_PATTERN = r"^(?!\.\.?$)[^/\\\x00]{1,255}$"

STRING = {"type": "string", "maxLength": 10_000}
NAME = {"type": "string", "minLength": 1, "maxLength": 255}
OPTIONAL_NAME = {"type": "string", "maxLength": 255}
TAGS = {"type": "array", "items": NAME, "maxItems": 200}

FIELDS = {
    "type": "object",
    "propertyNames": {"type": "string", "pattern": r"^[a-z_][a-z0-9_]{0,62}$"},
}

FILE_COMMON = {
    "id": {"type": "integer", "minimum": 1},
    "title": NAME,
    "filename": {"type": "string", "pattern": FILENAME_PATTERN},
    "file": {"type": ["string", "null"], "pattern": FILE_PATTERN},
    "sha1": {"type": "string", "pattern": SHA1_PATTERN},
    "size": {"type": "integer", "minimum": 0},
    "collection": OPTIONAL_NAME,
    "tags": TAGS,
    "extra": FIELDS,
}

IMAGE = {
    "type": "object",
    "required": ["id", "title", "filename", "file", "sha1"],
    "additionalProperties": False,
    "properties": {
        **FILE_COMMON,
        "description": STRING,
        "width": {"type": "integer", "minimum": 0},
        "height": {"type": "integer", "minimum": 0},
        "focal_point": {
            "type": ["object", "null"],
            "required": ["x", "y", "width", "height"],
            "additionalProperties": False,
            "properties": {
                name: {"type": "integer", "minimum": 0} for name in ("x", "y", "width", "height")
            },
        },
    },
}

DOCUMENT = {
    "type": "object",
    "required": ["id", "title", "filename", "file", "sha1"],
    "additionalProperties": False,
    "properties": FILE_COMMON,
}

CHILD = {
    "type": "object",
    "required": ["fields"],
    "additionalProperties": False,
    "properties": {
        "key": {"type": ["string", "null"], "pattern": KEY_PATTERN},
        "fields": FIELDS,
    },
}

PAGE = {
    "type": "object",
    "required": ["id", "key", "locale", "parent", "type", "fields"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "integer", "minimum": 1},
        "key": {"type": "string", "pattern": KEY_PATTERN},
        "locale": {"type": "string", "pattern": LOCALE_PATTERN},
        "parent": {"type": ["string", "null"], "pattern": KEY_PATTERN},
        "type": {"type": "string", "pattern": MODEL_PATTERN},
        "url": {"type": ["string", "null"], "maxLength": 2000},
        "live": {"type": "boolean"},
        "fields": FIELDS,
        "relations": {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": r"^[a-z_][a-z0-9_]{0,62}$"},
            "additionalProperties": {"type": "array", "items": CHILD, "maxItems": 1000},
        },
    },
}

SNIPPET = {
    "type": "object",
    "required": ["key"],
    "additionalProperties": False,
    "properties": {
        "key": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5,
            "items": {"type": ["string", "integer"], "maxLength": 1000},
        },
        "label": STRING,
    },
}

LINKED_PAGE = {
    "type": "object",
    "required": ["title"],
    "additionalProperties": False,
    "properties": {
        "title": STRING,
        "key": {"type": "string", "pattern": KEY_PATTERN},
        "locale": {"type": "string", "pattern": LOCALE_PATTERN},
        "url": {"type": ["string", "null"], "maxLength": 2000},
        "urls": {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": LOCALE_PATTERN},
            "additionalProperties": {"type": "string", "maxLength": 2000},
        },
    },
}

MANIFEST_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Vielfalt page blueprint manifest",
    "type": "object",
    "required": ["format", "version", "source_locale", "pages", "images", "documents"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "created_at": {"type": "string", "maxLength": 64},
        "generator": {"type": "string", "maxLength": 200},
        "source": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "site": {"type": "string", "maxLength": 255},
                "root_url": {"type": ["string", "null"], "maxLength": 2000},
            },
        },
        "options": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                name: {"type": "boolean"} for name in ("subtree", "translations", "files")
            },
        },
        "source_locale": {"type": "string", "pattern": LOCALE_PATTERN},
        "pages": {"type": "array", "minItems": 1, "maxItems": 5000, "items": PAGE},
        "images": {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": ID_PATTERN},
            "additionalProperties": IMAGE,
        },
        "documents": {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": ID_PATTERN},
            "additionalProperties": DOCUMENT,
        },
        "snippets": {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": MODEL_PATTERN},
            "additionalProperties": {
                "type": "object",
                "propertyNames": {"type": "string", "pattern": ID_PATTERN},
                "additionalProperties": SNIPPET,
            },
        },
        "linked_pages": {
            "type": "object",
            "propertyNames": {"type": "string", "pattern": ID_PATTERN},
            "additionalProperties": LINKED_PAGE,
        },
        "warnings": {"type": "array", "items": STRING, "maxItems": 1000},
    },
}

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _type_label(name):
    return {
        "object": _("ein Objekt"),
        "array": _("eine Liste"),
        "string": _("ein Text"),
        "integer": _("eine ganze Zahl"),
        "boolean": _("true oder false"),
        "null": _("null"),
    }.get(name, name)


def _is_type(value, name):
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def _place(path):
    return path or _("Manifest")


def validate(value, schema=MANIFEST_SCHEMA, path="", errors=None, limit=20):
    """A list of German messages, empty if ``value`` fits ``schema``; stops after ``limit``."""
    errors = [] if errors is None else errors
    if len(errors) >= limit:
        return errors

    def fail(message, **params):
        errors.append(f"{_place(path)}: {message % params if params else message}")

    if "const" in schema and value != schema["const"]:
        fail(_("erwartet wird %(expected)r"), expected=schema["const"])
        return errors
    if "enum" in schema and value not in schema["enum"]:
        fail(_("erwartet wird einer der Werte %(values)s"), values=", ".join(schema["enum"]))
        return errors
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        if not any(_is_type(value, name) for name in names):
            fail(
                _("erwartet wird %(expected)s"),
                expected=_(" oder ").join(_type_label(name) for name in names),
            )
            return errors

    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            fail(_("darf nicht leer sein"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            fail(_("ist länger als %(limit)s Zeichen"), limit=schema["maxLength"])
        if "pattern" in schema and not re.search(schema["pattern"], value):
            fail(_("hat nicht die erwartete Form (%(value)s)"), value=repr(value[:80]))
    elif isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            fail(_("muss mindestens %(limit)s sein"), limit=schema["minimum"])
    elif isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            fail(_("muss mindestens %(limit)s Einträge haben"), limit=schema["minItems"])
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            fail(_("hat mehr als %(limit)s Einträge"), limit=schema["maxItems"])
        if "items" in schema:
            for index, item in enumerate(value):
                validate(item, schema["items"], f"{path}[{index}]", errors, limit)
    elif isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                fail(_("„%(name)s“ fehlt"), name=name)
        names_schema = schema.get("propertyNames")
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            item_path = f"{path}.{name}" if path else name
            if names_schema is not None:
                validate(name, names_schema, item_path, errors, limit)
            if name in properties:
                validate(item, properties[name], item_path, errors, limit)
            elif extra is False:
                fail(_("unbekannter Eintrag „%(name)s“"), name=name[:80])
            elif isinstance(extra, dict):
                validate(item, extra, item_path, errors, limit)
    return errors[:limit]
