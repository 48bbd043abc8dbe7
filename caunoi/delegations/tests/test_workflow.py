"""The outbound approval and the inbound lifecycle, step by step: who may take each step (own
unit and other unit), the approver chain frozen at submission, only the current approver
notified, a second approval refused with nothing changed, and the API and screens calling the
same functions."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from caunoi.core.models import ConcurrentEditError, Notification
from caunoi.core.testing.coverage import covers
from caunoi.core.workflow import TransitionNotAllowed
from caunoi.delegations import workflow
from caunoi.delegations.choices import Decision, StepKind
from caunoi.delegations.choices import Status as S
from caunoi.delegations.models import Delegation
from caunoi.delegations.tests import factories as f

pytestmark = pytest.mark.django_db
VERBS = [
    "submit",
    "approve",
    "send_back",
    "reject",
    "depart",
    "come_back",
    "file_report",
    "close",
    "cancel",
    "confirm",
    "begin",
    "complete",
]
covers(
    *[f"delegations:delegation_{v}" for v in VERBS],
    *[f"api:delegation-{v.replace('_', '-')}" for v in VERBS],
)


def test_the_tables_name_every_step_and_its_permission():
    out = workflow.OUTBOUND.table()
    assert out["draft"] == {
        "submitted": "delegations.change_delegation",
        "cancelled": "delegations.change_delegation",
    }
    assert out["submitted"]["approved"] == "delegations.approve_delegation"
    assert out["submitted"]["returned"] == "delegations.approve_delegation"
    assert out["back"] == {"reported": "delegations.change_delegation"}
    assert workflow.INBOUND.table() == {
        "proposed": {
            "confirmed": "delegations.change_delegation",
            "cancelled": "delegations.change_delegation",
        },
        "confirmed": {
            "under_way": "delegations.change_delegation",
            "cancelled": "delegations.change_delegation",
        },
        "under_way": {"completed": "delegations.change_delegation"},
    }


def test_a_new_outbound_is_a_draft_and_an_inbound_is_proposed(personas):
    assert f.delegation(personas.unit_a).status == S.DRAFT
    assert f.delegation(personas.unit_a, direction="inbound").status == S.PROPOSED
    assert not Delegation._meta.get_field("status").editable


def test_submitting_freezes_the_unit_approver_and_notifies_only_them(
    personas, django_capture_on_commit_callbacks
):
    d = f.with_head(f.delegation(personas.unit_a))
    with django_capture_on_commit_callbacks(execute=True):
        d = workflow.submit_delegation(d, acting_user=personas.officer_a)
    assert d.status == S.SUBMITTED and d.submitted_on == timezone.localdate()
    step = d.current_step()
    assert step.kind == StepKind.UNIT and step.unit == personas.unit_a
    assert list(step.approvers.all()) == [personas.approver_a]
    notified = set(Notification.objects.values_list("recipient__username", flat=True))
    assert notified == {"approver_a"}


def test_submission_needs_a_head_of_delegation(personas):
    d = f.delegation(personas.unit_a)
    with pytest.raises(ValidationError):
        workflow.submit_delegation(d, acting_user=personas.officer_a)
    d.refresh_from_db()
    assert d.status == S.DRAFT and not d.approval_steps.exists()


def test_submission_is_refused_when_nobody_can_approve(personas):
    d = f.with_head(f.delegation(personas.ward))
    with pytest.raises(ValidationError, match=r"phê duyệt|approve"):
        workflow.submit_delegation(d, acting_user=personas.ward_officer)
    d.refresh_from_db()
    assert d.status == S.DRAFT


def test_the_approver_approves_and_the_requester_is_told(
    personas, django_capture_on_commit_callbacks
):
    d = f.submitted(personas.unit_a, personas)
    with django_capture_on_commit_callbacks(execute=True):
        d = workflow.approve_delegation(d, acting_user=personas.approver_a, note="Đồng ý")
    assert d.status == S.APPROVED
    step = d.approval_steps.get()
    assert (step.decision, step.decided_by) == (Decision.APPROVED, personas.approver_a)
    assert Notification.objects.filter(recipient=personas.officer_a).exists()
    entry = d.log_entries.last()
    assert (entry.transition, entry.from_status, entry.to_status) == (
        "approve",
        "submitted",
        "approved",
    )


def test_a_second_approval_is_a_conflict_and_changes_nothing(personas):
    d = f.approved(personas.unit_a, personas)
    version, entries = d.version, d.log_entries.count()
    with pytest.raises(TransitionNotAllowed):
        workflow.approve_delegation(d, acting_user=personas.approver_a)
    d.refresh_from_db()
    assert (d.status, d.version, d.log_entries.count()) == (S.APPROVED, version, entries)


def test_a_second_approval_on_the_api_is_409(personas, client):
    d = f.approved(personas.unit_a, personas)
    client.force_login(personas.approver_a)
    response = client.post(reverse("api:delegation-approve", args=[d.pk]), {})
    assert response.status_code == 409
    assert response.json()["code"] == "transition_not_allowed"
    d.refresh_from_db()
    assert d.log_entries.filter(transition="approve").count() == 1


def test_a_second_approval_on_the_screen_says_so(personas, client):
    d = f.approved(personas.unit_a, personas)
    client.force_login(personas.approver_a)
    response = client.post(reverse("delegations:delegation_approve", args=[d.pk]), follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) == 1 and "Đã phê duyệt" in shown[0]  # "it is now Approved: not possible"
    assert shown[0] in response.content.decode()
    d.refresh_from_db()
    assert d.status == S.APPROVED


def test_an_officer_cannot_approve(personas):
    d = f.submitted(personas.unit_a, personas)
    with pytest.raises(PermissionDenied):
        workflow.approve_delegation(d, acting_user=personas.officer_a)
    d.refresh_from_db()
    assert d.status == S.SUBMITTED


def test_an_approver_from_another_unit_gets_404(personas, client):
    d = f.submitted(personas.unit_a, personas)
    other = f.approver_b(personas)
    client.force_login(other)
    for name in ("delegations:delegation_approve", "delegations:delegation_send_back"):
        assert client.post(reverse(name, args=[d.pk]), {"note": "x"}).status_code == 404
    assert client.post(reverse("api:delegation-approve", args=[d.pk]), {}).status_code == 404
    d.refresh_from_db()
    assert d.status == S.SUBMITTED


def test_the_approver_returns_with_a_reason_and_the_officer_resubmits(personas):
    d = f.submitted(personas.unit_a, personas)
    with pytest.raises(ValidationError):
        workflow.send_back_delegation(d, acting_user=personas.approver_a, note="")
    d = workflow.send_back_delegation(d, acting_user=personas.approver_a, note="Bổ sung")
    assert d.status == S.RETURNED and d.current_step() is None
    d = workflow.submit_delegation(d, acting_user=personas.officer_a)
    assert d.status == S.SUBMITTED
    assert d.current_step().round == 2
    assert d.approval_steps.filter(round=1).get().decision == Decision.RETURNED


def test_reject_ends_the_request(personas):
    d = f.submitted(personas.unit_a, personas)
    d = workflow.reject_delegation(d, acting_user=personas.approver_a, note="Không phù hợp")
    assert d.status == S.REJECTED
    with pytest.raises(TransitionNotAllowed):
        workflow.submit_delegation(d, acting_user=personas.officer_a)


def test_city_level_goes_to_the_coordinator_then_the_city_leadership(
    personas, django_capture_on_commit_callbacks
):
    leader = f.leader(personas)
    d = f.with_head(f.delegation(personas.unit_a, level="city"))
    with django_capture_on_commit_callbacks(execute=True):
        d = workflow.submit_delegation(d, acting_user=personas.officer_a)
    steps = list(d.approval_steps.order_by("order"))
    assert [s.kind for s in steps] == [StepKind.COORDINATOR, StepKind.CITY]
    assert list(steps[0].approvers.all()) == [personas.coordinator]
    assert list(steps[1].approvers.all()) == [leader]
    assert set(Notification.objects.values_list("recipient__username", flat=True)) == {
        "coordinator"
    }
    with pytest.raises(PermissionDenied):  # not the leader's turn yet
        workflow.approve_delegation(d, acting_user=leader)
    with django_capture_on_commit_callbacks(execute=True):
        d = workflow.approve_delegation(d, acting_user=personas.coordinator)
    assert d.status == S.SUBMITTED and d.current_step().kind == StepKind.CITY
    assert Notification.objects.filter(recipient=leader).exists()
    with pytest.raises(TransitionNotAllowed):  # the coordinator approving twice
        workflow.approve_delegation(d, acting_user=personas.coordinator)
    d = workflow.approve_delegation(d, acting_user=leader)
    assert d.status == S.APPROVED


def test_the_chain_stays_as_frozen_when_approvers_change(personas):
    d = f.submitted(personas.unit_a, personas)
    newcomer = f.user("approver_new", personas.unit_a, "approver")
    with pytest.raises(PermissionDenied):
        workflow.approve_delegation(d, acting_user=newcomer)
    assert workflow.approve_delegation(d, acting_user=personas.approver_a).status == S.APPROVED


def test_a_stale_version_is_refused(personas):
    d = f.submitted(personas.unit_a, personas)
    with pytest.raises(ConcurrentEditError):
        workflow.approve_delegation(
            d, acting_user=personas.approver_a, expected_version=d.version - 1
        )


def test_the_trip_goes_travelling_back_reported_closed(personas):
    d = f.approved(personas.unit_a, personas, start_date=datetime.date(2026, 1, 5),
                   end_date=datetime.date(2026, 1, 9))  # fmt: skip
    d = workflow.depart_delegation(d, acting_user=personas.officer_a)
    d = workflow.come_back_delegation(d, acting_user=personas.officer_a)
    with pytest.raises(ValidationError):  # no report written yet
        workflow.file_report_delegation(d, acting_user=personas.officer_a)
    d.results_report = "Đoàn đã hoàn thành chương trình."
    d.save()
    d = workflow.file_report_delegation(d, acting_user=personas.officer_a)
    assert d.status == S.REPORTED and d.reported_on == timezone.localdate()
    with pytest.raises(PermissionDenied):
        workflow.close_delegation(d, acting_user=personas.officer_a)
    assert workflow.close_delegation(d, acting_user=personas.approver_a).status == S.CLOSED


def test_a_trip_cannot_set_off_before_its_first_day(personas):
    soon = timezone.localdate() + datetime.timedelta(days=3)
    d = f.approved(personas.unit_a, personas, start_date=soon, end_date=soon)
    with pytest.raises(ValidationError):
        workflow.depart_delegation(d, acting_user=personas.officer_a)


def test_cancel_from_an_open_state_withdraws_the_waiting_steps(personas):
    d = f.submitted(personas.unit_a, personas)
    d = workflow.cancel_delegation(d, acting_user=personas.officer_a, note="Hoãn")
    assert d.status == S.CANCELLED
    assert d.approval_steps.get().decision == Decision.WITHDRAWN


def test_an_officer_of_another_unit_cannot_move_it(personas, client):
    d = f.with_head(f.delegation(personas.unit_a))
    with pytest.raises(PermissionDenied):
        workflow.submit_delegation(d, acting_user=personas.outsider_b)
    client.force_login(personas.outsider_b)
    assert client.post(reverse("delegations:delegation_submit", args=[d.pk])).status_code == 404
    assert client.post(reverse("api:delegation-submit", args=[d.pk]), {}).status_code == 404


def test_the_auditor_sees_no_buttons_and_cannot_act(personas):
    d = f.with_head(f.delegation(personas.unit_a))
    assert workflow.available(d, personas.auditor) == []
    with pytest.raises(PermissionDenied):
        workflow.submit_delegation(d, acting_user=personas.auditor)


def test_buttons_follow_the_persona(personas):
    d = f.submitted(personas.unit_a, personas)
    assert {t.name for t in workflow.available(d, personas.approver_a)} >= {
        "approve",
        "send_back",
        "reject",
    }
    assert {t.name for t in workflow.available(d, personas.officer_a)} == {"cancel"}
    assert "endorse" not in {t.name for t in workflow.available(d, personas.approver_a)}


def test_inbound_is_proposed_confirmed_under_way_completed_with_minutes(personas):
    d = f.delegation(personas.unit_a, direction="inbound", start_date=datetime.date(2026, 1, 5),
                     end_date=datetime.date(2026, 1, 6))  # fmt: skip
    d = workflow.confirm_delegation(d, acting_user=personas.officer_a)
    d = workflow.begin_delegation(d, acting_user=personas.officer_a)
    with pytest.raises(ValidationError):
        workflow.complete_delegation(d, acting_user=personas.officer_a)
    d.minutes = "Hai bên thống nhất…"
    d.save()
    assert workflow.complete_delegation(d, acting_user=personas.officer_a).status == S.COMPLETED


def test_inbound_cannot_be_submitted_and_outbound_cannot_be_confirmed(personas):
    inbound = f.delegation(personas.unit_a, direction="inbound")
    with pytest.raises(TransitionNotAllowed):
        workflow.submit_delegation(inbound, acting_user=personas.officer_a)
    outbound = f.delegation(personas.unit_a)
    with pytest.raises(TransitionNotAllowed):
        workflow.confirm_delegation(outbound, acting_user=personas.officer_a)


def test_the_api_runs_the_same_steps(personas, client):
    d = f.with_head(f.delegation(personas.unit_a))
    client.force_login(personas.officer_a)
    response = client.post(reverse("api:delegation-submit", args=[d.pk]), {})
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    client.force_login(personas.approver_a)
    response = client.post(
        reverse("api:delegation-send-back", args=[d.pk]), {"note": "Thiếu chương trình"}
    )
    assert response.json()["status"] == "returned"


def test_waiting_for_me_lists_only_what_waits_for_the_user(personas, client):
    waiting = f.submitted(personas.unit_a, personas)
    f.approved(personas.unit_a, personas)
    client.force_login(personas.approver_a)
    response = client.get(reverse("api:delegation-list"), {"waiting_for_me": "true"})
    assert [row["id"] for row in response.json()["results"]] == [waiting.pk]
    client.force_login(personas.officer_a)
    response = client.get(reverse("api:delegation-list"), {"waiting_for_me": "true"})
    assert response.json()["results"] == []


def test_a_request_waits_once_for_an_approver_named_twice(personas, client):
    waiting = f.submitted(personas.unit_a, personas)
    other = f.approved(personas.unit_a, personas)
    step = waiting.approval_steps.get(decision="pending")
    step.approvers.add(personas.approver_a, f.leader(personas))  # twice in the chain's join
    client.force_login(personas.approver_a)
    listed = client.get(reverse("api:delegation-list"), {"waiting_for_me": "true"}).json()
    assert [row["id"] for row in listed["results"]] == [waiting.pk] and listed["count"] == 1
    rest = client.get(reverse("api:delegation-list"), {"waiting_for_me": "false"}).json()
    assert other.pk in {row["id"] for row in rest["results"]}
    assert waiting.pk not in {row["id"] for row in rest["results"]}


def test_a_request_waiting_for_approval_cannot_be_changed(personas, client):
    d = f.submitted(personas.unit_a, personas)
    client.force_login(personas.officer_a)
    data = {
        "name": "Đổi tên",
        "level": "unit",
        "owner_unit": personas.unit_a.pk,
        "start_date": "10/03/2027",
        "end_date": "14/03/2027",
        "mode": "in_person",
        "purpose": "Khác",
        "funding": "state_budget",
        "version": d.version,
    }
    response = client.post(reverse("delegations:delegation_edit", args=[d.pk]), data)
    assert response.status_code == 200 and "chờ phê duyệt" in response.content.decode()
    response = client.post(
        reverse("delegations:delegationmember_add"),
        {"delegation": d.pk, "full_name": "Người mới", "role": "member", "rank": "9"},
    )
    assert response.status_code == 200 and d.members.count() == 1
    d = workflow.send_back_delegation(d, acting_user=personas.approver_a, note="Sửa")
    response = client.post(
        reverse("delegations:delegation_edit", args=[d.pk]), {**data, "version": d.version}
    )
    assert response.status_code == 302
