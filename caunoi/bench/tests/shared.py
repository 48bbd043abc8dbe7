"""Generated data shared by a module's tests: generating even the small scale takes seconds,
so a module generates it once, inside a transaction rolled back at the module's end (like a
TestCase's class-level data); each test still runs in its own transaction inside it."""

from __future__ import annotations

from django.db import transaction

from caunoi.bench.generate import generate


def generated_for_module(django_db_blocker, seed: int):
    with django_db_blocker.unblock():
        block = transaction.atomic()
        block.__enter__()
        try:
            yield generate("small", seed=seed)
        finally:
            transaction.set_rollback(True)
            block.__exit__(None, None, None)
