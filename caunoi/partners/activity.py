"""When someone in the city last dealt with a partner ("last contact"), and partners going quiet.

Each app that records dealings with partners registers a *source*: a function returning a
subquery of the latest date for ``OuterRef("pk")``. The partner list annotates the greatest of
them; later issues add agreements, delegations, events and aid. Computed in SQL at read time,
so there is no stored copy to keep in step.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.conf import settings
from django.db.models import DateField, Max, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, NullIf
from django.utils import timezone

from caunoi.core.dates import add_months

FLOOR = datetime.date(1900, 1, 1)
sources: list[Callable[[], Subquery]] = []


def register_source(source: Callable[[], Subquery]) -> None:
    if source not in sources:
        sources.append(source)


def _relations():
    from caunoi.partners.models import PartnerRelation

    rows = PartnerRelation.objects.filter(partner=OuterRef("pk")).values("partner")
    return Subquery(rows.annotate(d=Max("start_date")).values("d")[:1], output_field=DateField())


register_source(_relations)


def with_last_activity(queryset):
    """Annotate ``last_activity`` (a date, or None when nothing was ever recorded)."""
    parts = [Coalesce(source(), Value(FLOOR), output_field=DateField()) for source in sources]
    latest = Greatest(*parts, output_field=DateField()) if len(parts) > 1 else parts[0]
    return queryset.annotate(last_activity=NullIf(latest, Value(FLOOR)))


def quiet_months() -> int:
    return int(getattr(settings, "CAUNOI_QUIET_MONTHS", 12))


def going_quiet(queryset, today: datetime.date | None = None):
    """Partners with nothing recorded for ``CAUNOI_QUIET_MONTHS`` months (and not new)."""
    cutoff = add_months(today or timezone.localdate(), -quiet_months())
    annotated = with_last_activity(queryset.filter(status="active"))
    return annotated.filter(
        Q(last_activity__lt=cutoff) | Q(last_activity__isnull=True, created_at__date__lt=cutoff)
    )
