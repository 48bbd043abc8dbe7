"""Demo data of the agreements: those named in the seed facts (Vientiane, Beijing, Guangzhou,
Cairo, the networks Hà Nội belongs to), demo agreements at every stage (some expiring within
30/90/180 days, some dormant), a renewal chain, implementation plans, and one review campaign
half done. Each is moved through the workflow by the demo administrator, so the log reads as
it would. Idempotent: agreements and the campaign are matched by title.

The events demo loads after this one: evidence links to its events are made when those exist
(a second ``load_demo`` links them).
"""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from caunoi.accounts.models import OrgUnit, User
from caunoi.agreements import workflow
from caunoi.agreements.campaigns import snapshot
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.demo_data import (
    CAMPAIGN,
    CHAIN,
    CONSULTED,
    DEMO_AGREEMENTS,
    DEMO_NOTE,
    EVIDENCE,
    PLANS,
    SEED_AGREEMENTS,
    SEED_NOTE,
    SEED_YEARS,
    SOURCES,
)
from caunoi.agreements.models import (
    Agreement,
    Consultation,
    PlanEvidence,
    PlanItem,
    Review,
    ReviewCampaign,
)
from caunoi.partners.models import CooperationField, Partner, PartnerRelation

UNIT_ACRONYMS = {
    "songoaivu": "SNgV",
    "haufo": "HAUFO",
    "sovanhoa": "SVHTT",
    "socongthuong": "SCT",
    "sogiaoduc": "SGDĐT",
}
D = datetime.timedelta


def _units() -> dict[str, OrgUnit]:
    by_acronym = {u.acronym: u for u in OrgUnit.objects.exclude(acronym="")}
    return {key: by_acronym[a] for key, a in UNIT_ACRONYMS.items() if a in by_acronym}


def _day(value, today) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, int):
        return today - D(days=value)
    return datetime.date.fromisoformat(value)


def _create(name, name_en, kind, unit, partners, fields, note, **extra) -> Agreement:
    agreement = Agreement(
        name=name, name_en=name_en, kind=kind, owner_unit=unit, description=note, **extra
    )
    agreement.full_clean()
    agreement.save()
    agreement.partners.set(partners)
    agreement.cooperation_fields.set(CooperationField.objects.filter(slug__in=fields))
    return agreement


def _set(agreement, **fields) -> Agreement:
    fresh = Agreement.objects.get(pk=agreement.pk)
    for key, value in fields.items():
        setattr(fresh, key, value)
    fresh.full_clean()
    fresh.save()
    return fresh


def _consult(agreement, admin, today, *, all_answered=True, before=None):
    """Consultation sent 40 days before ``before`` (the signing, or today)."""
    agreement = workflow.consult_agreement(agreement, acting_user=admin, note="Gửi lấy ý kiến")
    sent = (before or today) - D(days=40)
    for body, answered, opinion, text in CONSULTED:
        answered = answered or all_answered
        Consultation(
            agreement=agreement,
            owner_unit=agreement.owner_unit,
            body=body,
            sent_on=sent,
            due_on=sent + D(days=15),
            answered_on=sent + D(days=12) if answered else None,
            description=DEMO_NOTE,
            opinion=(opinion or "agree") if answered else "",
            opinion_text=text,
        ).save()
    return agreement


def advance(agreement, stage, admin, today, *, signed_on=None, expires_on=None):
    """Move a draft to ``stage`` through the workflow functions."""
    if stage == S.DRAFT:
        return agreement
    agreement = _consult(
        agreement, admin, today, all_answered=stage != S.CONSULTATION, before=signed_on
    )
    if stage == S.CONSULTATION:
        return agreement
    agreement = workflow.close_consultation_agreement(agreement, acting_user=admin)
    if stage == S.LEGAL_REVIEW:
        return agreement
    signed_on = signed_on or today - D(days=10)
    agreement = _set(
        agreement,
        legal_review_body="Sở Tư pháp",
        legal_review_on=min(signed_on - D(days=7), today),
        legal_review_reference="Văn bản thẩm định số …/STP-PL (demo)",
    )
    agreement = workflow.approve_agreement(agreement, acting_user=admin)
    if stage == S.APPROVED:
        return agreement
    agreement = _set(
        agreement,
        signed_on=signed_on,
        signed_place="Hà Nội",
        signatory="Chủ tịch UBND thành phố Hà Nội",
        expires_on=expires_on,
        indefinite=expires_on is None,
    )
    agreement = workflow.sign_agreement(agreement, acting_user=admin)
    if stage == S.EXPIRED:
        return workflow.expire_agreement(agreement, acting_user=admin)
    if stage == S.TERMINATED:
        return workflow.terminate_agreement(
            agreement, acting_user=admin, note="Hai bên thống nhất chấm dứt trước hạn (demo)."
        )
    return agreement


def _seed_agreements(units, admin, today) -> None:
    for (
        name,
        name_en,
        kind,
        unit_key,
        partner_names,
        fields,
        source,
        stage,
        years,
    ) in SEED_AGREEMENTS:
        if Agreement.all_objects.filter(name=name).exists():
            continue
        partners = list(Partner.objects.filter(name__in=partner_names))
        if not partners:
            continue
        relation = (
            PartnerRelation.objects.filter(partner=partners[0], start_date__isnull=False)
            .order_by("start_date")
            .first()
        )
        signed = (
            relation.start_date
            if relation
            else datetime.date(SEED_YEARS.get(partner_names[0], 2015), 6, 1)
        )
        expires = signed.replace(year=signed.year + years) if years else None
        note = SEED_NOTE.format(source=SOURCES[source])
        agreement = _create(name, name_en, kind, units[unit_key], partners, fields, note)
        advance(agreement, stage, admin, today, signed_on=signed, expires_on=expires)


def _demo_agreements(units, admin, today) -> None:
    for (
        name,
        name_en,
        kind,
        unit_key,
        partner_names,
        fields,
        stage,
        signed,
        expires,
    ) in DEMO_AGREEMENTS:
        if Agreement.all_objects.filter(name=name).exists():
            continue
        partners = list(Partner.objects.filter(name__in=partner_names))
        if not partners:
            continue
        signed_on = _day(signed, today)
        if isinstance(expires, int):
            expires_on = (
                today + D(days=expires)
                if stage != S.TERMINATED
                else signed_on + D(days=expires + 900)
            )
        else:
            expires_on = _day(expires, today)
        agreement = _create(name, name_en, kind, units[unit_key], partners, fields, DEMO_NOTE)
        if name.startswith("Chương trình hợp tác Hà Nội – Viêng Chăn giai đoạn 2026"):
            earlier = Agreement.objects.filter(name__contains="Viêng Chăn giai đoạn 2021").first()
            if earlier is not None:
                agreement = _set(agreement, link="renewal", previous=earlier)
        advance(agreement, stage, admin, today, signed_on=signed_on, expires_on=expires_on)


def _chain(units, admin, today) -> None:
    (old_name, old_en, old_signed, old_expires), (new_name, new_en, new_signed, new_expires) = (
        CHAIN[0],
        CHAIN[1],
    )
    partners = list(Partner.objects.filter(name__in=CHAIN[2]))
    if not partners or Agreement.all_objects.filter(name=old_name).exists():
        return
    unit = units["songoaivu"]
    old = _create(old_name, old_en, "programme", unit, partners, CHAIN[3], DEMO_NOTE)
    old = advance(
        old,
        S.IN_FORCE,
        admin,
        today,
        signed_on=datetime.date.fromisoformat(old_signed),
        expires_on=datetime.date.fromisoformat(old_expires),
    )
    new = _create(
        new_name,
        new_en,
        "programme",
        unit,
        partners,
        CHAIN[3],
        DEMO_NOTE,
        link="renewal",
        previous=old,
    )
    advance(
        new,
        S.IN_FORCE,
        admin,
        today,
        signed_on=datetime.date.fromisoformat(new_signed),
        expires_on=datetime.date.fromisoformat(new_expires),
    )


def _plans(units, today) -> None:
    from django.apps import apps

    Event = apps.get_model("events", "Event")
    for title, items in PLANS.items():
        agreement = Agreement.objects.filter(name=title).first()
        if agreement is None:
            continue
        for what, unit_key, deadline, status in items:
            item = PlanItem.objects.filter(agreement=agreement, title=what).first()
            if item is None:
                item = PlanItem(
                    agreement=agreement,
                    owner_unit=agreement.owner_unit,
                    title=what,
                    responsible_unit=units.get(unit_key, agreement.owner_unit),
                    deadline=today + D(days=deadline),
                    status=status,
                    done_on=today + D(days=deadline) if status == "done" else None,
                    description=DEMO_NOTE,
                )
                item.full_clean()
                item.save()
            event = Event.objects.filter(name=EVIDENCE.get(what, "")).first()
            if event is not None:
                ct = ContentType.objects.get_for_model(Event)
                if not PlanEvidence.objects.filter(
                    plan_item=item, content_type=ct, object_id=event.pk
                ).exists():
                    PlanEvidence(
                        plan_item=item,
                        owner_unit=item.owner_unit,
                        content_type=ct,
                        object_id=event.pk,
                    ).save()


def _campaign(units, today) -> None:
    """One campaign opened 30 days ago, about half of its agreements reviewed."""
    if ReviewCampaign.all_objects.filter(name=CAMPAIGN).exists():
        return
    campaign = ReviewCampaign(
        name=CAMPAIGN,
        opened_on=today - D(days=30),
        due_on=today + D(days=60),
        owner_unit=units["songoaivu"],
        description="Các đơn vị chủ trì đánh giá hiệu quả từng thỏa thuận (demo).",
    )
    campaign.full_clean()
    campaign.save()
    entries = snapshot(campaign)
    findings = [
        ("effective", "continue", "Các hoạt động trong kế hoạch được triển khai đúng tiến độ."),
        ("partly", "amend", "Mới triển khai một phần; cần bổ sung lĩnh vực hợp tác mới."),
        ("not_effective", "renew", "Ít hoạt động; đề nghị xây dựng chương trình mới khi gia hạn."),
    ]
    for index, entry in enumerate(entries[::2]):
        effectiveness, recommendation, text = findings[index % len(findings)]
        Review(
            agreement=entry.agreement,
            owner_unit=entry.agreement.owner_unit,
            reviewed_on=today - D(days=20 - index % 10),
            effectiveness=effectiveness,
            recommendation=recommendation,
            findings=text,
            reviewer="Phòng Hợp tác quốc tế",
            description=DEMO_NOTE,
        ).save()


def load(stdout=None) -> dict:
    admin = User.objects.get(username="admin")
    units = _units()
    today = timezone.localdate()
    _seed_agreements(units, admin, today)
    _chain(units, admin, today)
    _demo_agreements(units, admin, today)
    _plans(units, today)
    _campaign(units, today)
    if stdout is not None:
        stdout.write(
            f"  agreements: {Agreement.objects.count()}, plan items: {PlanItem.objects.count()}, "
            f"reviews: {Review.objects.count()}, campaigns: {ReviewCampaign.objects.count()}"
        )
    return {}
