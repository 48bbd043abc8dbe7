"""The aid report for a period: how much was mobilised and given, from whom, for what, in
which currency, at what rate; within the user's scope; exported and on the API."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from caunoi.aid_projects import workflow
from caunoi.aid_projects.report import build_report
from caunoi.aid_projects.tests import factories as f
from caunoi.core.money import Money
from caunoi.core.testing.coverage import covers

pytestmark = pytest.mark.django_db
covers("aid_projects:report", "api:aidproject-report")
D = datetime.date
START, END = D(2026, 1, 1), D(2026, 12, 31)


@pytest.fixture
def aid(personas):
    """Two NGO projects received (EUR and USD, one shared donor), a gift of rice, a proposal."""
    unit, boss = personas.unit_a, personas.approver_a
    plan, path = f.ngo(unit, "Tổ chức Plan International"), f.ngo(unit, "Tổ chức PATH")
    health = f.approved(unit, boss, donors=[plan], sectors=("health",))
    school = f.approved(
        unit,
        boss,
        donors=[plan, path],
        sectors=("education", "health"),
        commitment_amount=Decimal(50000),
        commitment_currency="USD",
    )
    f.disbursement(health, "40000", day=D(2026, 3, 10))
    f.disbursement(health, "20000", day=D(2026, 6, 1))
    f.disbursement(school, "10000", currency="USD", day=D(2026, 4, 1))
    f.disbursement(school, "9999", currency="USD", day=D(2025, 12, 31))  # before the period
    havana = f.project(unit, direction="given", commitment_amount=None, modality="emergency")
    havana = workflow.approve_aidproject(havana, acting_user=boss, note="Khẩn cấp")
    f.goods(
        havana,
        date=D(2026, 2, 1),
        value_amount=Decimal(1_000_000_000),
        value_currency="VND",
    )
    f.project(unit, donors=[plan])  # proposed: not yet mobilised
    f.rate(unit, D(2026, 12, 1), "EUR", "30000")
    f.rate(unit, D(2026, 12, 1), "USD", "26000")
    return {"plan": plan, "path": path, "health": health, "school": school}


def by_label(rows):
    return {row.label: row for row in rows}


def test_totals_per_currency_and_converted_with_the_rates_used(personas, aid):
    report = build_report(personas.officer_a, START, END)
    received, given = report.directions
    total = received.total
    assert total.projects == 2
    assert total.totals["committed"].items() == [
        Money(Decimal(120000), "EUR"),
        Money(Decimal(50000), "USD"),
    ]
    assert total.totals["disbursed"].items() == [
        Money(Decimal(60000), "EUR"),
        Money(Decimal(10000), "USD"),
    ]
    vnd = total.converted["committed"]["VND"]
    assert vnd.total == Money(Decimal(120000 * 30000 + 50000 * 26000), "VND") and vnd.complete
    assert {(r.currency, r.rate) for r in report.rates} == {
        ("EUR", Decimal(30000)),
        ("USD", Decimal(26000)),
    }
    assert given.total.totals["in_kind"].items() == [Money(Decimal(1_000_000_000), "VND")]
    assert given.total.converted["in_kind"]["USD"].total.currency == "USD"


def test_from_whom_and_for_what(personas, aid):
    received = build_report(personas.officer_a, START, END).directions[0]
    donors = by_label(received.by_partner)
    assert donors["Tổ chức Plan International"].projects == 2
    assert donors["Tổ chức Plan International"].totals["committed"].items() == [
        Money(Decimal(120000), "EUR"),
        Money(Decimal(50000), "USD"),
    ]
    assert donors["Tổ chức PATH"].totals["committed"].items() == [Money(Decimal(50000), "USD")]
    sectors = by_label(received.by_sector)
    assert sectors["Y tế"].projects == 2 and sectors["Giáo dục"].projects == 1


def test_a_missing_rate_is_named_and_nothing_is_added_raw(personas, aid):
    report = build_report(personas.officer_a, START, END, rate_day=D(2026, 2, 1))
    assert {m.currency for m in report.missing} == {"EUR", "USD", "VND"}
    assert report.directions[0].total.converted["committed"]["VND"].total.amount == 0


def test_the_report_covers_only_what_the_user_may_see(personas, aid):
    report = build_report(personas.outsider_b, START, END)
    assert report.directions[0].total.projects == 0
    assert not report.directions[0].by_partner


def test_the_report_page_export_and_permissions(client, personas, aid):
    url = reverse("aid_projects:report")
    assert reverse("accounts:login") in client.get(url)["Location"]
    client.force_login(personas.nobody)
    assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    page = client.get(url, {"start": "01/01/2026", "end": "31/12/2026"})
    text = page.content.decode()
    assert "Tổ chức Plan International" in text and "1 EUR = 30.000 VND" in text
    export = client.get(url, {"start": "01/01/2026", "end": "31/12/2026", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(export.content)).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any("Tổ chức PATH" in str(row) for row in cells)
    assert any(row[3] == "EUR" and row[4] == 120000 for row in cells)
    bad = client.get(url, {"start": "31/12/2026", "end": "01/01/2026"})
    assert bad.context["report"] is None and bad.context["form"].errors["end"]


def test_the_report_on_the_api(client, personas, aid):
    url = reverse("api:aidproject-report")
    assert client.get(url).status_code == 401
    client.force_login(personas.auditor)
    body = client.get(url, {"start": "2026-01-01", "end": "2026-12-31"}).json()
    received = body["directions"][0]
    assert received["direction"] == "received" and received["total"]["projects"] == 2
    lines = {line["currency"]: line for line in received["total"]["by_currency"]}
    assert lines["EUR"]["committed"] == "120000.00" and lines["USD"]["disbursed"] == "10000.00"
    assert body["rates"][0]["source"] == "Vietcombank"
    bad = client.get(url, {"start": "2026-12-31", "end": "2026-01-01"})
    assert bad.status_code == 400


def test_aid_without_amounts_still_counts_by_recipient_and_sector(personas, aid):
    given = build_report(personas.officer_a, START, END).directions[1]
    (havana,) = given.by_partner
    assert havana.label == "Thủ đô La Habana" and havana.projects == 1
    assert by_label(given.by_sector)["Y tế"].projects == 1
