"""``caunoi run_bench --scale city``: measure the app against the configured database (which
``generate_bench_data`` filled) and write bench/results/*.json and docs/performance.md."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from caunoi.bench.generators.base import SCALES
from caunoi.bench.runner import report
from caunoi.bench.runner.run import Options, run


class Command(BaseCommand):
    help = "Benchmark the app (gunicorn, DEBUG off) and its SQL floor on the configured database."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=SCALES, required=True, help="what was generated")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--workers", type=int, default=3)
        parser.add_argument("--warm", type=int, default=10)
        parser.add_argument("--requests", type=int, default=60, help="timed requests per page")
        parser.add_argument(
            "--page-seconds", type=float, default=60, help="time budget of a slow page"
        )
        parser.add_argument("--connections", type=int, default=16)
        parser.add_argument("--seconds", type=float, default=20, help="length of the load")
        parser.add_argument("--import-rows", type=int, default=10_000, help="0: skip")
        parser.add_argument("--page", action="append", dest="pages", help="only these pages")
        parser.add_argument("--log", type=Path, help="gunicorn's output goes here")
        parser.add_argument("--generation", type=Path, help="the generator's --json file")
        parser.add_argument("--no-doc", action="store_true", help="do not touch the docs")

    def handle(self, *args, **o):
        options = Options(
            scale=o["scale"],
            seed=o["seed"],
            port=o["port"],
            workers=o["workers"],
            warm=o["warm"],
            requests=o["requests"],
            page_seconds=o["page_seconds"],
            connections=o["connections"],
            seconds=o["seconds"],
            import_rows=o["import_rows"],
            pages=o["pages"],
            log=o["log"],
            generation=o["generation"],
        )
        result = run(options, say=self.stdout.write)
        path = report.write(result)
        self.stdout.write(self.style.SUCCESS(f"Results: {path}"))
        if not o["no_doc"]:
            report.update_doc(report.latest())
            self.stdout.write(f"Updated {report.DOC}")
        missed = [p["name"] for p in result["pages"] if not p["met"]]
        if missed:
            self.stdout.write(self.style.WARNING(f"Targets missed: {', '.join(missed)}"))
