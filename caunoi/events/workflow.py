"""An event's status (ADR 0024): planned → confirmed → held; cancelled and reopened.

    planned   → confirmed (confirm), held (complete), cancelled (cancel)
    confirmed → held (complete), cancelled (cancel), planned (unconfirm)
    cancelled → planned (reopen)

Every step needs ``events.change_event`` on the very event (its organising unit's officers,
approvers and coordinators). Cancelling says why. An event is marked held only once it has
begun.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from caunoi.core.workflow import Transition, Workflow
from caunoi.events.choices import EventStatus as S
from caunoi.events.models import Event, EventLogEntry

FLOW = Workflow(
    Event,
    log_model=EventLogEntry,
    transitions=[
        Transition("confirm", (S.PLANNED,), S.CONFIRMED, "change", gettext_lazy("Confirm")),
        Transition(
            "complete",
            (S.PLANNED, S.CONFIRMED),
            S.DONE,
            "change",
            gettext_lazy("Mark as held"),
            style="success",
        ),
        Transition(
            "unconfirm",
            (S.CONFIRMED,),
            S.PLANNED,
            "change",
            gettext_lazy("Back to planned"),
            style="secondary",
        ),
        Transition(
            "cancel",
            (S.PLANNED, S.CONFIRMED),
            S.CANCELLED,
            "change",
            gettext_lazy("Cancel the event"),
            note_required=True,
            style="danger",
        ),
        Transition(
            "reopen", (S.CANCELLED,), S.PLANNED, "change", gettext_lazy("Reopen"), style="secondary"
        ),
    ],
)


def confirm_event(event, *, acting_user, note="", expected_version=None):
    """The organisers have confirmed date and partners. No other side effect."""
    return FLOW.run(
        "confirm", event, acting_user=acting_user, note=note, expected_version=expected_version
    )


def complete_event(event, *, acting_user, note="", expected_version=None):
    """The event took place; refused before its first day."""

    def check(record):
        if record.start_date > timezone.localdate():
            raise ValidationError(_("An event can be marked as held only once it has begun."))

    return FLOW.run(
        "complete",
        event,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
    )


def unconfirm_event(event, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "unconfirm", event, acting_user=acting_user, note=note, expected_version=expected_version
    )


def cancel_event(event, *, acting_user, note="", expected_version=None):
    """Called off; the note says why. The event stays on the calendar, struck through."""
    return FLOW.run(
        "cancel", event, acting_user=acting_user, note=note, expected_version=expected_version
    )


def reopen_event(event, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "reopen", event, acting_user=acting_user, note=note, expected_version=expected_version
    )


TRANSITIONS = {
    "confirm": confirm_event,
    "complete": complete_event,
    "unconfirm": unconfirm_event,
    "cancel": cancel_event,
    "reopen": reopen_event,
}
