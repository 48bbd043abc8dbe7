"""Money, once, for every app (docs/money.md): amounts with their currency, formatting,
model fields, exchange rates and totals that never add different currencies."""

from caunoi.core.money.currencies import currency_choices, get_currency, is_currency
from caunoi.core.money.fields import AmountField, CurrencyField, MoneyProperty, check_money_pair
from caunoi.core.money.format import format_money
from caunoi.core.money.rates import Conversion, MissingRate, RateBook, RateUsed, convert
from caunoi.core.money.totals import ConvertedTotal, MoneySummary, Totals, convert_all, summarise
from caunoi.core.money.value import CurrencyMismatch, Money, quantize

__all__ = [
    "AmountField",
    "Conversion",
    "ConvertedTotal",
    "CurrencyField",
    "CurrencyMismatch",
    "MissingRate",
    "Money",
    "MoneyProperty",
    "MoneySummary",
    "RateBook",
    "RateUsed",
    "Totals",
    "check_money_pair",
    "convert",
    "convert_all",
    "currency_choices",
    "format_money",
    "get_currency",
    "is_currency",
    "quantize",
    "summarise",
]
