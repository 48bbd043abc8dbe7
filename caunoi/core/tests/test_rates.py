"""Exchange rates: conversions state the rate and date used; a missing rate says which."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from caunoi.core.models import ExchangeRate
from caunoi.core.money import MissingRate, Money, Totals, convert
from caunoi.core.testing.money import rate as make_rate

D = datetime.date


def rate(personas, day, currency, quote, value, source="Vietcombank"):
    return make_rate(personas.unit_a, day, currency, value, quote=quote, source=source)


@pytest.mark.django_db
def test_conversion_uses_the_latest_rate_on_or_before_the_day(personas):
    rate(personas, D(2026, 3, 1), "EUR", "VND", "27000")
    rate(personas, D(2026, 3, 10), "EUR", "VND", "27150")
    rate(personas, D(2026, 3, 20), "EUR", "VND", "28000")
    result = convert(Money(Decimal("100"), "EUR"), "VND", D(2026, 3, 15))
    assert result.result == Money(Decimal("2715000"), "VND")
    assert [(r.rate, r.date) for r in result.rates] == [(Decimal("27150"), D(2026, 3, 10))]
    assert "27.150" in str(result.rates[0]) or "27,150" in str(result.rates[0])


@pytest.mark.django_db
def test_inverse_and_cross_rates_are_used_and_stated(personas):
    rate(personas, D(2026, 1, 5), "USD", "VND", "25000")
    rate(personas, D(2026, 1, 5), "EUR", "VND", "27500")
    inverse = convert(Money(Decimal("2500000"), "VND"), "USD", D(2026, 1, 6))
    assert inverse.result == Money(Decimal("100.00"), "USD")
    assert inverse.rates[0].inverted
    cross = convert(Money(Decimal("110"), "EUR"), "USD", D(2026, 1, 6))
    assert cross.result == Money(Decimal("121.00"), "USD")
    assert len(cross.rates) == 2


@pytest.mark.django_db
def test_a_missing_rate_names_the_pair_and_the_day(personas):
    rate(personas, D(2020, 1, 1), "EUR", "VND", "26000")
    with pytest.raises(MissingRate) as caught:
        convert(Money(Decimal(1), "EUR"), "VND", D(2026, 1, 1))
    assert "EUR" in caught.value.message and "01/01/2026" in caught.value.message


@pytest.mark.django_db
def test_totals_convert_each_currency_and_report_what_is_missing(personas):
    rate(personas, D(2026, 6, 1), "EUR", "VND", "27000")
    totals = Totals.of_money(
        [Money(Decimal(10), "EUR"), Money(Decimal(5), "EUR"), Money(Decimal(7), "JPY")]
    )
    converted = totals.converted("VND", D(2026, 6, 2))
    assert converted.total == Money(Decimal(405000), "VND")
    assert not converted.complete
    assert converted.missing[0].currency == "JPY"


@pytest.mark.django_db
def test_bad_rates_are_refused(personas):
    rate(personas, D(2026, 1, 1), "USD", "VND", "25000")
    for values in (
        {"currency": "USD", "quote_currency": "USD", "rate": Decimal(1)},
        {"currency": "USD", "quote_currency": "VND", "rate": Decimal(0)},
        {"currency": "USD", "quote_currency": "VND", "rate": Decimal(25100)},  # same day
        {"currency": "ABC", "quote_currency": "VND", "rate": Decimal(1)},
    ):
        row = ExchangeRate(date=D(2026, 1, 1), source="x", owner_unit=personas.unit_a, **values)
        with pytest.raises(ValidationError):
            row.full_clean()
