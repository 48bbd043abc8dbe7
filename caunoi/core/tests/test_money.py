"""Money: exact Decimal arithmetic, never across currencies, formatted as readers expect."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caunoi.core.money import CurrencyMismatch, Money, Totals, format_money, quantize
from caunoi.core.money.currencies import currency_choices, minor_digits

amounts = st.decimals(
    min_value=Decimal("-1e14"), max_value=Decimal("1e14"), places=2, allow_nan=False
)
codes = st.sampled_from(["VND", "USD", "EUR", "JPY", "LAK", "BHD"])


def test_a_float_is_refused():
    with pytest.raises(TypeError):
        Money(1.5, "USD")


def test_an_unknown_currency_is_refused():
    with pytest.raises(ValueError):
        Money(Decimal(1), "XYZ")


def test_amounts_in_two_currencies_cannot_be_added():
    with pytest.raises(CurrencyMismatch):
        Money(Decimal(1), "USD") + Money(Decimal(1), "EUR")


@given(amounts, amounts, codes)
def test_addition_is_exact_and_commutative(a, b, code):
    assert (Money(a, code) + Money(b, code)).amount == a + b
    assert Money(a, code) + Money(b, code) == Money(b, code) + Money(a, code)


@given(amounts, codes)
def test_rounding_keeps_the_currency_minor_unit_half_up(a, code):
    rounded = quantize(a * Decimal("1.0005"), code)
    assert -rounded.as_tuple().exponent == minor_digits(code)
    assert abs(rounded - a * Decimal("1.0005")) <= Decimal(5) * Decimal(10) ** (
        -minor_digits(code) - 1
    )


def test_half_up_rounding_is_stated_behaviour():
    assert quantize(Decimal("2.5"), "VND") == Decimal(3)
    assert quantize(Decimal("0.125"), "USD") == Decimal("0.13")


@given(st.lists(st.tuples(amounts, codes), max_size=20))
def test_totals_keep_one_sum_per_currency(pairs):
    totals = Totals.of_money(Money(a, c) for a, c in pairs)
    for code in {c for _a, c in pairs}:
        assert totals.get(code).amount == sum((a for a, c in pairs if c == code), Decimal(0))
    assert {m.currency for m in totals.items()} == {c for _a, c in pairs}


@pytest.mark.parametrize(
    ("amount", "code", "vi", "en"),
    [
        ("970800000", "USD", "970,8 triệu USD", "USD 970.8 million"),
        ("8670000000", "USD", "8,67 tỷ USD", "USD 8.67 billion"),
        ("17300000000", "USD", "17,3 tỷ USD", "USD 17.3 billion"),
        ("1500000000000", "VND", "1,5 nghìn tỷ VND", "VND 1.5 trillion"),
        ("999999999.999", "USD", "1 tỷ USD", "USD 1 billion"),
        ("850000", "VND", "850.000 VND", "VND 850,000"),
        ("1234.5", "EUR", "1.234,50 EUR", "EUR 1,234.50"),
        ("-2500", "USD", "-2.500,00 USD", "USD -2,500.00"),
    ],
)
def test_formatting_in_both_languages(amount, code, vi, en):
    money = Money(Decimal(amount), code)
    assert format_money(money, language="vi") == vi
    assert format_money(money, language="en") == en


def test_full_format_writes_every_digit():
    money = Money(Decimal("970800000"), "USD")
    assert format_money(money, compact=False, language="vi") == "970.800.000,00 USD"
    assert format_money(money, compact=False, language="en") == "USD 970,800,000.00"


def test_currency_dropdown_starts_with_the_common_ones_and_names_them():
    from django.utils import translation

    choices = currency_choices()
    assert [code for code, _label in choices[:3]] == ["VND", "USD", "EUR"]
    with translation.override("vi"):
        assert str(choices[0][1]) == "VND — Đồng Việt Nam"
    with translation.override("en"):
        assert str(choices[1][1]) == "USD — US Dollar"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1.250.000", "vi", "1250000"),
        ("1.250.000,5", "vi", "1250000.5"),
        ("1,5", "vi", "1.5"),
        ("1.5", "vi", "1.5"),
        ("1.500", "vi", "1500"),
        ("1 250 000", "vi", "1250000"),
        ("1,250,000.75", "en", "1250000.75"),
        ("1,500", "en", "1500"),
        ("2.5", "en", "2.5"),
    ],
)
def test_typed_amounts_are_read_in_the_users_language(text, language, value):
    from caunoi.core.money.forms import parse_amount

    assert parse_amount(text, language) == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "1.2.3,4,5", "NaN", "Infinity"])
def test_nonsense_amounts_are_refused(text):
    from caunoi.core.money.forms import parse_amount

    with pytest.raises(ValueError):
        parse_amount(text, "vi")


@pytest.mark.parametrize(
    ("value", "unit", "vi", "en"),
    [
        ("22600000", "lượt", "22,6 triệu lượt", "22.6 million lượt"),
        ("346", "dự án", "346 dự án", "346 dự án"),
        ("1250.5", "", "1.250,5", "1,250.5"),
        ("999999999.999", "", "1 tỷ", "1 billion"),
    ],
)
def test_quantities_are_written_with_the_same_scale_words_as_money(value, unit, vi, en):
    from caunoi.core.money.format import format_quantity

    assert format_quantity(Decimal(value), unit, language="vi") == vi
    assert format_quantity(Decimal(value), unit, language="en") == en


@pytest.mark.django_db
def test_a_detail_page_shows_an_amount_with_its_currency(personas):
    from django.utils import translation

    from caunoi.core.display import field_rows
    from caunoi.core.tests.testapp.models import GadgetRequest

    request = GadgetRequest(
        title="R",
        owner_unit=personas.unit_a,
        budget_amount=Decimal("1234.5"),
        budget_currency="EUR",
    )
    with translation.override("vi"):
        (row,) = field_rows(request, ["budget_amount"])
    assert row.value == "1.234,50 EUR"
