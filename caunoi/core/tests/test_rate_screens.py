"""Exchange-rate screens, import and API: the generic suites for a city-wide registry, the
converter that states its rate, and imports that write every rate or none."""

import datetime
import itertools
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caunoi.core.imports import run_import
from caunoi.core.models import ExchangeRate
from caunoi.core.rates.filters import ExchangeRateFilterSet
from caunoi.core.rates.imports import ExchangeRateImport
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.money import rate
from caunoi.core.testing.spreadsheets import csv_bytes, xlsx_bytes
from caunoi.core.testing.views import ViewTestCases

covers("core:exchangerate_import", "core:exchangerate_import_template")
covers("core:exchangerate_convert", "api:exchangerate-convert")

DAYS = itertools.count(1)
D = datetime.date


def make_rate(unit, day=None, currency="EUR", quote="VND", value="27150", source="Vietcombank"):
    day = day or D(2000, 1, 1) + datetime.timedelta(days=next(DAYS))
    return rate(unit, day, currency, value, quote=quote, source=source)


class RateMixin:
    model = ExchangeRate

    def make(self, personas, unit):
        return make_rate(unit)

    def form_data(self, personas, unit):
        return {
            "date": "15/03/2026",
            "currency": "EUR",
            "quote_currency": "VND",
            "rate": "27.150",  # Vietnamese grouping: twenty-seven thousand one hundred fifty
            "source": "Ngân hàng Nhà nước Việt Nam",
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        return {
            "date": "2026-03-15",
            "currency": "EUR",
            "quote_currency": "VND",
            "rate": "27150",
            "source": "Ngân hàng Nhà nước Việt Nam",
            "owner_unit": unit.pk,
        }


class TestExchangeRateViews(RateMixin, ViewTestCases):
    pass


class TestExchangeRateAPI(RateMixin, APIViewTestCases):
    basename = "exchangerate"


class TestExchangeRateFilters(FilterSetTests):
    filterset = ExchangeRateFilterSet


pytestmark = pytest.mark.django_db


def test_a_rate_typed_with_vietnamese_grouping_is_read_as_thousands(client, personas):
    client.force_login(personas.officer_a)
    data = RateMixin().form_data(personas, personas.unit_a)
    response = client.post(reverse("core:exchangerate_add"), data)
    assert response.status_code == 302
    assert ExchangeRate.objects.get().rate == Decimal("27150")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"rate": "0"}, "rate", "greater than zero"),
        ({"rate": "abc"}, "rate", "27.150"),
        ({"quote_currency": "EUR"}, "quote_currency", "two different currencies"),
        ({"currency": "XYZ"}, "currency", "XYZ"),
    ],
)
def test_bad_rates_are_refused_with_a_clear_message(client, personas, change, field, message):
    client.force_login(personas.officer_a)
    client.cookies["caunoi_language"] = "en"
    data = {**RateMixin().form_data(personas, personas.unit_a), **change}
    response = client.post(reverse("core:exchangerate_add"), data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not ExchangeRate.objects.exists()


def test_a_second_rate_for_the_same_pair_and_day_is_refused(client, personas):
    make_rate(personas.unit_b, day=D(2026, 3, 15))
    client.force_login(personas.officer_a)
    client.cookies["caunoi_language"] = "en"
    response = client.post(
        reverse("core:exchangerate_add"), RateMixin().form_data(personas, personas.unit_a)
    )
    assert response.status_code == 200
    assert "already a rate" in str(response.context["form"].errors)


def test_the_rate_page_lists_the_other_rates_of_the_pair(client, personas):
    old = make_rate(personas.unit_a, day=D(2026, 1, 1), value="26900")
    new = make_rate(personas.unit_b, day=D(2026, 2, 1), value="27300")
    make_rate(personas.unit_a, day=D(2026, 2, 1), currency="USD", value="25400")
    client.force_login(personas.officer_a)
    page = client.get(reverse("core:exchangerate_detail", args=[new.pk]))
    assert list(page.context["pair_rates"]) == [new, old]
    assert "26.900" in page.content.decode()


# -- the converter -------------------------------------------------------------------------------
def test_the_converter_shows_the_result_and_the_rate_it_used(client, personas):
    make_rate(personas.unit_a, day=D(2026, 3, 10), value="27150")
    client.force_login(personas.outsider_b)
    response = client.get(
        reverse("core:exchangerate_convert"),
        {"amount": "1.000", "currency": "EUR", "to": "VND", "day": "15/03/2026"},
    )
    conversion = response.context["conversion"]
    assert conversion.result.amount == Decimal(27_150_000)
    page = response.content.decode()
    assert "27.150.000 VND" in page and "10/03/2026" in page and "Vietcombank" in page


def test_the_converter_names_the_missing_rate(client, personas):
    client.force_login(personas.officer_a)
    client.cookies["caunoi_language"] = "en"
    response = client.get(
        reverse("core:exchangerate_convert"),
        {"amount": "5", "currency": "JPY", "to": "VND", "day": "15/03/2026"},
    )
    assert "No exchange rate from JPY to VND" in response.content.decode()
    assert "15/03/2026" in response.content.decode()


@pytest.mark.parametrize("amount", ["-5", "1000000000000000", "abc"])
def test_the_converter_refuses_absurd_amounts(client, personas, amount):
    client.force_login(personas.officer_a)
    response = client.get(
        reverse("core:exchangerate_convert"),
        {"amount": amount, "currency": "EUR", "to": "VND", "day": "15/03/2026"},
    )
    assert "amount" in response.context["form"].errors
    assert "conversion" not in response.context


def test_the_converter_needs_a_sign_in_and_a_role(client, personas):
    url = reverse("core:exchangerate_convert")
    assert reverse("accounts:login") in client.get(url)["Location"]
    client.force_login(personas.nobody)
    assert client.get(url).status_code == 403


def test_the_convert_api_states_the_rates_or_names_the_missing_one(client, personas):
    make_rate(personas.unit_a, day=D(2026, 1, 5), currency="USD", value="25000")
    make_rate(personas.unit_a, day=D(2026, 1, 5), currency="EUR", value="27500")
    url = reverse("api:exchangerate-convert")
    assert client.get(url, {"amount": "1"}).status_code == 401
    client.force_login(personas.auditor)
    body = client.get(
        url, {"amount": "110", "currency": "eur", "to": "USD", "date": "2026-01-06"}
    ).json()
    assert body["result"] == "121.00" and body["result_currency"] == "USD"
    assert [r["currency"] for r in body["rates"]] == ["EUR", "USD"]
    assert body["rates"][1]["inverted"] is True
    missing = client.get(url, {"amount": "1", "currency": "JPY", "to": "VND", "date": "2026-01-06"})
    assert missing.status_code == 422
    assert missing.json()["code"] == "missing_rate" and missing.json()["currency"] == "JPY"
    bad = client.get(url, {"amount": "-1", "currency": "ABC", "to": "VND", "date": "x"})
    assert bad.status_code == 400 and {"amount", "currency", "date"} <= set(bad.json())


# -- import --------------------------------------------------------------------------------------
HEADER = ["Ngày", "Ngoại tệ", "Quy ra", "Tỷ giá", "Nguồn"]


def test_a_rate_table_imports_and_a_second_import_changes_nothing(personas):
    rows = [
        HEADER,
        ["02/01/2026", "USD", "VND", "25.350", "Vietcombank"],
        ["02/01/2026", "eur", "", "27150,5", "Vietcombank"],
        ["2026-01-02", "JPY", "VND", 168.2, "Vietcombank"],
    ]
    result = run_import(
        ExchangeRateImport, personas.officer_a, xlsx_bytes(rows), "r.xlsx", commit=True
    )
    assert result.ok and result.created == 3, result.errors
    eur = ExchangeRate.objects.get(currency="EUR")
    assert eur.quote_currency == "VND" and eur.rate == Decimal("27150.5")
    assert ExchangeRate.objects.get(currency="USD").rate == Decimal(25350)
    assert ExchangeRate.objects.get(currency="JPY").rate == Decimal("168.2")  # not 168.1999…
    again = run_import(
        ExchangeRateImport, personas.officer_a, xlsx_bytes(rows), "r.xlsx", commit=True
    )
    assert again.ok and again.unchanged == 3


def test_one_bad_row_refuses_the_whole_rate_file(personas):
    rows = [
        HEADER,
        ["02/01/2026", "USD", "VND", "25350", "Vietcombank"],
        ["02/01/2026", "XYZ", "VND", "1", "Vietcombank"],
        ["03/01/2026", "EUR", "EUR", "1", "Vietcombank"],
        ["04/01/2026", "EUR", "VND", "-3", "Vietcombank"],
    ]
    result = run_import(
        ExchangeRateImport, personas.officer_a, csv_bytes(rows), "r.csv", commit=True
    )
    assert not result.ok and not result.committed
    assert {e.row for e in result.errors} == {3, 4, 5}
    assert "XYZ" in " ".join(str(e.message) for e in result.errors if e.row == 3)
    assert not ExchangeRate.objects.exists()


def test_another_units_rate_cannot_be_overwritten_by_import(personas):
    make_rate(personas.unit_b, day=D(2026, 1, 2), currency="USD", value="25000")
    rows = [HEADER, ["02/01/2026", "USD", "VND", "25350", "Vietcombank"]]
    result = run_import(
        ExchangeRateImport, personas.officer_a, xlsx_bytes(rows), "r.xlsx", commit=True
    )
    assert not result.ok
    assert ExchangeRate.objects.get().rate == Decimal(25000)


def test_rate_import_screens_check_then_write(client, personas, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    url = reverse("core:exchangerate_import")
    client.force_login(personas.auditor)
    assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    template = client.get(reverse("core:exchangerate_import_template"))
    assert template.status_code == 200 and template.content[:2] == b"PK"
    bad = xlsx_bytes([HEADER, ["31/02/2026", "USD", "VND", "1", "x"]])
    response = client.post(url, {"file": SimpleUploadedFile("r.xlsx", bad)})
    assert not response.context["result"].ok
    good = xlsx_bytes([HEADER, ["02/01/2026", "USD", "VND", "25350", "Vietcombank"]])
    response = client.post(url, {"file": SimpleUploadedFile("r.xlsx", good)})
    assert response.context["result"].ok and not ExchangeRate.objects.exists()
    response = client.post(url, {"confirm": "1", "token": response.context["token"]})
    assert response.status_code == 302
    assert ExchangeRate.objects.get().owner_unit == personas.unit_a
