"""The test app's workflow: draft → submitted → approved, returned for changes, cancelled."""

from caunoi.core.tests.testapp.models import GadgetRequest, GadgetRequestLogEntry
from caunoi.core.tests.testapp.models import GadgetRequestStatus as S
from caunoi.core.workflow import Transition, Workflow

FLOW = Workflow(
    GadgetRequest,
    log_model=GadgetRequestLogEntry,
    transitions=[
        Transition("submit", (S.DRAFT, S.RETURNED), S.SUBMITTED, "change", "Submit"),
        Transition("return", (S.SUBMITTED,), S.RETURNED, "approve", "Return", note_required=True),
        Transition("approve", (S.SUBMITTED,), S.APPROVED, "approve", "Approve", style="success"),
        Transition("cancel", (S.DRAFT, S.SUBMITTED, S.RETURNED), S.CANCELLED, "change", "Cancel"),
    ],
)
told: list = []  # what after_commit saw, for tests


def submit_gadgetrequest(request, *, acting_user, note="", expected_version=None):
    """Side effects: stamps submitted_at; records the submission after commit."""
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    def check(record):
        if not record.starts_on:
            raise ValidationError({"starts_on": "A request needs a start date."})

    return FLOW.run(
        "submit",
        request,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
        changes=lambda record: {"submitted_at": timezone.now()},
        after_commit=lambda record, entry: told.append((record.pk, entry.transition)),
    )


def return_gadgetrequest(request, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "return", request, acting_user=acting_user, note=note, expected_version=expected_version
    )


def approve_gadgetrequest(request, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "approve", request, acting_user=acting_user, note=note, expected_version=expected_version
    )


def cancel_gadgetrequest(request, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "cancel", request, acting_user=acting_user, note=note, expected_version=expected_version
    )
