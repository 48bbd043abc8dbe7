"""Querysets of staff records, and "which unit was this person in on that day".

A person's current unit is ``StaffMember.owner_unit`` (since ``unit_since``, or always when that
is empty); their earlier units are closed ``StaffAssignment`` rows (see the model docstring).
:func:`unit_on` turns that into one SQL expression, so coverage can group people by the unit
they belonged to on a reference date in a single query.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce

from caunoi.core.querysets import SoftDeleteQuerySet


def unit_on(day: datetime.date | str, *, person: str = "") -> Coalesce:
    """The id of the unit the person belonged to on ``day`` (NULL before they joined it).

    ``day`` is a date, or the name of a date field of the outer row (``"course__end_date"``).
    ``person`` is the path from the outer row to the staff member (``""`` on StaffMember
    itself, ``"staff_member__"`` on an attendance).
    """
    if isinstance(day, str):
        inner_day, outer_day = OuterRef(day), F(day)
    else:
        inner_day = outer_day = day
    assignment = apps.get_model("staff", "StaffAssignment")
    earlier = assignment.objects.filter(
        Q(start__isnull=True) | Q(start__lte=inner_day),
        staff_member=OuterRef(person.removesuffix("__") or "pk"),
        end__gte=inner_day,
    ).values("unit")[:1]
    since = f"{person}unit_since"
    current = Case(
        When(
            Q(**{f"{since}__isnull": True}) | Q(**{f"{since}__lte": outer_day}),
            then=F(f"{person}owner_unit"),
        ),
        default=None,
        output_field=models.BigIntegerField(),
    )
    return Coalesce(Subquery(earlier), current, output_field=models.BigIntegerField())


def active_on(day: datetime.date, *, person: str = "") -> Q:
    """The person did foreign-affairs work on ``day`` (between active from and active until)."""
    return (
        Q(**{f"{person}active_from__isnull": True}) | Q(**{f"{person}active_from__lte": day})
    ) & (Q(**{f"{person}active_until__isnull": True}) | Q(**{f"{person}active_until__gte": day}))


class StaffMemberQuerySet(SoftDeleteQuerySet):
    def active_on(self, day: datetime.date) -> StaffMemberQuerySet:
        return self.filter(active_on(day))

    def with_unit_on(self, day: datetime.date) -> StaffMemberQuerySet:
        """Annotate ``unit_on``: the unit each person belonged to on ``day``."""
        return self.annotate(unit_on=unit_on(day))

    def in_units_on(self, unit_ids, day: datetime.date) -> StaffMemberQuerySet:
        """People active on ``day`` who then belonged to one of ``unit_ids`` (None: any)."""
        queryset = self.active_on(day).with_unit_on(day).filter(unit_on__isnull=False)
        return queryset if unit_ids is None else queryset.filter(unit_on__in=list(unit_ids))


class StaffMemberManager(models.Manager.from_queryset(StaffMemberQuerySet)):
    """Live records only, like every business record's default manager."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)
