"""Aid projects both ways, with donors drawn from the (skewed) partners, sectors, beneficiary
units, the workflow steps from proposal to completion and their disbursements."""

from __future__ import annotations

import datetime
import decimal

from caunoi.aid_projects.choices import AidDirection, AidModality, AidStatus
from caunoi.aid_projects.models import AidProject, AidProjectLogEntry, AidSector, Disbursement
from caunoi.bench.generators import names
from caunoi.bench.generators.base import GenerationContext, Generator, Size, Step

SIZES = {
    "aid_projects": Size(small=120, city=5000, national=100_000),
}
S = AidStatus
CURRENCIES = ["USD", "USD", "EUR", "JPY", "KRW", "VND"]
PATH = [("approve", S.APPROVED), ("start", S.UNDER_WAY), ("complete", S.COMPLETED)]


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    sectors = list(AidSector.objects.order_by("slug"))
    for number in range(ctx.size(GENERATOR, "aid_projects")):
        received = rng.random() < 0.9
        partners = ctx.pick_partners(rng.choice([1, 1, 2]))
        unit = ctx.unit()
        decided = ctx.date()
        field = rng.choice(names.FIELDS_VI)
        place = partners[0].name if partners else "đối tác"
        currency = rng.choice(CURRENCIES)
        amount = decimal.Decimal(rng.randrange(5, 2000) * (1000 if currency != "VND" else 10**7))
        project = AidProject(
            pk=ctx.writer.next_id(AidProject),
            code=f"VT-{decided.year}-{number + 1:06d}",
            name=f"Dự án hỗ trợ {field} tài trợ bởi {place}"[:300]
            if received
            else f"Hà Nội viện trợ {field} cho {place}"[:300],
            name_en=f"{field.capitalize()} support project, {place}"[:300],
            direction=AidDirection.RECEIVED if received else AidDirection.GIVEN,
            modality=rng.choices(list(AidModality), weights=[7, 2, 1])[0],
            location=unit.name[:300],
            start_date=decided + datetime.timedelta(days=rng.randint(10, 120)),
            decision_number=f"{rng.randrange(1, 9999)}/QĐ-UBND",
            decision_date=decided,
            decision_authority="UBND thành phố Hà Nội",
            commitment_amount=amount,
            commitment_currency=currency,
            commitment_date=decided,
            owner_unit=unit,
        )
        project.end_date = project.start_date + datetime.timedelta(days=rng.randint(90, 1500))
        created = ctx.moment(decided - datetime.timedelta(days=rng.randint(10, 60)))
        steps = []
        moment = created
        for transition, status in PATH:
            if rng.random() < 0.1:
                break
            moment = ctx.moment(min(moment.date() + datetime.timedelta(days=30), ctx.anchor))
            steps.append(Step(moment, {"status": status}, transition))
        if steps and rng.random() < 0.05:
            steps.append(Step(moment, {"status": S.CANCELLED}, "cancel", note="Nhà tài trợ rút"))
        project.status = steps[-1].changes["status"] if steps else S.PROPOSED
        ctx.record(
            project,
            when=created,
            actor=ctx.actor(unit.pk),
            m2m={
                "donors": ctx.link(project, "donors", [p.pk for p in partners] if received else []),
                "recipient_partners": ctx.link(
                    project, "recipient_partners", [] if received else [p.pk for p in partners]
                ),
                "recipient_units": ctx.link(
                    project, "recipient_units", [unit.pk] if received else []
                ),
                "sectors": ctx.link(
                    project, "sectors", [rng.choice(sectors).pk] if sectors else []
                ),
            },
            initial={"status": S.PROPOSED} if steps else None,
            steps=steps,
            log_model=AidProjectLogEntry,
        )
        if project.status in (S.UNDER_WAY, S.COMPLETED):
            for part in range(rng.randint(1, 3)):
                day = min(project.start_date + datetime.timedelta(days=90 * part), ctx.anchor)
                payment = Disbursement(
                    pk=ctx.writer.next_id(Disbursement),
                    project=project,
                    date=day,
                    amount=(amount / 4).quantize(decimal.Decimal("1")),
                    currency=currency,
                    reference=f"UNC-{rng.randrange(10**6):06d}",
                    owner_unit=unit,
                )
                ctx.record(payment, when=ctx.moment(day), actor=ctx.actor(unit.pk))


GENERATOR = Generator(
    name="aid_projects",
    order=60,
    sizes=SIZES,
    run=run,
    description="aid projects with donors, workflow history and disbursements",
    independent=True,
)
