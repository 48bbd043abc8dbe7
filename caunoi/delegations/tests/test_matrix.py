"""The workflow matrix: every step × persona, on a delegation of the persona's own unit
(unit_a) and of another unit. Allowed → the step is taken; visible but not theirs → 403;
out of scope → 404; in every refusal nothing changes."""

import datetime

import pytest
from django.urls import reverse

from caunoi.delegations import workflow
from caunoi.delegations.choices import Status as S
from caunoi.delegations.tests import factories as f

pytestmark = pytest.mark.django_db
PAST = {"start_date": datetime.date(2026, 1, 5), "end_date": datetime.date(2026, 1, 9)}


def draft(unit, p):
    return f.with_head(f.delegation(unit, **PAST))


def submitted(unit, p):
    return workflow.submit_delegation(draft(unit, p), acting_user=p.admin)


def approved(unit, p):
    d = submitted(unit, p)
    approver = d.current_step().approvers.first()
    return workflow.approve_delegation(d, acting_user=approver)


def back(unit, p):
    d = workflow.come_back_delegation(approved(unit, p), acting_user=p.admin)
    d.results_report = "Đã hoàn thành."
    d.save()
    return d


def reported(unit, p):
    return workflow.file_report_delegation(back(unit, p), acting_user=p.admin)


def proposed(unit, p):
    d = f.delegation(unit, direction="inbound", **PAST)
    d.minutes = "Biên bản"
    d.save()
    return d


def confirmed(unit, p):
    return workflow.confirm_delegation(proposed(unit, p), acting_user=p.admin)


def under_way(unit, p):
    return workflow.begin_delegation(confirmed(unit, p), acting_user=p.admin)


# step: (how to reach the state it starts from, the status it leads to)
STEPS = {
    "submit": (draft, S.SUBMITTED),
    "approve": (submitted, S.APPROVED),
    "send_back": (submitted, S.RETURNED),
    "reject": (submitted, S.REJECTED),
    "depart": (approved, S.TRAVELLING),
    "come_back": (approved, S.BACK),
    "file_report": (back, S.REPORTED),
    "close": (reported, S.CLOSED),
    "cancel": (submitted, S.CANCELLED),
    "confirm": (proposed, S.CONFIRMED),
    "begin": (confirmed, S.UNDER_WAY),
    "complete": (under_way, S.COMPLETED),
}
CHAIN = {"approve", "send_back", "reject"}  # decided by the frozen approver chain
SEES = {
    "officer_a": {"a"},
    "approver_a": {"a"},
    "outsider_b": {"b"},
    "ward_officer": set(),
    "coordinator": {"a", "b"},
    "auditor": {"a", "b"},
}
CHANGES = {"officer_a": {"a"}, "approver_a": {"a"}, "outsider_b": {"b"}, "coordinator": {"b"}}
APPROVES = {"approver_a": {"a"}, "coordinator": {"b"}}  # approve_delegation in the unit
ON_CHAIN = {"approver_a": {"a"}}  # unit_b's chain is approver_b, not a persona here


def expected(step: str, persona: str, own: bool) -> int:
    """The answer on the screen: 302 (done), 403 (visible, not theirs) or 404 (out of scope)."""
    unit = "a" if own else "b"
    if unit not in SEES[persona]:
        return 404
    if unit not in CHANGES.get(persona, set()):
        return 403
    if step in CHAIN:
        return 302 if unit in ON_CHAIN.get(persona, set()) else 403
    if step == "close":
        return 302 if unit in APPROVES.get(persona, set()) else 403
    return 302


PERSONAS = ["officer_a", "approver_a", "outsider_b", "ward_officer", "coordinator", "auditor"]


@pytest.mark.parametrize("own", [True, False], ids=["own_unit", "other_unit"])
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("step", list(STEPS))
def test_matrix(personas, client, step, persona, own):
    f.approver_b(personas)  # unit_b's own approver, so its requests can be submitted
    reach, target = STEPS[step]
    unit = personas.unit_a if own else personas.unit_b
    record = reach(unit, personas)
    before = (record.status, record.version)
    client.force_login(personas.get(persona))
    url = reverse(f"delegations:delegation_{step}", args=[record.pk])
    response = client.post(url, {"note": "Ghi chú", "version": record.version})
    want = expected(step, persona, own)
    assert response.status_code == want, (step, persona, own)
    record.refresh_from_db()
    if want == 302:
        assert record.status == target
    else:
        assert (record.status, record.version) == before
