"""Converting money with the exchange rates users entered; every conversion states its rate.

A rate is found for a pair and a day: the latest :class:`~caunoi.core.models.ExchangeRate` on
or before the day and at most ``CAUNOI_EXCHANGE_RATE_MAX_AGE_DAYS`` older. The direct rate is
preferred, then the inverse of the opposite rate, then a cross rate through VND or USD (two
rates, both stated). Without one, :class:`MissingRate` names the pair and the day, so the
user knows which rate to enter. The result is computed exactly and rounded once, to the
target currency's minor unit, half up.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext as _

from caunoi.core.money.value import Money, quantize

PIVOTS = ("VND", "USD")


class MissingRate(LookupError):
    def __init__(self, currency: str, quote: str, day: datetime.date):
        self.currency, self.quote, self.day = currency, quote, day
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return _(
            "No exchange rate from %(from)s to %(to)s on or up to %(days)s days before "
            "%(date)s: enter one under Exchange rates."
        ) % {
            "from": self.currency,
            "to": self.quote,
            "days": max_age_days(),
            "date": self.day.strftime("%d/%m/%Y"),
        }


@dataclass(frozen=True)
class RateUsed:
    """One published rate a conversion read, as published ("1 EUR = 27,150 VND");
    ``inverted``: the conversion went the other way (VND to EUR) and divided by it."""

    currency: str
    quote: str
    rate: Decimal
    date: datetime.date
    source: str
    inverted: bool = False

    @property
    def factor(self) -> Decimal:
        return 1 / self.rate if self.inverted else self.rate

    def __str__(self) -> str:
        from caunoi.core.money.format import format_rate

        rate = format_rate(self.rate)
        return f"1 {self.currency} = {rate} {self.quote} ({self.date:%d/%m/%Y}, {self.source})"


@dataclass(frozen=True)
class Conversion:
    original: Money
    result: Money
    rates: tuple[RateUsed, ...]
    day: datetime.date


def max_age_days() -> int:
    return int(getattr(settings, "CAUNOI_EXCHANGE_RATE_MAX_AGE_DAYS", 92))


@dataclass
class RateBook:
    """Looks rates up once per pair and day; one book serves one page or report."""

    cache: dict = field(default_factory=dict)

    def _published(self, currency: str, quote: str, day: datetime.date):
        from caunoi.core.models import ExchangeRate

        key = (currency, quote, day)
        if key not in self.cache:
            earliest = day - datetime.timedelta(days=max_age_days())
            self.cache[key] = (
                ExchangeRate.objects.filter(
                    currency=currency, quote_currency=quote, date__lte=day, date__gte=earliest
                )
                .order_by("-date")
                .first()
            )
        return self.cache[key]

    def _one(self, currency: str, quote: str, day: datetime.date) -> RateUsed | None:
        row = self._published(currency, quote, day)
        if row is not None:
            return RateUsed(currency, quote, row.rate, row.date, row.source)
        row = self._published(quote, currency, day)
        if row is not None:
            return RateUsed(quote, currency, row.rate, row.date, row.source, inverted=True)
        return None

    def path(self, currency: str, quote: str, day: datetime.date) -> tuple[RateUsed, ...]:
        direct = self._one(currency, quote, day)
        if direct is not None:
            return (direct,)
        for pivot in PIVOTS:
            if pivot in (currency, quote):
                continue
            first, second = self._one(currency, pivot, day), self._one(pivot, quote, day)
            if first is not None and second is not None:
                return (first, second)
        raise MissingRate(currency, quote, day)

    def convert(self, money: Money, to: str, day: datetime.date | None = None) -> Conversion:
        day = day or money.value_date
        if day is None:
            raise ValueError("a conversion needs a date")
        to = to.upper()
        if money.currency == to:
            return Conversion(money, money.rounded(), (), day)
        rates = self.path(money.currency, to, day)
        amount = money.amount
        for rate in rates:
            amount = amount * rate.factor
        return Conversion(money, Money(quantize(amount, to), to, day), rates, day)


def convert(money: Money, to: str, day: datetime.date | None = None) -> Conversion:
    """``money`` in ``to`` at ``day`` (default: the money's value date)."""
    return RateBook().convert(money, to, day)
