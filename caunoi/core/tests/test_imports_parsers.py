"""Cells to values: dates as Vietnamese officers write them, choices and yes/no in either
language, numbers with either decimal mark."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from caunoi.accounts.models import OrgUnit
from caunoi.core.imports import BooleanParser, ChoiceParser, DateParser, NumberParser
from caunoi.core.imports.spec import header_key

dates = st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(9999, 12, 31))


@given(dates)
def test_a_date_written_dd_mm_yyyy_reads_back_as_the_same_date(day):
    assert DateParser().parse(f"{day.day:02d}/{day.month:02d}/{day.year:04d}") == day
    assert DateParser().parse(f"{day.day}/{day.month}/{day.year:04d}") == day


@given(dates)
def test_iso_dates_and_real_excel_dates_are_accepted(day):
    assert DateParser().parse(day.isoformat()) == day
    assert DateParser().parse(datetime.datetime.combine(day, datetime.time())) == day
    assert DateParser().parse(day) == day


@pytest.mark.parametrize("text", ["12/25/2026", "31/02/2026", "05/03/26", "hôm qua", "2026"])
def test_what_is_not_a_dd_mm_yyyy_date_is_refused(text):
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        DateParser().parse(text)
    assert "dd/mm/yyyy" in caught.value.messages[0]


KIND = OrgUnit._meta.get_field("kind")


@pytest.mark.parametrize(
    "text", ["department", "Department", "DEPARTMENT ", "Sở, ngành", "so nganh"]
)
def test_a_choice_is_found_by_code_or_label_in_either_language(text):
    assert ChoiceParser().parse(text, KIND) == "department"


def test_an_invalid_choice_lists_the_choices():
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        ChoiceParser().parse("Bộ Ngoại giao", KIND)
    assert "is not one of the choices" in caught.value.messages[0]
    assert "Department" in caught.value.messages[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", Decimal("1234.5")),
        ("1,234.5", Decimal("1234.5")),
        ("970,8", Decimal("970.8")),
        (12.25, Decimal("12.25")),
        ("1 234", Decimal("1234")),
    ],
)
def test_numbers_with_either_decimal_mark(text, expected):
    field = models.DecimalField(max_digits=10, decimal_places=2)
    assert NumberParser().parse(text, field) == expected


@pytest.mark.parametrize(("text", "expected"), [("1.234", 1234), ("2,000", 2000), (7.0, 7)])
def test_whole_numbers_with_thousands_separators(text, expected):
    assert NumberParser().parse(text, models.IntegerField()) == expected


def test_a_word_is_not_a_number():
    with pytest.raises(ValidationError):
        NumberParser().parse("mười", models.IntegerField())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Có", True), ("x", True), ("Yes", True), ("không", False), ("No", False), (False, False)],
)
def test_yes_and_no_in_either_language(text, expected):
    assert BooleanParser().parse(text, models.BooleanField()) is expected


@given(st.sampled_from(["Đơn vị quản lý", "Ngày bắt đầu", "Owning unit"]), st.booleans())
def test_headers_match_whatever_their_case_accents_and_required_mark(header, starred):
    typed = header.upper() + (" *" if starred else "")
    assert header_key(typed) == header_key(header)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2))
def test_an_excel_number_reaches_a_decimal_field_as_typed_not_as_a_binary_float(value):
    from caunoi.core.money import AmountField

    field = AmountField("amount")
    assert NumberParser().parse(float(value), field) == value


@pytest.mark.parametrize(("raw", "code"), [("VND", "VND"), ("usd", "USD"), (" Eur ", "EUR")])
def test_a_currency_is_read_by_its_code_in_any_case(raw, code):
    from caunoi.core.imports import CurrencyParser

    assert CurrencyParser().parse(raw) == code


def test_an_unknown_currency_is_refused_with_examples_not_the_whole_list():
    from caunoi.core.imports import CurrencyParser

    with translation.override("en"), pytest.raises(ValidationError) as caught:
        CurrencyParser().parse("Dong")
    assert "ISO 4217" in caught.value.messages[0] and len(caught.value.messages[0]) < 120
