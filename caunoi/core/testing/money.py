"""Exchange rates for tests: ``rate(unit, day, "EUR", "27150")`` is 1 EUR = 27,150 VND."""

from __future__ import annotations

import datetime
from decimal import Decimal


def rate(
    unit, day: datetime.date, currency: str, value, quote: str = "VND", source: str = "Vietcombank"
):
    """A validated, saved :class:`~caunoi.core.models.ExchangeRate` owned by ``unit``."""
    from caunoi.core.models import ExchangeRate

    row = ExchangeRate(
        date=day,
        currency=currency,
        quote_currency=quote,
        rate=Decimal(value),
        source=source,
        owner_unit=unit,
    )
    row.full_clean()
    row.save()
    return row
