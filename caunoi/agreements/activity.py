"""When an agreement in force last showed life: the "dormant" rule's registry (ADR 0017).

An agreement's *last activity* is the latest of its signing (or entry into force), its plan
items done, and whatever each registered *activity source* reports. A source is a function
``source(today) -> Subquery`` giving the latest date for ``OuterRef("pk")`` (the agreement), or
None. Events register here (held with one of the agreement's partners, or linked as evidence to
its plan); delegations register the same way::

    from caunoi.agreements.activity import register_activity_source
    register_activity_source("delegations", delegations_source)

Computed in SQL at read time: there is no stored copy to keep in step.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.db.models import DateField, F, Max, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, NullIf

FLOOR = datetime.date(1900, 1, 1)
sources: dict[str, Callable[[datetime.date], Subquery]] = {}


def register_activity_source(key: str, source: Callable[[datetime.date], Subquery]) -> None:
    sources[key] = source


def _plan_done(today: datetime.date):
    from caunoi.agreements.models import PlanItem

    rows = (
        PlanItem.objects.filter(agreement=OuterRef("pk"), done_on__isnull=False, done_on__lte=today)
        .values("agreement")
        .annotate(d=Max("done_on"))
        .values("d")[:1]
    )
    return Subquery(rows, output_field=DateField())


register_activity_source("plan_items", _plan_done)


def with_last_activity(queryset, today: datetime.date):
    """Annotate ``last_activity``: the latest date of anything that shows the agreement alive
    (its entry into force at the least)."""
    parts = [Coalesce(F("effective_on"), F("signed_on"), Value(FLOOR), output_field=DateField())]
    parts += [
        Coalesce(source(today), Value(FLOOR), output_field=DateField())
        for source in sources.values()
    ]
    latest = Greatest(*parts, output_field=DateField())
    return queryset.annotate(last_activity=NullIf(latest, Value(FLOOR)))


# -- events, registered by this app ---------------------------------------------------------------
def events_source(today: datetime.date):
    """The latest event held (begun by today, not cancelled) with one of the agreement's
    partners, or linked as evidence to one of its plan items."""
    from django.contrib.contenttypes.models import ContentType

    from caunoi.agreements.models import PlanEvidence
    from caunoi.events.models import Event

    event_type = ContentType.objects.get_for_model(Event)
    linked = PlanEvidence.objects.filter(
        content_type=event_type,
        plan_item__agreement=OuterRef(OuterRef("pk")),
        deleted_at__isnull=True,
    ).values("object_id")
    rows = (
        Event.objects.filter(start_date__lte=today)
        .exclude(status="cancelled")
        .filter(Q(partners__agreements=OuterRef("pk")) | Q(pk__in=linked))
        .order_by("-start_date")
        .values("start_date")[:1]
    )
    return Subquery(rows, output_field=DateField())
