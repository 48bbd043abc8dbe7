"""An officer records an NGO aid project, the approver approves it, two disbursements in EUR
follow, and the project shows what was disbursed in VND and USD with the rates used."""

import datetime
import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from caunoi.aid_projects.models import AidProject
from caunoi.aid_projects.tests import factories as f
from caunoi.core.testing.personas import PASSWORD
from tests.e2e.helpers import choose

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
D = datetime.date


@pytest.fixture
def donor_and_rates(people):
    # The aid sectors come from a data migration; the flush after an earlier transactional
    # test removed them, so they are seeded again the way the migration does it.
    from importlib import import_module

    from django.apps import apps

    import_module("caunoi.aid_projects.migrations.0002_sectors").add_sectors(apps, None)
    donor = f.ngo(people.unit_b, "Tổ chức Cứu trợ trẻ em")
    f.rate(people.unit_b, D(2026, 3, 1), "EUR", "27000", source="Vietcombank")
    f.rate(people.unit_b, D(2026, 4, 1), "EUR", "27500", source="Vietcombank")
    f.rate(people.unit_b, D(2026, 3, 1), "USD", "25000", source="Vietcombank")
    return donor


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("[data-testid=login-submit]")


def test_ngo_aid_with_two_eur_disbursements_shows_vnd_and_usd_with_rates(
    page, browser, live_server, people, donor_and_rates
):
    sign_in(page, live_server, "officer_a")
    page.goto(live_server.url + "/aid/add/")
    page.fill("#id_name", "Trường học an toàn cho trẻ em")
    page.select_option("#id_direction", "received")
    choose(page, "#id_donors", "Tổ chức Cứu trợ trẻ em", typed="cuu tro tre em")
    page.select_option("#id_sectors", label="Giáo dục")
    page.fill("#id_start_date", "01/03/2026")
    page.fill("#id_decision_number", "1234/QĐ-UBND")
    page.fill("#id_decision_date", "20/02/2026")
    page.fill("#id_decision_authority", "UBND thành phố Hà Nội")
    page.fill("#id_commitment_amount", "120.000")
    page.select_option("#id_commitment_currency", "EUR")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("status")).to_have_text("Đề xuất")
    expect(page.get_by_test_id("commitment")).to_contain_text("120.000,00 EUR")
    project = AidProject.objects.get()
    assert project.commitment_date == D(2026, 2, 20)  # from the decision date

    approver = browser.new_context(locale="vi-VN").new_page()
    sign_in(approver, live_server, "approver_a")
    approver.goto(live_server.url + project.get_absolute_url())
    approver.get_by_test_id("action-approve").click()
    approver.fill("#note-approve", "Đồng ý tiếp nhận")
    approver.get_by_test_id("confirm-approve").click()
    expect(approver.get_by_test_id("status")).to_have_text("Đã phê duyệt")
    expect(approver.get_by_test_id("workflow-log")).to_contain_text("Đồng ý tiếp nhận")

    page.reload()
    for day, amount in (("10/03/2026", "40.000"), ("15/04/2026", "20.000")):
        page.get_by_test_id("add-disbursement").click()
        page.fill("#id_date", day)
        page.fill("#id_amount", amount)
        page.select_option("#id_currency", "EUR")
        page.get_by_test_id("save").click()
        expect(page).to_have_url(re.compile(rf"/aid/{project.pk}/$"))

    expect(page.get_by_test_id("disbursed")).to_contain_text("60.000,00 EUR")
    # 40.000 × 27.000 + 20.000 × 27.500, each at the rate of its own date
    expect(page.get_by_test_id("disbursed-VND")).to_contain_text("1.630.000.000 VND")
    expect(page.get_by_test_id("disbursed-USD")).to_contain_text("65.200,00 USD")
    rates = page.get_by_test_id("rates-used")
    expect(rates).to_contain_text("1 EUR = 27.000 VND (01/03/2026, Vietcombank)")
    expect(rates).to_contain_text("1 EUR = 27.500 VND (01/04/2026, Vietcombank)")
    expect(rates).to_contain_text("1 USD = 25.000 VND (01/03/2026, Vietcombank)")
    assert project.disbursements.count() == 2

    page.goto(live_server.url + "/aid/?rate_date=30/04/2026")
    totals = page.get_by_test_id("list-totals")
    expect(totals.get_by_test_id("total-EUR").first).to_contain_text("120.000,00 EUR")
    expect(totals.get_by_test_id("converted-VND").nth(1)).to_contain_text("1,65 tỷ VND")
    expect(totals.get_by_test_id("rates-used")).to_contain_text("1 EUR = 27.500 VND")
    assert Decimal(60000 * 27500) == Decimal(1_650_000_000)


def test_an_indicator_chart_draws_each_value_with_its_source(page, live_server, people):
    from caunoi.indicators.tests import factories as fi

    indicator = fi.indicator(people.unit_b, code="fdi_attracted")
    source = fi.source(people.unit_b, publisher="Tạp chí Cộng sản")
    for period, amount in (
        ("2019", "8670000000"),
        ("2020", "3720000000"),
        ("1-8/2021", "841000000"),
    ):
        fi.value(people.unit_b, indicator=indicator, source=source, period=period, amount=amount)
    sign_in(page, live_server, "officer_a")
    page.goto(live_server.url + indicator.get_absolute_url())
    expect(page.get_by_test_id("indicator-values")).to_contain_text("8,67 tỷ USD")
    page.wait_for_function(
        """() => {
            const el = document.querySelector('[data-testid=indicator-chart]');
            const chart = window.echarts && echarts.getInstanceByDom(el);
            const option = chart && chart.getOption();
            return !!(option && option.series && option.series.length === 2);
        }"""
    )
    categories = page.evaluate(
        "() => echarts.getInstanceByDom(document.querySelector('[data-testid=indicator-chart]'))"
        ".getOption().xAxis[0].data"
    )
    assert categories == ["Năm 2019", "Năm 2020", "8 tháng đầu năm 2021"]
