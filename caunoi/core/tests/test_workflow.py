"""The workflow runner, through the test app's request workflow (draft → submitted → …)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from rest_framework.test import APIClient

from caunoi.core.models import ConcurrentEditError
from caunoi.core.testing.coverage import covers
from caunoi.core.tests.testapp import workflow
from caunoi.core.tests.testapp.models import GadgetRequest
from caunoi.core.workflow import TransitionNotAllowed

covers(
    "testapp:gadgetrequest_submit",
    "testapp:gadgetrequest_return",
    "testapp:gadgetrequest_approve",
    "testapp:gadgetrequest_cancel",
    "api:gadgetrequest-submit",
    "api:gadgetrequest-approve",
)


def make(personas, unit=None, **values):
    values.setdefault("starts_on", "2026-12-10")
    request = GadgetRequest(title="Xin mua máy", owner_unit=unit or personas.unit_a, **values)
    request.save()
    return GadgetRequest.objects.get(pk=request.pk)


@pytest.mark.django_db
class TestRunner:
    def test_a_step_moves_the_status_logs_it_and_runs_side_effects_after_commit(
        self, personas, django_capture_on_commit_callbacks
    ):
        request = make(personas)
        with django_capture_on_commit_callbacks(execute=True):
            done = workflow.submit_gadgetrequest(request, acting_user=personas.officer_a, note="ok")
        assert done.status == "submitted" and done.submitted_at is not None
        entry = done.log_entries.get()
        assert (entry.from_status, entry.to_status, entry.actor) == (
            "draft",
            "submitted",
            personas.officer_a,
        )
        assert entry.note == "ok" and entry.from_label == "draft"
        assert (done.pk, "submit") in workflow.told
        assert done.version == request.version + 1  # saved through the change log

    def test_a_step_the_status_does_not_allow_is_refused_and_changes_nothing(self, personas):
        request = make(personas)
        with pytest.raises(TransitionNotAllowed):
            workflow.approve_gadgetrequest(request, acting_user=personas.approver_a)
        request.refresh_from_db()
        assert request.status == "draft" and not request.log_entries.exists()

    def test_a_second_approval_is_refused(self, personas):
        request = workflow.submit_gadgetrequest(make(personas), acting_user=personas.officer_a)
        workflow.approve_gadgetrequest(request, acting_user=personas.approver_a)
        with pytest.raises(TransitionNotAllowed):
            workflow.approve_gadgetrequest(request, acting_user=personas.approver_a)
        assert request.log_entries.filter(transition="approve").count() == 1

    def test_the_permission_is_checked_on_the_record(self, personas):
        request = workflow.submit_gadgetrequest(make(personas), acting_user=personas.officer_a)
        with pytest.raises(PermissionDenied):  # officers do not approve
            workflow.approve_gadgetrequest(request, acting_user=personas.officer_a)
        theirs = workflow.submit_gadgetrequest(
            make(personas, personas.unit_b), acting_user=personas.outsider_b
        )
        with pytest.raises(PermissionDenied):  # an approver of another unit
            workflow.approve_gadgetrequest(theirs, acting_user=personas.approver_a)

    def test_a_stale_version_is_a_conflict(self, personas):
        request = make(personas)
        with pytest.raises(ConcurrentEditError):
            workflow.submit_gadgetrequest(
                request, acting_user=personas.officer_a, expected_version=request.version - 1
            )

    def test_business_checks_and_required_notes(self, personas):
        with pytest.raises(ValidationError):
            workflow.submit_gadgetrequest(
                make(personas, starts_on=None), acting_user=personas.officer_a
            )
        request = workflow.submit_gadgetrequest(make(personas), acting_user=personas.officer_a)
        with pytest.raises(ValidationError):
            workflow.return_gadgetrequest(request, acting_user=personas.approver_a, note=" ")

    def test_available_steps_follow_status_and_permission(self, personas):
        request = make(personas)
        names = lambda user: [t.name for t in workflow.FLOW.available(request, user)]  # noqa: E731
        assert names(personas.officer_a) == ["submit", "cancel"]
        assert names(personas.auditor) == []
        assert workflow.FLOW.table()["submitted"]["approved"] == "testapp.approve_gadgetrequest"


@pytest.mark.django_db
class TestScreensAndAPI:
    def test_the_buttons_call_the_functions(self, client, personas):
        request = make(personas)
        client.force_login(personas.officer_a)
        page = client.get(request.get_absolute_url())
        assert b'data-testid="action-submit"' in page.content
        url = reverse("testapp:gadgetrequest_submit", args=[request.pk])
        response = client.post(url, {"version": request.version, "note": "Gửi duyệt"})
        assert response.status_code == 302
        request.refresh_from_db()
        assert request.status == "submitted"
        response = client.post(url, {"version": request.version}, follow=True)  # again
        assert "submitted" in response.content.decode()
        assert request.log_entries.count() == 1

    def test_screens_answer_404_outside_and_403_without_the_right(self, client, personas):
        request = workflow.submit_gadgetrequest(make(personas), acting_user=personas.officer_a)
        url = reverse("testapp:gadgetrequest_approve", args=[request.pk])
        client.force_login(personas.outsider_b)
        assert client.post(url).status_code == 404
        client.force_login(personas.officer_a)
        assert client.post(url).status_code == 403
        client.logout()
        assert client.post(url).status_code == 302
        client.force_login(personas.approver_a)
        assert client.get(url).status_code == 405

    def test_the_api_action_calls_the_same_function(self, personas):
        request = make(personas)
        api = APIClient()
        api.force_authenticate(personas.officer_a)
        url = reverse("api:gadgetrequest-submit", args=[request.pk])
        answer = api.post(url, {"note": "API"}, format="json")
        assert answer.status_code == 200 and answer.json()["status"] == "submitted"
        api.force_authenticate(personas.approver_a)
        approve = reverse("api:gadgetrequest-approve", args=[request.pk])
        assert api.post(approve, {}, format="json").status_code == 200
        second = api.post(approve, {}, format="json")
        assert second.status_code == 409 and second.json()["code"] == "transition_not_allowed"
        api.force_authenticate(personas.outsider_b)
        assert api.post(approve, {}, format="json").status_code == 404
