"""Test data for indicators, their values and sources."""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

from caunoi.indicators.models import Indicator, IndicatorValue, Source

SERIAL = itertools.count(1)


def source(unit, **fields) -> Source:
    values = {
        "title": f"NG{next(SERIAL)} Đối ngoại Thủ đô Hà Nội: Hội nhập hiệu quả",
        "publisher": "Báo Hànộimới",
        "published_on": datetime.date(2024, 1, 17),
        **fields,
    }
    made = Source(owner_unit=unit, **values)
    made.full_clean()
    made.save()
    return made


def indicator(owner, **fields) -> Indicator:
    values = {
        "code": f"fdi_attracted_{next(SERIAL)}",
        "name": "Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút",
        "name_en": "FDI attracted",
        "area": "investment",
        "measure": "money",
        "currency": "USD",
        **fields,
    }
    made = Indicator(owner_unit=owner, **values)
    made.full_clean()
    made.save()
    return made


def value(unit, period="2023", amount="2607000000", **fields) -> IndicatorValue:
    made = IndicatorValue(owner_unit=unit, qualifier=fields.pop("qualifier", ""))
    made.indicator = fields.pop("indicator", None) or indicator(unit)
    made.source = fields.pop("source", None) or source(unit)
    made.set_period(period)
    made.value = Decimal(amount)
    for key, item in fields.items():
        setattr(made, key, item)
    made.full_clean()
    made.save()
    return made
