"""Demo data for delegations: those implied by the seed facts (South Ostrobothnia 2021, the
investment missions to France and China in 2023, Fukuoka in November 2023, Vientiane), a
city-leadership login (``leader``), and generated delegations over 2021–2026 in every state
— about 220 inbound and 45 outbound a year — so that the lists are real.

Idempotent: seed delegations are matched by title and start date; the generated ones are
made once (bulk inserts: no change-log rows, indexed for search in bulk). Demo records carry
their status as recorded history; the one waiting for approval went through the workflow,
so its approver chain is frozen and its approver notified.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone

from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.search import index as search_index
from caunoi.delegations import workflow
from caunoi.delegations.choices import Decision, Direction, MemberRole, StepKind
from caunoi.delegations.choices import Status as S
from caunoi.delegations.demo_data import (
    FOLLOW_UPS,
    GENERATED_UNITS,
    HEADS,
    INBOUND_PATTERNS,
    INBOUND_PER_YEAR,
    MEMBERS,
    OUTBOUND_PATTERNS,
    OUTBOUND_PER_YEAR,
    SEED_DELEGATIONS,
)
from caunoi.delegations.models import (
    ApprovalStep,
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)
from caunoi.partners.models import Country, Partner

GENERATED_NOTE = "Dữ liệu minh họa (demo), tạo tự động."
UNIT_NAMES = {
    "ubnd": "Ủy ban nhân dân thành phố Hà Nội",
    "songoaivu": "Sở Ngoại vụ Hà Nội",
    "socongthuong": "Sở Công Thương Hà Nội",
    "sovanhoa": "Sở Văn hóa và Thể thao Hà Nội",
    "sodulich": "Sở Du lịch Hà Nội",
    "sogiaoduc": "Sở Giáo dục và Đào tạo Hà Nội",
    "haufo": "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
    "halovi": "Hội liên lạc với người Việt Nam ở nước ngoài thành phố Hà Nội",
    "phunu": "Hội Liên hiệp Phụ nữ thành phố Hà Nội",
    "thanhdoan": "Thành đoàn Hà Nội",
    "p_hoankiem": "Phường Hoàn Kiếm",
}
PIPELINE = 70  # delegations from now into the coming months, in the open states
LEADER = ("leader", "Lê Thị Thanh Bình", "Phó Chủ tịch UBND Thành phố")


def _units() -> dict[str, OrgUnit]:
    by_name = {u.name: u for u in OrgUnit.objects.filter(name__in=UNIT_NAMES.values())}
    return {key: by_name[name] for key, name in UNIT_NAMES.items() if name in by_name}


def _leader(units) -> tuple | None:
    """City leadership: Approver in the People's Committee (not below: the units' own leaders
    approve their trips), and reading every unit (Auditor) to see what waits."""
    from caunoi.accounts.demo import DEMO_PASSWORD

    unit = units.get("ubnd")
    if unit is None:
        return None
    username, full_name, position = LEADER
    user = User.objects.filter(username=username).first() or User(username=username)
    user.full_name, user.position = full_name, position
    user.email = f"{username}@demo.caunoi.invalid"
    if not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
    user.save()
    for slug, below in (("approver", False), ("auditor", True)):
        Membership.objects.get_or_create(
            user=user,
            unit=unit,
            role=Role.objects.get(slug=slug),
            defaults={"include_descendants": below},
        )
    return (username, DEMO_PASSWORD, "City leadership", unit.name)


def load(stdout=None) -> dict:
    units = _units()
    if "songoaivu" not in units:
        return {}
    login = _leader(units)
    today = timezone.localdate()
    made = _seeds(units, today)
    made += _generated(units, today)
    if stdout is not None:
        stdout.write(f"  delegations: {Delegation.objects.count()} ({made} new)")
    return {"logins": [login] if login else []}


# -- the seed delegations --------------------------------------------------------------------
def _seeds(units, today) -> int:
    countries = {c.iso: c for c in Country.objects.all()}
    partners = {p.name: p for p in Partner.objects.all()}
    officer = User.objects.filter(username="officer").first()
    made = 0
    for (
        _key,
        direction,
        level,
        name,
        name_en,
        start,
        end,
        mode,
        unit_key,
        partner_names,
        isos,
        cities,
        purpose,
        status,
        head,
        outcomes,
        source,
    ) in SEED_DELEGATIONS:
        unit = units.get(unit_key, units["songoaivu"])
        if Delegation.all_objects.filter(name=name, start_date=start).exists():
            continue
        d = Delegation(
            name=name,
            name_en=name_en,
            direction=direction,
            level=level,
            start_date=start,
            end_date=end,
            mode=mode,
            owner_unit=unit,
            cities=cities,
            purpose=purpose,
            in_annual_plan=True,
            funding="state_budget",
            contact_person=officer if unit_key == "haufo" else None,
            description=f"Nguồn: {source}. Ngày là minh họa khi nguồn chỉ ghi tháng hoặc năm.",
        )
        if status != "submitted":
            d.status = status
            if direction == Direction.OUTBOUND:
                d.submitted_on = start - datetime.timedelta(days=30)
                d.reported_on = end + datetime.timedelta(days=10)
                d.results_report = "Đoàn đã hoàn thành chương trình công tác. " + purpose
            else:
                d.minutes = "Hai bên trao đổi và thống nhất: " + purpose
        d.save()
        d.partners.set([partners[n] for n in partner_names if n in partners])
        d.countries.set([countries[i] for i in isos if i in countries])
        _people(d, head, foreign=direction == Direction.INBOUND)
        _programme(d, partners.get(partner_names[0]) if partner_names else None)
        for kind, summary in outcomes:
            outcome = DelegationOutcome(
                delegation=d, owner_unit=unit, kind=kind, summary=summary, date=end
            )
            outcome.save()
            if kind == "agreement":
                outcome.agreements.set(_signed_with(d))
        if status in {"closed", "completed"}:
            FollowUpTask(
                delegation=d,
                owner_unit=unit,
                task=FOLLOW_UPS[1],
                responsible_unit=unit,
                deadline=end + datetime.timedelta(days=60),
                status="done",
                done_on=end + datetime.timedelta(days=50),
            ).save()
        if status == "submitted" and officer is not None:
            workflow.submit_delegation(d, acting_user=officer)
        made += 1
    return made


def _signed_with(d) -> list:
    """The signed agreement with the delegation's partners nearest its dates (the seeds name
    the text, not the record)."""
    from caunoi.agreements.models import Agreement

    signed = (
        Agreement.objects.filter(partners__in=d.partners.all(), signed_on__isnull=False)
        .exclude(status__in=("draft", "consultation", "legal_review", "approved"))
        .distinct()
    )
    nearest = min(signed, key=lambda a: abs((a.signed_on - d.end_date).days), default=None)
    return [nearest] if nearest else []


def _people(d, head, *, foreign: bool) -> None:
    name, position = head
    DelegationMember(
        delegation=d,
        owner_unit=d.owner_unit,
        full_name=name,
        position=position,
        role=MemberRole.HEAD,
        rank=1,
    ).save()
    for rank, (member, title) in enumerate(MEMBERS[:2], start=2):
        DelegationMember(
            delegation=d,
            owner_unit=d.owner_unit,
            full_name=member if not foreign else f"{member} (tháp tùng)",
            position=title,
            role=MemberRole.MEMBER if rank == 2 else MemberRole.PROTOCOL,
            rank=rank,
        ).save()


def _programme(d, partner) -> None:
    items = [
        (d.start_date, datetime.time(9, 0), "Hội đàm, làm việc với phía bạn"),
        (d.start_date, datetime.time(14, 30), "Thăm cơ sở, mô hình tiêu biểu"),
        (d.end_date, datetime.time(10, 0), "Tổng kết chương trình"),
    ]
    for day, time, activity in items:
        ProgrammeItem(
            delegation=d,
            owner_unit=d.owner_unit,
            date=day,
            start_time=time,
            activity=activity,
            partner=partner,
            place=d.cities,
        ).save()


# -- generated delegations, in bulk ----------------------------------------------------------
def _outbound_status(rng, start, end, today) -> str:
    if end < today:
        return rng.choices(
            [S.CLOSED, S.REPORTED, S.BACK, S.CANCELLED, S.REJECTED], [70, 12, 8, 6, 4]
        )[0]
    if start <= today:
        return S.TRAVELLING
    return rng.choices(
        [S.DRAFT, S.SUBMITTED, S.RETURNED, S.APPROVED, S.CANCELLED], [25, 25, 10, 35, 5]
    )[0]


def _inbound_status(rng, start, end, today) -> str:
    if end < today:
        return rng.choices([S.COMPLETED, S.CANCELLED], [94, 6])[0]
    if start <= today:
        return S.UNDER_WAY
    return rng.choices([S.PROPOSED, S.CONFIRMED, S.CANCELLED], [45, 50, 5])[0]


def _generated(units, today) -> int:
    if Delegation.all_objects.filter(description=GENERATED_NOTE).exists():
        return 0
    rng = random.Random(2021)
    partners = list(
        Partner.objects.exclude(country__isnull=True)
        .exclude(country__iso="VN")
        .select_related("country")
        .order_by("pk")
    )
    keys = [k for k in GENERATED_UNITS if k in units]
    if not partners or not keys:
        return 0
    rows, links = [], []
    for year in range(2021, 2027):
        plan = [(Direction.INBOUND, INBOUND_PER_YEAR), (Direction.OUTBOUND, OUTBOUND_PER_YEAR)]
        for direction, count in plan:
            for _n in range(count):
                partner = rng.choice(partners)
                start = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
                end = start + datetime.timedelta(days=rng.choice([0, 1, 2, 3, 4, 5, 7]))
                fill = {"p": partner.name, "c": partner.country.name}
                fill_en = {"p": partner.name_en or partner.name, "c": partner.country.name_en}
                if direction == Direction.INBOUND:
                    vi, en, level, mode = rng.choice(INBOUND_PATTERNS)
                    status = _inbound_status(rng, start, end, today)
                else:
                    vi, en, level = rng.choice(OUTBOUND_PATTERNS)
                    mode = "in_person"
                    status = _outbound_status(rng, start, end, today)
                d = Delegation(
                    direction=direction,
                    name=vi.format(**fill)[:300],
                    name_en=en.format(**fill_en)[:300],
                    level=level,
                    status=status,
                    owner_unit=units[rng.choice(keys)],
                    start_date=start,
                    end_date=end,
                    mode=mode,
                    cities=partner.name if direction == Direction.OUTBOUND else "",
                    purpose="Tăng cường quan hệ hữu nghị và hợp tác.",
                    in_annual_plan=rng.random() < 0.7,
                    funding=rng.choice(["state_budget", "state_budget", "partner", "association"]),
                    description=GENERATED_NOTE,
                )
                _history(d, rng, today)
                d.search_text = d.build_search_text()
                rows.append(d)
                links.append(partner)
    for index in range(PIPELINE):
        partner = rng.choice(partners)
        direction = Direction.OUTBOUND if index % 2 else Direction.INBOUND
        current = index < 6  # a few are happening now
        start = today - datetime.timedelta(days=1) if current else today + datetime.timedelta(
            days=rng.randrange(5, 120)
        )  # fmt: skip
        end = start + datetime.timedelta(days=rng.choice([2, 3, 4, 5]))
        fill = {"p": partner.name, "c": partner.country.name}
        if direction == Direction.INBOUND:
            vi, _en, level, mode = rng.choice(INBOUND_PATTERNS)
            status = S.UNDER_WAY if current else [S.PROPOSED, S.CONFIRMED][index // 2 % 2]
        else:
            vi, _en, level = rng.choice(OUTBOUND_PATTERNS)
            mode = "in_person"
            cycle = [S.DRAFT, S.SUBMITTED, S.SUBMITTED, S.RETURNED, S.APPROVED]
            status = S.TRAVELLING if current else cycle[index // 2 % len(cycle)]
        d = Delegation(
            direction=direction,
            name=vi.format(**fill)[:300],
            level=level,
            status=status,
            owner_unit=units[rng.choice(keys)],
            start_date=start,
            end_date=end,
            mode=mode,
            cities=partner.name if direction == Direction.OUTBOUND else "",
            purpose="Tăng cường quan hệ hữu nghị và hợp tác.",
            in_annual_plan=True,
            description=GENERATED_NOTE,
        )
        _history(d, rng, today)
        d.search_text = d.build_search_text()
        rows.append(d)
        links.append(partner)
    Delegation.objects.bulk_create(rows, batch_size=500)
    _bulk_children(rows, links, rng, today, units)
    search_index.bulk_update(rows)
    return len(rows)


def _history(d, rng, today) -> None:
    if d.direction != Direction.OUTBOUND or d.status == S.DRAFT:
        if d.status == S.COMPLETED:
            d.minutes = "Hai bên trao đổi thông tin và thống nhất các nội dung hợp tác."
        return
    submitted = d.start_date - datetime.timedelta(days=rng.randrange(8, 45))
    d.submitted_on = min(submitted, today)
    d.short_notice = (d.start_date - d.submitted_on).days < 20
    if d.status in {S.REPORTED, S.CLOSED}:
        d.results_report = "Đoàn hoàn thành chương trình; kết quả và kiến nghị kèm theo."
        d.reported_on = min(d.end_date + datetime.timedelta(days=rng.randrange(3, 20)), today)


def _bulk_children(rows, partners, rng, today, units) -> None:
    members, items, outcomes, tasks, m2m_p, m2m_c = [], [], [], [], [], []
    P, C = Delegation.partners.through, Delegation.countries.through
    for d, partner in zip(rows, partners, strict=True):
        m2m_p.append(P(delegation_id=d.pk, partner_id=partner.pk))
        m2m_c.append(C(delegation_id=d.pk, country_id=partner.country_id))
        name, position = rng.choice(HEADS)
        people = [(name, position, MemberRole.HEAD, 1)]
        people += [(n, t, MemberRole.MEMBER, r) for r, (n, t) in enumerate(MEMBERS[:2], start=2)]
        for full_name, title, role, rank in people:
            member = DelegationMember(
                delegation=d, owner_unit_id=d.owner_unit_id, full_name=full_name,
                position=title, role=role, rank=rank,
            )  # fmt: skip
            member.search_text = member.build_search_text()
            members.append(member)
        items.append(
            ProgrammeItem(
                delegation=d,
                owner_unit_id=d.owner_unit_id,
                date=d.start_date,
                start_time=datetime.time(9, 0),
                activity="Hội đàm, làm việc",
                partner=partner,
                search_text="hoi dam, lam viec",
            )
        )
        if d.status in {S.COMPLETED, S.CLOSED, S.REPORTED, S.BACK} and rng.random() < 0.5:
            outcomes.append(
                DelegationOutcome(
                    delegation=d,
                    owner_unit_id=d.owner_unit_id,
                    kind="commitment",
                    summary="Hai bên thống nhất tăng cường trao đổi đoàn",
                    partner=partner,
                    date=d.end_date,
                    search_text="hai ben thong nhat tang cuong trao doi doan",
                )
            )
            deadline = d.end_date + datetime.timedelta(days=rng.choice([30, 60, 90]))
            late = deadline < today
            status = rng.choices(["done", "open", "in_progress"], [75, 15, 10])[0] if late else (
                rng.choice(["open", "in_progress"])
            )  # fmt: skip
            tasks.append(
                FollowUpTask(
                    delegation=d,
                    owner_unit_id=d.owner_unit_id,
                    task=rng.choice(FOLLOW_UPS),
                    responsible_unit_id=d.owner_unit_id,
                    deadline=deadline,
                    status=status,
                    done_on=min(deadline, today) if status == "done" else None,
                    search_text="",
                )
            )
    P.objects.bulk_create(m2m_p, batch_size=1000)
    C.objects.bulk_create(m2m_c, batch_size=1000)
    DelegationMember.objects.bulk_create(members, batch_size=1000)
    ProgrammeItem.objects.bulk_create(items, batch_size=1000)
    DelegationOutcome.objects.bulk_create(outcomes, batch_size=1000)
    FollowUpTask.objects.bulk_create(tasks, batch_size=1000)
    search_index.bulk_update(members)
    _bulk_chains([d for d in rows if d.status == S.SUBMITTED])


def _bulk_chains(waiting) -> None:
    """The frozen approver chain of generated requests waiting for approval."""
    steps, cache = [], {}
    for d in waiting:
        chain = cache.get((d.level == "city", d.owner_unit_id))
        if chain is None:
            chain = workflow.approver_chain(d)
            cache[(d.level == "city", d.owner_unit_id)] = chain
        for order, step in enumerate(chain, start=1):
            steps.append(
                (
                    ApprovalStep(
                        delegation=d,
                        round=1,
                        order=order,
                        kind=step.kind,
                        unit=step.unit if step.kind == StepKind.UNIT else None,
                        decision=Decision.PENDING if order == 1 else Decision.QUEUED,
                    ),
                    step.approvers,
                )
            )
    ApprovalStep.objects.bulk_create([s for s, _a in steps], batch_size=500)
    through = ApprovalStep.approvers.through
    through.objects.bulk_create(
        [through(approvalstep_id=s.pk, user_id=u.pk) for s, people in steps for u in people],
        batch_size=1000,
    )
