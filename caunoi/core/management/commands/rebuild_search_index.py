"""caunoi rebuild_search_index [app.Model ...]: re-index records from scratch.

For data written around ``save()`` (``bulk_create``, generators, imports through raw SQL),
after registering a new searchable model, or to repair the index.
"""

from __future__ import annotations

import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from caunoi.core.search import index, specs


class Command(BaseCommand):
    help = "Re-index every live record of the given searchable models (default: all of them)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("models", nargs="*", metavar="app.Model")
        parser.add_argument("--batch-size", type=int, default=index.BATCH_SIZE)

    def handle(self, *args, models: list[str], batch_size: int, **options) -> None:
        registered = {spec.model for spec in specs()}
        chosen = []
        for label in models:
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError) as exc:
                raise CommandError(f"Unknown model: {label}") from exc
            if model not in registered:
                raise CommandError(f"{label} is not registered for search")
            chosen.append(model)
        started = time.monotonic()
        counts: dict[str, int] = {}
        for model in chosen or [None]:
            counts.update(index.rebuild(model, batch_size=batch_size))
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count} entries")
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
