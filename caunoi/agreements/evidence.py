"""What may be linked to an implementation plan item as evidence: a registry (ADR 0017).

The agreements app registers events; the delegations app (or the lead) registers delegations
the same way, without changing this module::

    from caunoi.agreements.evidence import EvidenceKind, register_evidence_kind

    register_evidence_kind(
        EvidenceKind(
            "delegations.delegation",
            _("Delegation"),
            "plane-departure",
            candidates=lambda user, agreement: Delegation.objects.restrict(user).filter(
                partners__in=agreement.partners.all()
            ),
            day=lambda d: d.start_date,
        )
    )

``candidates(user, agreement)`` returns the records the user may link (already restricted to
what the user sees; the agreement's partners first is a good order); ``day(record)`` is the date
the record counts from for the agreement's "last activity".
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

MAX_CHOICES = 200


@dataclass(frozen=True)
class EvidenceKind:
    model_label: str  # "events.event"
    label: object  # "Event" (lazy translation)
    icon: str
    candidates: Callable  # (user, agreement) -> QuerySet the user may link
    day: Callable[[object], datetime.date | None]

    @property
    def model(self):
        return apps.get_model(self.model_label)


kinds: dict[str, EvidenceKind] = {}


def register_evidence_kind(kind: EvidenceKind) -> None:
    kinds[kind.model_label.lower()] = kind


def choices_for(user, agreement) -> list:
    """Grouped choices ``[(label, [("events.event:12", "…"), …]), …]`` for the link form."""
    groups = []
    for key, kind in kinds.items():
        rows = kind.candidates(user, agreement)[:MAX_CHOICES]
        options = [(f"{key}:{obj.pk}", _describe(kind, obj)) for obj in rows]
        if options:
            groups.append((str(kind.label), options))
    return groups


def _describe(kind: EvidenceKind, obj) -> str:
    day = kind.day(obj)
    return f"{obj} · {day:%d/%m/%Y}" if day else str(obj)


def resolve(value: str, user):
    """The record named ``"events.event:12"`` if its kind is registered and the user sees it."""
    key, _sep, pk = (value or "").rpartition(":")
    kind = kinds.get(key.lower())
    if kind is None or not pk.isdigit():
        return None
    return kind.model.objects.restrict(user).filter(pk=int(pk)).first()


@dataclass(frozen=True)
class Linked:
    """An evidence row as shown on a page: the record if the reader may open it."""

    evidence: object
    kind: EvidenceKind | None
    record: object | None

    @property
    def label(self) -> str:
        if self.record is None:
            return ""
        return _describe(self.kind, self.record) if self.kind else str(self.record)


def linked(evidence_rows, user) -> list[Linked]:
    """Evidence rows with their records, in one query per kind; records the user may not see
    stay unnamed."""
    rows = list(evidence_rows)
    by_type: dict[int, set[int]] = {}
    for row in rows:
        by_type.setdefault(row.content_type_id, set()).add(row.object_id)
    found: dict[tuple[int, int], object] = {}
    kind_of: dict[int, EvidenceKind | None] = {}
    for type_id, ids in by_type.items():
        ct = ContentType.objects.get_for_id(type_id)
        kind = kinds.get(f"{ct.app_label}.{ct.model}")
        kind_of[type_id] = kind
        if kind is None:
            continue
        for obj in kind.model.objects.restrict(user).filter(pk__in=ids):
            found[(type_id, obj.pk)] = obj
    return [
        Linked(
            row, kind_of.get(row.content_type_id), found.get((row.content_type_id, row.object_id))
        )
        for row in rows
    ]


# -- events, registered by this app ---------------------------------------------------------------
def _event_candidates(user, agreement):
    from django.db.models import Case, IntegerField, Value, When

    from caunoi.events.models import Event

    partner_ids = list(agreement.partners.values_list("pk", flat=True))
    return (
        Event.objects.restrict(user)
        .exclude(status="cancelled")
        .annotate(
            with_partner=Case(
                When(partners__in=partner_ids, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("with_partner", "-start_date")
        .distinct()
    )


def register_events() -> None:
    from django.utils.translation import gettext_lazy as _

    register_evidence_kind(
        EvidenceKind(
            "events.event",
            _("Event"),
            "calendar-event",
            candidates=_event_candidates,
            day=lambda e: e.start_date,
        )
    )
