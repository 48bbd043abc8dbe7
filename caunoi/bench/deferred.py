"""Loading without the secondary indexes and foreign keys, then putting exactly them back.

COPY into a table is several times slower while PostgreSQL keeps its indexes up to date row
by row (the trigram GIN of the search entries, the six indexes of the change log), and every
row of a table with foreign keys queues a deferred check that runs at commit. A bulk load
goes faster without them, the way ``pg_restore`` does it: drop them before, build each index
in one sorted pass and validate each foreign key in one join after.

What is dropped is read from the catalogue (``pg_get_indexdef``, ``pg_get_constraintdef``), so
nothing is written down twice and :func:`restore` re-creates exactly what was there. Kept:
primary keys, unique indexes and constraints (they guard the data while it is written) and
indexes that back a constraint. PostgreSQL only; SQLite loads with its indexes.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from queue import Empty, SimpleQueue

from django.apps import apps
from django.db import transaction

SECONDARY_INDEXES = """
SELECT t.relname, i.relname, pg_get_indexdef(x.indexrelid)
FROM pg_index x
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND t.relname = ANY(%s)
  AND NOT x.indisunique AND NOT x.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
ORDER BY t.relname, i.relname
"""
FOREIGN_KEYS = """
SELECT t.relname, k.conname, pg_get_constraintdef(k.oid)
FROM pg_constraint k
JOIN pg_class t ON t.oid = k.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = current_schema() AND t.relname = ANY(%s) AND k.contype = 'f'
ORDER BY t.relname, k.conname
"""


@dataclass
class Deferred:
    """What :func:`drop` took away: (table, name, definition) of each index and foreign key."""

    indexes: list[tuple[str, str, str]] = field(default_factory=list)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: float = 0.0  # how long :func:`restore` took


def model_tables() -> list[str]:
    """The tables of every installed model, many-to-many link tables included."""
    tables = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }
    return sorted(tables)


def drop(connection, tables: list[str] | None = None) -> Deferred:
    """Drop the secondary indexes and the foreign keys of ``tables`` (every model's table by
    default) and commit; returns what to give :func:`restore`."""
    tables = model_tables() if tables is None else tables
    with connection.cursor() as cursor:
        cursor.execute(SECONDARY_INDEXES, [tables])
        indexes = [tuple(row) for row in cursor.fetchall()]
        cursor.execute(FOREIGN_KEYS, [tables])
        foreign_keys = [tuple(row) for row in cursor.fetchall()]
        # A table with checks still queued (rows saved earlier in this transaction) cannot be
        # altered: run them now, then go back to Django's mode (every key initially deferred).
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        # Names come from the catalogue, never from input.
        for table, name, _ in foreign_keys:
            cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        for _, name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    return Deferred(indexes=indexes, foreign_keys=foreign_keys)


def restore(connection, deferred: Deferred, *, builders: int = 1) -> None:
    """Build the indexes and add the foreign keys back (checking every row against its
    target), with the memory a bulk build wants. With ``builders`` > 1 the indexes are built
    that many at a time, each builder on a connection of its own (outside a transaction only:
    the others could not see its rows); the trigram index of the search entries alone takes
    as long as all the others."""
    began = time.monotonic()
    definitions = [definition for _, _, definition in deferred.indexes]
    if builders > 1 and not connection.in_atomic_block:
        # The biggest first, so the last to start are the short ones.
        waiting = SimpleQueue()
        for definition in _biggest_first(connection, deferred.indexes):
            waiting.put(definition)
        with ThreadPoolExecutor(builders) as pool:
            for future in [pool.submit(_build, waiting) for _ in range(builders)]:
                future.result()  # raises a builder's error
    else:
        with connection.cursor() as cursor:
            _bulk_settings(cursor)
            for definition in definitions:
                cursor.execute(definition)
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        for table, name, definition in deferred.foreign_keys:
            cursor.execute(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        cursor.execute("RESET maintenance_work_mem")
        cursor.execute("RESET max_parallel_maintenance_workers")
    deferred.seconds = round(time.monotonic() - began, 2)


def _bulk_settings(cursor) -> None:
    cursor.execute("SET maintenance_work_mem = '1GB'")
    cursor.execute("SET max_parallel_maintenance_workers = 2")


def _biggest_first(connection, indexes: list[tuple[str, str, str]]) -> list[str]:
    with connection.cursor() as cursor:
        tables = sorted({table for table, _, _ in indexes})
        cursor.execute(
            "SELECT relname, pg_relation_size(oid) FROM pg_class WHERE relname = ANY(%s) "
            "AND relnamespace = current_schema()::regnamespace",
            [tables],
        )
        sizes = dict(cursor.fetchall())
    # A GIN index costs several times a b-tree of the same table.
    weight = {"gin": 8, "gist": 8}
    return [
        definition
        for table, _, definition in sorted(
            indexes,
            key=lambda i: -sizes.get(i[0], 0) * weight.get(_method(i[2]), 1),
        )
    ]


def _method(definition: str) -> str:
    return definition.split(" USING ", 1)[1].split(" ", 1)[0] if " USING " in definition else ""


def _build(waiting: SimpleQueue) -> None:
    """Build indexes from ``waiting`` until none is left, on this thread's own connection."""
    from django.db import connection

    try:
        with connection.cursor() as cursor:
            _bulk_settings(cursor)
            while True:
                try:
                    definition = waiting.get_nowait()
                except Empty:
                    return
                cursor.execute(definition)
    finally:
        connection.close()
