"""International cooperation agreements over twenty years, at every stage of their lifecycle:
drafts and consultations of the last months, approved texts waiting to be signed, agreements in
force (some expiring within 30, 90 or 180 days, some past their expiry, some dormant), expired,
terminated and superseded ones, renewals and amendments pointing at the text they follow.

Each agreement carries the workflow steps that took it there (log entries and change-log rows,
an edit row for the legal opinion and for the signing details as an officer would enter them),
its consultations, its implementation plan items and, for older signed ones, its reviews.
Partners are drawn skewed, as for events, so a few partners have many agreements.

What later generators may use: ``ctx.shared["agreements_by_partner"]`` maps a partner id to the
``(signed_on, agreement id)`` pairs of the agreements signed with it (delegations' outcomes
link to them).
"""

from __future__ import annotations

import datetime

from caunoi.agreements.choices import (
    AgreementKind,
    AgreementLink,
    Effectiveness,
    Opinion,
    PlanStatus,
    Recommendation,
)
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import (
    Agreement,
    AgreementLogEntry,
    Consultation,
    PlanItem,
    Review,
)
from caunoi.bench.generators import names
from caunoi.bench.generators.base import GenerationContext, Generator, Size, Step
from caunoi.partners.models import CooperationField

SIZES = {"agreements": Size(small=100, city=2000, national=20_000)}
D = datetime.timedelta

KINDS = [
    (AgreementKind.TWINNING, 1),
    (AgreementKind.FRIENDSHIP, 3),
    (AgreementKind.MOU, 6),
    (AgreementKind.PROGRAMME, 3),
    (AgreementKind.NETWORK, 1),
    (AgreementKind.OTHER, 1),
]
TITLES = {
    AgreementKind.TWINNING: (
        "Thỏa thuận thiết lập quan hệ hữu nghị và hợp tác giữa {unit} và {partner}",
        "Agreement on friendship and cooperation ties between {unit_en} and {partner}",
    ),
    AgreementKind.FRIENDSHIP: (
        "Thỏa thuận hợp tác hữu nghị giữa {unit} và {partner}",
        "Friendship and cooperation agreement between {unit_en} and {partner}",
    ),
    AgreementKind.MOU: (
        "Biên bản ghi nhớ hợp tác về {field} giữa {unit} và {partner}",
        "Memorandum of understanding on {field} between {unit_en} and {partner}",
    ),
    AgreementKind.PROGRAMME: (
        "Chương trình hợp tác {field} giai đoạn {year}–{year_end} với {partner}",
        "{field} cooperation programme {year}–{year_end} with {partner}",
    ),
    AgreementKind.NETWORK: (
        "Văn bản tham gia mạng lưới {partner}",
        "Membership of the {partner} network",
    ),
    AgreementKind.OTHER: (
        "Thỏa thuận hợp tác về {field} với {partner}",
        "Cooperation agreement on {field} with {partner}",
    ),
}
CONSULTED = [
    "Bộ Ngoại giao",
    "Sở Tư pháp",
    "Bộ Công an",
    "Sở Nội vụ",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Sở Kế hoạch và Đầu tư",
    "Bộ Giáo dục và Đào tạo",
    "Sở Tài chính",
]
SIGNATORIES = ["Chủ tịch UBND", "Phó Chủ tịch UBND", "Giám đốc Sở", "Chủ tịch Liên hiệp"]
PARTNER_TITLES = ["Mayor", "Governor", "President", "Director", "Secretary General"]
PLAN_TITLES = [
    "Trao đổi đoàn công tác về {field}",
    "Tổ chức hội thảo chung về {field}",
    "Xây dựng kế hoạch hợp tác {field} năm {year}",
    "Trao đổi học bổng và thực tập sinh",
    "Tổ chức Ngày văn hóa tại hai thành phố",
    "Báo cáo sơ kết thực hiện thỏa thuận năm {year}",
]
FINDINGS = [
    "Hai bên đã trao đổi đoàn thường xuyên; nhiều hoạt động về {field} được triển khai.",
    "Một số nội dung về {field} chưa triển khai được do thiếu kinh phí.",
    "Hợp tác chủ yếu dừng ở trao đổi thông tin; cần kế hoạch cụ thể hơn.",
]
RENEWAL_TERMS = "Tự động gia hạn 5 năm nếu không bên nào thông báo chấm dứt bằng văn bản."


def run(ctx: GenerationContext) -> None:
    fields = list(CooperationField.objects.order_by("slug"))
    kinds, kind_weights = zip(*KINDS, strict=True)
    by_partner: dict[int, list[tuple[datetime.date, int]]] = {}
    ctx.shared["agreements_by_partner"] = by_partner
    total = ctx.size(GENERATOR, "agreements")
    made = 0
    while made < total:
        kind = ctx.rng.choices(kinds, weights=kind_weights)[0]
        first = _agreement(ctx, kind, fields, by_partner, previous=None)
        made += 1
        # A signed text is sometimes renewed (the old one superseded) or amended later.
        renewal = first.signed_on and first.status == S.SUPERSEDED
        if made < total and (renewal or (first.signed_on and ctx.rng.random() < 0.05)):
            _agreement(ctx, kind, fields, by_partner, previous=first, renewal=renewal)
            made += 1


def _agreement(ctx, kind, fields, by_partner, *, previous, renewal=False) -> Agreement:
    rng = ctx.rng
    if previous is None:
        partners = ctx.pick_partners(rng.choice([1, 1, 1, 1, 2]))
        unit = ctx.unit()
        created_day = ctx.date()
        link = AgreementLink.ORIGINAL
    else:
        partners = list(previous._bench_partners)
        unit = previous.owner_unit
        if renewal:  # prepared in the months before the old text ends, signed the day it ends
            created_day = previous.ended_on - D(days=rng.randint(260, 300))
        else:
            end = min(previous.ended_on or previous.expires_on or ctx.anchor, ctx.anchor)
            created_day = end - D(days=rng.randint(30, 200))
        created_day = max(created_day, previous.signed_on + D(days=1))
        link = AgreementLink.RENEWAL if renewal else AgreementLink.AMENDMENT
    partner = partners[0] if partners else None
    country = partner.country if partner else rng.choice(ctx.countries)
    field = rng.choice(names.FIELDS_VI)
    words = {
        "unit": unit.name,
        "unit_en": unit.name_en or unit.name,
        "partner": partner.name if partner else country.name,
        "field": field,
        "year": created_day.year,
        "year_end": created_day.year + 3,
    }
    title_vi, title_en = TITLES[kind]
    prefix_vi, prefix_en = {
        AgreementLink.ORIGINAL: ("", ""),
        AgreementLink.RENEWAL: ("Gia hạn ", "Renewal: "),
        AgreementLink.AMENDMENT: ("Sửa đổi, bổ sung ", "Amendment: "),
    }[link]
    agreement = Agreement(
        pk=ctx.writer.next_id(Agreement),
        name=(prefix_vi + title_vi.format(**words))[:400],
        name_en=(prefix_en + title_en.format(**words))[:400],
        kind=kind,
        link=link,
        previous=previous,
        partner_signatory="",
        owner_unit=unit,
        renewal_terms=RENEWAL_TERMS if rng.random() < 0.3 else "",
        description=f"Hợp tác trong lĩnh vực {field}." if rng.random() < 0.5 else "",
    )
    agreement._bench_partners = partners
    created = ctx.moment(created_day)
    steps = _lifecycle(ctx, agreement, created, country, renewal_of=previous if renewal else None)
    agreement.status = next(
        (s.changes["status"] for s in reversed(steps) if "status" in s.changes), S.DRAFT
    )
    for step in steps:  # the final values of every field the steps set
        for name, value in step.changes.items():
            setattr(agreement, name, value)
    initial = _initial(steps)
    co_units = [ctx.unit().pk] if rng.random() < 0.08 else []
    co_units = [u for u in co_units if u != unit.pk]
    field_ids = [f.pk for f in rng.sample(fields, min(rng.randint(1, 3), len(fields)))]
    ctx.record(
        agreement,
        when=created,
        actor=ctx.actor(unit.pk),
        m2m={
            "partners": ctx.link(agreement, "partners", [p.pk for p in partners]),
            "signing_units": ctx.link(agreement, "signing_units", co_units),
            "cooperation_fields": ctx.link(agreement, "cooperation_fields", field_ids),
        },
        initial=initial,
        steps=steps,
        log_model=AgreementLogEntry,
    )
    if agreement.signed_on:
        for p in partners:
            by_partner.setdefault(p.pk, []).append((agreement.signed_on, agreement.pk))
    _consultations(ctx, agreement, steps)
    if agreement.signed_on:
        _plan(ctx, agreement)
        _reviews(ctx, agreement)
    return agreement


def _initial(steps: list[Step]) -> dict:
    """The first values of the fields the steps change (blank before they were entered)."""
    first: dict = {}
    for step in steps:
        for name in step.changes:
            first.setdefault(name, DEFAULTS.get(name))
    return first


DEFAULTS = {
    "status": S.DRAFT,
    "legal_review_body": "",
    "legal_review_on": None,
    "legal_review_reference": "",
    "signed_on": None,
    "signed_place": "",
    "signatory": "",
    "partner_signatory": "",
    "effective_on": None,
    "expires_on": None,
    "indefinite": False,
    "treaty_reference": "",
    "ended_on": None,
}


def _lifecycle(ctx, agreement, created, country, *, renewal_of) -> list[Step]:
    """The steps from draft to where the agreement is on the anchor day. Each step falls a
    few weeks after the one before; a step that would fall after the anchor is not taken."""
    rng = ctx.rng
    anchor = ctx.anchor
    steps: list[Step] = []
    day = created.date()

    def later(low: int, high: int) -> datetime.date | None:
        nonlocal day
        nxt = day + D(days=rng.randint(low, high))
        if nxt > anchor:
            return None
        day = nxt
        return day

    def step(changes, transition="", note="") -> None:
        earliest = steps[-1].when + D(minutes=5) if steps else created + D(hours=1)
        steps.append(Step(max(ctx.moment(day), earliest), changes, transition, note))

    # Some drafts never leave the drawer; the rest go to consultation, sometimes back.
    for attempt in range(1 if renewal_of else 2):
        if later(7, 45) is None or (not renewal_of and rng.random() < 0.03):
            return steps
        step({"status": S.CONSULTATION}, "consult")
        if later(20, 60) is None:
            return steps
        if attempt == 0 and not renewal_of and rng.random() < 0.06:
            step({"status": S.DRAFT}, "send_back", note="Cần chỉnh sửa theo ý kiến Bộ Ngoại giao")
            continue
        step({"status": S.LEGAL_REVIEW}, "close_consultation")
        break
    else:
        return steps
    if later(7, 30) is None:
        return steps
    step(
        {
            "legal_review_body": "Sở Tư pháp",
            "legal_review_on": day,
            "legal_review_reference": f"{rng.randrange(1, 3000)}/STP-PBGDPL",
        }
    )
    if later(1, 20) is None:
        return steps
    step({"status": S.APPROVED}, "approve")
    if later(5, 40) is None:
        return steps
    if renewal_of is not None and day < renewal_of.ended_on:
        day = renewal_of.ended_on
    # The officer enters the signing, then records it.
    signed = day
    indefinite = agreement.kind == AgreementKind.TWINNING or rng.random() < 0.1
    expires = None
    if not indefinite:
        years = rng.choice([2, 3, 3, 5, 5, 5, 10])
        expires = _years_after(signed, years)
        if rng.random() < 0.04 and signed < anchor - D(days=400):
            # Expiring soon: within the attention bands (30, 90, 180 days) of the anchor day.
            expires = anchor + D(days=rng.randint(0, 180))
    iso = country.iso
    step(
        {
            "signed_on": signed,
            "signed_place": "Hà Nội" if rng.random() < 0.5 else names.place_name(rng, iso),
            "signatory": f"{names.vietnamese_name(rng)}, {rng.choice(SIGNATORIES)}",
            "partner_signatory": f"{names.foreign_name(rng, iso)}, {rng.choice(PARTNER_TITLES)}",
            "expires_on": expires,
            "indefinite": indefinite,
            "treaty_reference": f"TTQT-{signed.year}-{agreement.pk:06d}"
            if rng.random() < 0.5
            else "",
        }
    )
    step({"status": S.IN_FORCE, "effective_on": signed}, "sign")
    if renewal_of is not None:
        return steps
    # After signing: in force, terminated early, superseded by a renewal, or expired.
    roll = rng.random()
    if roll < 0.03:
        end = later(200, 1500)
        if end is not None and (expires is None or end < expires):
            step({"status": S.TERMINATED, "ended_on": end}, "terminate",
                 note="Đối tác đề nghị chấm dứt hợp tác")  # fmt: skip
        return steps
    if expires is None or expires >= anchor:
        return steps
    if roll < 0.25 and (expires - signed).days > 400:
        # Renewed: the renewal (made next) is signed shortly before the expiry.
        renewal_day = expires - D(days=rng.randint(1, 60))
        day = max(renewal_day, day)
        step({"status": S.SUPERSEDED, "ended_on": day}, "supersede",
             note="Được thay thế bằng văn bản gia hạn")  # fmt: skip
        return steps
    if roll < 0.30:
        return steps  # past its expiry, still marked in force: the attention list finds it
    day = expires
    if later(1, 60) is None:
        return steps
    step({"status": S.EXPIRED, "ended_on": expires}, "expire")
    return steps


def _after(ctx, created: datetime.datetime, day: datetime.date) -> datetime.datetime:
    """A moment of ``day``, but never before the record was created."""
    return max(ctx.moment(day), created + D(hours=1))


def _years_after(day: datetime.date, years: int) -> datetime.date:
    if day.month == 2 and day.day == 29:
        day = day - D(days=1)
    return day.replace(year=day.year + years)


def _consultations(ctx, agreement, steps) -> None:
    """The bodies consulted: asked when the agreement went to consultation, answered before
    it was closed; those of an agreement still in consultation may be waiting (or late)."""
    rng = ctx.rng
    rounds = [s for s in steps if s.transition == "consult"]
    if not rounds:
        return
    closing = next((s for s in steps if s.transition == "close_consultation"), None)
    sent = rounds[-1].when.date()
    for body in rng.sample(CONSULTED[:4], rng.randint(1, 3)):
        due = sent + D(days=15)
        answered = None
        if closing is not None:
            answered = min(sent + D(days=rng.randint(3, 20)), closing.when.date())
        elif rng.random() < 0.5:
            answered = sent + D(days=rng.randint(3, 20))
            answered = answered if answered <= ctx.anchor else None
        opinion = ""
        if answered:
            opinion = rng.choices(list(Opinion), weights=[6, 3, 1])[0]
        consultation = Consultation(
            pk=ctx.writer.next_id(Consultation),
            agreement=agreement,
            body=body,
            sent_on=sent,
            due_on=due,
            answered_on=answered,
            opinion=opinion,
            opinion_text="Thống nhất với dự thảo, đề nghị làm rõ điều khoản tài chính."
            if opinion == Opinion.AGREE_WITH_COMMENTS
            else "",
            owner_unit=agreement.owner_unit,
        )
        created = ctx.moment(sent)
        steps = []
        if answered:
            answer = {"answered_on": answered, "opinion": opinion}
            steps.append(Step(_after(ctx, created, answered), answer))
        ctx.record(
            consultation,
            when=created,
            actor=ctx.actor(agreement.owner_unit_id),
            initial={"answered_on": None, "opinion": ""} if answered else None,
            steps=steps,
        )


def _plan(ctx, agreement) -> None:
    """Two items on average: most past deadlines done, a few still open (overdue)."""
    rng = ctx.rng
    signed = agreement.signed_on
    for _ in range(rng.choice([0, 1, 2, 2, 3, 4])):
        deadline = signed + D(days=rng.randint(90, 1100))
        if deadline <= ctx.anchor:
            status = rng.choices(list(PlanStatus), weights=[1, 1, 12, 1])[0]
        else:
            status = rng.choice([PlanStatus.PLANNED, PlanStatus.IN_PROGRESS])
        done_on = None
        if status == PlanStatus.DONE:
            done_on = min(deadline - D(days=rng.randint(0, 60)), ctx.anchor)
            done_on = max(done_on, signed)
        responsible = agreement.owner_unit if rng.random() < 0.7 else ctx.unit()
        item = PlanItem(
            pk=ctx.writer.next_id(PlanItem),
            agreement=agreement,
            title=rng.choice(PLAN_TITLES).format(
                field=rng.choice(names.FIELDS_VI), year=deadline.year
            ),
            responsible_unit=responsible,
            deadline=deadline,
            status=status,
            done_on=done_on,
            evidence_note="Đã tổ chức, có báo cáo kết quả." if done_on else "",
            owner_unit=agreement.owner_unit,
        )
        created = ctx.moment(signed)
        steps = []
        if status != PlanStatus.PLANNED:
            when = _after(ctx, created, done_on or min(deadline, ctx.anchor))
            steps.append(Step(when, {"status": status, "done_on": done_on,
                                     "evidence_note": item.evidence_note}))  # fmt: skip
        ctx.record(
            item,
            when=created,
            actor=ctx.actor(agreement.owner_unit_id),
            initial={"status": PlanStatus.PLANNED, "done_on": None, "evidence_note": ""}
            if steps
            else None,
            steps=steps,
        )


def _reviews(ctx, agreement) -> None:
    """Agreements signed over two years ago are reviewed now and then (a third of them)."""
    rng = ctx.rng
    signed = agreement.signed_on
    last = min(agreement.ended_on or ctx.anchor, ctx.anchor)
    if (last - signed).days < 730 or rng.random() > 0.35:
        return
    for _ in range(rng.randint(1, 2)):
        day = signed + D(days=rng.randint(365, (last - signed).days))
        effectiveness = rng.choices(list(Effectiveness), weights=[5, 3, 1])[0]
        review = Review(
            pk=ctx.writer.next_id(Review),
            agreement=agreement,
            reviewed_on=day,
            effectiveness=effectiveness,
            findings=rng.choice(FINDINGS).format(field=rng.choice(names.FIELDS_VI)),
            recommendation=rng.choices(list(Recommendation), weights=[6, 2, 1, 1])[0],
            reviewer=f"{names.vietnamese_name(rng)}, Sở Ngoại vụ",
            owner_unit=agreement.owner_unit,
        )
        ctx.record(review, when=ctx.moment(day), actor=ctx.actor(agreement.owner_unit_id))


GENERATOR = Generator(
    name="agreements",
    order=40,
    sizes=SIZES,
    run=run,
    description="agreements through their lifecycle, consultations, plan items and reviews",
)
