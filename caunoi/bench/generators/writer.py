"""Writing generated rows the fast way: COPY on PostgreSQL, ``executemany`` on SQLite.

The generators never call ``save()``: a national data set is millions of rows, and ``save()``
costs several queries each (version check, change log, search index). Instead every row gets
its primary key here, up front (:meth:`BulkWriter.reserve`), so that children, many-to-many
links, change-log rows and search entries can point at it before anything is written, and
rows go to the database in batches of a few thousand per table.

Values are prepared by each field's own ``get_db_prep_save`` (dates, decimals, JSON as Django
would store them), so what lands in the table is what ``save()`` would have written; only the
timestamps differ on purpose: ``created_at``/``updated_at`` come from the generated history, not
from the clock, which keeps a run repeatable for a seed.

Every row also feeds a running SHA-256 (:attr:`BulkWriter.digest`), so that tests can check
that one seed always gives the same data. With ``dry_run=True`` nothing is written and only the
digest and the counts are kept.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from django.db import DEFAULT_DB_ALIAS, connections, models

BATCH_ROWS = 5000
# Fields whose Python values both drivers take as they are (and that need no conversion).
PASSTHROUGH = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.AutoField,
    models.BigAutoField,
    models.FloatField,
    models.ForeignKey,  # every key here points at an integer id
)
# psycopg dumps these Python types itself (COPY's text format), as Django's adapters would.
PASSTHROUGH_POSTGRESQL = (
    *PASSTHROUGH,
    models.DateField,  # DateTimeField too: aware datetimes go as timestamptz
    models.TimeField,
    models.DecimalField,
    models.UUIDField,
)


class BulkWriter:
    """Buffers rows per table and writes each table's batch in one round trip."""

    def __init__(
        self,
        connection=None,
        *,
        dry_run: bool = False,
        batch_rows: int = BATCH_ROWS,
        digest: bool = True,
    ):
        # The wrapper itself, not the ``django.db.connection`` proxy: every attribute read of
        # the proxy goes through a context-local lookup, and this runs once per value.
        self.connection = connection or connections[DEFAULT_DB_ALIAS]
        self.dry_run = dry_run
        self.hashing = digest
        self.batch_rows = batch_rows
        self.counts: Counter[str] = Counter()
        self._next_id: dict[str, int] = {}
        self._buffers: dict[type[models.Model], list[tuple]] = defaultdict(list)
        self._fields: dict[type[models.Model], list[models.Field]] = {}
        self._preparers: dict[type[models.Model], list] = {}
        self._columns: dict[type[models.Model], tuple] = {}
        self._hash = hashlib.sha256()
        self._written_tables: set[str] = set()
        self._ends: dict[str, int] = {}  # table -> first id past the block handed to this writer

    # -- primary keys ---------------------------------------------------------------------------
    def reserve(self, model: type[models.Model], count: int) -> int:
        """Reserve ``count`` consecutive primary keys of ``model``'s table; returns the first."""
        table = model._meta.db_table
        if table not in self._next_id:
            with self.connection.cursor() as cursor:
                pk = model._meta.pk.column
                # Table and column names come from the models, never from input.
                cursor.execute(f'SELECT COALESCE(MAX("{pk}"), 0) FROM "{table}"')  # noqa: S608
                self._next_id[table] = int(cursor.fetchone()[0]) + 1
        first = self._next_id[table]
        if table in self._ends and first + count > self._ends[table]:
            raise OverflowError(
                f"{table}: more than the {self._ends[table] - first} ids left in this block"
            )
        self._next_id[table] = first + count
        return first

    def use_block(self, model: type[models.Model], first: int, end: int) -> None:
        """Hand out ``model``'s ids from ``first`` on, and never reach ``end``: a generator
        running beside others writes the shared tables in a block of its own."""
        table = model._meta.db_table
        self._next_id[table] = first
        self._ends[table] = end

    def fork(self) -> BulkWriter:
        """A writer for one generator of its own: the ids handed out so far (so it goes on from
        them), empty buffers, counts and digest."""
        other = BulkWriter(
            self.connection, dry_run=self.dry_run, batch_rows=self.batch_rows, digest=self.hashing
        )
        other._next_id = dict(self._next_id)
        other._ends = dict(self._ends)
        return other

    def next_id(self, model: type[models.Model]) -> int:
        return self.reserve(model, 1)

    # -- rows -----------------------------------------------------------------------------------
    def fields(self, model: type[models.Model]) -> list[models.Field]:
        if model not in self._fields:
            self._fields[model] = list(model._meta.concrete_fields)
        return self._fields[model]

    def preparers(self, model: type[models.Model]) -> list[tuple[int, object]]:
        """(column, the field's ``get_db_prep_save``) for the columns whose Python values the
        driver does not take as they are (text, numbers, booleans and ids it does)."""
        if model not in self._preparers:
            plain = (
                PASSTHROUGH_POSTGRESQL if self.connection.vendor == "postgresql" else PASSTHROUGH
            )
            self._preparers[model] = [
                (i, f.get_db_prep_save)
                for i, f in enumerate(self.fields(model))
                if not isinstance(f, plain)
            ]
        return self._preparers[model]

    def add(self, obj: models.Model) -> None:
        """Queue one model instance (its primary key already set)."""
        model = type(obj)
        self.add_values(model, [getattr(obj, f.attname) for f in self.fields(model)])

    def add_values(self, model: type[models.Model], values: Sequence) -> None:
        """Queue one row given as Python values in ``model._meta.concrete_fields`` order."""
        if len(values) != len(self.fields(model)):
            raise ValueError(f"{model._meta.label}: {len(values)} values for its columns")
        prepared = list(values)
        conn = self.connection
        for i, prep in self.preparers(model):
            if prepared[i] is not None:
                prepared[i] = prep(prepared[i], conn)
        if self.hashing:  # repr() is stable: generators build their dicts in field order
            self._hash.update(f"{model._meta.db_table}{values!r}".encode())
        self.counts[model._meta.label] += 1
        if self.dry_run:
            return
        buffer = self._buffers[model]
        buffer.append(prepared)
        if len(buffer) >= self.batch_rows:
            self._flush(model)

    def add_row(self, model: type[models.Model], **values) -> None:
        """Queue one row given by column attribute names (``owner_unit_id=…``); fields left
        out take their default."""
        columns = self._columns.get(model)
        if columns is None:
            fields = self.fields(model)
            columns = self._columns[model] = (
                frozenset(f.attname for f in fields),
                [(f.attname, f) for f in fields],
            )
        names, order = columns
        if not values.keys() <= names:
            unknown = sorted(set(values) - names)
            raise TypeError(f"{model._meta.label} has no columns {unknown}")
        self.add_values(
            model, [values[name] if name in values else f.get_default() for name, f in order]
        )

    def add_link(self, through: type[models.Model], pk: int, left: int, right: int) -> None:
        """Queue one many-to-many link (an auto-created through table: id, left, right)."""
        self.add_values(through, (pk, left, right))

    def flush(self) -> None:
        """Write every queued row (parents before children: tables in the order first seen)."""
        for model in list(self._buffers):
            self._flush(model)

    def finish(self, tables: Iterable[str] = ()) -> None:
        """Flush, then move PostgreSQL's sequences past the ids handed out here (and in
        ``tables``, which other writers wrote)."""
        self.flush()
        if self.dry_run or self.connection.vendor != "postgresql":
            return  # SQLite's AUTOINCREMENT follows the largest id by itself
        with self.connection.cursor() as cursor:
            for table in sorted(self._written_tables | set(tables)):
                sql = f"""SELECT setval(pg_get_serial_sequence(%s, 'id'),
                    (SELECT COALESCE(MAX(id), 1) FROM "{table}"))"""  # noqa: S608 (model names)
                cursor.execute(sql, [table])

    @property
    def digest(self) -> str:
        return self._hash.hexdigest()

    def take_digest(self) -> str:
        """The digest of the rows since the last call (or the start), and start a new one."""
        digest, self._hash = self._hash.hexdigest(), hashlib.sha256()
        return digest

    @property
    def written_tables(self) -> set[str]:
        return set(self._written_tables)

    # -- database paths -------------------------------------------------------------------------
    def _flush(self, model: type[models.Model]) -> None:
        rows = self._buffers.get(model)
        if not rows:
            return
        self._buffers[model] = []
        table = model._meta.db_table
        columns = [f.column for f in self.fields(model)]
        self._written_tables.add(table)
        if self.connection.vendor == "postgresql":
            _copy(self.connection, table, columns, rows)
        else:
            _insert_many(self.connection, table, columns, rows)


def _copy(connection, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    connection.ensure_connection()
    raw = connection.connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def _insert_many(connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("%s" for _ in columns)
    with connection.cursor() as cursor:
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'  # noqa: S608 (model names)
        cursor.executemany(sql, rows)
