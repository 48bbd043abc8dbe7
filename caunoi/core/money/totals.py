"""Totals of money: one sum per currency, never added across currencies; converted on request.

totals = Totals.of(Disbursement.objects.filter(project=p), "amount", "currency")
totals.items()  # [Money(EUR 120000), Money(USD 5000)]
totals.converted("VND", day)  # ConvertedTotal with the rates used and any missing rate
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Sum

from caunoi.core.money.rates import Conversion, MissingRate, RateBook, RateUsed
from caunoi.core.money.value import Money


@dataclass
class ConvertedTotal:
    """A sum in one currency; ``complete`` is False when some amounts had no rate."""

    currency: str
    total: Money
    conversions: list[Conversion] = field(default_factory=list)
    missing: list[MissingRate] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def rates(self) -> list[RateUsed]:
        seen: dict = {}
        for conversion in self.conversions:
            for rate in conversion.rates:
                seen.setdefault((rate.currency, rate.quote, rate.date), rate)
        return list(seen.values())


CENT = Decimal("0.01")


def db_sum(value) -> Decimal:
    """A SUM of amount columns as the database returns it, without the trailing digits SQLite
    adds ("225100.000000000"): amounts are stored to the cent, so their sum is exact at it."""
    value = Decimal(value)
    return value.quantize(CENT) if value.as_tuple().exponent < -2 else value


@dataclass
class Totals:
    amounts: dict[str, Decimal] = field(default_factory=dict)

    @classmethod
    def of(cls, queryset, amount_field: str, currency_field: str) -> Totals:
        """One GROUP BY query: the sum of ``amount_field`` for each currency."""
        rows = (
            queryset.exclude(**{f"{amount_field}__isnull": True})
            .exclude(**{currency_field: ""})
            .order_by()
            .values(currency_field)
            .annotate(total=Sum(amount_field))
        )
        return cls({row[currency_field]: db_sum(row["total"]) for row in rows})

    @classmethod
    def of_money(cls, moneys) -> Totals:
        totals = cls()
        for money in moneys:
            if money is not None:
                totals.add(money)
        return totals

    def add(self, money: Money) -> None:
        self.amounts[money.currency] = self.amounts.get(money.currency, Decimal(0)) + money.amount

    def items(self) -> list[Money]:
        return [Money(amount, code) for code, amount in sorted(self.amounts.items())]

    def __bool__(self) -> bool:
        return bool(self.amounts)

    def get(self, currency: str) -> Money:
        return Money(self.amounts.get(currency, Decimal(0)), currency)

    def converted(
        self, to: str, day: datetime.date, book: RateBook | None = None
    ) -> ConvertedTotal:
        """Each currency's sum converted at ``day``'s rate, then added in ``to``."""
        return convert_all(self.items(), to, day, book)


def convert_all(moneys, to: str, day: datetime.date | None = None, book: RateBook | None = None):
    """Convert each amount (at ``day``, or at its own value date) and add the results."""
    book = book or RateBook()
    result = ConvertedTotal(to.upper(), Money(0, to))
    for money in moneys:
        try:
            conversion = book.convert(money, to, day)
        except MissingRate as missing:
            result.missing.append(missing)
            continue
        result.conversions.append(conversion)
        result.total = result.total + conversion.result
    return result


@dataclass
class MoneySummary:
    """What a list or report shows under a column of amounts: the sum in each currency, and
    the same sums converted into each target currency at one day's rates, with every rate used
    and every rate missing (a missing rate leaves that currency out of the converted total and
    says so; it is never added raw)."""

    label: str
    totals: Totals
    day: datetime.date
    converted: list[ConvertedTotal] = field(default_factory=list)

    @property
    def rates(self) -> list[RateUsed]:
        seen: dict = {}
        for total in self.converted:
            for rate in total.rates:
                seen.setdefault((rate.currency, rate.quote, rate.date), rate)
        return list(seen.values())

    @property
    def missing(self) -> list[MissingRate]:
        seen: dict = {}
        for total in self.converted:
            for missing in total.missing:
                seen.setdefault((missing.currency, missing.quote), missing)
        return list(seen.values())


TARGETS = ("VND", "USD")  # the currencies city reports convert into


def summarise(
    totals: Totals,
    day: datetime.date,
    *,
    label: str = "",
    targets: tuple[str, ...] = TARGETS,
    book: RateBook | None = None,
) -> MoneySummary:
    """``totals`` with their conversions into each of ``targets`` at ``day``'s rates."""
    book = book or RateBook()
    converted = [totals.converted(target, day, book) for target in targets] if totals else []
    return MoneySummary(label, totals, day, converted)
