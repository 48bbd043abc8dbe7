"""The fast paths of the generator: indexes and foreign keys dropped for the load and all back
after it (also when a generator fails), the independent generators in worker processes giving
the rows a run one after the other gives, and a worker's error failing the run."""

from __future__ import annotations

import pytest
from django.db import connection

from caunoi.bench import deferred
from caunoi.bench.generate import generate
from caunoi.bench.generators import events
from caunoi.bench.generators.base import BLOCK_IDS, choice_labels_cached, shared_models
from caunoi.bench.generators.writer import BulkWriter
from caunoi.core.models import ObjectChange
from caunoi.events.models import Event

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the fast paths are PostgreSQL's"
)


def _schema() -> tuple[set, set]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema()"
        )
        indexes = set(cursor.fetchall())
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), "
            "convalidated FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
        )
        constraints = set(cursor.fetchall())
    return indexes, constraints


def _boom(ctx):
    raise RuntimeError("the events generator broke")


@pytest.mark.django_db
def test_independent_generators_write_the_shared_tables_in_blocks_of_their_own():
    writer = BulkWriter(dry_run=True)
    writer.use_block(ObjectChange, 10, 12)
    assert writer.reserve(ObjectChange, 2) == 10
    with pytest.raises(OverflowError):
        writer.next_id(ObjectChange)
    result = generate("small", seed=3, dry_run=True)
    assert result.workers == 1
    assert list(result.digests) == [
        "units", "partners", "staff", "agreements", "delegations", "events", "aid_projects",
        "investments", "indicators",
    ]  # fmt: skip
    assert len(shared_models()) == 2
    assert BLOCK_IDS >= 10_000_000  # national events write 2.6 million change-log rows


@postgres_only
@pytest.mark.django_db
def test_indexes_and_foreign_keys_are_dropped_for_the_load_and_all_back_after():
    before = _schema()
    dropped = deferred.drop(connection)
    assert any(name == "searchentry_text_trgm" for _, name, _ in dropped.indexes)
    assert dropped.foreign_keys
    assert not any(i[1] == "searchentry_text_trgm" for i in _schema()[0])
    deferred.restore(connection, dropped)
    assert _schema() == before

    generate("small", seed=2, defer_indexes=True)
    assert _schema() == before


@postgres_only
@pytest.mark.django_db
def test_indexes_come_back_when_a_generator_fails(monkeypatch):
    before = _schema()
    monkeypatch.setattr(events.GENERATOR, "run", _boom)
    with pytest.raises(RuntimeError, match="events generator broke"):
        generate("small", seed=2, defer_indexes=True)
    assert _schema() == before


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_workers_write_the_rows_of_a_run_one_after_the_other():
    dry = generate("small", seed=5, dry_run=True)  # one generator after the other
    written = generate("small", seed=5, workers=2, defer_indexes=True)
    assert written.workers == 2
    assert written.digests == dry.digests
    assert written.digest == dry.digest
    assert Event.objects.count() == dry.counts["events.Event"]
    changes = ObjectChange.objects.filter(id__gte=BLOCK_IDS).count()
    assert changes > 0  # the second independent generator's block
    assert Event.objects.first().pk < BLOCK_IDS  # own tables go on from their largest id


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_workers_error_fails_the_run_and_its_rows_roll_back(monkeypatch):
    before = _schema()
    monkeypatch.setattr(events.GENERATOR, "run", _boom)
    with pytest.raises(RuntimeError, match="events generator broke"):
        generate("small", seed=5, workers=2, defer_indexes=True)
    assert not Event.objects.exists()
    assert _schema() == before


def test_choice_labels_while_generating_are_djangos_and_django_gets_its_method_back():
    from caunoi.events.choices import EventKind

    method = Event.__dict__["get_kind_display"]
    first, second = list(EventKind)[:2]
    event = Event(kind=first)
    with choice_labels_cached():
        assert Event.__dict__["get_kind_display"] is not method
        assert event.get_kind_display() == first.label
        event.kind = second
        assert event.get_kind_display() == second.label
        event.kind = "not a choice"
        assert event.get_kind_display() == "not a choice"
    assert Event.__dict__["get_kind_display"] is method
