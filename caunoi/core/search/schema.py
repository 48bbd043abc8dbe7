"""Database objects the search index needs beyond its table, per vendor.

Used by migration ``core.0003_searchentry`` (and by any later migration that makes SQLite
rebuild ``core_searchentry``, which drops its triggers: call :func:`install` again there).

- SQLite: an external-content FTS5 table over ``core_searchentry.text`` with the
  ``unicode61 remove_diacritics 2`` tokenizer, and three triggers that keep it in step.
- PostgreSQL: the ``pg_trgm`` and ``unaccent`` extensions and a GIN trigram index on ``text``.
  ``text`` is folded in Python (đ→d, which ``unaccent`` would not do), so ``unaccent`` is there
  for ad-hoc queries only.
"""

from __future__ import annotations

SQLITE_INSTALL = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS core_searchentry_fts USING fts5(
        text, content='core_searchentry', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER IF NOT EXISTS core_searchentry_fts_insert AFTER INSERT ON core_searchentry
    BEGIN
        INSERT INTO core_searchentry_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS core_searchentry_fts_delete AFTER DELETE ON core_searchentry
    BEGIN
        INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS core_searchentry_fts_update AFTER UPDATE ON core_searchentry
    BEGIN
        INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
        INSERT INTO core_searchentry_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    # Entries written before the triggers existed (e.g. after a table rebuild).
    "INSERT INTO core_searchentry_fts(core_searchentry_fts) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [
    "DROP TRIGGER IF EXISTS core_searchentry_fts_insert",
    "DROP TRIGGER IF EXISTS core_searchentry_fts_delete",
    "DROP TRIGGER IF EXISTS core_searchentry_fts_update",
    "DROP TABLE IF EXISTS core_searchentry_fts",
]
POSTGRESQL_INSTALL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE INDEX IF NOT EXISTS searchentry_text_trgm ON core_searchentry "
    "USING gin (text gin_trgm_ops)",
]
POSTGRESQL_UNINSTALL = ["DROP INDEX IF EXISTS searchentry_text_trgm"]  # extensions stay

_INSTALL = {"sqlite": SQLITE_INSTALL, "postgresql": POSTGRESQL_INSTALL}
_UNINSTALL = {"sqlite": SQLITE_UNINSTALL, "postgresql": POSTGRESQL_UNINSTALL}


def _run(statements: dict[str, list[str]], schema_editor) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def install(apps, schema_editor) -> None:
    """RunPython forwards: create what this database needs (nothing on other vendors)."""
    _run(_INSTALL, schema_editor)


def uninstall(apps, schema_editor) -> None:
    """RunPython backwards."""
    _run(_UNINSTALL, schema_editor)
