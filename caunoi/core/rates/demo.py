"""Demo exchange rates: one a month from January 2019, for the currencies the demo's aid and
investment use. They are approximations of yearly average rates, interpolated month by month,
and say so in their source: demo data, not rates to quote."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from caunoi.core.models import ExchangeRate

SOURCE = "Tỷ giá minh họa (demo), xấp xỉ tỷ giá bình quân năm"
FIRST_YEAR = 2019
# VND for one unit, yearly averages (approximate), 2019 … 2026.
YEARLY = {
    "USD": (23200, 23150, 23000, 23400, 23800, 25000, 26000, 26300),
    "EUR": (26000, 26400, 27200, 24700, 25800, 27100, 29300, 30500),
    "JPY": (213, 217, 209, 179, 170, 165, 175, 172),
    "CNY": (3360, 3350, 3560, 3480, 3360, 3470, 3620, 3700),
    "KRW": ("19.9", "19.6", "20.1", "18.1", "18.2", "18.3", "18.4", "18.2"),
    "GBP": (29600, 29700, 31600, 28900, 29600, 31900, 34500, 35200),
    "AUD": (16100, 15900, 17300, 16200, 15800, 16500, 16800, 17200),
    "SGD": (17000, 16800, 17100, 17000, 17700, 18700, 20000, 20300),
    "LAK": ("2.65", "2.5", "2.35", "1.6", "1.25", "1.15", "1.2", "1.2"),
}


def monthly(values, year: int, month: int) -> Decimal:
    """The yearly average of ``year`` moving towards the next year's, month by month."""
    index = year - FIRST_YEAR
    here = Decimal(str(values[index]))
    there = Decimal(str(values[min(index + 1, len(values) - 1)]))
    rate = here + (there - here) * (month - 1) / 12
    return rate.quantize(Decimal("0.01") if rate >= 100 else Decimal("0.0001"))


def load_demo_rates(unit, until: datetime.date | None = None) -> int:
    """Create the missing demo rates, owned by ``unit``; return how many there are."""
    until = until or timezone.localdate()
    existing = set(
        ExchangeRate.objects.filter(quote_currency="VND").values_list("date", "currency")
    )
    last_year = FIRST_YEAR + len(next(iter(YEARLY.values()))) - 1
    for year in range(FIRST_YEAR, min(until.year, last_year) + 1):
        for month in range(1, 13):
            day = datetime.date(year, month, 1)
            if day > until:
                break
            for currency, values in YEARLY.items():
                if (day, currency) in existing:
                    continue
                ExchangeRate(
                    date=day,
                    currency=currency,
                    quote_currency="VND",
                    rate=monthly(values, year, month),
                    source=SOURCE,
                    owner_unit=unit,
                ).save()
    return ExchangeRate.objects.filter(source=SOURCE).count()
