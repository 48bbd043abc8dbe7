"""The workflows of delegations (ADR 0021): a trip abroad's approval and an inbound visit.

Outbound (đoàn ra)::

    status               →  target      step         who
    draft, returned      →  submitted   submit       delegations.change_delegation
    submitted            →  submitted   endorse      the current approver (not the last)
    submitted            →  approved    approve      the current approver (the last one)
    submitted            →  returned    send_back    the current approver (says why)
    submitted            →  rejected    reject       the current approver (says why)
    approved             →  travelling  depart       delegations.change_delegation
    approved, travelling →  back        come_back    delegations.change_delegation
    back                 →  reported    file_report  delegations.change_delegation
    reported             →  closed      close        delegations.approve_delegation
    draft, submitted,
    returned, approved   →  cancelled   cancel       delegations.change_delegation (says why)

Inbound (đoàn vào)::

    proposed             →  confirmed   confirm      delegations.change_delegation
    confirmed            →  under_way   begin        delegations.change_delegation
    under_way            →  completed   complete     delegations.change_delegation
    proposed, confirmed  →  cancelled   cancel       delegations.change_delegation (says why)

The approver chain is fixed at submission from the level (:mod:`caunoi.delegations.chain`): a unit's
Approvers for a unit-level trip; the Department of Foreign Affairs (Coordinators) and then the
city leadership (Approvers in a city-leadership unit) for a city-level one. Each submission
opens a new round of :class:`ApprovalStep` rows; only the step waiting now may be decided,
by the people frozen on it, and only they are notified. Only these functions assign
``status`` (through :meth:`caunoi.core.workflow.Workflow.run`).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from caunoi.core.workflow import Transition, TransitionNotAllowed, Workflow
from caunoi.delegations.chain import (  # noqa: F401  (callers read them from here too)
    APPROVE_PERM,
    ChainStep,
    approver_chain,
    city_leaders,
    coordinators,
    current_approvers,
    freeze_chain,
    is_current_approver,
    unit_approvers,
)
from caunoi.delegations.choices import Decision, MemberRole, StepKind
from caunoi.delegations.choices import Status as S
from caunoi.delegations.models import Delegation, DelegationLogEntry
from caunoi.delegations.models.delegations import lead_days, short_notice

OUTBOUND = Workflow(
    Delegation,
    log_model=DelegationLogEntry,
    transitions=[
        Transition(
            "submit",
            (S.DRAFT, S.RETURNED),
            S.SUBMITTED,
            "change",
            gettext_lazy("Submit for approval"),
        ),
        Transition(
            "endorse",
            (S.SUBMITTED,),
            S.SUBMITTED,
            "approve",
            gettext_lazy("Approve"),
            style="success",
        ),
        Transition(
            "approve",
            (S.SUBMITTED,),
            S.APPROVED,
            "approve",
            gettext_lazy("Approve"),
            style="success",
        ),
        Transition(
            "send_back",
            (S.SUBMITTED,),
            S.RETURNED,
            "approve",
            gettext_lazy("Return for changes"),
            note_required=True,
            style="warning",
        ),
        Transition(
            "reject",
            (S.SUBMITTED,),
            S.REJECTED,
            "approve",
            gettext_lazy("Reject"),
            note_required=True,
            style="danger",
        ),
        Transition("depart", (S.APPROVED,), S.TRAVELLING, "change", gettext_lazy("Set off")),
        Transition(
            "come_back",
            (S.APPROVED, S.TRAVELLING),
            S.BACK,
            "change",
            gettext_lazy("Back from the trip"),
        ),
        Transition(
            "file_report",
            (S.BACK,),
            S.REPORTED,
            "change",
            gettext_lazy("File the results report"),
            style="success",
        ),
        Transition(
            "close", (S.REPORTED,), S.CLOSED, "approve", gettext_lazy("Close"), style="secondary"
        ),
        Transition(
            "cancel",
            (S.DRAFT, S.SUBMITTED, S.RETURNED, S.APPROVED),
            S.CANCELLED,
            "change",
            gettext_lazy("Cancel"),
            note_required=True,
            style="danger",
        ),
    ],
)

INBOUND = Workflow(
    Delegation,
    log_model=DelegationLogEntry,
    transitions=[
        Transition(
            "confirm", (S.PROPOSED,), S.CONFIRMED, "change", gettext_lazy("Confirm the visit")
        ),
        Transition(
            "begin", (S.CONFIRMED,), S.UNDER_WAY, "change", gettext_lazy("The visit has begun")
        ),
        Transition(
            "complete",
            (S.UNDER_WAY,),
            S.COMPLETED,
            "change",
            gettext_lazy("Complete, with minutes"),
            style="success",
        ),
        Transition(
            "cancel",
            (S.PROPOSED, S.CONFIRMED),
            S.CANCELLED,
            "change",
            gettext_lazy("Cancel"),
            note_required=True,
            style="danger",
        ),
    ],
)

DECIDING = ("endorse", "approve", "send_back", "reject")


def flow_of(delegation) -> Workflow:
    return OUTBOUND if delegation.is_outbound else INBOUND


# -- notifications -----------------------------------------------------------------------------
def _notify(users, message: str, delegation, key: str, level: str = "info") -> None:
    from caunoi.core.notifications import notify

    notify(
        users,
        message,
        {"name": delegation.name},
        url=delegation.get_absolute_url(),
        key=key,
        level=level,
    )


def _tell_current_approvers(delegation, entry) -> None:
    step = delegation.current_step()
    if step is None:
        return
    _notify(
        step.approvers.all(),
        gettext_noop("The delegation “%(name)s” waits for your approval."),
        delegation,
        key=f"delegation-{delegation.pk}-step-{step.pk}",
        level="warning",
    )


def _tell_the_requester(message: str):
    def tell(delegation, entry) -> None:
        submitted = delegation.log_entries.filter(transition="submit").order_by("-time").first()
        people = [p for p in (getattr(submitted, "actor", None), delegation.contact_person) if p]
        _notify(people, message, delegation, key=f"delegation-{delegation.pk}-{entry.pk}")

    return tell


# -- outbound steps ----------------------------------------------------------------------------
def _run(name, delegation, *, acting_user, note, expected_version, **options):
    flow = flow_of(delegation)
    if name not in flow.by_name:  # an outbound step on a visit received, or the reverse
        other = INBOUND if flow is OUTBOUND else OUTBOUND
        raise TransitionNotAllowed(delegation, other.get(name), delegation.status)
    return flow.run(
        name,
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        **options,
    )


def submission_warnings(delegation, today=None) -> list[str]:
    """What the officer and the approvers should know at submission (not refusals)."""
    today = today or timezone.localdate()
    days = lead_days()
    warnings = []
    if delegation.start_date and short_notice(delegation.start_date, today, days):
        warnings.append(
            _(
                "Submitted %(left)s days before departure: requests should reach the approvers "
                "at least %(days)s days ahead."
            )
            % {"left": (delegation.start_date - today).days, "days": days}
        )
    return warnings


def submit_delegation(delegation, *, acting_user, note="", expected_version=None):
    """Ask for approval of a trip abroad (again, after a return).

    Refused without a head of delegation, or when nobody holds a step of the chain. Side
    effects: freezes a new round of the approver chain from the level; flags short notice
    (``CAUNOI_DELEGATION_LEAD_DAYS``); notifies the first approver only.
    """
    today = timezone.localdate()

    def check(record):
        if not record.is_outbound:
            raise ValidationError(_("Only a trip abroad is submitted for approval."))
        if not record.members.filter(role=MemberRole.HEAD).exists():
            raise ValidationError(_("Name the head of the delegation among its members first."))
        for step in approver_chain(record):
            if not step.approvers:
                raise ValidationError(
                    _("Nobody can approve this request yet (%(step)s): ask the administrator.")
                    % {"step": StepKind(step.kind).label}
                )

    with transaction.atomic():
        record = _run(
            "submit",
            delegation,
            acting_user=acting_user,
            note=note,
            expected_version=expected_version,
            check=check,
            changes=lambda r: {
                "submitted_on": today,
                "short_notice": short_notice(r.start_date, today, lead_days()),
            },
            after_commit=_tell_current_approvers,
        )
        freeze_chain(record, approver_chain(record))
    return record


class AlreadyDecided(TransitionNotAllowed):
    """The user has already decided on this request's current round: nothing to do twice."""

    @property
    def message(self) -> str:
        return _("You have already approved this request; it now waits for the next approver.")


def _authorize_current(record, user) -> bool:
    if is_current_approver(record, user):
        return True
    step_round = record.approval_steps.aggregate(m=Max("round"))["m"]
    if (
        step_round
        and record.approval_steps.filter(
            round=step_round, decided_by=user, decision=Decision.APPROVED
        ).exists()
    ):
        raise AlreadyDecided(record, OUTBOUND.get("approve"), record.status)
    return False


def _decide(
    step_name: str, decision: str, delegation, *, acting_user, note, expected_version, after_commit
):
    now = timezone.now()
    with transaction.atomic():
        record = _run(
            step_name,
            delegation,
            acting_user=acting_user,
            note=note,
            expected_version=expected_version,
            authorize=_authorize_current,
            after_commit=after_commit,
        )
        step = record.approval_steps.select_for_update().get(decision=Decision.PENDING)
        step.decision, step.decided_by, step.decided_at, step.note = (
            decision,
            acting_user,
            now,
            note,
        )
        step.save(update_fields=["decision", "decided_by", "decided_at", "note"])
        later = record.approval_steps.filter(round=step.round, decision=Decision.QUEUED)
        if decision == Decision.APPROVED and step_name == "endorse":
            following = later.order_by("order").first()
            following.decision = Decision.PENDING
            following.save(update_fields=["decision"])
        elif decision != Decision.APPROVED:
            later.update(decision=Decision.WITHDRAWN)
    return record


def approve_delegation(delegation, *, acting_user, note="", expected_version=None):
    """The current approver approves. Before the last step the request stays "awaiting
    approval" and moves to the next approver (who alone is notified); at the last step it is
    approved and the requester is told. A second approval of the same request is refused
    (:class:`TransitionNotAllowed`: 409 on the API) and changes nothing."""
    step = delegation.current_step()
    last = (
        step is not None
        and not delegation.approval_steps.filter(
            round=step.round, decision=Decision.QUEUED
        ).exists()
    )
    if step is None or last:
        return _decide(
            "approve",
            Decision.APPROVED,
            delegation,
            acting_user=acting_user,
            note=note,
            expected_version=expected_version,
            after_commit=_tell_the_requester(
                gettext_noop("The delegation “%(name)s” was approved.")
            ),
        )
    return _decide(
        "endorse",
        Decision.APPROVED,
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        after_commit=_tell_current_approvers,
    )


def send_back_delegation(delegation, *, acting_user, note="", expected_version=None):
    """Returned for changes (says why); the requester is told and may resubmit."""
    return _decide(
        "send_back",
        Decision.RETURNED,
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        after_commit=_tell_the_requester(
            gettext_noop("The delegation “%(name)s” was returned for changes.")
        ),
    )


def reject_delegation(delegation, *, acting_user, note="", expected_version=None):
    """Refused (says why); the requester is told."""
    return _decide(
        "reject",
        Decision.REJECTED,
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        after_commit=_tell_the_requester(gettext_noop("The delegation “%(name)s” was rejected.")),
    )


def _not_before_start(record):
    if record.start_date > timezone.localdate():
        raise ValidationError(_("The delegation has not started yet."))


def depart_delegation(delegation, *, acting_user, note="", expected_version=None):
    """The delegation has set off (refused before its first day)."""
    return _run(
        "depart",
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=_not_before_start,
    )


def come_back_delegation(delegation, *, acting_user, note="", expected_version=None):
    """Back home: the results report is now due (``CAUNOI_DELEGATION_REPORT_DAYS``)."""
    return _run(
        "come_back",
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=_not_before_start,
    )


def file_report_delegation(delegation, *, acting_user, note="", expected_version=None):
    """The results report is filed; refused while the report is empty. Side effects: the
    filing date is kept; the approvers of the unit are told."""

    def check(record):
        if not record.results_report.strip():
            raise ValidationError(
                _("Write the results report first (Edit → results report), then file it.")
            )

    def tell(record, entry):
        _notify(
            unit_approvers(record.owner_unit),
            gettext_noop("The results report of “%(name)s” was filed."),
            record,
            key=f"delegation-{record.pk}-{entry.pk}",
        )

    return _run(
        "file_report",
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
        changes={"reported_on": timezone.localdate()},
        after_commit=tell,
    )


def close_delegation(delegation, *, acting_user, note="", expected_version=None):
    return _run(
        "close", delegation, acting_user=acting_user, note=note, expected_version=expected_version
    )


def cancel_delegation(delegation, *, acting_user, note="", expected_version=None):
    """Called off (says why), from any open state of either direction. Side effect: the
    steps still waiting in the approver chain are withdrawn."""
    with transaction.atomic():
        record = _run(
            "cancel",
            delegation,
            acting_user=acting_user,
            note=note,
            expected_version=expected_version,
        )
        record.approval_steps.filter(decision__in=[Decision.PENDING, Decision.QUEUED]).update(
            decision=Decision.WITHDRAWN
        )
    return record


# -- inbound steps -----------------------------------------------------------------------------
def confirm_delegation(delegation, *, acting_user, note="", expected_version=None):
    return _run(
        "confirm", delegation, acting_user=acting_user, note=note, expected_version=expected_version
    )


def begin_delegation(delegation, *, acting_user, note="", expected_version=None):
    """The visit is under way (refused before its first day)."""
    return _run(
        "begin",
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=_not_before_start,
    )


def complete_delegation(delegation, *, acting_user, note="", expected_version=None):
    """The visit is over; refused until its minutes are written."""

    def check(record):
        if not record.minutes.strip():
            raise ValidationError(_("Write the minutes of the visit first (Edit → minutes)."))

    return _run(
        "complete",
        delegation,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
    )


TRANSITIONS = {
    "submit": submit_delegation,
    "approve": approve_delegation,
    "send_back": send_back_delegation,
    "reject": reject_delegation,
    "depart": depart_delegation,
    "come_back": come_back_delegation,
    "file_report": file_report_delegation,
    "close": close_delegation,
    "cancel": cancel_delegation,
    "confirm": confirm_delegation,
    "begin": begin_delegation,
    "complete": complete_delegation,
}


def available(delegation, user) -> list[Transition]:
    """The buttons for this user now: deciding steps only for the current approver."""
    flow = flow_of(delegation)
    deciding = {name: (lambda d, u: is_current_approver(d, u)) for name in DECIDING}
    return [t for t in flow.available(delegation, user, deciding) if t.name != "endorse"]
