"""The lifecycle of an agreement (ADR 0016), under the Law on International Agreements 2020.

    status               → target        step                permission, on the very record
    draft                → consultation  consult             change_agreement (Officers)
    consultation         → legal_review  close_consultation  coordinate_agreement (Coordinators,
                                                             city-wide)
    legal_review         → approved      approve             approve_agreement (Approvers)
    consultation, legal_review,
    approved             → draft         send_back           approve_agreement (with a reason)
    approved             → in_force      sign                change_agreement (Officers record it)
    in_force             → expired       expire              change_agreement (after expiry)
    in_force             → terminated    terminate           approve_agreement (with a reason)
    in_force             → superseded    supersede           change_agreement (with a reason)

Officers and Approvers act in the agreement's owning unit (and the units below theirs).

Checks: consultation needs at least one partner party; closing it needs at least one body
consulted and every answer in (or, past its deadline, a note saying why the city goes on
without it); approving needs the legal opinion (body and date); signing needs the signing date
(not in the future), place and signatory. Signing a renewal supersedes the agreement it renews.
Only these functions assign ``status`` (through :meth:`caunoi.core.workflow.Workflow.run`).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from caunoi.agreements.choices import AgreementLink
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import Agreement, AgreementLogEntry
from caunoi.core.workflow import Transition, Workflow

COORDINATE = "agreements.coordinate_agreement"

FLOW = Workflow(
    Agreement,
    log_model=AgreementLogEntry,
    transitions=[
        Transition(
            "consult", (S.DRAFT,), S.CONSULTATION, "change", gettext_lazy("Send for consultation")
        ),
        Transition(
            "close_consultation",
            (S.CONSULTATION,),
            S.LEGAL_REVIEW,
            "coordinate",
            gettext_lazy("Close consultation, go to legal review"),
        ),
        Transition(
            "approve",
            (S.LEGAL_REVIEW,),
            S.APPROVED,
            "approve",
            gettext_lazy("Approve for signing"),
            style="success",
        ),
        Transition(
            "send_back",
            (S.CONSULTATION, S.LEGAL_REVIEW, S.APPROVED),
            S.DRAFT,
            "approve",
            gettext_lazy("Send back to draft"),
            note_required=True,
            style="warning",
        ),
        Transition(
            "sign",
            (S.APPROVED,),
            S.IN_FORCE,
            "change",
            gettext_lazy("Record the signing"),
            style="success",
        ),
        Transition(
            "expire",
            (S.IN_FORCE,),
            S.EXPIRED,
            "change",
            gettext_lazy("Mark as expired"),
            style="secondary",
        ),
        Transition(
            "terminate",
            (S.IN_FORCE,),
            S.TERMINATED,
            "approve",
            gettext_lazy("Terminate"),
            note_required=True,
            style="danger",
        ),
        Transition(
            "supersede",
            (S.IN_FORCE,),
            S.SUPERSEDED,
            "change",
            gettext_lazy("Mark as superseded"),
            note_required=True,
            style="secondary",
        ),
    ],
)


def may_coordinate(agreement, user) -> bool:
    """Coordinators (the Department of Foreign Affairs) run consultation for every unit's
    agreements: the permission anywhere and the agreement in view (ADR 0016)."""
    if not (user and user.is_authenticated and user.has_perm(COORDINATE)):
        return False
    return Agreement.objects.restrict(user).filter(pk=agreement.pk).exists()


def _may_expire(agreement, user) -> bool:
    """The button shows once the expiry date has passed (the step refuses it before)."""
    expires_on = agreement.expires_on
    return (
        expires_on is not None
        and expires_on < timezone.localdate()
        and FLOW.permitted(FLOW.get("expire"), agreement, user)
    )


AUTHORIZE = {"close_consultation": may_coordinate, "expire": _may_expire}


def available(agreement, user) -> list[Transition]:
    """The steps the user may take on the agreement now (for buttons)."""
    return FLOW.available(agreement, user, authorize=AUTHORIZE)


def _tell_the_unit(message: str):
    """After commit: the agreement's owning unit (its officers) is told."""

    def notify_unit(agreement: Agreement, entry) -> None:
        from caunoi.accounts.scope import users_holding
        from caunoi.core.notifications import notify

        people = users_holding("agreements.change_agreement", agreement.owner_unit)
        notify(
            people,
            message,
            {"name": agreement.name},
            url=agreement.get_absolute_url(),
            key=f"agreement-{agreement.pk}-{entry.pk}",
        )

    return notify_unit


def _tell_the_coordinators(agreement: Agreement, entry) -> None:
    from caunoi.core.notifications import notify

    notify(
        coordinators(),
        gettext_noop("The agreement “%(name)s” was sent for consultation."),
        {"name": agreement.name},
        url=agreement.get_absolute_url(),
        key=f"agreement-{agreement.pk}-{entry.pk}",
    )


def coordinators():
    """Active users holding the coordination permission in any unit."""
    from caunoi.accounts.models import Membership, User

    memberships = Membership.objects.active().filter(
        role__permissions__content_type__app_label="agreements",
        role__permissions__codename="coordinate_agreement",
    )
    return User.objects.filter(is_active=True, memberships__in=memberships).distinct()


# -- the steps ---------------------------------------------------------------------------------
def consult_agreement(agreement, *, acting_user, note="", expected_version=None):
    """Draft → consultation. Side effects: coordinators are told to record the consultation."""

    def check(record: Agreement) -> None:
        if not record.partners.exists():
            raise ValidationError(_("Name at least one partner party before consultation."))

    return FLOW.run(
        "consult",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
        after_commit=_tell_the_coordinators,
    )


def close_consultation_agreement(agreement, *, acting_user, note="", expected_version=None):
    """Consultation → legal review, once the bodies consulted have answered (or, past their
    deadline, with a note saying why the city proceeds without the answer)."""
    today = timezone.localdate()

    def check(record: Agreement) -> None:
        consultations = list(record.consultations.all())
        if not consultations:
            raise ValidationError(_("Record at least one consulted body first."))
        waiting = [c for c in consultations if not c.answered]
        not_due = [c.body for c in waiting if not c.overdue_on(today)]
        if not_due:
            raise ValidationError(
                _("Still waiting for an answer from: %(bodies)s.") % {"bodies": ", ".join(not_due)}
            )
        if waiting and not (note or "").strip():
            raise ValidationError(
                {
                    "note": _(
                        "Some answers never came (%(bodies)s): say in the note why the "
                        "agreement goes on without them."
                    )
                    % {"bodies": ", ".join(c.body for c in waiting)}
                }
            )

    return FLOW.run(
        "close_consultation",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        authorize=may_coordinate,
        check=check,
        after_commit=_tell_the_unit(
            gettext_noop("Consultation on “%(name)s” is closed: the legal review follows.")
        ),
    )


def approve_agreement(agreement, *, acting_user, note="", expected_version=None):
    """Legal review → approved for signing. Needs the legal opinion on the record."""

    def check(record: Agreement) -> None:
        missing = [
            str(Agreement._meta.get_field(name).verbose_name)
            for name in ("legal_review_body", "legal_review_on")
            if not getattr(record, name)
        ]
        if missing:
            raise ValidationError(
                _("Enter the legal opinion before approving: %(missing)s.")
                % {"missing": ", ".join(missing)},
                code="legal_review_missing",
            )

    return FLOW.run(
        "approve",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
        after_commit=_tell_the_unit(
            gettext_noop("The agreement “%(name)s” was approved for signing.")
        ),
    )


def send_back_agreement(agreement, *, acting_user, note="", expected_version=None):
    """Back to draft, with the reason. Side effects: the owning unit is told."""
    return FLOW.run(
        "send_back",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        after_commit=_tell_the_unit(
            gettext_noop("The agreement “%(name)s” was sent back to draft.")
        ),
    )


def sign_agreement(agreement, *, acting_user, note="", expected_version=None):
    """Approved → in force. Needs the signing date, place and signatory; the date it comes
    into force defaults to the signing date. Signing a renewal supersedes the agreement it
    renews (its own log entry says so)."""
    today = timezone.localdate()

    def check(record: Agreement) -> None:
        missing = [
            str(Agreement._meta.get_field(name).verbose_name)
            for name in ("signed_on", "signed_place", "signatory")
            if not getattr(record, name)
        ]
        if missing:
            raise ValidationError(
                _("Enter the signing before recording it: %(missing)s.")
                % {"missing": ", ".join(missing)},
                code="signing_missing",
            )
        if record.signed_on > today:
            raise ValidationError(_("A signing date cannot be in the future."))
        if not record.indefinite and not record.expires_on:
            raise ValidationError(
                _("Give the expiry date, or tick “indefinite” if the agreement has none.")
            )

    def changes(record: Agreement) -> dict:
        return {} if record.effective_on else {"effective_on": record.signed_on}

    with transaction.atomic():
        signed = FLOW.run(
            "sign",
            agreement,
            acting_user=acting_user,
            note=note,
            expected_version=expected_version,
            check=check,
            changes=changes,
        )
        previous = signed.previous if signed.link == AgreementLink.RENEWAL else None
        if previous is not None and previous.status == S.IN_FORCE:
            FLOW.run(
                "supersede",
                previous,
                acting_user=acting_user,
                note=_("Renewed by “%(name)s”.") % {"name": signed.name},
                authorize=lambda record, user: True,  # follows from the renewal's signing
                changes={"ended_on": signed.in_force_from},
            )
    return signed


def expire_agreement(agreement, *, acting_user, note="", expected_version=None):
    """In force → expired, once its expiry date has passed."""
    today = timezone.localdate()

    def check(record: Agreement) -> None:
        if not record.expires_on or record.expires_on >= today:
            raise ValidationError(_("An agreement expires only after its expiry date."))

    return FLOW.run(
        "expire",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        check=check,
        changes=lambda record: {"ended_on": record.expires_on},
    )


def terminate_agreement(agreement, *, acting_user, note="", expected_version=None):
    """In force → terminated early, with the reason. The owning unit is told."""
    return FLOW.run(
        "terminate",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        changes={"ended_on": timezone.localdate()},
        after_commit=_tell_the_unit(gettext_noop("The agreement “%(name)s” was terminated.")),
    )


def supersede_agreement(agreement, *, acting_user, note="", expected_version=None):
    """In force → superseded by a later text, with a note naming it."""
    return FLOW.run(
        "supersede",
        agreement,
        acting_user=acting_user,
        note=note,
        expected_version=expected_version,
        changes={"ended_on": timezone.localdate()},
    )


TRANSITIONS = {
    "consult": consult_agreement,
    "close_consultation": close_consultation_agreement,
    "approve": approve_agreement,
    "send_back": send_back_agreement,
    "sign": sign_agreement,
    "expire": expire_agreement,
    "terminate": terminate_agreement,
    "supersede": supersede_agreement,
}
