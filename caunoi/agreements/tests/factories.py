"""Test data for agreements. Everything saves through the model (versioned, change-logged);
statuses are reached through the workflow functions, never by assigning a status."""

from __future__ import annotations

import datetime
import itertools

from django.utils import timezone

from caunoi.agreements import workflow
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import (
    Agreement,
    Consultation,
    PlanItem,
    Review,
)
from caunoi.partners.models import CooperationField
from caunoi.partners.tests import factories as pf

SERIAL = itertools.count(1)
YEAR = datetime.timedelta(days=365)
ORDER = [S.DRAFT, S.CONSULTATION, S.LEGAL_REVIEW, S.APPROVED, S.IN_FORCE]


def today() -> datetime.date:
    return timezone.localdate()


def partner(unit, name: str | None = None):
    return pf.partner(unit, name=name or f"Thủ đô Viêng Chăn {next(SERIAL)}")


FIELDS = {"education": ("Giáo dục – đào tạo", "Education"), "culture": ("Văn hóa", "Culture")}


def field(slug: str = "education") -> CooperationField:
    name, name_en = FIELDS.get(slug, (slug, slug))
    found = CooperationField.objects.filter(slug=slug).first()
    if found is None:
        found = CooperationField(slug=slug, name=name, name_en=name_en)
        found.save()
    return found


def draft(unit, *, partners=None, **fields) -> Agreement:
    values = {
        "name": f"TT{next(SERIAL)} Thỏa thuận hợp tác hữu nghị",
        "name_en": "Friendship and cooperation agreement",
        "kind": "friendship_cooperation",
        **fields,
    }
    made = Agreement(owner_unit=unit, **values)
    made.full_clean()
    made.save()
    made.partners.set(partners if partners is not None else [partner(unit)])
    made.cooperation_fields.set([field()])
    return made


def consultation(agreement, *, answered=True, sent_on=None, due_on=None, **fields):
    sent = sent_on or today() - datetime.timedelta(days=20)
    made = Consultation(
        agreement=agreement,
        owner_unit=agreement.owner_unit,
        body=fields.pop("body", f"Bộ Ngoại giao {next(SERIAL)}"),
        sent_on=sent,
        due_on=due_on if due_on is not None else sent + datetime.timedelta(days=15),
        answered_on=sent + datetime.timedelta(days=10) if answered else None,
        opinion="agree" if answered else "",
        **fields,
    )
    made.full_clean()
    made.save()
    return made


def _set(agreement, **fields) -> Agreement:
    fresh = Agreement.objects.get(pk=agreement.pk)
    for name, value in fields.items():
        setattr(fresh, name, value)
    fresh.full_clean()
    fresh.save()
    return fresh


def at(status: str, unit, actor, *, signed_on=None, expires_on=None, **fields) -> Agreement:
    """An agreement of ``unit`` moved by ``actor`` (an administrator) up to ``status``."""
    agreement = draft(unit, **fields)
    if status == S.DRAFT:
        return agreement
    agreement = workflow.consult_agreement(agreement, acting_user=actor)
    if status == S.CONSULTATION:
        return agreement
    consultation(agreement)
    agreement = workflow.close_consultation_agreement(agreement, acting_user=actor)
    if status == S.LEGAL_REVIEW:
        return agreement
    agreement = _set(
        agreement,
        legal_review_body="Sở Tư pháp",
        legal_review_on=today(),
        legal_review_reference="12/STP",
    )
    agreement = workflow.approve_agreement(agreement, acting_user=actor)
    if status == S.APPROVED:
        return agreement
    signed = signed_on or today() - datetime.timedelta(days=30)
    agreement = _set(
        agreement,
        signed_on=signed,
        signed_place="Hà Nội",
        signatory="Chủ tịch UBND thành phố",
        expires_on=None if agreement.indefinite else (expires_on or signed + 5 * YEAR),
    )
    agreement = workflow.sign_agreement(agreement, acting_user=actor)
    if status == S.IN_FORCE:
        return agreement
    if status == S.TERMINATED:
        return workflow.terminate_agreement(agreement, acting_user=actor, note="Hai bên thống nhất")
    if status == S.SUPERSEDED:
        return workflow.supersede_agreement(agreement, acting_user=actor, note="Văn bản mới")
    raise ValueError(status)


def in_force(unit, actor, **kw) -> Agreement:
    return at(S.IN_FORCE, unit, actor, **kw)


def plan_item(agreement, *, responsible_unit=None, deadline=None, **fields) -> PlanItem:
    made = PlanItem(
        agreement=agreement,
        owner_unit=agreement.owner_unit,
        title=fields.pop("title", f"Hạng mục {next(SERIAL)}: trao đổi đoàn"),
        responsible_unit=responsible_unit or agreement.owner_unit,
        deadline=deadline,
        **fields,
    )
    made.full_clean()
    made.save()
    return made


def review(agreement, *, reviewed_on=None, **fields) -> Review:
    made = Review(
        agreement=agreement,
        owner_unit=agreement.owner_unit,
        reviewed_on=reviewed_on or today(),
        effectiveness=fields.pop("effectiveness", "effective"),
        findings=fields.pop("findings", "Đã triển khai nhiều hoạt động giao lưu."),
        recommendation=fields.pop("recommendation", "continue"),
        reviewer=fields.pop("reviewer", "Sở Ngoại vụ"),
        **fields,
    )
    made.full_clean()
    made.save()
    return made
