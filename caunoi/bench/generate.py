"""Running the generators: one transaction per generator, the writer flushed between them,
then the database's statistics refreshed so the first benchmark request plans well."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import translation

from caunoi.bench.generators import generators
from caunoi.bench.generators.base import ANCHOR, SCALES, GenerationContext
from caunoi.bench.generators.writer import BulkWriter


@dataclass
class GenerationResult:
    scale: str
    seed: int
    digest: str
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def generate(
    scale: str,
    seed: int,
    *,
    dry_run: bool = False,
    anchor=ANCHOR,
    progress=None,
    digest: bool = True,
) -> GenerationResult:
    """Write the data set of ``scale`` for ``seed`` (or, with ``dry_run``, only count and
    digest it). The same scale, seed and anchor always give the same rows."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}: one of {', '.join(SCALES)}")
    writer = BulkWriter(dry_run=dry_run, digest=digest)
    ctx = GenerationContext(scale=scale, seed=seed, writer=writer, anchor=anchor)
    timings = {}
    began = time.monotonic()
    with translation.override("vi"):
        for generator in generators():
            if generator.prepare:
                generator.prepare()
        for generator in generators():
            ctx.rng = random.Random(f"{seed}:{generator.name}")
            started = time.monotonic()
            with transaction.atomic():
                if connection.vendor == "postgresql" and not dry_run:
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL synchronous_commit = off")
                generator.run(ctx)
                writer.flush()
            timings[generator.name] = round(time.monotonic() - started, 2)
            if progress:
                progress(generator, timings[generator.name], writer.counts)
        writer.finish()
    if not dry_run:
        _refresh_statistics()
    return GenerationResult(
        scale=scale,
        seed=seed,
        digest=writer.digest if digest else "",
        seconds=round(time.monotonic() - began, 2),
        counts=dict(sorted(writer.counts.items())),
        timings=timings,
    )


def _refresh_statistics() -> None:
    from caunoi.core.search import index

    if connection.vendor == "sqlite":
        index.optimize()  # merge the FTS5 segments the triggers wrote
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
