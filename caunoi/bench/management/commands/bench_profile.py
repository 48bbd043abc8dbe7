"""``caunoi bench_profile PAGE [PAGE ...]``: the profile behind a benchmark page's figures.

For each page (a name from ``caunoi/bench/runner/pages.py``, or ``all``), requested in-process
as its user: the time of the whole request, the statements it ran with the time of each on a
bare connection (slowest first), and for the slowest ones the database's own plan
(``EXPLAIN ANALYZE`` on PostgreSQL, ``EXPLAIN QUERY PLAN`` on SQLite). What docs/performance.md
says of each page comes from here.
"""

from __future__ import annotations

import time

from django.contrib.auth.models import update_last_login
from django.contrib.auth.signals import user_logged_in
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from caunoi.accounts.models import User
from caunoi.bench.runner import pages as bench_pages
from caunoi.bench.runner.sql import Floor, Statement, capture


class Command(BaseCommand):
    help = "Profile benchmark pages: request time, each statement's time, the slowest plans."

    def add_arguments(self, parser):
        parser.add_argument("pages", nargs="+", help="page names, or 'all'")
        parser.add_argument("--plans", type=int, default=2, help="plans of the N slowest")
        parser.add_argument("--repeat", type=int, default=3, help="timings per statement")

    def handle(self, *args, pages, plans, repeat, **options):
        known = {p.name: p for p in bench_pages.PAGES if p.available()}
        names = list(known) if pages == ["all"] else pages
        unknown = [n for n in names if n not in known]
        if unknown:
            raise CommandError(f"unknown pages {unknown}: one of {', '.join(known)}")
        facts = bench_pages.read_facts()
        floor = Floor()
        # Signing in must not write a change-log row: profiling reads only.
        user_logged_in.disconnect(update_last_login, dispatch_uid="update_last_login")
        try:
            for name in names:
                self._profile(known[name], facts, floor, plans, repeat)
        finally:
            floor.close()
            user_logged_in.connect(update_last_login, dispatch_uid="update_last_login")

    def _profile(self, page, facts, floor, plans, repeat) -> None:
        client = Client()
        client.force_login(User.objects.get(username=page.user))
        url = page.url.format(**vars(facts))
        began = time.perf_counter()
        client.get(url, HTTP_HOST="127.0.0.1")
        first = time.perf_counter() - began
        began = time.perf_counter()
        captured = capture(client, url, warm=0)
        again = time.perf_counter() - began
        timed = [(floor.time([s], repeat=repeat, warm=1), s) for s in captured.replayable]
        total = sum(t for t, _s in timed)
        self.stdout.write(
            self.style.MIGRATE_HEADING(f"== {page.name}: {url} as {page.user}")
            + f"\n  status {captured.status}, request {first * 1000:.1f} ms (first), "
            f"{again * 1000:.1f} ms (again), {captured.queries} queries, "
            f"SQL {total * 1000:.1f} ms on a bare connection"
        )
        timed.sort(key=lambda pair: -pair[0])
        for seconds, statement in timed[:8]:
            self.stdout.write(f"  {seconds * 1000:8.2f} ms  {_short(statement.sql)}")
        for _seconds, statement in timed[:plans]:
            self.stdout.write("  -- plan of: " + _short(statement.sql, 200))
            for line in _plan(floor, statement):
                self.stdout.write("     " + line)


def _short(sql: str, width: int = 110) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _plan(floor: Floor, statement: Statement) -> list[str]:
    prefix = "EXPLAIN (ANALYZE, BUFFERS) " if connection.vendor == "postgresql" else ""
    prefix = prefix or "EXPLAIN QUERY PLAN "
    rows = floor.run([Statement(prefix + statement.sql, statement.params)])[0]
    return [" | ".join(str(v) for v in row) for row in rows]
