"""Delegations both ways over twenty years and up to a year ahead: trips abroad from draft to
closed (requested, approved through the frozen approver chain, carried out, reported on) and
foreign visits received (proposed, confirmed, held, completed), some cancelled or rejected,
each with the workflow steps that took it there (log entries and change-log rows).

Each delegation has its members (five on average, one head; passport data left empty but for
a few obviously fake numbers), a few programme items, and for the trips and visits that are
over, outcomes (agreements signed link the agreements register when one was signed with the
partner around those days) and follow-up tasks, some of them overdue.

Requests waiting for approval carry their approval steps with the approvers frozen on them:
every Approver whose membership covers the unit, so ``bench.approver`` (Approver over the
whole tree) finds them in "waiting for me" (``/delegations/?waiting_for_me=true`` and the home
panel). City-level trips have two steps: the coordinator's, then the city leadership's.
"""

from __future__ import annotations

import datetime
import decimal

from caunoi.accounts.choices import UnitKind
from caunoi.bench.generators import names
from caunoi.bench.generators.base import GenerationContext, Generator, Size, Step
from caunoi.delegations.choices import (
    Decision,
    Direction,
    Funding,
    Level,
    MemberRole,
    Mode,
    StepKind,
    TaskStatus,
)
from caunoi.delegations.choices import Status as S
from caunoi.delegations.models import (
    ApprovalStep,
    Delegation,
    DelegationLogEntry,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    OutcomeKind,
    ProgrammeItem,
)

SIZES = {
    "delegations": Size(small=500, city=20_000, national=200_000),
    "members": Size(small=2500, city=100_000, national=1_000_000),
}
FUTURE_DAYS = 365  # trips are planned up to a year ahead
REPORT_DAYS = 15  # CAUNOI_DELEGATION_REPORT_DAYS' default
LEAD_DAYS = 20  # CAUNOI_DELEGATION_LEAD_DAYS' default
D = datetime.timedelta

LEVEL_OF_KIND = {
    UnitKind.CITY_LEADERSHIP: Level.CITY,
    UnitKind.COMMUNE_WARD: Level.COMMUNE,
    UnitKind.FRIENDSHIP_UNION: Level.ASSOCIATION,
    UnitKind.FRIENDSHIP_ASSOCIATION: Level.ASSOCIATION,
    UnitKind.OVERSEAS_LIAISON: Level.ASSOCIATION,
}
PURPOSES_OUT = [
    "Thăm và làm việc, trao đổi kinh nghiệm về {field}",
    "Dự hội nghị quốc tế về {field}",
    "Xúc tiến hợp tác {field} với {partner}",
    "Tham dự lễ kỷ niệm quan hệ hữu nghị với {partner}",
]
PURPOSES_IN = [
    "Thăm hữu nghị và trao đổi hợp tác về {field}",
    "Tìm hiểu cơ hội hợp tác {field} tại Hà Nội",
    "Làm việc về kế hoạch hợp tác {field} năm {year}",
]
ACTIVITIES = [
    "Hội đàm với {partner}",
    "Thăm cơ sở {field}",
    "Tọa đàm về hợp tác {field}",
    "Chiêu đãi của {partner}",
    "Gặp gỡ cộng đồng người Việt",
    "Tham quan di tích, bảo tàng",
]
OUTCOMES = [
    "Hai bên thống nhất trao đổi đoàn về {field} trong năm tới",
    "Đối tác cam kết hỗ trợ chuyên gia {field}",
    "Thống nhất xây dựng chương trình hợp tác {field}",
]
TASKS = [
    "Xây dựng kế hoạch triển khai nội dung đã thống nhất về {field}",
    "Gửi thư cảm ơn và đề xuất hợp tác",
    "Chuẩn bị đón đoàn đối tác sang thăm",
]
POSITIONS = ["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Chuyên viên", "Phó Chủ tịch"]
FOREIGN_POSITIONS = ["Mayor", "Deputy Mayor", "Director", "Head of Division", "Adviser"]


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    approvers = _approvers_by_unit(ctx)
    heads = _heads(ctx)
    staff = [(person.pk, person.full_name) for person in ctx.shared.get("staff", [])]
    agreements = ctx.shared.get("agreements_by_partner", {})
    total = ctx.size(GENERATOR, "delegations")
    sizes = _member_counts(ctx, total, ctx.size(GENERATOR, "members"))
    for number in range(total):
        unit = ctx.unit()
        outbound = rng.random() < 0.55
        start = ctx.date(future_days=FUTURE_DAYS)
        end = start + D(days=rng.randint(2, 9) if outbound else rng.randint(0, 4))
        partners = ctx.pick_partners(rng.choice([1, 1, 2, 2, 3]))
        countries = list({p.country_id: p.country for p in partners}.values())
        if not countries:
            countries = [rng.choice(ctx.countries)]
        country = countries[0]
        field = rng.choice(names.FIELDS_VI)
        partner_name = partners[0].name if partners else country.name
        level = (
            LEVEL_OF_KIND.get(unit.kind)
            or rng.choices([Level.CITY, Level.DEPARTMENT, Level.UNIT], weights=[1, 6, 3])[0]
        )
        words = {"field": field, "partner": partner_name, "year": start.year}
        if outbound:
            name = f"Đoàn {unit.name} thăm và làm việc tại {country.name} năm {start.year}"
            name_en = f"{unit.name_en or unit.name} visit to {country.name_en or country.name}"
            purpose = rng.choice(PURPOSES_OUT).format(**words)
        else:
            name = f"Đoàn {partner_name} thăm và làm việc tại Hà Nội năm {start.year}"
            name_en = f"{partner_name} delegation to Hà Nội, {start.year}"
            purpose = rng.choice(PURPOSES_IN).format(**words)
        funding = rng.choices(list(Funding), weights=[6, 2, 1, 1])[0]
        contact = ctx.actor(unit.pk)
        delegation = Delegation(
            pk=ctx.writer.next_id(Delegation),
            direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
            name=name[:300],
            name_en=name_en[:300],
            level=level,
            cities=", ".join(names.place_name(rng, country.iso) for _ in range(rng.randint(1, 2)))
            if outbound
            else "Hà Nội",
            start_date=start,
            end_date=end,
            mode=rng.choices(list(Mode), weights=[90, 6, 4])[0],
            purpose=purpose,
            in_annual_plan=rng.random() < 0.7,
            funding=funding,
            contact_person_id=contact.id if contact else None,
            owner_unit=unit,
        )
        if outbound and funding == Funding.STATE_BUDGET:
            delegation.budget_amount = decimal.Decimal(rng.randrange(50, 900) * 1_000_000)
            delegation.budget_currency = "VND"
        # Prepared weeks or months ahead, and never after the anchor day.
        created_day = min(
            start - D(days=rng.randint(25, 120)), ctx.anchor - D(days=rng.randint(0, 30))
        )
        created = ctx.moment(created_day)
        flow = _outbound if outbound else _inbound
        steps, rounds = flow(ctx, delegation, created)
        final = {"status": S.DRAFT if outbound else S.PROPOSED}
        for step in steps:
            final.update(step.changes)
        for key, value in final.items():
            setattr(delegation, key, value)
        initial = {key: INITIAL[key] for key in final} if steps else None
        if initial is not None:
            initial["status"] = S.DRAFT if outbound else S.PROPOSED
        ctx.record(
            delegation,
            when=created,
            actor=contact,
            m2m={
                "partners": ctx.link(delegation, "partners", [p.pk for p in partners]),
                "countries": ctx.link(delegation, "countries", [c.pk for c in countries]),
            },
            initial=initial,
            steps=steps,
            log_model=DelegationLogEntry,
        )
        chain = _chain(delegation, approvers, heads)
        for round_number, decisions in enumerate(rounds, start=1):
            _approval_steps(ctx, delegation, round_number, decisions, chain)
        _members(ctx, delegation, sizes[number], partners, staff, created)
        _programme(ctx, delegation, partners, created, field)
        _outcomes(ctx, delegation, partners, agreements, field)


INITIAL = {
    "status": S.DRAFT,
    "submitted_on": None,
    "short_notice": False,
    "reported_on": None,
    "results_report": "",
    "minutes": "",
}


def _member_counts(ctx, delegations: int, members: int) -> list[int]:
    """Members per delegation (one to a dozen, five on average), adding up to ``members``."""
    rng = ctx.rng
    counts = [rng.choice([1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9, 12]) for _ in range(delegations)]
    difference = members - sum(counts)
    while difference:
        i = rng.randrange(delegations)
        if difference > 0:
            counts[i] += 1
            difference -= 1
        elif counts[i] > 1:
            counts[i] -= 1
            difference += 1
    return counts


def _approvers_by_unit(ctx) -> dict[int, list[int]]:
    """Unit id → the users with the Approver role whose membership covers it (the people
    ``workflow.unit_approvers`` finds), from the memberships the units generator made."""
    direct: dict[int, set[int]] = {}
    below: dict[int, set[int]] = {}
    for membership in ctx.shared.get("memberships", []):
        if membership.role.slug != "approver":
            continue
        direct.setdefault(membership.unit_id, set()).add(membership.user_id)
        if membership.include_descendants:
            below.setdefault(membership.unit_id, set()).add(membership.user_id)
    found = {}
    for unit in ctx.units:
        ids = set(direct.get(unit.pk, ()))
        for part in unit.path.strip("/").split("/")[:-1]:
            ids |= below.get(int(part), set())
        found[unit.pk] = sorted(ids)
    return found


def _heads(ctx) -> dict[int, int]:
    """Unit id → its province's (or the city's) leadership unit: whose Approvers decide the
    last step of a city-level trip."""
    leadership = {u.pk for u in ctx.units if u.kind == UnitKind.CITY_LEADERSHIP}
    found = {}
    for unit in ctx.units:
        path = [int(part) for part in unit.path.strip("/").split("/")]
        found[unit.pk] = next((pk for pk in reversed(path) if pk in leadership), unit.pk)
    return found


def _chain(delegation, approvers, heads) -> list[tuple[str, int | None, list[int]]]:
    """(kind, unit, approver ids) per step, as :func:`workflow.approver_chain` would freeze it
    (the bench has no Coordinators: the unit's Approvers stand in for them)."""
    people = approvers.get(delegation.owner_unit_id, [])
    if delegation.level == Level.CITY:
        leaders = approvers.get(heads[delegation.owner_unit_id]) or people
        return [(StepKind.COORDINATOR, None, people), (StepKind.CITY, None, leaders)]
    return [(StepKind.UNIT, delegation.owner_unit_id, people)]


# -- lifecycles: (steps, the decisions of each submission round) -------------------------------
def _outbound(ctx, delegation, created) -> tuple[list[Step], list[list[tuple]]]:
    """Rounds: per submission, the (decision, moment) of each step of the chain decided or
    waiting; the steps after them are queued (or withdrawn once the round ended)."""
    rng = ctx.rng
    anchor = ctx.anchor
    start, end = delegation.start_date, delegation.end_date
    city = delegation.level == Level.CITY
    steps: list[Step] = []
    rounds: list[list[tuple]] = []
    at = created.date()

    def step(day, changes, transition, note="") -> None:
        steps.append(Step(_moment(ctx, day, created, steps), changes, transition, note))

    def submit(day) -> None:
        notice = (start - day).days < LEAD_DAYS
        step(day, {"status": S.SUBMITTED, "submitted_on": day, "short_notice": notice}, "submit")

    roll = rng.random()
    if roll < 0.04 and at + D(days=3) <= anchor:
        step(at + D(days=3), {"status": S.CANCELLED}, "cancel", note="Đối tác đề nghị hoãn")
        return steps, rounds
    # Submitted a few weeks after the draft was started, and before departure.
    submitted = min(at + D(days=rng.randint(2, 20)), start - D(days=rng.randint(1, 15)))
    submitted = max(submitted, at)
    if submitted > anchor or (start > anchor and roll < 0.12):
        return steps, rounds  # still a draft
    submit(submitted)
    decide = max(min(submitted + D(days=rng.randint(2, 12)), start - D(days=1)), submitted)
    if rng.random() < 0.08 and decide < start and decide <= anchor:
        # Returned for changes, then submitted again (a new round of the chain).
        step(decide, {"status": S.RETURNED}, "send_back", note="Bổ sung dự toán kinh phí")
        rounds.append([(Decision.RETURNED, steps[-1].when)])
        again = decide + D(days=rng.randint(1, 5))
        if again > anchor or again >= start:
            return steps, rounds
        submit(again)
        decide = max(min(again + D(days=rng.randint(2, 10)), start - D(days=1)), again)
    decisions: list[tuple] = []
    rounds.append(decisions)
    if city:
        if decide > anchor:
            decisions.append((Decision.PENDING, None))
            return steps, rounds
        step(decide, {"status": S.SUBMITTED}, "endorse")
        decisions.append((Decision.APPROVED, steps[-1].when))
        decide = decide + D(days=rng.randint(0, 3))
    if decide > anchor or (start > anchor and rng.random() < 0.35):
        decisions.append((Decision.PENDING, None))
        return steps, rounds
    if rng.random() < 0.03:
        step(decide, {"status": S.REJECTED}, "reject", note="Chưa phù hợp với kế hoạch năm")
        decisions.append((Decision.REJECTED, steps[-1].when))
        return steps, rounds
    step(decide, {"status": S.APPROVED}, "approve")
    decisions.append((Decision.APPROVED, steps[-1].when))
    if start > anchor:
        if rng.random() < 0.05:
            step(anchor, {"status": S.CANCELLED}, "cancel", note="Thay đổi lịch công tác")
        return steps, rounds
    if end >= anchor:  # away now
        step(start, {"status": S.TRAVELLING}, "depart")
        return steps, rounds
    step(start, {"status": S.TRAVELLING}, "depart")
    step(end, {"status": S.BACK}, "come_back")
    report = end + D(days=rng.randint(3, 25))
    if report > anchor or rng.random() < 0.03:
        return steps, rounds  # report due (or overdue)
    text = (
        f"Đoàn đã hoàn thành chương trình tại {delegation.cities}; "
        f"kết quả chính: {delegation.purpose.lower()}."
    )
    step(report, {"status": S.REPORTED, "results_report": text, "reported_on": report},
         "file_report")  # fmt: skip
    close = report + D(days=rng.randint(2, 30))
    if close <= anchor and rng.random() < 0.9:
        step(close, {"status": S.CLOSED}, "close")
    return steps, rounds


def _inbound(ctx, delegation, created) -> tuple[list[Step], list]:
    rng = ctx.rng
    anchor = ctx.anchor
    start, end = delegation.start_date, delegation.end_date
    steps: list[Step] = []

    def step(day, changes, transition, note="") -> None:
        steps.append(Step(_moment(ctx, day, created, steps), changes, transition, note))

    confirm = min(created.date() + D(days=rng.randint(3, 30)), start)
    roll = rng.random()
    if roll < 0.05 and confirm <= anchor:
        step(confirm, {"status": S.CANCELLED}, "cancel", note="Đối tác hoãn chuyến thăm")
        return steps, []
    if confirm > anchor or (start > anchor and roll < 0.4):
        return steps, []  # proposed
    step(confirm, {"status": S.CONFIRMED}, "confirm")
    if start > anchor or roll < 0.07:
        return steps, []  # confirmed (a few never marked as held)
    step(start, {"status": S.UNDER_WAY}, "begin")
    if end >= anchor:
        return steps, []
    minutes = f"Hai bên trao đổi về {delegation.purpose.lower()}; thống nhất các bước tiếp theo."
    step(end, {"status": S.COMPLETED, "minutes": minutes}, "complete")
    return steps, []


def _moment(ctx, day, created, steps) -> datetime.datetime:
    """A moment of ``day``, after the record was created and after the step before."""
    earliest = steps[-1].when + D(minutes=5) if steps else created + D(hours=1)
    return max(ctx.moment(day), earliest)


# -- children ------------------------------------------------------------------------------------
def _approval_steps(ctx, delegation, round_number, decisions, chain) -> None:
    """One round of the chain: the decisions taken, and the steps after them."""
    rng = ctx.rng
    ended = decisions and decisions[-1][0] in (Decision.RETURNED, Decision.REJECTED)
    for order, (kind, unit_id, people) in enumerate(chain, start=1):
        if order <= len(decisions):
            decision, when = decisions[order - 1]
        else:
            decision, when = (Decision.WITHDRAWN if ended else Decision.QUEUED), None
        who = rng.choice(people) if when is not None and people else None
        row = ApprovalStep(
            pk=ctx.writer.next_id(ApprovalStep),
            delegation=delegation,
            round=round_number,
            order=order,
            kind=kind,
            unit_id=unit_id,
            decision=decision,
            decided_by_id=who,
            decided_at=when,
            note="",
        )
        ctx.writer.add(row)
        ctx.link(row, "approvers", people)


def _members(ctx, delegation, count, partners, staff, created) -> None:
    rng = ctx.rng
    outbound = delegation.is_outbound
    iso = partners[0].country.iso if partners else "US"
    for rank in range(1, count + 1):
        if rank == 1:
            role = MemberRole.HEAD
        elif rank == 2 and count > 3:
            role = MemberRole.DEPUTY
        elif rank == count and count > 4:
            role = MemberRole.INTERPRETER
        else:
            role = MemberRole.MEMBER
        staff_id = None
        if outbound:
            if staff and rng.random() < 0.4:
                staff_id, full_name = rng.choice(staff)
            else:
                full_name = names.vietnamese_name(rng)
            position = rng.choice(POSITIONS)
            organisation = delegation.owner_unit.name
            languages = rng.choice([[], [], ["en"], ["en"], ["fr"], ["zh"], ["ru"], ["ja"]])
        else:
            full_name = names.foreign_name(rng, iso)
            position = rng.choice(FOREIGN_POSITIONS)
            organisation = partners[0].name if partners else ""
            languages = rng.choice([["en"], ["en"], [], ["fr"]])
        passport, expiry = "", None
        if outbound and rng.random() < 0.03:
            # Obviously not a real passport: the bench prefix and a serial.
            passport = f"BENCH{rng.randrange(10**7):07d}"
            expiry = delegation.end_date + D(days=rng.randint(200, 3000))
        member = DelegationMember(
            pk=ctx.writer.next_id(DelegationMember),
            delegation=delegation,
            staff_member_id=staff_id,
            full_name=full_name,
            position=position,
            organisation=organisation[:300],
            role=role,
            rank=rank,
            languages=languages,
            passport_number=passport,
            passport_expiry=expiry,
            owner_unit=delegation.owner_unit,
        )
        ctx.record(member, when=created, actor=ctx.actor(delegation.owner_unit_id))


def _programme(ctx, delegation, partners, created, field) -> None:
    rng = ctx.rng
    if delegation.status in (S.CANCELLED, S.REJECTED, S.DRAFT, S.PROPOSED):
        count = rng.choice([0, 0, 1, 2])
    else:
        count = rng.choice([1, 2, 2, 3, 3, 4, 5])
    days = (delegation.end_date - delegation.start_date).days
    for _ in range(count):
        partner = rng.choice(partners) if partners and rng.random() < 0.7 else None
        hour = rng.choice([8, 9, 10, 14, 15, 19])
        item = ProgrammeItem(
            pk=ctx.writer.next_id(ProgrammeItem),
            delegation=delegation,
            date=delegation.start_date + D(days=rng.randint(0, days)),
            start_time=datetime.time(hour, rng.choice([0, 30])),
            end_time=datetime.time(hour + 1, 30),
            place=rng.choice(names.VENUES) if delegation.is_inbound else delegation.cities[:300],
            activity=rng.choice(ACTIVITIES).format(
                partner=partner.name if partner else "đối tác", field=field
            )[:500],
            partner_id=partner.pk if partner else None,
            responsible=names.vietnamese_name(rng),
            owner_unit=delegation.owner_unit,
        )
        ctx.record(item, when=created, actor=ctx.actor(delegation.owner_unit_id))


def _outcomes(ctx, delegation, partners, agreements, field) -> None:
    """Outcomes of two in five delegations that are over; a follow-up task for half of them."""
    rng = ctx.rng
    if delegation.status not in (S.REPORTED, S.CLOSED, S.COMPLETED) or rng.random() > 0.4:
        return
    unit = delegation.owner_unit
    end = delegation.end_date
    for _ in range(rng.randint(1, 2)):
        partner = rng.choice(partners) if partners else None
        signed = [
            pk
            for day, pk in agreements.get(partner.pk if partner else 0, [])
            if delegation.start_date - D(days=3) <= day <= end + D(days=3)
        ]
        kind = OutcomeKind.AGREEMENT if signed else rng.choice([OutcomeKind.COMMITMENT,
                                                               OutcomeKind.RESULT])  # fmt: skip
        outcome = DelegationOutcome(
            pk=ctx.writer.next_id(DelegationOutcome),
            delegation=delegation,
            kind=kind,
            summary=rng.choice(OUTCOMES).format(field=field)[:500],
            partner_id=partner.pk if partner else None,
            date=end,
            owner_unit=unit,
        )
        when = ctx.moment(min(end + D(days=2), ctx.anchor))
        ctx.record(
            outcome,
            when=when,
            actor=ctx.actor(unit.pk),
            m2m={"agreements": ctx.link(outcome, "agreements", signed[:1])},
        )
        if rng.random() > 0.5:
            continue
        deadline = end + D(days=rng.randint(30, 180))
        if deadline < ctx.anchor:
            status = rng.choices(list(TaskStatus), weights=[1, 1, 8, 1])[0]
        else:
            status = rng.choice([TaskStatus.OPEN, TaskStatus.IN_PROGRESS])
        done_on = min(deadline, ctx.anchor) if status == TaskStatus.DONE else None
        task = FollowUpTask(
            pk=ctx.writer.next_id(FollowUpTask),
            delegation=delegation,
            outcome=outcome,
            task=rng.choice(TASKS).format(field=field)[:500],
            responsible_unit=unit,
            responsible=names.vietnamese_name(rng),
            deadline=deadline,
            status=status,
            done_on=done_on,
            owner_unit=unit,
        )
        steps = []
        if status != TaskStatus.OPEN:
            step_day = done_on or min(deadline, ctx.anchor)
            moment = max(ctx.moment(step_day), when + D(hours=1))
            steps.append(Step(moment, {"status": status, "done_on": done_on}))
        ctx.record(
            task,
            when=when,
            actor=ctx.actor(unit.pk),
            initial={"status": TaskStatus.OPEN, "done_on": None} if steps else None,
            steps=steps,
        )


GENERATOR = Generator(
    name="delegations",
    order=45,
    sizes=SIZES,
    run=run,
    description="delegations both ways, approval chains, members, programmes and outcomes",
    independent=True,
)
