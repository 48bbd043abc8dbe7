"""``caunoi generate_bench_data --scale small|city|national --seed N``: benchmark data."""

from __future__ import annotations

from json import dumps
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection

from caunoi.bench.generate import generate
from caunoi.bench.generators.base import SCALES


class Command(BaseCommand):
    help = (
        "Fill the database with generated, repeatable data for the benchmark (bulk writes: "
        "COPY on PostgreSQL). Meant for an empty, migrated database of its own."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=SCALES, default="small")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--dry-run", action="store_true", help="Count and digest the rows, write nothing."
        )
        parser.add_argument("--json", type=Path, help="write the time and counts here")
        parser.add_argument(
            "--no-digest", action="store_true", help="skip the digest of every row (faster)"
        )
        parser.add_argument(
            "--workers",
            type=int,
            help="processes for the independent generators (default: one per core; "
            "PostgreSQL only)",
        )

    def handle(
        self, *args, scale, seed, dry_run, json=None, no_digest=False, workers=None, **options
    ):
        def progress(generator, seconds, counts):
            self.stdout.write(
                f"  {generator.name:<14} {seconds:8.1f} s   {sum(counts.values()):>10} rows"
            )

        result = generate(
            scale,
            seed,
            dry_run=dry_run,
            progress=progress,
            digest=not no_digest,
            workers=workers,
        )
        if json:
            json.parent.mkdir(parents=True, exist_ok=True)
            json.write_text(
                dumps(
                    {
                        "scale": scale,
                        "seed": seed,
                        "database": connection.vendor,
                        "seconds": result.seconds,
                        "rows": sum(result.counts.values()),
                        "digest": result.digest,
                        "timings": result.timings,
                        "workers": result.workers,
                        "digests": result.digests,
                        "counts": result.counts,
                    },
                    indent=2,
                )
            )
        if "indexes" in result.timings:
            seconds = result.timings["indexes"]
            self.stdout.write(f"  {'indexes':<14} {seconds:8.1f} s   (built after the load)")
        for label, count in result.counts.items():
            self.stdout.write(f"  {label:<32} {count:>10}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{scale} (seed {seed}): {sum(result.counts.values())} rows in "
                f"{result.seconds:.1f} s ({result.workers} workers), digest {result.digest[:16]}"
            )
        )
