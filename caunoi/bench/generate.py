"""Running the generators: one transaction per generator, the writer flushed between them,
then the database's statistics refreshed so the first benchmark request plans well.

On PostgreSQL the secondary indexes and foreign keys of the model tables are dropped for the
load and built again after it (:mod:`caunoi.bench.deferred`), and the *independent*
generators (:attr:`Generator.independent`: events, delegations, aid…) run in worker processes
of their own, one per core, once the others (units, partners, staff, agreements) have run
here. Each independent generator writes the shared tables (change log, search index) in an
id block of its own, on every database and in a dry run too, so the rows of a seed are the
same whether they were written side by side or one generator after the other.
"""

from __future__ import annotations

import copy
import hashlib
import multiprocessing
import os
import random
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field

from django.db import connection, connections, transaction
from django.utils import translation

from caunoi.bench import deferred as deferred_keys
from caunoi.bench.generators import generators
from caunoi.bench.generators.base import (
    ANCHOR,
    BLOCK_IDS,
    SCALES,
    GenerationContext,
    Generator,
    choice_labels_cached,
    shared_models,
)
from caunoi.bench.generators.writer import BulkWriter


@dataclass
class GenerationResult:
    scale: str
    seed: int
    digest: str
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)  # per generator
    workers: int = 1


@dataclass
class _Outcome:
    """What running one generator gave (sent back from a worker process)."""

    name: str
    seconds: float
    digest: str
    counts: dict[str, int]
    tables: set[str]


def generate(
    scale: str,
    seed: int,
    *,
    dry_run: bool = False,
    anchor=ANCHOR,
    progress=None,
    digest: bool = True,
    workers: int | None = None,
    defer_indexes: bool | None = None,
) -> GenerationResult:
    """Write the data set of ``scale`` for ``seed`` (or, with ``dry_run``, only count and
    digest it). The same scale, seed and anchor always give the same rows.

    ``workers``: processes for the independent generators (default: one per core on
    PostgreSQL; always 1 on SQLite, in a dry run and inside a transaction).
    ``defer_indexes``: drop the secondary indexes and foreign keys for the load and rebuild
    them after it (PostgreSQL; default: above the small scale, where rebuilding costs more
    than it saves)."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}: one of {', '.join(SCALES)}")
    writer = BulkWriter(dry_run=dry_run, digest=digest)
    ctx = GenerationContext(scale=scale, seed=seed, writer=writer, anchor=anchor)
    postgres = connection.vendor == "postgresql" and not dry_run
    everything = generators()
    first = [g for g in everything if not g.independent]
    rest = [g for g in everything if g.independent]
    if not postgres or connection.in_atomic_block:
        workers = 1  # SQLite writes one at a time; workers could not see uncommitted rows
    else:
        workers = max(1, min(workers or os.cpu_count() or 1, len(rest)))
    outcomes: dict[str, _Outcome] = {}

    def done(generator: Generator, outcome: _Outcome) -> None:
        outcomes[generator.name] = outcome
        if progress:
            progress(generator, outcome.seconds, writer.counts)

    began = time.monotonic()
    with translation.override("vi"), choice_labels_cached():
        for generator in everything:
            if generator.prepare:
                generator.prepare()
        dropped = None
        if postgres and (scale != "small" if defer_indexes is None else defer_indexes):
            with transaction.atomic():
                dropped = deferred_keys.drop(connection)
        try:
            for generator in first:
                done(generator, _run(generator, ctx, writer))
            tasks = _tasks(ctx, writer, rest)
            for generator, outcome in _run_independent(tasks, workers):
                writer.counts.update(outcome.counts)
                done(generator, outcome)
            writer.finish(set().union(*(o.tables for o in outcomes.values())))
        finally:
            if dropped is not None:
                deferred_keys.restore(connection, dropped, builders=max(workers, 1))
    if not dry_run:
        _refresh_statistics()
    digests = {g.name: outcomes[g.name].digest for g in everything} if digest else {}
    timings = {g.name: outcomes[g.name].seconds for g in everything}
    if dropped is not None:
        timings["indexes"] = dropped.seconds
    return GenerationResult(
        scale=scale,
        seed=seed,
        digest=_combine(digests) if digest else "",
        seconds=round(time.monotonic() - began, 2),
        counts=dict(sorted(writer.counts.items())),
        timings=timings,
        digests=digests,
        workers=workers,
    )


def _run(generator: Generator, ctx: GenerationContext, writer: BulkWriter) -> _Outcome:
    """One generator in one transaction."""
    ctx.rng = random.Random(f"{ctx.seed}:{generator.name}")
    before = writer.counts.copy()
    started = time.monotonic()
    with transaction.atomic():
        if connection.vendor == "postgresql" and not writer.dry_run:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        generator.run(ctx)
        writer.flush()
    return _Outcome(
        name=generator.name,
        seconds=round(time.monotonic() - started, 2),
        digest=writer.take_digest(),
        counts=dict(writer.counts - before),
        tables=writer.written_tables,
    )


def _tasks(ctx, writer, independent: list[Generator]) -> list[tuple[Generator, GenerationContext]]:
    """Each independent generator with a context of its own: a copy of what the others left,
    and a writer going on from the ids handed out so far, with a block of the shared tables'
    ids (its place in the order decides which block, not the process that runs it)."""
    starts = {model: writer.reserve(model, 0) for model in shared_models()}
    tasks = []
    for slot, generator in enumerate(independent):
        own = writer.fork()
        for model, start in starts.items():
            own.use_block(model, start + slot * BLOCK_IDS, start + (slot + 1) * BLOCK_IDS)
        task_ctx = copy.copy(ctx)
        task_ctx.writer = own
        task_ctx.shared = dict(ctx.shared)
        tasks.append((generator, task_ctx))
    return tasks


# The tasks of the run under way, for the worker processes (inherited when they fork).
_TASKS: list[tuple[Generator, GenerationContext]] = []


def _run_task(index: int) -> _Outcome:
    generator, ctx = _TASKS[index]
    try:
        with translation.override("vi"):
            outcome = _run(generator, ctx, ctx.writer)
    finally:
        connection.close()
    outcome.counts = dict(outcome.counts)
    return outcome


def _run_independent(tasks, workers: int):
    """Yield (generator, outcome) for each task as it ends; with ``workers`` > 1 in worker
    processes, each committing its own transaction. A worker's error is raised here (its
    traceback attached) and stops the others: their transactions roll back."""
    if workers <= 1:
        for generator, ctx in tasks:
            yield generator, _run(generator, ctx, ctx.writer)
        return
    global _TASKS
    _TASKS = tasks
    # Forked workers must not share the socket of this process' connection: close it (every
    # generator so far has committed) and let each worker open its own.
    connections.close_all()
    executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        # Submitted in order, so the workers start with the first ones.
        futures = {executor.submit(_run_task, i): generator for i, (generator, _) in
                   enumerate(tasks)}  # fmt: skip
        for future in as_completed(futures):
            if future.exception() is not None:
                for process in list((getattr(executor, "_processes", None) or {}).values()):
                    process.terminate()  # their transactions roll back
                future.result()  # raises the worker's error
            yield futures[future], future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        _TASKS = []


def _combine(digests: dict[str, str]) -> str:
    combined = hashlib.sha256()
    for name, value in digests.items():
        combined.update(f"{name}:{value}\n".encode())
    return combined.hexdigest()


def _refresh_statistics() -> None:
    from caunoi.core.search import index

    if connection.vendor == "sqlite":
        index.optimize()  # merge the FTS5 segments the triggers wrote
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
