"""One benchmark run against the database Django is configured for."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from urllib.parse import quote_plus

from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils import timezone

from caunoi.accounts.models import User
from caunoi.bench.runner import http, importing, report
from caunoi.bench.runner.pages import pages_for_run, read_facts
from caunoi.bench.runner.sql import Floor, capture


@dataclasses.dataclass
class Options:
    scale: str
    seed: int
    port: int = 8765
    workers: int = 3
    warm: int = 10
    requests: int = 60
    page_seconds: float = 60
    connections: int = 16
    seconds: float = 20
    import_rows: int = 10_000
    pages: list[str] | None = None
    log: Path | None = None
    generation: Path | None = None  # the JSON the generator left (time, rows)


def run(options: Options, say=print) -> dict:
    facts = read_facts()
    measured, skipped = pages_for_run(options.pages)
    clients: dict[str, Client] = {}
    cookies: dict[str, dict[str, str]] = {}
    for page in measured:
        if page.user not in clients:
            client = Client()
            client.force_login(User.objects.get(username=page.user))
            clients[page.user] = client
            session = client.cookies[settings.SESSION_COOKIE_NAME].value
            cookies[page.user] = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={session}"}
    values = {k: quote_plus(str(v)) for k, v in dataclasses.asdict(facts).items()}
    urls = {p.name: p.url.format(**values) for p in measured}

    # 1. Queries and the floor, in-process, before the server competes for the cores.
    floor = Floor()
    rows = []
    for page in measured:
        cap = capture(clients[page.user], urls[page.name])
        floor_s = floor.time(cap.replayable)
        rows.append(
            {
                "name": page.name,
                "url": urls[page.name],
                "search": page.search,
                "capture_status": cap.status,
                "queries": cap.queries,
                "floor_ms": round(floor_s * 1000, 3),
            }
        )
        say(
            f"  {page.name:<22} {cap.status} {cap.queries:>3} queries, floor {floor_s * 1e3:.2f} ms"
        )
    floor.close()
    connection.close()  # SQLite: no lock held while gunicorn reads

    # 2. Latency one request at a time, then the bounded load, against gunicorn.
    with http.Server(options.port, workers=options.workers, log=options.log):
        for page, row in zip(measured, rows, strict=True):
            timing = http.time_page(
                options.port,
                row["url"],
                cookies[page.user],
                warm=options.warm,
                requests=options.requests,
                budget=options.page_seconds,
            )
            row.update(timing.summary())
            row["app_floor_ratio"] = (
                round(row["p50_ms"] / row["floor_ms"], 2) if row["floor_ms"] > 0 else None
            )
            say(
                f"  {page.name:<22} p50 {row['p50_ms']:7.1f}  p95 {row['p95_ms']:7.1f}  "
                f"p99 {row['p99_ms']:7.1f} ms  ×{row['app_floor_ratio']}"
            )
        load = http.load(
            options.port,
            [(row["url"], cookies[p.user]) for p, row in zip(measured, rows, strict=True)],
            connections=options.connections,
            seconds=options.seconds,
        )
        say(f"  load: {load['throughput_rps']} req/s, errors {load['errors']}")

    # 3. Import speed (in-process, rolled back).
    imported = None
    if options.import_rows:
        user = User.objects.get(username="bench.officer")
        unit = user.memberships.select_related("unit").first().unit
        imported = importing.measure(
            user, unit.name, ["LA", "JP", "KR", "FR", "DE"], rows=options.import_rows
        )
        say(f"  import: {imported['rows_per_second']} rows/s")

    result = {
        "database": connection.vendor,
        "scale": options.scale,
        "seed": options.seed,
        "date": timezone.now().isoformat(timespec="seconds"),
        "commit": report.git_commit(),
        "machine": report.machine(),
        "workers": options.workers,
        "warm": options.warm,
        "requests": options.requests,
        "facts": dataclasses.asdict(facts),
        "pages": rows,
        "skipped": [p.name for p in skipped],
        "load": load,
        "import": imported,
    }
    if options.generation and options.generation.exists():
        result["generation"] = json.loads(options.generation.read_text())
    report.judge(result)
    return result
