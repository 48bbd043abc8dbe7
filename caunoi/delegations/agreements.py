"""Delegations as seen from agreements: evidence for a plan item, and life for the "dormant" rule.

Registered from :meth:`DelegationsConfig.ready` with the agreements app's two registries
(``caunoi/agreements/evidence.py`` and ``caunoi/agreements/activity.py``, ADR 0017): a
delegation that took place with one of an agreement's partners, that is linked as evidence to
its plan, or whose outcome records the agreement signed, keeps the agreement from looking
dormant; any delegation the user may see can be linked as evidence, the agreement's partners'
first.
"""

from __future__ import annotations

import datetime

from django.db.models import Case, IntegerField, OuterRef, Value, When
from django.utils.translation import gettext_lazy as _

from caunoi.delegations.choices import Status

# A delegation that has happened, or is happening: it counts as the agreement's activity.
TOOK_PLACE = (
    Status.TRAVELLING,
    Status.BACK,
    Status.REPORTED,
    Status.CLOSED,
    Status.UNDER_WAY,
    Status.COMPLETED,
)


def candidates(user, agreement):
    from caunoi.delegations.models import Delegation

    partner_ids = list(agreement.partners.values_list("pk", flat=True))
    return (
        Delegation.objects.restrict(user)
        .exclude(status__in=(Status.CANCELLED, Status.REJECTED))
        .annotate(
            with_partner=Case(
                When(partners__in=partner_ids, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("with_partner", "-start_date")
        .distinct()
    )


def activity_source(today: datetime.date) -> list:
    """Delegations that took place by ``today`` (their start) with one of the agreement's
    partners, linked as evidence to its plan, or whose outcome links the agreement."""
    from caunoi.agreements.activity import Trail, evidence_trail
    from caunoi.delegations.models import Delegation

    took_place = Delegation.objects.filter(start_date__lte=today, status__in=TOOK_PLACE)
    return [
        Trail(took_place.filter(partners__agreements=OuterRef("pk")), "start_date"),
        evidence_trail(took_place),
        Trail(took_place.filter(outcomes__agreements=OuterRef("pk")), "start_date"),
    ]


def register() -> None:
    from caunoi.agreements.activity import register_activity_source
    from caunoi.agreements.evidence import EvidenceKind, register_evidence_kind

    register_evidence_kind(
        EvidenceKind(
            "delegations.delegation",
            _("Delegation"),
            "plane-departure",
            candidates=candidates,
            day=lambda d: d.start_date,
        )
    )
    register_activity_source("delegations", activity_source)
