"""Indicator values: periods as reports write them, figures as sources state them (with
"about", "over", "nearly"), always with a source; the chart's data; the import."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from caunoi.core.imports import run_import
from caunoi.core.testing import files
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.indicators import periods
from caunoi.indicators.imports import IndicatorValueImport
from caunoi.indicators.models import IndicatorValue, SourceDocument
from caunoi.indicators.tests import factories as f

covers(
    "indicators:indicator_chart",
    "api:indicator-series",
    "indicators:indicatorvalue_import",
    "indicators:indicatorvalue_import_template",
    "indicators:sourcedocument_file",
)
D = datetime.date


@pytest.mark.parametrize(
    ("text", "code", "vi", "en", "first", "last"),
    [
        ("2023", "2023", "Năm 2023", "2023", D(2023, 1, 1), D(2023, 12, 31)),
        ("Quý III/2021", "2021-Q3", "Quý III/2021", "Q3 2021", D(2021, 7, 1), D(2021, 9, 30)),
        ("2021-q3", "2021-Q3", "Quý III/2021", "Q3 2021", D(2021, 7, 1), D(2021, 9, 30)),
        ("Tháng 2/2024", "2024-02", "Tháng 2/2024", "Feb 2024", D(2024, 2, 1), D(2024, 2, 29)),
        (
            "2021-01..2021-08",
            "2021-01..2021-08",
            "8 tháng đầu năm 2021",
            "Jan–Aug 2021",
            D(2021, 1, 1),
            D(2021, 8, 31),
        ),
        (
            "4-6/2024",
            "2024-04..2024-06",
            "Tháng 4–6/2024",
            "Apr–Jun 2024",
            D(2024, 4, 1),
            D(2024, 6, 30),
        ),
    ],
)
def test_periods_are_read_as_written_and_labelled_in_both_languages(
    text, code, vi, en, first, last
):
    parts = periods.parse(text)
    assert periods.code(*parts) == code
    assert periods.bounds(*parts) == (first, last)
    with translation.override("vi"):
        assert periods.label(*parts) == vi
    with translation.override("en"):
        assert periods.label(*parts) == en


@pytest.mark.parametrize("text", ["", "2021-13", "Q5/2021", "9-1/2021", "1850", "2021-01..2022-03"])
def test_nonsense_periods_are_refused(text):
    assert periods.parse(text) is None


@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 12))
def test_every_period_code_reads_back_as_itself(year, month, end):
    for parts in (
        ("year", year, None, None, None),
        ("quarter", year, (month - 1) // 3 + 1, None, None),
        ("month", year, None, month, None),
    ):
        assert periods.parse(periods.code(*parts)) == parts
    if end > month:
        parts = ("range", year, None, month, end)
        assert periods.parse(periods.code(*parts)) == parts


@pytest.mark.django_db
def test_a_value_reads_as_the_source_says_it(personas):
    value = f.value(
        personas.unit_a, period="2021-01..2021-08", amount="841000000", qualifier="over"
    )
    with translation.override("vi"):
        assert value.display_value == "trên 841 triệu USD"
        assert str(value.period_label) == "8 tháng đầu năm 2021"
    with translation.override("en"):
        assert value.display_value == "over USD 841 million"
    visitors = f.indicator(
        personas.unit_a, measure="number", currency="", unit="lượt khách", unit_en="visits"
    )
    counted = f.value(
        personas.unit_a, indicator=visitors, period="2023-01..2023-11", amount="22600000"
    )
    with translation.override("vi"):
        assert counted.display_value == "22,6 triệu lượt khách"
    with translation.override("en"):
        assert counted.display_value == "22.6 million visits"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"period_kind": "quarter"}, "quarter"),
        ({"period_kind": "range", "month": 9, "end_month": 3}, "end_month"),
        ({"period_kind": "month"}, "month"),
        ({"period_kind": "year", "month": 4}, "month"),
        ({"value": Decimal("-1")}, "value"),
        ({"value": Decimal("1e16")}, "value"),
        ({"source": None}, "source"),
    ],
)
def test_bad_values_are_refused_on_their_field(personas, fields, field):
    value = IndicatorValue(
        indicator=f.indicator(personas.unit_a),
        source=f.source(personas.unit_a),
        owner_unit=personas.unit_a,
        year=2023,
        value=Decimal(1),
    )
    for key, item in fields.items():
        setattr(value, key, item)
    with pytest.raises(ValidationError) as caught:
        value.full_clean()
    assert field in caught.value.message_dict


@pytest.mark.django_db
def test_one_value_per_indicator_and_period(personas):
    first = f.value(personas.unit_a)
    with pytest.raises(ValidationError) as caught:
        f.value(personas.unit_b, indicator=first.indicator, amount="1")
    assert "year" in caught.value.message_dict


@pytest.mark.django_db
def test_a_cited_source_cannot_be_deleted(personas):
    value = f.value(personas.unit_a)
    with pytest.raises(ProtectedError):
        value.source.delete()


@pytest.mark.django_db
def test_an_indicator_of_money_needs_its_currency(personas):
    with pytest.raises(ValidationError) as caught:
        f.indicator(personas.unit_a, currency="")
    assert "currency" in caught.value.message_dict
    with pytest.raises(ValidationError):
        f.indicator(personas.unit_a, measure="number", currency="USD")


@pytest.mark.django_db
def test_a_value_typed_with_a_scale_is_stored_in_full(client, personas):
    indicator, source = f.indicator(personas.unit_a), f.source(personas.unit_a)
    client.force_login(personas.officer_a)
    data = {
        "indicator": indicator.pk,
        "period_kind": "year",
        "year": "2019",
        "value": "8,67",
        "scale": "1000000000",
        "source": source.pk,
        "owner_unit": personas.unit_a.pk,
    }
    response = client.post(reverse("indicators:indicatorvalue_add"), data)
    assert response.status_code == 302
    value = IndicatorValue.objects.get()
    assert value.value == Decimal("8670000000") and value.period == "2019"


@pytest.mark.django_db
def test_the_chart_data_puts_each_kind_of_period_on_its_own_series(client, personas):
    indicator = f.indicator(personas.unit_a)
    source = f.source(personas.unit_a)
    for period, amount in (
        ("2019", "8670000000"),
        ("2020", "3720000000"),
        ("1-8/2021", "841000000"),
    ):
        f.value(personas.unit_a, indicator=indicator, source=source, period=period, amount=amount)
    client.force_login(personas.outsider_b)  # a city-wide registry: every unit reads it
    data = client.get(reverse("indicators:indicator_chart", args=[indicator.pk])).json()
    assert data["axis"] == "tỷ USD"
    series = {s["kind"]: s for s in data["series"]}
    assert [d["value"] for d in series["year"]["data"]] == ["8.67", "3.72"]
    assert series["range"]["data"][0]["date"] == "2021-08-31"
    assert series["year"]["data"][0]["text"] == "8,67 tỷ USD"
    api = client.get(reverse("api:indicator-series", args=[indicator.pk])).json()
    assert api["series"] == data["series"]
    page = client.get(indicator.get_absolute_url()).content.decode()
    assert 'data-testid="indicator-chart"' in page and "indicators-chart.js" in page


def test_the_chart_script_draws_without_inline_code():
    from pathlib import Path

    script = Path(__file__).resolve().parents[3] / "static" / "js" / "indicators-chart.js"
    assert "echarts.init" in script.read_text()


@pytest.mark.django_db
def test_a_source_page_lists_what_is_quoted_from_it_and_serves_its_document(client, personas):
    value = f.value(personas.unit_a)
    document = SourceDocument(
        source=value.source,
        owner_unit=personas.unit_a,
        file=files.upload("b.pdf", files.pdf_bytes()),
    )
    document.save()
    client.force_login(personas.outsider_b)
    page = client.get(value.source.get_absolute_url())
    assert list(page.context["figures"]) == [value]
    assert not page.context["may_attach"]
    download = client.get(reverse("indicators:sourcedocument_file", args=[document.pk]))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"


@pytest.mark.django_db
def test_values_import_with_their_periods_and_sources_all_or_nothing(
    client, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    indicator = f.indicator(personas.unit_a, code="fdi_attracted")
    f.source(personas.unit_a, code="tccs_2021", published_on=None, year=2021)
    header = ["Chỉ tiêu", "Kỳ", "Mức độ", "Giá trị", "Nguồn", "Ghi chú"]
    rows = [
        header,
        ["fdi_attracted", 2019, "", "8.670.000.000", "tccs_2021", "Cao nhất sau hơn 30 năm"],
        ["fdi_attracted", "2020", "", 3720000000, "tccs_2021", ""],
        ["FDI attracted", "1-8/2021", "trên", "841000000", "tccs_2021", ""],
    ]
    result = run_import(
        IndicatorValueImport, personas.officer_a, xlsx_bytes(rows), "s.xlsx", commit=True
    )
    assert result.ok and result.created == 3, result.errors
    partial = IndicatorValue.objects.get(period="2021-01..2021-08")
    assert partial.qualifier == "over" and partial.indicator == indicator
    assert partial.period_start == D(2021, 1, 1)
    again = run_import(
        IndicatorValueImport, personas.officer_a, xlsx_bytes(rows), "s.xlsx", commit=True
    )
    assert again.ok and again.unchanged == 3
    bad = [
        header,
        ["fdi_attracted", "Q5/2021", "", "1", "tccs_2021", ""],
        ["x", "2022", "", "1", "", ""],
    ]
    result = run_import(
        IndicatorValueImport, personas.officer_a, xlsx_bytes(bad), "s.xlsx", commit=True
    )
    assert not result.ok
    assert {(e.row, e.column) for e in result.errors} >= {(2, "Kỳ"), (3, "Chỉ tiêu"), (3, "Nguồn")}
    assert IndicatorValue.objects.count() == 3
    client.force_login(personas.officer_a)
    assert client.get(reverse("indicators:indicatorvalue_import_template")).content[:2] == b"PK"
    response = client.post(
        reverse("indicators:indicatorvalue_import"),
        {"file": SimpleUploadedFile("s.xlsx", xlsx_bytes(bad))},
    )
    assert not response.context["result"].ok
