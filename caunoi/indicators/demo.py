"""Demo data of the indicators: every figure of the seed documents, with its source."""

from __future__ import annotations

from caunoi.accounts.models import OrgUnit
from caunoi.indicators.demo_data import INDICATORS, VALUES
from caunoi.indicators.models import Indicator, IndicatorValue
from caunoi.indicators.services import seed_sources


def load(stdout=None) -> dict:
    units = {u.acronym: u for u in OrgUnit.objects.exclude(acronym="")}
    dofa = units["SNgV"]
    sources = seed_sources(dofa)
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=INDICATORS)}
    for code, (name, name_en, area, measure, currency, unit, unit_en, owner) in INDICATORS.items():
        if code in indicators:
            continue
        indicator = Indicator(
            code=code,
            name=name,
            name_en=name_en,
            area=area,
            measure=measure,
            currency=currency,
            unit=unit,
            unit_en=unit_en,
            owner_unit=units.get(owner, dofa),
        )
        indicator.full_clean()
        indicator.save()
        indicators[code] = indicator
    for code, period, value, qualifier, source, note in VALUES:
        indicator = indicators[code]
        row = IndicatorValue(indicator=indicator, owner_unit=indicator.owner_unit)
        row.set_period(period)
        if IndicatorValue.objects.filter(indicator=indicator, period=row.period).exists():
            continue
        row.value, row.qualifier, row.source, row.note = value, qualifier, sources[source], note
        row.full_clean()
        row.save()
    if stdout is not None:
        stdout.write(
            f"  sources: {len(sources)}, indicators: {len(indicators)}, "
            f"values: {IndicatorValue.objects.count()}"
        )
    return {}
