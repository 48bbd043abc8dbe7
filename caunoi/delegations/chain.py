"""Who approves a delegation abroad (ADR 0021): the approver chain, decided by the level and
frozen at submission as :class:`~caunoi.delegations.models.ApprovalStep` rows.

A unit-level trip goes to the Approvers whose membership covers the unit; a city-level one to
the Department of Foreign Affairs (Coordinators) and then the city leadership (Approvers in a
city-leadership unit). :mod:`caunoi.delegations.workflow` uses these to submit and decide.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, Max, OuterRef, Q

from caunoi.delegations.choices import Decision, Level, Status, StepKind
from caunoi.delegations.models import ApprovalStep

APPROVE_PERM = "delegations.approve_delegation"


def waiting_for(user) -> Q:
    """Submitted requests whose pending approval step names ``user``: an ``EXISTS``, so a
    list of them needs no ``DISTINCT`` over the steps and their approvers (issue 9)."""
    steps = ApprovalStep.objects.filter(
        delegation=OuterRef("pk"), decision=Decision.PENDING, approvers=user
    )
    return Q(Exists(steps), status=Status.SUBMITTED)


@dataclass(frozen=True)
class ChainStep:
    kind: str
    unit: object  # OrgUnit or None
    approvers: list


def _active_memberships():
    from caunoi.accounts.models import Membership

    return Membership.objects.active().filter(user__is_active=True)


def unit_approvers(unit) -> list:
    """People with the Approver role whose membership covers the unit (its leaders)."""
    from caunoi.accounts.scope import users_holding

    approvers = set(
        _active_memberships().filter(role__slug="approver").values_list("user_id", flat=True)
    )
    return [u for u in users_holding(APPROVE_PERM, unit) if u.pk in approvers]


def coordinators() -> list:
    from caunoi.accounts.models import User

    ids = _active_memberships().filter(role__slug="coordinator").values("user_id")
    return list(User.objects.filter(pk__in=ids).order_by("pk"))


def city_leaders() -> list:
    from caunoi.accounts.choices import UnitKind
    from caunoi.accounts.models import User

    ids = (
        _active_memberships()
        .filter(role__slug="approver", unit__kind=UnitKind.CITY_LEADERSHIP)
        .values("user_id")
    )
    return list(User.objects.filter(pk__in=ids).order_by("pk"))


def approver_chain(delegation) -> list[ChainStep]:
    """Who approves a trip abroad, in order, decided by its level."""
    if delegation.level == Level.CITY:
        return [
            ChainStep(StepKind.COORDINATOR, None, coordinators()),
            ChainStep(StepKind.CITY, None, city_leaders()),
        ]
    unit = delegation.owner_unit
    return [ChainStep(StepKind.UNIT, unit, unit_approvers(unit))]


def current_approvers(delegation) -> list:
    step = delegation.current_step()
    return list(step.approvers.all()) if step is not None else []


def is_current_approver(delegation, user) -> bool:
    if not (user and user.is_authenticated and user.has_perm(APPROVE_PERM)):
        return False
    step = delegation.current_step()
    return step is not None and step.approvers.filter(pk=user.pk).exists()


def freeze_chain(delegation, chain: list[ChainStep]) -> ApprovalStep:
    last = delegation.approval_steps.aggregate(m=Max("round"))["m"] or 0
    first = None
    for order, step in enumerate(chain, start=1):
        row = ApprovalStep.objects.create(
            delegation=delegation,
            round=last + 1,
            order=order,
            kind=step.kind,
            unit=step.unit,
            decision=Decision.PENDING if order == 1 else Decision.QUEUED,
        )
        row.approvers.set(step.approvers)
        first = first or row
    return first
