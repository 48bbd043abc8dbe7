"""Test data for delegations. Everything saves through the model (versioned, change-logged);
workflow states are reached through the workflow functions, never by assigning a status."""

from __future__ import annotations

import datetime
import itertools

from caunoi.accounts.models import Membership, Role, User
from caunoi.core.testing.personas import PASSWORD
from caunoi.delegations import workflow
from caunoi.delegations.models import (
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)
from caunoi.partners.tests import factories as pf

SERIAL = itertools.count(1)
START = datetime.date(2027, 3, 10)


def delegation(unit, *, direction="outbound", level="unit", countries=("LA",), **fields):
    values = {
        "name": f"Đoàn {next(SERIAL)} công tác Viêng Chăn",
        "direction": direction,
        "level": level,
        "start_date": START,
        "end_date": START + datetime.timedelta(days=4),
        "purpose": "Trao đổi kinh nghiệm đối ngoại nhân dân",
        **fields,
    }
    made = Delegation(owner_unit=unit, **values)
    made.full_clean()
    made.save()
    if countries:
        made.countries.set([pf.country(iso) for iso in countries])
    return made


def member(d, *, role="member", name=None, **fields) -> DelegationMember:
    made = DelegationMember(
        delegation=d,
        owner_unit=d.owner_unit,
        full_name=name or f"Nguyễn Văn {next(SERIAL)}",
        role=role,
        rank=fields.pop("rank", 1 if role == "head" else 5),
        **fields,
    )
    made.full_clean()
    made.save()
    return made


def with_head(d, **fields) -> Delegation:
    member(d, role="head", name="Trần Thị Bình", position="Phó Chủ tịch", **fields)
    return d


def programme(d, activity="Hội đàm với lãnh đạo Thủ đô Viêng Chăn", **fields) -> ProgrammeItem:
    made = ProgrammeItem(
        delegation=d,
        owner_unit=d.owner_unit,
        date=fields.pop("date", d.start_date),
        start_time=fields.pop("start_time", datetime.time(9, 0)),
        activity=activity,
        **fields,
    )
    made.full_clean()
    made.save()
    return made


def outcome(d, summary="Thỏa thuận trao đổi đoàn thanh niên", **fields) -> DelegationOutcome:
    made = DelegationOutcome(delegation=d, owner_unit=d.owner_unit, summary=summary, **fields)
    made.full_clean()
    made.save()
    return made


def task(d, deadline=None, **fields) -> FollowUpTask:
    made = FollowUpTask(
        delegation=d,
        owner_unit=d.owner_unit,
        task=fields.pop("task", "Gửi thư cảm ơn"),
        deadline=deadline or d.end_date + datetime.timedelta(days=30),
        **fields,
    )
    made.full_clean()
    made.save()
    return made


def user(username, unit, role_slug, *, below=True, **extra) -> User:
    made = User.objects.create_user(username=username, password=PASSWORD, full_name=username)
    Membership.objects.create(
        user=made, unit=unit, role=Role.objects.get(slug=role_slug), include_descendants=below
    )
    for other_unit, other_role in extra.get("also", []):
        Membership.objects.create(
            user=made, unit=other_unit, role=Role.objects.get(slug=other_role)
        )
    return made


def leader(personas) -> User:
    """City leadership: an Approver at the city (not below), reading every unit as an Auditor."""
    return user("leader", personas.city, "approver", below=False, also=[(personas.city, "auditor")])


def approver_b(personas) -> User:
    return user("approver_b", personas.unit_b, "approver")


def submitted(unit, personas, **fields) -> Delegation:
    d = with_head(delegation(unit, **fields))
    return workflow.submit_delegation(d, acting_user=personas.officer_a)


def approved(unit, personas, **fields) -> Delegation:
    d = submitted(unit, personas, **fields)
    return workflow.approve_delegation(d, acting_user=personas.approver_a)
