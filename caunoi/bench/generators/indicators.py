"""Indicators with yearly and quarterly values over twenty years, each quoting a source."""

from __future__ import annotations

import decimal

from caunoi.bench.generators.base import GenerationContext, Generator, Size
from caunoi.indicators.choices import IndicatorArea, Measure, PeriodKind, SourceKind
from caunoi.indicators.models import Indicator, IndicatorValue, Source

SIZES = {
    "indicators": Size(small=8, city=40, national=200),
    "sources": Size(small=20, city=200, national=2000),
}
TOPICS = [
    ("Vốn FDI đăng ký", "FDI registered", Measure.MONEY, "USD", ""),
    ("Số dự án đầu tư mới", "New investment projects", Measure.NUMBER, "", "dự án"),
    ("Khách quốc tế", "International visitors", Measure.NUMBER, "", "lượt khách"),
    ("Đoàn vào", "Delegations received", Measure.NUMBER, "", "đoàn"),
    ("Kim ngạch xuất khẩu", "Exports", Measure.MONEY, "USD", ""),
    ("Viện trợ phi chính phủ", "NGO aid", Measure.MONEY, "USD", ""),
]


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    sources = []
    for number in range(ctx.size(GENERATOR, "sources")):
        day = ctx.date()
        pk = ctx.writer.next_id(Source)
        source = Source(
            pk=pk,
            code=f"bench_{pk}",  # unique also when a second run adds to the data
            title=f"Báo cáo tình hình kinh tế – xã hội {day.year} (số {number + 1})",
            publisher=rng.choice(["Cục Thống kê", "Báo Hànộimới", "Tạp chí Cộng sản", "UBND"]),
            kind=rng.choice(list(SourceKind)),
            published_on=day,
            owner_unit=ctx.unit(),
        )
        ctx.record(source, when=ctx.moment(day), actor=ctx.actor(source.owner_unit_id))
        sources.append(source)
    areas = list(IndicatorArea)
    for number in range(ctx.size(GENERATOR, "indicators")):
        vi, en, measure, currency, unit_word = TOPICS[number % len(TOPICS)]
        suffix = f" ({number // len(TOPICS) + 1})" if number >= len(TOPICS) else ""
        pk = ctx.writer.next_id(Indicator)
        indicator = Indicator(
            pk=pk,
            code=f"bench-indicator-{pk}",
            name=vi + suffix,
            name_en=en + suffix,
            area=rng.choice(areas),
            measure=measure,
            currency=currency,
            unit=unit_word,
            owner_unit=ctx.shared.get("root_unit") or ctx.units[0],
        )
        ctx.record(indicator, when=ctx.moment(ctx.start), actor=ctx.actor(indicator.owner_unit_id))
        level = rng.randrange(100, 10_000)
        for year in range(ctx.start.year, ctx.anchor.year):
            level = int(level * rng.uniform(0.95, 1.15))
            value = IndicatorValue(
                pk=ctx.writer.next_id(IndicatorValue),
                indicator=indicator,
                period_kind=PeriodKind.YEAR,
                year=year,
                value=decimal.Decimal(level * (10**6 if measure == Measure.MONEY else 1)),
                source=rng.choice(sources),
                owner_unit=indicator.owner_unit,
            )
            value.fill_period()
            ctx.record(value, when=ctx.moment(value.period_end), actor=None)


GENERATOR = Generator(
    name="indicators",
    order=80,
    sizes=SIZES,
    run=run,
    description="indicators, their sources and yearly values",
    independent=True,
)
