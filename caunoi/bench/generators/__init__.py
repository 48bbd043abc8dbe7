"""Data generators for the benchmark, one module per app (``caunoi generate_bench_data``).

Every module of this package that defines ``GENERATOR`` (a
:class:`~caunoi.bench.generators.base.Generator`) is a generator; they run in ``order``.
To add an app's data, add one module here (see ``events.py`` for the shape)::

    SIZES = {"agreements": Size(small=100, city=2000, national=20_000)}

    def run(ctx):  # ctx: GenerationContext
        for _ in range(ctx.size(GENERATOR, "agreements")):
            obj = Agreement(pk=ctx.writer.next_id(Agreement), ..., owner_unit=ctx.unit())
            partners = [p.pk for p in ctx.pick_partners(2)]  # skewed: a few partners busy
            ctx.record(
                obj,
                when=created,  # an aware datetime: created_at and the "create" change row
                actor=ctx.actor(obj.owner_unit_id),
                m2m={"partners": ctx.link(obj, "partners", partners)},
                initial={"status": "draft"},  # the fields' first values, before the steps
                steps=[Step(signed, {"status": "in_force"}, "sign")],  # update rows, log entries
                log_model=AgreementLogEntry,
            )

    GENERATOR = Generator(name="agreements", order=40, sizes=SIZES, run=run)
"""

from __future__ import annotations

import pkgutil
from importlib import import_module

from caunoi.bench.generators.base import Generator

NOT_GENERATORS = {"base", "writer", "names"}


def generators() -> list[Generator]:
    """Every generator of this package, in the order they run."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in NOT_GENERATORS or info.name.startswith("_"):
            continue
        module = import_module(f"{__name__}.{info.name}")
        generator = getattr(module, "GENERATOR", None)
        if isinstance(generator, Generator):
            found.append(generator)
    return sorted(found, key=lambda g: (g.order, g.name))
