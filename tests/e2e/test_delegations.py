"""An officer requests a trip abroad with its members and programme and submits it; the
approver returns it; the officer fixes and resubmits; the approver approves; after the trip
the officer files the results report."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD
from caunoi.delegations.models import Delegation
from caunoi.delegations.tests import factories as f

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("[data-testid=login-submit]")


def step(page, name, note=""):
    page.get_by_test_id(f"action-{name}").click()
    if note:
        page.fill(f"#note-{name}", note)
    page.get_by_test_id(f"confirm-{name}").click()


def test_request_return_resubmit_approve_and_report(page, browser, live_server, people):
    laos = f.pf.country("LA", "Lào", "Laos")
    today = timezone.localdate()
    sign_in(page, live_server, "officer_a")
    page.goto(live_server.url + "/delegations/add/")
    page.select_option("#id_direction", "outbound")
    page.fill("#id_name", "Đoàn Liên hiệp hữu nghị A thăm Thủ đô Viêng Chăn")
    page.select_option("#id_level", "unit")
    page.select_option("#id_countries", str(laos.pk))
    page.fill("#id_start_date", today.strftime("%d/%m/%Y"))
    page.fill("#id_end_date", (today + datetime.timedelta(days=3)).strftime("%d/%m/%Y"))
    page.fill("#id_purpose", "Giao lưu hữu nghị nhân dân")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("status")).to_have_text("Dự thảo")
    delegation = Delegation.objects.get()
    detail = re.compile(rf"/delegations/{delegation.pk}/$")

    page.get_by_test_id("add-member").click()
    page.fill("#id_full_name", "Trần Thị Bình")
    page.fill("#id_position", "Phó Chủ tịch")
    page.select_option("#id_role", "head")
    page.fill("#id_rank", "1")
    page.fill("#id_passport_number", "C7654321")
    page.fill("#id_passport_expiry", "31/12/2030")
    page.get_by_test_id("save").click()
    expect(page).to_have_url(detail)
    expect(page.get_by_test_id("members")).to_contain_text("Trần Thị Bình")
    expect(page.get_by_test_id("members")).not_to_contain_text("C7654321")
    expect(page.get_by_test_id("language-gap")).to_be_visible()  # nobody speaks Lao

    page.get_by_test_id("add-programme").click()
    page.fill("#id_date", today.strftime("%d/%m/%Y"))
    page.fill("#id_start_time", "09:00")
    page.fill("#id_activity", "Hội đàm với Ủy ban Mặt trận Lào xây dựng đất nước Thủ đô")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("programme")).to_contain_text("Hội đàm")

    step(page, "submit")
    expect(page.get_by_test_id("status")).to_have_text("Chờ phê duyệt")
    expect(page.get_by_test_id("short-notice")).to_be_visible()  # leaves today

    approver = browser.new_context(locale="vi-VN").new_page()
    sign_in(approver, live_server, "approver_a")
    approver.goto(live_server.url + "/delegations/?waiting_for_me=true")
    approver.get_by_role(
        "link", name="Đoàn Liên hiệp hữu nghị A thăm Thủ đô Viêng Chăn", exact=True
    ).click()
    expect(approver.get_by_test_id("waiting-for-you")).to_be_visible()
    step(approver, "send_back", "Bổ sung phiên dịch tiếng Lào")
    expect(approver.get_by_test_id("status")).to_have_text("Trả lại để chỉnh sửa")

    page.reload()
    expect(page.get_by_test_id("workflow-log")).to_contain_text("Bổ sung phiên dịch tiếng Lào")
    page.get_by_test_id("add-member").click()
    page.fill("#id_full_name", "Khăm Phăn")
    page.select_option("#id_role", "interpreter")
    page.fill("#id_rank", "5")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("language-gap")).to_have_count(0)
    step(page, "submit")
    expect(page.get_by_test_id("status")).to_have_text("Chờ phê duyệt")

    approver.reload()
    step(approver, "approve", "Đồng ý")
    expect(approver.get_by_test_id("status")).to_have_text("Đã phê duyệt")

    page.reload()
    step(page, "depart")
    step(page, "come_back")
    expect(page.get_by_test_id("status")).to_have_text("Đã về, chờ báo cáo")
    page.get_by_test_id("edit-button").click()
    page.fill("#id_results_report", "Đoàn đã hoàn thành chương trình, thống nhất trao đổi đoàn.")
    page.get_by_test_id("save").click()
    step(page, "file_report")
    expect(page.get_by_test_id("status")).to_have_text("Đã nộp báo cáo kết quả")
    delegation.refresh_from_db()
    assert delegation.reported_on == today
    assert list(delegation.log_entries.values_list("transition", flat=True)) == [
        "submit",
        "send_back",
        "submit",
        "approve",
        "depart",
        "come_back",
        "file_report",
    ]
