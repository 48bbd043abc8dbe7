"""Investment projects: capital with its currency, totals never mixing currencies, the
investor's page, search and the import."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caunoi.aid_projects.tests.factories import rate
from caunoi.core import search
from caunoi.core.imports import run_import
from caunoi.core.money import Money
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.investments.imports import InvestmentProjectImport
from caunoi.investments.models import InvestmentProject
from caunoi.investments.tests import factories as f
from caunoi.partners.tests import factories as pf

covers("investments:investmentproject_import", "investments:investmentproject_import_template")
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"capital_amount": Decimal("-1")}, "capital_amount"),
        ({"capital_amount": Decimal("0")}, "capital_amount"),
        ({"capital_amount": Decimal("1e15")}, "capital_amount"),
        ({"capital_currency": "XYZ"}, "capital_currency"),
        ({"registered_on": None}, "registered_on"),
    ],
)
def test_bad_capital_is_refused_on_its_field(personas, fields, field):
    with pytest.raises(ValidationError) as caught:
        f.project(personas.unit_a, **fields)
    assert field in caught.value.message_dict


def test_the_country_and_overseas_flag_follow_the_investor(personas):
    kieu_bao = f.investor(
        personas.unit_a, kind="overseas_vietnamese", country=pf.country("CZ", "Séc", "Czechia")
    )
    project = f.project(personas.unit_a, investor=kieu_bao)
    assert project.country.iso == "CZ" and project.overseas_vietnamese


def test_the_list_totals_keep_currencies_apart_and_convert_with_stated_rates(client, personas):
    f.project(personas.unit_a, capital_amount=Decimal(100_000_000))
    f.project(personas.unit_a, capital_amount=Decimal(50_000_000))
    f.project(personas.unit_a, capital_amount=Decimal(2_000_000_000), capital_currency="JPY")
    f.project(personas.unit_b, capital_amount=Decimal(7), capital_currency="USD")  # not in scope
    rate(personas.unit_a, datetime.date(2026, 3, 1), "USD", "25000")
    client.force_login(personas.officer_a)
    page = client.get(reverse("investments:investmentproject_list"), {"rate_date": "15/03/2026"})
    (summary,) = page.context["summaries"]
    assert summary.totals.items() == [
        Money(Decimal(2_000_000_000), "JPY"),
        Money(Decimal(150_000_000), "USD"),
    ]
    vnd, usd = summary.converted
    assert vnd.total == Money(Decimal(150_000_000 * 25000), "VND") and not vnd.complete
    assert [m.currency for m in vnd.missing] == ["JPY"]
    assert usd.total == Money(Decimal(150_000_000), "USD")
    text = page.content.decode()
    assert "1 USD = 25.000 VND (01/03/2026, Vietcombank)" in text
    assert "JPY" in text and 'data-testid="rate-missing"' in text


def test_the_investor_page_lists_the_projects(client, personas):
    project = f.project(personas.unit_a)
    client.force_login(personas.officer_a)
    page = client.get(project.investor.get_absolute_url())
    assert project.name in page.content.decode()
    assert page.context["last_contact"].day == project.registered_on


def test_projects_are_found_without_diacritics(personas):
    project = f.project(personas.unit_a, name="Trung tâm thương mại phía Tây")
    count, hits = search.search_flat(personas.officer_a, "trung tam thuong mai phia tay")
    assert count == 1 and hits[0].object_id == project.pk


def test_an_investment_list_imports_all_or_nothing(client, personas, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    aeon = f.investor(personas.unit_b, name="Tập đoàn AEON")
    header = ["Tên dự án", "Nhà đầu tư", "Hình thức đầu tư", "Vốn đăng ký", "Loại tiền", "Ngày cấp"]
    good = [
        header,
        ["Trung tâm logistics lạnh", "Tập đoàn AEON", "Dự án mới", 45000000, "USD", "03/10/2024"],
        ["Tăng vốn siêu thị", "AEON Group", "capital_increase", "5.000.000", "usd", "2025-01-02"],
    ]
    result = run_import(
        InvestmentProjectImport, personas.officer_a, xlsx_bytes(good), "d.xlsx", commit=True
    )
    assert result.ok and result.created == 2, result.errors
    made = InvestmentProject.objects.get(name="Trung tâm logistics lạnh")
    assert made.investor == aeon and made.capital == Money(Decimal(45_000_000), "USD")
    assert made.country.iso == "JP"
    bad = [header, ["Dự án lỗi", "Không có", "Dự án mới", "-1", "ĐỒNG", "32/01/2024"]]
    result = run_import(
        InvestmentProjectImport, personas.officer_a, xlsx_bytes(bad), "d.xlsx", commit=True
    )
    assert not result.ok
    assert {e.column for e in result.errors} >= {"Nhà đầu tư", "Loại tiền", "Ngày cấp"}
    client.force_login(personas.officer_a)
    url = reverse("investments:investmentproject_import")
    assert client.get(reverse("investments:investmentproject_import_template")).content[:2] == b"PK"
    response = client.post(url, {"file": SimpleUploadedFile("d.xlsx", xlsx_bytes(bad))})
    assert not response.context["result"].ok
    assert InvestmentProject.objects.count() == 2
