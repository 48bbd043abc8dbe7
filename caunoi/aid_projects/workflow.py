"""The workflow of an aid project (quy trình dự án viện trợ).

    status      →  target       step        permission
    proposed    →  approved     approve     aid_projects.approve_aidproject (Approvers,
                                                                             Coordinators)
    approved    →  under_way    start       aid_projects.change_aidproject
    under_way   →  completed    complete    aid_projects.change_aidproject
    proposed,
    approved,
    under_way   →  cancelled    cancel      aid_projects.change_aidproject (a reason is required)

Approving needs the approval decision (number, date, authority) on the record; emergency
relief decided without a written decision may be approved with a note saying who decided and
when. Only these functions assign ``status`` (through
:meth:`caunoi.core.workflow.Workflow.run`).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from caunoi.aid_projects.choices import AidModality
from caunoi.aid_projects.choices import AidStatus as S
from caunoi.aid_projects.models import AidProject, AidProjectLogEntry
from caunoi.core.workflow import Transition, Workflow

FLOW = Workflow(
    AidProject,
    log_model=AidProjectLogEntry,
    transitions=[
        Transition("approve", (S.PROPOSED,), S.APPROVED, "approve", _("Approve"), style="success"),
        Transition("start", (S.APPROVED,), S.UNDER_WAY, "change", _("Start")),
        Transition(
            "complete", (S.UNDER_WAY,), S.COMPLETED, "change", _("Complete"), style="success"
        ),
        Transition(
            "cancel",
            (S.PROPOSED, S.APPROVED, S.UNDER_WAY),
            S.CANCELLED,
            "change",
            _("Cancel"),
            note_required=True,
            style="danger",
        ),
    ],
)


def _decision_recorded(note: str):
    def check(project: AidProject) -> None:
        if project.modality == AidModality.EMERGENCY and note.strip():
            return  # emergency relief: the note says who decided
        missing = [
            str(AidProject._meta.get_field(name).verbose_name)
            for name in ("decision_number", "decision_date", "decision_authority")
            if not getattr(project, name)
        ]
        if missing:
            raise ValidationError(
                _("Enter the approval decision before approving: %(missing)s.")
                % {"missing": ", ".join(missing)},
                code="decision_missing",
            )

    return check


def _tell_the_unit(message: str):
    """After commit: the people responsible for aid in the project's unit are told."""

    def notify_unit(project: AidProject, entry) -> None:
        from caunoi.accounts.scope import users_holding
        from caunoi.core.notifications import notify

        people = users_holding("aid_projects.change_aidproject", project.owner_unit)
        notify(
            people,
            message,
            {"name": project.name},
            url=project.get_absolute_url(),
            key=f"aidproject-{project.pk}-{entry.pk}",
        )

    return notify_unit


def approve_aidproject(project, *, acting_user, note="", expected_version=None):
    """Side effects: the unit's aid officers are notified."""
    return FLOW.run(
        "approve",
        project,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=_decision_recorded(note or ""),
        after_commit=_tell_the_unit(gettext_noop("The aid project “%(name)s” was approved.")),
    )


def start_aidproject(project, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "start", project, acting_user=acting_user, note=note, expected_version=expected_version
    )


def complete_aidproject(project, *, acting_user, note="", expected_version=None):
    return FLOW.run(
        "complete", project, acting_user=acting_user, note=note, expected_version=expected_version
    )


def cancel_aidproject(project, *, acting_user, note="", expected_version=None):
    """Side effects: the unit's aid officers are notified."""
    return FLOW.run(
        "cancel",
        project,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        after_commit=_tell_the_unit(gettext_noop("The aid project “%(name)s” was cancelled.")),
    )
