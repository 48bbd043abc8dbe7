"""Money as properties (hypothesis): the rounding rules and "never add two currencies".

The rules, as docs/money.md states them:

1. Arithmetic on amounts is exact (Decimal, never float).
2. A conversion is rounded **once**, at the end, to the target currency's minor unit (VND 0
   digits, USD and EUR 2, BHD 3), **half up**: a cross rate through VND or USD multiplies
   both rates first and rounds the product, never the intermediate amount.
3. Totals are kept per currency; a converted total is the sum of each currency's converted
   sum, and a currency without a rate is left out and named, never added as it is.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from caunoi.core.money import CurrencyMismatch, Money, RateBook, Totals, convert_all, quantize
from caunoi.core.money.currencies import minor_digits
from caunoi.core.money.format import format_number
from caunoi.core.money.forms import parse_amount

DAY = datetime.date(2026, 3, 15)
amounts = st.decimals(min_value=Decimal(0), max_value=Decimal("1e13"), places=2)
signed = st.decimals(min_value=Decimal("-1e13"), max_value=Decimal("1e13"), places=2)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4)
codes = st.sampled_from(["VND", "USD", "EUR", "JPY", "KRW", "LAK", "BHD"])


class FixedRates(RateBook):
    """A rate book over rates given by hand, published on ``DAY`` (no database)."""

    def __init__(self, published: dict[tuple[str, str], Decimal]):
        super().__init__()
        self.published = published

    def _published(self, currency, quote, day):
        rate = self.published.get((currency, quote))
        return SimpleNamespace(rate=rate, date=DAY, source="test") if rate is not None else None


def book(**published) -> RateBook:
    """``book(EUR_VND=Decimal("27150"))``: 1 EUR = 27,150 VND on ``DAY``."""
    return FixedRates({tuple(pair.split("_")): value for pair, value in published.items()})


def half_unit(code: str) -> Decimal:
    return Decimal(5) * Decimal(10) ** (-minor_digits(code) - 1)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_no_float_is_ever_accepted_as_an_amount(value):
    with pytest.raises(TypeError):
        Money(value, "USD")


@given(signed, signed, codes, codes)
def test_two_currencies_are_never_added_or_compared(a, b, one, other):
    assume(one != other)
    for operation in (
        lambda: Money(a, one) + Money(b, other),
        lambda: Money(a, one) - Money(b, other),
        lambda: Money(a, one) < Money(b, other),
    ):
        with pytest.raises(CurrencyMismatch):
            operation()


@given(signed, signed, signed, codes)
def test_addition_is_exact_associative_and_subtraction_undoes_it(a, b, c, code):
    x, y, z = Money(a, code), Money(b, code), Money(c, code)
    assert (x + y) + z == x + (y + z)
    assert (x + y - y).amount == a


@given(amounts, rates, codes)
def test_a_direct_conversion_is_the_exact_product_rounded_once_half_up(a, rate, to):
    assume(to != "EUR")
    result = book(**{f"EUR_{to}": rate}).convert(Money(a, "EUR"), to, DAY)
    exact = a * rate
    assert result.result.amount == quantize(exact, to)
    assert -result.result.amount.as_tuple().exponent == minor_digits(to)
    assert abs(result.result.amount - exact) <= half_unit(to)
    assert [(r.rate, r.date, r.inverted) for r in result.rates] == [(rate, DAY, False)]


@given(amounts, rates)
def test_the_inverse_rate_divides_and_says_so(a, rate):
    result = book(EUR_VND=rate).convert(Money(a, "VND"), "EUR", DAY)
    assert result.result.amount == quantize(a / rate, "EUR")
    assert result.rates[0].inverted


@given(amounts, rates, rates)
def test_a_cross_rate_rounds_the_product_not_the_intermediate_amount(a, first, second):
    rate_book = book(JPY_VND=first, USD_VND=second)
    result = rate_book.convert(Money(a, "JPY"), "USD", DAY)
    assert result.result.amount == quantize(a * first * (1 / second), "USD")
    assert [r.currency for r in result.rates] == ["JPY", "USD"]
    assert len(result.rates) == 2  # both rates are stated


@given(st.decimals(min_value=Decimal(0), max_value=Decimal("1e12"), places=3), codes)
def test_rounding_is_half_up_and_never_moves_more_than_half_a_unit(value, code):
    rounded = quantize(value, code)
    assert abs(rounded - value) <= half_unit(code)
    if abs(rounded - value) == half_unit(code) and half_unit(code) != 0:
        assert rounded > value  # a tie goes up: 2,5 VND → 3 VND, 0,125 USD → 0,13 USD
    assert rounded == value.quantize(Decimal(1).scaleb(-minor_digits(code)), ROUND_HALF_UP)


@given(st.lists(st.tuples(amounts, codes), max_size=25))
def test_totals_keep_every_currency_apart_and_lose_nothing(pairs):
    totals = Totals.of_money(Money(a, c) for a, c in pairs)
    items = totals.items()
    assert len({m.currency for m in items}) == len(items)  # one line per currency
    for money in items:
        assert money.amount == sum((a for a, c in pairs if c == money.currency), Decimal(0))


@given(st.lists(st.tuples(amounts, st.sampled_from(["EUR", "USD", "JPY"])), max_size=15), rates)
def test_a_converted_total_adds_converted_sums_and_leaves_out_what_has_no_rate(pairs, rate):
    """EUR has a rate to VND, JPY has none (and no cross rate): the VND total holds the EUR
    sum converted and nothing of the JPY amounts, and the JPY amounts are named as missing."""
    totals = Totals.of_money(Money(a, c) for a, c in pairs)
    rate_book = book(EUR_VND=rate, USD_VND=Decimal(25000))
    converted = totals.converted("VND", DAY, rate_book)
    expected = Decimal(0)
    if "EUR" in totals.amounts:
        expected += quantize(totals.amounts["EUR"] * rate, "VND")
    if "USD" in totals.amounts:
        expected += quantize(totals.amounts["USD"] * 25000, "VND")
    assert converted.total == Money(expected, "VND")
    assert [m.currency for m in converted.missing] == (["JPY"] if "JPY" in totals.amounts else [])
    assert converted.complete == ("JPY" not in totals.amounts)


@given(st.lists(amounts, min_size=1, max_size=20), rates)
def test_converting_each_amount_or_their_sum_differs_by_at_most_half_a_unit_each(values, rate):
    rate_book = book(EUR_USD=rate)
    each = convert_all([Money(v, "EUR") for v in values], "USD", DAY, rate_book).total.amount
    whole = rate_book.convert(Money(sum(values, Decimal(0)), "EUR"), "USD", DAY).result.amount
    assert abs(each - whole) <= len(values) * half_unit("USD") + half_unit("USD")


@given(st.decimals(min_value=Decimal(0), max_value=Decimal("1e13"), places=2))
def test_an_amount_written_in_full_reads_back_the_same_in_both_languages(value):
    for language in ("vi", "en"):
        assert parse_amount(format_number(value, language, places=2), language) == value


@pytest.mark.django_db
def test_totals_of_a_queryset_are_one_group_by_query_per_currency(
    personas, django_assert_num_queries
):
    from caunoi.core.tests.testapp.models import GadgetRequest

    for amount, code in [("100", "EUR"), ("50.5", "EUR"), ("7", "USD"), (None, ""), ("3", "VND")]:
        GadgetRequest(
            title="R",
            owner_unit=personas.unit_a,
            budget_amount=Decimal(amount) if amount else None,
            budget_currency=code,
        ).save()
    with django_assert_num_queries(1):
        totals = Totals.of(GadgetRequest.objects.all(), "budget_amount", "budget_currency")
    assert all(m.amount.as_tuple().exponent >= -2 for m in totals.items())  # to the cent
    assert totals.items() == [
        Money(Decimal("150.5"), "EUR"),
        Money(Decimal(7), "USD"),
        Money(Decimal(3), "VND"),
    ]
