"""An amount of money: a Decimal with its currency and, where known, its value date.

Rules (docs/money.md):

- never a float: building a :class:`Money` from a float raises ``TypeError``;
- amounts in different currencies are never added: ``Money + Money`` of two currencies raises
  :class:`CurrencyMismatch` (totals are kept per currency, see :mod:`caunoi.core.money.totals`);
- arithmetic is exact; rounding happens once, when a result is stored or converted, to the
  currency's minor unit (VND 0 digits, USD 2) with ROUND_HALF_UP, as Vietnamese accounting does.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from caunoi.core.money.currencies import is_currency, minor_digits


class CurrencyMismatch(ValueError):
    """Two amounts in different currencies were combined."""


def to_decimal(value) -> Decimal:
    if isinstance(value, (bool, float)):
        raise TypeError(f"money amounts must be Decimal or int, not {type(value).__name__}")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("money amounts must be finite")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return to_decimal(Decimal(value))
    raise TypeError(f"money amounts must be Decimal or int, not {type(value).__name__}")


def quantize(amount: Decimal, currency: str) -> Decimal:
    """``amount`` rounded to the minor unit of ``currency`` (half up)."""
    exponent = Decimal(1).scaleb(-minor_digits(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    value_date: datetime.date | None = field(default=None, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "amount", to_decimal(self.amount))
        code = (self.currency or "").upper()
        if not is_currency(code):
            raise ValueError(f"unknown currency {self.currency!r}")
        object.__setattr__(self, "currency", code)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError("money can only be combined with money")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency, self.value_date)

    def __mul__(self, factor) -> Money:
        return Money(self.amount * to_decimal(factor), self.currency, self.value_date)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def rounded(self) -> Money:
        return Money(quantize(self.amount, self.currency), self.currency, self.value_date)

    def __str__(self) -> str:
        from caunoi.core.money.format import format_money

        return format_money(self)
