"""The aid project workflow, step by step: proposed → approved → under way → completed, or
cancelled; who may take each step; what is refused, and how it is said."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from caunoi.aid_projects import workflow
from caunoi.aid_projects.choices import AidStatus
from caunoi.aid_projects.models import AidProject
from caunoi.aid_projects.tests import factories as f
from caunoi.core.models import ConcurrentEditError, Notification
from caunoi.core.testing.coverage import covers
from caunoi.core.workflow import TransitionNotAllowed

pytestmark = pytest.mark.django_db
covers(
    "aid_projects:aidproject_approve",
    "aid_projects:aidproject_start",
    "aid_projects:aidproject_complete",
    "aid_projects:aidproject_cancel",
    "api:aidproject-approve",
    "api:aidproject-start",
    "api:aidproject-complete",
    "api:aidproject-cancel",
)


def test_the_table_names_every_step_and_its_permission():
    assert workflow.FLOW.table() == {
        "proposed": {
            "approved": "aid_projects.approve_aidproject",
            "cancelled": "aid_projects.change_aidproject",
        },
        "approved": {
            "under_way": "aid_projects.change_aidproject",
            "cancelled": "aid_projects.change_aidproject",
        },
        "under_way": {
            "completed": "aid_projects.change_aidproject",
            "cancelled": "aid_projects.change_aidproject",
        },
    }


def test_a_new_project_is_proposed_and_its_status_is_not_in_any_form(personas):
    project = f.project(personas.unit_a)
    assert project.status == AidStatus.PROPOSED
    assert not AidProject._meta.get_field("status").editable


def test_the_approver_approves_and_the_log_and_notification_say_so(
    personas, django_capture_on_commit_callbacks
):
    project = f.project(personas.unit_a)
    with django_capture_on_commit_callbacks(execute=True):
        approved = workflow.approve_aidproject(
            project, acting_user=personas.approver_a, note="Theo Quyết định 1234/QĐ-UBND"
        )
    assert approved.status == AidStatus.APPROVED and approved.version == project.version + 1
    entry = approved.log_entries.get()
    assert (entry.from_status, entry.to_status, entry.actor) == (
        "proposed",
        "approved",
        personas.approver_a,
    )
    assert entry.note == "Theo Quyết định 1234/QĐ-UBND"
    assert Notification.objects.filter(recipient=personas.officer_a).exists()


def test_an_officer_cannot_approve(personas):
    project = f.project(personas.unit_a)
    with pytest.raises(PermissionDenied):
        workflow.approve_aidproject(project, acting_user=personas.officer_a)
    project.refresh_from_db()
    assert project.status == AidStatus.PROPOSED


def test_an_approver_of_another_unit_cannot_approve(personas):
    project = f.project(personas.unit_b)
    with pytest.raises(PermissionDenied):
        workflow.approve_aidproject(project, acting_user=personas.approver_a)


def test_approving_needs_the_decision_and_says_which_part_is_missing(personas):
    project = f.project(personas.unit_a, decision_number="", decision_date=None)
    with pytest.raises(ValidationError) as caught:
        workflow.approve_aidproject(project, acting_user=personas.approver_a)
    message = caught.value.messages[0]
    assert "số quyết định" in message and "ngày quyết định" in message
    project.refresh_from_db()
    assert project.status == AidStatus.PROPOSED and not project.log_entries.exists()


def test_emergency_relief_may_be_approved_with_a_note_instead_of_a_decision(personas):
    project = f.project(
        personas.unit_a,
        modality="emergency",
        decision_number="",
        decision_date=None,
        decision_authority="",
    )
    with pytest.raises(ValidationError):
        workflow.approve_aidproject(project, acting_user=personas.approver_a)
    approved = workflow.approve_aidproject(
        project, acting_user=personas.approver_a, note="Lãnh đạo UBND quyết định ngày 20/08/2021"
    )
    assert approved.status == AidStatus.APPROVED


def test_a_second_approval_changes_nothing(personas):
    project = f.approved(personas.unit_a, personas.approver_a)
    with pytest.raises(TransitionNotAllowed) as caught:
        workflow.approve_aidproject(project, acting_user=personas.approver_a)
    assert "Đã phê duyệt" in caught.value.message or "approved" in caught.value.message.lower()
    assert project.log_entries.count() == 1


def test_the_whole_way_to_completed(personas):
    project = f.approved(personas.unit_a, personas.approver_a)
    project = workflow.start_aidproject(project, acting_user=personas.officer_a)
    assert project.status == AidStatus.UNDER_WAY
    project = workflow.complete_aidproject(project, acting_user=personas.officer_a)
    assert project.status == AidStatus.COMPLETED
    assert [e.transition for e in project.log_entries.all()] == ["approve", "start", "complete"]
    with pytest.raises(TransitionNotAllowed):
        workflow.cancel_aidproject(project, acting_user=personas.officer_a, note="Muộn")


def test_a_project_cannot_start_before_it_is_approved(personas):
    with pytest.raises(TransitionNotAllowed):
        workflow.start_aidproject(f.project(personas.unit_a), acting_user=personas.officer_a)


def test_cancelling_needs_a_reason(personas):
    project = f.project(personas.unit_a)
    with pytest.raises(ValidationError) as caught:
        workflow.cancel_aidproject(project, acting_user=personas.officer_a)
    assert "note" in caught.value.message_dict
    cancelled = workflow.cancel_aidproject(
        project, acting_user=personas.officer_a, note="Nhà tài trợ rút lại"
    )
    assert cancelled.status == AidStatus.CANCELLED


def test_a_stale_version_is_refused(personas):
    project = f.project(personas.unit_a)
    with pytest.raises(ConcurrentEditError):
        workflow.approve_aidproject(
            project, acting_user=personas.approver_a, expected_version=project.version - 1 or 99
        )


# -- the screens and the API: thin adapters -----------------------------------------------------
def test_the_page_offers_only_the_steps_the_user_may_take(client, personas):
    project = f.project(personas.unit_a)
    url = project.get_absolute_url()
    client.force_login(personas.officer_a)
    page = client.get(url).content.decode()
    assert 'data-testid="action-cancel"' in page and 'data-testid="action-approve"' not in page
    client.force_login(personas.approver_a)
    assert 'data-testid="action-approve"' in client.get(url).content.decode()


def test_approving_through_the_screen(client, personas):
    project = f.project(personas.unit_a)
    url = reverse("aid_projects:aidproject_approve", args=[project.pk])
    client.force_login(personas.officer_a)
    assert client.post(url, {"version": project.version}).status_code == 403
    client.force_login(personas.outsider_b)
    assert client.post(url, {"version": project.version}).status_code == 404
    client.force_login(personas.approver_a)
    response = client.post(url, {"version": project.version, "note": "Đồng ý"})
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.status == AidStatus.APPROVED
    again = client.post(url, {"version": project.version}, follow=True)
    assert "không thể" in again.content.decode() or "not possible" in again.content.decode()


def test_the_other_steps_through_the_screen(client, personas):
    project = f.approved(personas.unit_a, personas.approver_a)
    client.force_login(personas.officer_a)
    for verb, status in (("start", "under_way"), ("complete", "completed")):
        url = reverse(f"aid_projects:aidproject_{verb}", args=[project.pk])
        assert client.post(url, {"version": project.version}).status_code == 302
        project.refresh_from_db()
        assert project.status == status
    other = f.project(personas.unit_a)
    url = reverse("aid_projects:aidproject_cancel", args=[other.pk])
    client.post(url, {"version": other.version})
    other.refresh_from_db()
    assert other.status == AidStatus.PROPOSED  # no reason given
    client.post(url, {"version": other.version, "note": "Không triển khai"})
    other.refresh_from_db()
    assert other.status == AidStatus.CANCELLED


def test_the_api_steps(client, personas):
    project = f.project(personas.unit_a)
    client.force_login(personas.officer_a)
    url = reverse("api:aidproject-approve", args=[project.pk])
    assert client.post(url, {}, content_type="application/json").status_code == 403
    client.force_login(personas.approver_a)
    body = client.post(url, {"note": "OK"}, content_type="application/json")
    assert body.status_code == 200 and body.json()["status"] == "approved"
    again = client.post(url, {}, content_type="application/json")
    assert again.status_code == 409 and again.json()["code"] == "transition_not_allowed"
    for verb in ("start", "complete"):
        response = client.post(
            reverse(f"api:aidproject-{verb}", args=[project.pk]),
            {},
            content_type="application/json",
        )
        assert response.status_code == 200
    other = f.project(personas.unit_a)
    cancel = reverse("api:aidproject-cancel", args=[other.pk])
    assert client.post(cancel, {}, content_type="application/json").status_code == 400
    client.force_login(personas.outsider_b)
    assert client.post(cancel, {"note": "x"}, content_type="application/json").status_code == 404


def test_status_cannot_be_set_through_the_api(client, personas):
    project = f.project(personas.unit_a)
    client.force_login(personas.officer_a)
    client.patch(
        reverse("api:aidproject-detail", args=[project.pk]),
        {"status": "completed"},
        content_type="application/json",
    )
    project.refresh_from_db()
    assert project.status == AidStatus.PROPOSED


def test_approvers_see_the_projects_waiting_on_the_home_page(client, personas):
    f.project(personas.unit_a)
    client.force_login(personas.approver_a)
    client.cookies["caunoi_language"] = "en"
    assert "1 aid projects wait for approval" in client.get("/").content.decode()
    client.force_login(personas.officer_a)
    assert "wait for approval" not in client.get("/").content.decode()
