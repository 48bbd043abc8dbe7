"""Foreign investment projects registered in the city, by business partners."""

from __future__ import annotations

import decimal

from caunoi.bench.generators.base import GenerationContext, Generator, Size
from caunoi.investments.choices import InvestmentKind, InvestmentStatus
from caunoi.investments.models import InvestmentProject, InvestmentSector
from caunoi.partners.choices import PartnerKind

WHAT = ["nhà máy", "trung tâm", "khu", "văn phòng"]
SIZES = {"investments": Size(small=100, city=3000, national=30_000)}


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    sectors = list(InvestmentSector.objects.order_by("slug"))
    investors = [
        p for p in ctx.partners if p.kind in (PartnerKind.BUSINESS, PartnerKind.OVERSEAS_VIETNAMESE)
    ] or ctx.partners
    wards = [u for u in ctx.units if u.kind == "commune_ward"] or ctx.units
    for _ in range(ctx.size(GENERATOR, "investments")):
        # Investors are skewed too: the first in rank order invest again and again.
        investor = investors[int(len(investors) * rng.random() ** 3)]
        day = ctx.date()
        ward = rng.choice(wards)
        project = InvestmentProject(
            pk=ctx.writer.next_id(InvestmentProject),
            name=f"Dự án {rng.choice(WHAT)} của {investor.name}"[:300],
            name_en=f"Project of {investor.name_en}"[:300],
            investor=investor,
            country=investor.country,
            overseas_vietnamese=investor.kind == PartnerKind.OVERSEAS_VIETNAMESE,
            sector=rng.choice(sectors) if sectors else None,
            kind=rng.choices(list(InvestmentKind), weights=[6, 3, 2])[0],
            capital_amount=decimal.Decimal(rng.randrange(1, 5000) * 100_000),
            capital_currency="USD",
            registered_on=day,
            certificate_number=f"{rng.randrange(10**9, 10**10)}",
            location=ward.name[:300],
            location_unit=ward,
            status=rng.choices(list(InvestmentStatus), weights=[3, 8, 1, 1])[0],
            owner_unit=ctx.unit(),
        )
        ctx.record(project, when=ctx.moment(day), actor=ctx.actor(project.owner_unit_id))


GENERATOR = Generator(
    name="investments",
    order=70,
    sizes=SIZES,
    run=run,
    description="investment projects of business partners",
    independent=True,
)
