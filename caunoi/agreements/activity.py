"""When an agreement in force last showed life: the "dormant" rule's registry (ADR 0017).

An agreement's *last activity* is the latest of its signing (or entry into force), its plan
items done, and whatever each registered *activity source* reports. A source is a function
``source(today) -> list[Trail]``: each trail is one way records show an agreement alive, as
the records (correlated to ``OuterRef("pk")``, the agreement, and held by ``today``) and the
name of their date field. Events register here (held with one of the agreement's partners, or
linked as evidence to its plan); delegations register the same way::

    from caunoi.agreements.activity import register_activity_source
    register_activity_source("delegations", delegations_source)

Computed in SQL at read time: there is no stored copy to keep in step. Each trail is asked
on its own, without an ``OR`` between trails, so each can use its indexes (ADR 0034): "is
there anything since the cut-off?" is an ``EXISTS`` over a date range, and the latest date is
computed only for the agreements that have nothing since (the dormant ones, ADR 0017).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import DateField, Exists, F, Func, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, NullIf

FLOOR = datetime.date(1900, 1, 1)


@dataclass(frozen=True)
class Trail:
    """Records that show the agreement ``OuterRef("pk")`` alive on their ``date``."""

    rows: QuerySet
    date: str

    def latest(self) -> Subquery:
        # MAX() as a plain function: one aggregate row, no GROUP BY (Django's documented way
        # of aggregating in a subquery).
        biggest = Func(F(self.date), function="MAX", output_field=DateField())
        return Subquery(self.rows.order_by().annotate(d=biggest).values("d")[:1])

    def since(self, cutoff: datetime.date) -> Exists:
        return Exists(self.rows.filter(**{f"{self.date}__gt": cutoff}))


Source = Callable[[datetime.date], list[Trail]]
sources: dict[str, Source] = {}


def register_activity_source(key: str, source: Source) -> None:
    sources[key] = source


def trails(today: datetime.date) -> list[Trail]:
    return [trail for source in sources.values() for trail in source(today)]


def _plan_done(today: datetime.date) -> list[Trail]:
    from caunoi.agreements.models import PlanItem

    done = PlanItem.objects.filter(
        agreement=OuterRef("pk"), done_on__isnull=False, done_on__lte=today
    )
    return [Trail(done, "done_on")]


register_activity_source("plan_items", _plan_done)


def _entry() -> Coalesce:
    return Coalesce(F("effective_on"), F("signed_on"), Value(FLOOR), output_field=DateField())


def with_last_activity(queryset, today: datetime.date):
    """Annotate ``last_activity``: the latest date of anything that shows the agreement alive
    (its entry into force at the least)."""
    parts = [_entry()]
    parts += [
        Coalesce(trail.latest(), Value(FLOOR), output_field=DateField()) for trail in trails(today)
    ]
    latest = Greatest(*parts, output_field=DateField())
    return queryset.annotate(last_activity=NullIf(latest, Value(FLOOR)))


def quiet_since(queryset, today: datetime.date, cutoff: datetime.date):
    """The agreements of ``queryset`` with no sign of life after ``cutoff`` (up to ``today``):
    entered into force by then (or undated), and not one record of any trail since."""
    entered = _entry()
    quiet = Q(entered__lte=cutoff)
    for trail in trails(today):
        quiet &= ~trail.since(cutoff)
    return queryset.alias(entered=entered).filter(quiet)


def evidence_trail(held: QuerySet, date: str = "start_date") -> Trail:
    """Records of ``held`` linked as evidence to one of the agreement's plan items, dated by
    their ``date``. Read from the evidence side (a handful of rows per agreement, each record
    found by its key): asked from the records' side, the planner scans every record of the
    date range for each agreement."""
    from django.contrib.contenttypes.models import ContentType

    from caunoi.agreements.models import PlanEvidence

    day = held.filter(pk=OuterRef("object_id")).order_by().values(date)[:1]
    rows = PlanEvidence.objects.filter(
        content_type=ContentType.objects.get_for_model(held.model),
        plan_item__agreement=OuterRef("pk"),
        deleted_at__isnull=True,
    ).annotate(day=Subquery(day, output_field=DateField()))
    return Trail(rows, "day")


# -- events, registered by this app ---------------------------------------------------------------
def events_source(today: datetime.date) -> list[Trail]:
    """Events held (begun by today, not cancelled) with one of the agreement's partners, or
    linked as evidence to one of its plan items."""
    from caunoi.events.models import Event

    held = Event.objects.filter(start_date__lte=today).exclude(status="cancelled")
    return [
        Trail(held.filter(partners__agreements=OuterRef("pk")), "start_date"),
        evidence_trail(held),
    ]
