"""A request's SQL, captured in-process, and the **floor**: the same statements replayed on a
bare driver connection (psycopg or sqlite3), fetching every row, with no Django in between.

Capture runs the request through Django's test client inside ``connection.execute_wrapper``,
which sees each statement and its parameters exactly as they go to the driver, with DEBUG off
(ADR 0032). The floor is what the database alone needs to answer the page; app time / floor
time is what Django, templates and serializers add.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import time
from dataclasses import dataclass, field

from django.db import connection
from django.test import Client

# Transaction bookkeeping is counted as a query but not replayed: it costs no rows.
BOOKKEEPING = re.compile(r"^\s*(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b", re.I)
QMARK = re.compile(r"(?<!%)%s")


@dataclass
class Statement:
    sql: str
    params: object
    many: bool = False


@dataclass
class Capture:
    status: int
    statements: list[Statement] = field(default_factory=list)

    @property
    def queries(self) -> int:
        return len(self.statements)

    @property
    def replayable(self) -> list[Statement]:
        return [s for s in self.statements if not BOOKKEEPING.match(s.sql) and not s.many]


class _Recorder:
    def __init__(self):
        self.statements: list[Statement] = []

    def __call__(self, execute, sql, params, many, context):
        self.statements.append(Statement(sql, params, many))
        return execute(sql, params, many, context)


def capture(client: Client, url: str, *, warm: int = 1) -> Capture:
    """GET ``url`` with ``client`` and record every statement of the last of ``warm + 1``
    requests (the first ones fill the per-process caches, as a running server has them)."""
    for _ in range(warm):
        client.get(url, HTTP_HOST="127.0.0.1")
    recorder = _Recorder()
    with connection.execute_wrapper(recorder):
        response = client.get(url, HTTP_HOST="127.0.0.1")
    return Capture(status=response.status_code, statements=recorder.statements)


class Floor:
    """A bare connection to the same database as Django's ``default``."""

    def __init__(self):
        settings = connection.settings_dict
        self.vendor = connection.vendor
        if self.vendor == "postgresql":
            import psycopg

            self.conn = psycopg.connect(
                dbname=settings["NAME"],
                user=settings.get("USER") or None,
                password=settings.get("PASSWORD") or None,
                host=settings.get("HOST") or None,
                port=settings.get("PORT") or None,
                cursor_factory=psycopg.ClientCursor,  # Django's default: client-side binding
            )
            self.conn.execute("SET TIME ZONE 'UTC'")
            self.conn.commit()
        elif self.vendor == "sqlite":
            from django.db.backends.sqlite3 import _functions

            name = str(settings["NAME"])  # the test database is a shared in-memory "file:" URI
            self.conn = sqlite3.connect(
                name,
                uri=name.startswith("file:"),
                check_same_thread=False,
                # As Django connects: the driver turns dates, times and booleans into Python.
                detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES,
            )
            _functions.register(self.conn)  # the SQL functions Django's queries call
        else:
            raise RuntimeError(f"no floor for {self.vendor}")

    def close(self) -> None:
        self.conn.close()

    def run(self, statements: list[Statement]) -> list[list[tuple]]:
        """Execute the statements in order, fetching all rows; roll back what they wrote."""
        results = []
        try:
            cursor = self.conn.cursor()
            for statement in statements:
                sql = statement.sql
                params = statement.params
                if self.vendor == "sqlite":
                    sql = QMARK.sub("?", sql).replace("%%", "%")
                    cursor.execute(sql, tuple(params) if params is not None else ())
                else:
                    cursor.execute(sql, params)
                results.append([tuple(r) for r in cursor.fetchall()] if cursor.description else [])
        finally:
            self.conn.rollback()
        return results

    def time(self, statements: list[Statement], *, repeat: int = 20, warm: int = 3) -> float:
        """Median seconds to run ``statements`` once, over ``repeat`` runs after ``warm``."""
        for _ in range(warm):
            self.run(statements)
        runs = []
        for _ in range(repeat):
            began = time.perf_counter()
            self.run(statements)
            runs.append(time.perf_counter() - began)
        return statistics.median(runs)


def django_rows(statements: list[Statement]) -> list[list[tuple]]:
    """The same statements through Django's own connection (for checking the floor)."""
    results = []
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement.sql, statement.params)
            results.append([tuple(r) for r in cursor.fetchall()] if cursor.description else [])
    return results
