"""Explicit workflows (STYLE.md "Workflows"): a transition table and one runner.

An app's ``workflow.py`` opens with its table and adds one named function per transition::

    FLOW = Workflow(
        Delegation,
        log_model=DelegationLogEntry,
        transitions=[
            Transition("submit", (DRAFT, RETURNED), SUBMITTED, "change", _("Submit")),
            Transition("approve", (SUBMITTED,), APPROVED, "approve", _("Approve")),
        ],
    )

    def submit_delegation(delegation, *, acting_user, note="", expected_version=None):
        \"\"\"Side effects: freezes the approver chain; notifies the first approver.\"\"\"
        return FLOW.run("submit", delegation, acting_user=acting_user, note=note, ...)

:meth:`Workflow.run` is the only code that assigns a status. In one transaction it re-reads the
row with ``SELECT … FOR UPDATE``, refuses a stale version (:class:`ConcurrentEditError`) or a
transition the current status does not allow (:class:`TransitionNotAllowed`, so a second
approval of the same request changes nothing), checks the permission on the very record,
runs the app's check, saves with ``update_fields`` (change log, version), writes a log entry,
and schedules side effects with ``transaction.on_commit``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from caunoi.core.context import current
from caunoi.core.models import ConcurrentEditError
from caunoi.core.scope import perm_name


@dataclass(frozen=True)
class Transition:
    name: str  # the verb: "submit", "approve"
    sources: tuple[str, ...]  # statuses it may start from
    target: str
    action: str  # permission action on the record: "change" → app.change_model
    label: object = ""  # button text (lazy translation)
    note_required: bool = False  # returning or rejecting must say why
    style: str = "primary"  # button colour: primary, success, warning, danger, secondary


class TransitionNotAllowed(Exception):
    """The record's status does not allow this transition (it may have moved meanwhile)."""

    def __init__(self, obj, transition: Transition, status: str):
        self.obj, self.transition, self.status = obj, transition, status
        super().__init__(self.message)

    @property
    def message(self) -> str:
        label = dict(type(self.obj)._meta.get_field("status").choices).get(self.status, self.status)
        return _("This record is now “%(status)s”: “%(action)s” is not possible.") % {
            "status": label,
            "action": self.transition.label or self.transition.name,
        }


@dataclass
class Workflow:
    model: type
    transitions: list[Transition]
    log_model: type | None = None
    status_field: str = "status"
    by_name: dict[str, Transition] = field(init=False)

    def __post_init__(self):
        self.by_name = {t.name: t for t in self.transitions}
        statuses = {
            value for value, _label in self.model._meta.get_field(self.status_field).choices
        }
        for t in self.transitions:
            unknown = ({t.target, *t.sources}) - statuses
            if unknown:
                raise ValueError(f"{self.model.__name__} workflow: unknown statuses {unknown}")

    def get(self, name: str) -> Transition:
        return self.by_name[name]

    def table(self) -> dict[str, dict[str, str]]:
        """status → {target: permission}: the table as data, for docs and tests."""
        rows: dict[str, dict[str, str]] = {}
        for t in self.transitions:
            for source in t.sources:
                rows.setdefault(source, {})[t.target] = perm_name(self.model, t.action)
        return rows

    def permitted(self, transition: Transition, obj, user) -> bool:
        return bool(user and user.is_authenticated) and user.has_perm(
            perm_name(self.model, transition.action), obj
        )

    def available(
        self, obj, user, authorize: dict[str, Callable] | None = None
    ) -> list[Transition]:
        """Transitions the user could run on ``obj`` now (for buttons)."""
        status = getattr(obj, self.status_field)
        authorize = authorize or {}
        return [
            t
            for t in self.transitions
            if status in t.sources
            and (
                authorize[t.name](obj, user)
                if t.name in authorize
                else self.permitted(t, obj, user)
            )
        ]

    def run(
        self,
        name: str,
        obj,
        *,
        acting_user,
        note: str = "",
        expected_version: int | None = None,
        authorize: Callable | None = None,
        check: Callable | None = None,
        changes: dict | Callable | None = None,
        after_commit: Callable | None = None,
        log_extra: dict | None = None,
    ):
        """Move ``obj`` along transition ``name``; return the saved, fresh record.

        ``authorize(record, user) -> bool`` replaces the default permission check (an approver
        chain); ``check(record)`` raises ``ValidationError`` for business rules; ``changes`` are
        more fields to set (a dict, or ``changes(record) -> dict``); ``after_commit(record,
        entry)`` runs once the transaction has committed (notifications, jobs).
        """
        transition = self.get(name)
        note = (note or "").strip()
        with transaction.atomic():
            record = type(obj)._base_manager.select_for_update().get(pk=obj.pk)
            if expected_version is not None and record.version != int(expected_version):
                raise ConcurrentEditError(obj, record.version)
            status = getattr(record, self.status_field)
            if status not in transition.sources:
                raise TransitionNotAllowed(record, transition, status)
            allowed = (
                authorize(record, acting_user)
                if authorize
                else self.permitted(transition, record, acting_user)
            )
            if not allowed:
                raise PermissionDenied
            if transition.note_required and not note:
                raise ValidationError({"note": _("Say why: the note is required for this step.")})
            if check is not None:
                check(record)
            updates = changes(record) if callable(changes) else dict(changes or {})
            setattr(record, self.status_field, transition.target)
            for key, value in updates.items():
                setattr(record, key, value)
            record.save(update_fields=[self.status_field, *updates])
            entry = None
            if self.log_model is not None:
                entry = self.log_model.objects.create(
                    record=record,
                    transition=transition.name,
                    from_status=status,
                    to_status=transition.target,
                    actor=acting_user if getattr(acting_user, "pk", None) else None,
                    actor_name=_actor_name(acting_user),
                    note=note,
                    request_id=current().request_id,
                    **(log_extra or {}),
                )
            if after_commit is not None:
                transaction.on_commit(partial(after_commit, record, entry))
        return record


def _actor_name(user) -> str:
    if not getattr(user, "pk", None):
        return ""
    return (user.get_full_name() or user.get_username())[:150]
