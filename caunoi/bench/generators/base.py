"""What a generator is, and the context every generator writes through.

A generator is one module under ``caunoi/bench/generators/`` that defines ``GENERATOR``, an
instance of :class:`Generator`: a name, an ``order`` (units first, then partners, then the
records that point at partners), its sizes per scale, and ``run(ctx)``. The registry
(:mod:`caunoi.bench.generators`) finds the modules by themselves, so adding the data of a new
app is one new file.

``run`` builds unsaved model instances, gives each a primary key from ``ctx.writer`` and hands
it to :meth:`GenerationContext.record`, which writes the row and what the row implies: the
change-log rows (a *create*, then one *update* per later step), the workflow log entries of
those steps and the search-index entry. Many-to-many links go through
:meth:`GenerationContext.link`. Nothing calls ``save()``.

Each generator draws from its own random stream (``ctx.rng``, seeded by the seed *and* the
generator's name), so adding a generator does not change what the others produce.
"""

from __future__ import annotations

import datetime
import random
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partialmethod
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import translation

from caunoi.bench.generators.writer import BulkWriter
from caunoi.core.changelog import SKIPPED_FIELDS, _digest
from caunoi.core.choices import ChangeAction, ChangeSource
from caunoi.core.search.models import SearchEntry
from caunoi.core.search.registry import spec_for

SCALES = ("small", "city", "national")
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
# The day the generated history ends: fixed, so that a seed always gives the same data.
ANCHOR = datetime.date(2026, 12, 1)
YEARS = 20
# Ids of the shared tables (SHARED_MODELS) each independent generator may use: national
# events write 2.6 million change-log rows, delegations 3.4 million.
BLOCK_IDS = 100_000_000


def shared_models() -> tuple[type[models.Model], ...]:
    """The tables every generator writes through :meth:`GenerationContext.record`."""
    from caunoi.core.models import ObjectChange

    return (ObjectChange, SearchEntry)


@dataclass(frozen=True)
class Size:
    """How many of one kind of record each scale has."""

    small: int
    city: int
    national: int

    def at(self, scale: str) -> int:
        return getattr(self, scale)


@dataclass
class Generator:
    """One app's data: ``run(ctx)`` writes ``sizes[key].at(ctx.scale)`` records of each kind."""

    name: str
    order: int
    sizes: dict[str, Size]
    run: Callable[[GenerationContext], None]
    description: str = ""
    # Runs before any generator writes: reference data loaded the ordinary way (``save()``),
    # so that its ids and change-log rows come before the ids the writer hands out.
    prepare: Callable[[], None] | None = None
    # Reads only what the generators that are not independent left in the context, and leaves
    # nothing a later generator reads: it may run in a process of its own, beside the other
    # independent ones, after those (``caunoi.bench.generate``). Its change-log and search
    # rows then get ids from a block of their own (SHARED_MODELS).
    independent: bool = False


@dataclass(frozen=True)
class Step:
    """A later change of a record: when, which fields took which values, by whom, and the
    workflow transition it was (its log entry), if any."""

    when: datetime.datetime
    changes: dict[str, Any]
    transition: str = ""
    note: str = ""


@dataclass
class Actor:
    id: int
    username: str


@dataclass
class GenerationContext:
    """Shared state of one run: scale, anchor date, writer, and what earlier generators made."""

    scale: str
    seed: int
    writer: BulkWriter
    anchor: datetime.date = ANCHOR
    rng: random.Random = field(default_factory=random.Random)
    # Filled by the generators, read by the later ones.
    units: list = field(default_factory=list)  # OrgUnit instances (with pk and path)
    actors_by_unit: dict[int, list[Actor]] = field(default_factory=dict)
    countries: list = field(default_factory=list)  # Country instances from the reference data
    partners: list = field(default_factory=list)  # Partner instances
    shared: dict[str, Any] = field(default_factory=dict)  # anything else a generator offers
    _partner_weights: list[float] | None = None
    _content_types: dict[type, ContentType] = field(default_factory=dict)

    def size(self, generator: Generator, key: str) -> int:
        return generator.sizes[key].at(self.scale)

    # -- dates ----------------------------------------------------------------------------------
    @property
    def start(self) -> datetime.date:
        return self.anchor.replace(year=self.anchor.year - YEARS)

    def date(self, *, after: datetime.date | None = None, future_days: int = 0) -> datetime.date:
        """A day in the 20 years before the anchor (later years busier), or after ``after``."""
        begin = after or self.start
        span = (self.anchor - begin).days + future_days
        # Activity grows over the years: sqrt skews draws towards recent dates.
        offset = int(span * (self.rng.random() ** 0.6))
        return begin + datetime.timedelta(days=max(offset, 0))

    def moment(self, day: datetime.date) -> datetime.datetime:
        """An office-hours moment of ``day`` in Hà Nội time."""
        seconds = self.rng.randrange(8 * 3600, 17 * 3600)
        return datetime.datetime.combine(day, datetime.time(), tzinfo=HANOI) + datetime.timedelta(
            seconds=seconds
        )

    # -- people and partners --------------------------------------------------------------------
    def actor(self, unit_id: int | None) -> Actor | None:
        people = self.actors_by_unit.get(unit_id) or self.actors_by_unit.get(0) or []
        return self.rng.choice(people) if people else None

    def unit(self):
        """A unit, busier ones (lower in the list) more often."""
        return self.units[int(len(self.units) * self.rng.random() ** 1.5)]

    def pick_partners(self, k: int) -> list:
        """``k`` distinct partners, drawn so that a few partners take most of the activity."""
        if not self.partners:
            return []
        if self._partner_weights is None:
            # Zipf-like: the partner at rank r weighs 1 / r**1.1 (ranks are the shuffled order).
            self._partner_weights = list(
                accumulate(1 / (rank + 1) ** 1.1 for rank in range(len(self.partners)))
            )
        chosen = self.rng.choices(self.partners, cum_weights=self._partner_weights, k=k)
        return list({p.pk: p for p in chosen}.values())

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    # -- writing --------------------------------------------------------------------------------
    def content_type(self, model: type[models.Model]) -> ContentType:
        if model not in self._content_types:
            self._content_types[model] = ContentType.objects.get_for_model(
                model, for_concrete_model=False
            )
        return self._content_types[model]

    def link(self, obj: models.Model, field_name: str, targets: Iterable[int]) -> list[int]:
        """Write the many-to-many links ``obj.<field_name>`` → ``targets``; returns the ids."""
        through = type(obj)._meta.get_field(field_name).remote_field.through
        ids = sorted(set(targets))
        if ids:
            first = self.writer.reserve(through, len(ids))
            for offset, target in enumerate(ids):
                self.writer.add_link(through, first + offset, obj.pk, target)
        return ids

    def record(
        self,
        obj: models.Model,
        *,
        when: datetime.datetime,
        actor: Actor | None = None,
        m2m: dict[str, list[int]] | None = None,
        initial: dict[str, Any] | None = None,
        steps: Iterable[Step] = (),
        log_model: type[models.Model] | None = None,
    ) -> None:
        """Write ``obj`` (its pk set, its final state) with its history and index entry.

        ``initial`` holds the fields whose first value differs from the final one (a status
        before its workflow steps); each :class:`Step` becomes an *update* change-log row and,
        when it names a transition, a log entry of ``log_model``.
        """
        steps = list(steps)
        if hasattr(obj, "version"):
            obj.version = 1 + len(steps)
        if hasattr(obj, "created_at"):
            obj.created_at = when
            obj.updated_at = steps[-1].when if steps else when
        if getattr(obj, "search_fields", ()) and hasattr(obj, "search_text"):
            obj.search_text = obj.build_search_text()
        self.writer.add(obj)
        if hasattr(obj, "version"):
            self._history(obj, when, actor, m2m or {}, initial or {}, steps, log_model)
        self._index(obj, when if not steps else steps[-1].when)

    def _history(self, obj, when, actor, m2m, initial, steps, log_model) -> None:
        state = snapshot(obj, m2m)
        state.update(_json(initial))
        ct = self.content_type(type(obj))
        owner = _owner_unit_id(obj)
        name = str(obj)[:300]
        self._change(ct, obj.pk, name, owner, ChangeAction.CREATE, when, actor, 1, None, state)
        for version, step in enumerate(steps, start=2):
            after = {**state, **_json(step.changes)}
            who = self.actor(owner) or actor
            self._change(ct, obj.pk, name, owner, ChangeAction.UPDATE, step.when, who, version,
                         state, after)  # fmt: skip
            if step.transition and log_model is not None:
                status = step.changes.get("status", "")
                self.writer.add_row(
                    log_model,
                    id=self.writer.next_id(log_model),
                    transition=step.transition,
                    from_status=state.get("status", ""),
                    to_status=status,
                    actor_id=who.id if who else None,
                    actor_name=who.username if who else "",
                    time=step.when,
                    note=step.note,
                    request_id=self.uuid(),
                    record_id=obj.pk,
                )
            state = after

    def _change(self, ct, object_id, name, owner, action, when, actor, version, before, after):
        from caunoi.core.models import ObjectChange

        self.writer.add_row(
            ObjectChange,
            id=self.writer.next_id(ObjectChange),
            time=when,
            user_id=actor.id if actor else None,
            user_name=actor.username if actor else "",
            request_id=self.uuid(),
            source=ChangeSource.UI,
            remote_addr=None,
            action=action,
            content_type_id=ct.pk,
            object_id=object_id,
            object_repr=name,
            object_version=version,
            owner_unit_id=owner,
            prechange=before,
            postchange=after,
        )

    def _index(self, obj, when) -> None:
        spec = spec_for(type(obj))
        if spec is None or getattr(obj, "deleted_at", None) is not None:
            return
        values = spec.entry_values(obj)
        self.writer.add_row(
            SearchEntry,
            id=self.writer.next_id(SearchEntry),
            content_type_id=self.content_type(spec.model).pk,
            object_id=obj.pk,
            updated=when,
            **values,
        )


def snapshot(obj: models.Model, m2m: dict[str, list[int]]) -> dict[str, Any]:
    """What :func:`caunoi.core.changelog.snapshot` stores, without asking the database for the
    many-to-many links (the generator knows them)."""
    data: dict[str, Any] = {}
    excluded = getattr(obj, "changelog_exclude", frozenset())
    ignored = SKIPPED_FIELDS | getattr(obj, "changelog_ignore", frozenset())
    for f in obj._meta.concrete_fields:
        if f.name in ignored:
            continue
        value = getattr(obj, f.attname)
        if isinstance(f, models.FileField):
            value = value.name if value else ""
        data[f.name] = _digest(value) if f.name in excluded and value else value
    for f in obj._meta.many_to_many:
        data[f.name] = sorted(m2m.get(f.name, []))
    return _json(data)


_ENCODER = DjangoJSONEncoder()
_PLAIN = (str, int, float, bool, type(None))


def _json(data: dict[str, Any]) -> dict[str, Any]:
    """``json.loads(json.dumps(data, cls=DjangoJSONEncoder))`` for flat dicts, without the trip
    through text (lists of ids are the only containers snapshots have)."""
    out = {}
    for key, value in data.items():
        if isinstance(value, _PLAIN):
            out[key] = value
        elif isinstance(value, list | tuple):
            out[key] = [v if isinstance(v, _PLAIN) else _ENCODER.default(v) for v in value]
        else:
            out[key] = _ENCODER.default(value)
    return out


@contextmanager
def choice_labels_cached() -> Iterator[None]:
    """While generating, ``get_FOO_display()`` remembers its labels.

    Django's builds ``dict(make_hashable(field.flatchoices))`` on every call, which turns every
    lazy label of the field into text; the search entries' subtitles and some ``__str__`` call
    it for each record (a tenth of the generator's time). Same labels, looked up once per
    field, value and language."""
    cache: dict[tuple, str] = {}
    original = models.Model._get_FIELD_display

    def display(self, field):
        key = (id(field), getattr(self, field.attname), translation.get_language())
        try:
            return cache[key]
        except KeyError:
            label = cache[key] = original(self, field)
            return label
        except TypeError:  # a value that cannot be a key (a list): ask Django each time
            return original(self, field)

    patched = []
    for model in apps.get_models():
        for f in model._meta.fields:
            name = f"get_{f.name}_display"
            method = model.__dict__.get(name)
            if f.choices and isinstance(method, partialmethod) and method.func is original:
                patched.append((model, name, method))
                setattr(model, name, partialmethod(display, field=f))
    try:
        yield
    finally:
        for model, name, method in patched:
            setattr(model, name, method)


def _owner_unit_id(obj) -> int | None:
    from caunoi.core.changelog import _owner_unit_id as owner_of

    return owner_of(obj)
