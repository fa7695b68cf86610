"""PostgreSQL only: a GIN index for the search filter, and the vectors kept in the table.

Wagtail's database backend filters on ``title || body``, which none of its indexes covers.
The GIN index created here does. Its column gets no statistics (target 0): the planner
prices a bitmap heap scan with the same per-row cost for the filter as a sequential scan,
but only the sequential scan really concatenates the two vectors of every row (about ten
times the cost of ranking it), so with statistics that say "most rows match" it chose the
sequential scan; with the default selectivity it always uses the index.

Title, body, autocomplete and title text are stored MAIN (compressed if that helps, moved
to TOAST only if the row would not fit into a page otherwise): ranking reads title and body
of every match, and a TOAST fetch per vector was most of its cost. The body text, only
used for fuzzy search, stays EXTENDED. Existing rows are rewritten so that they follow the
new storage at once.

search/postgres.py builds the queries that use all this. Nothing happens on other
databases (SQLite uses FTS5).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
INDEX = "site_search_title_body_gin"
MAIN_COLUMNS = ("title", "body", "autocomplete", "title_text")


def storage(mode):
    columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE {mode}" for column in MAIN_COLUMNS)
    return f"ALTER TABLE {TABLE} {columns}"


# "x || ''" makes a new value, to which the new storage applies; it is equal to x.
REWRITE = f"""
UPDATE {TABLE} SET title = title || ''::tsvector, body = body || ''::tsvector,
    autocomplete = autocomplete || ''::tsvector, title_text = title_text || ''
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(storage("MAIN"))
    schema_editor.execute(REWRITE)
    schema_editor.execute(f"CREATE INDEX {INDEX} ON {TABLE} USING gin ((title || body))")
    schema_editor.execute(f"ALTER INDEX {INDEX} ALTER COLUMN 1 SET STATISTICS 0")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(storage("EXTENDED"))


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
