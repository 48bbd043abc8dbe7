"""An agreement from draft to review, each step by the persona whose job it is: the officer
drafts and sends it for consultation, the coordinator (Department of Foreign Affairs, another
unit) records the consultation and closes it, the officer enters the legal opinion, the
approver approves it for signing, the officer records the signing and adds a review."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from caunoi.agreements.models import Agreement
from caunoi.agreements.tests import factories as f
from caunoi.core.testing.personas import PASSWORD
from tests.e2e.helpers import choose

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("[data-testid=login-submit]")


def take_step(page, name, note=""):
    page.get_by_test_id(f"action-{name}").click()
    if note:
        page.fill(f"#note-{name}", note)
    page.get_by_test_id(f"confirm-{name}").click()


def dmy(day: datetime.date) -> str:
    return day.strftime("%d/%m/%Y")


def test_draft_consult_approve_sign_and_review_as_the_different_personas(
    page, browser, live_server, people
):
    f.partner(people.unit_a, name="Thủ đô Viêng Chăn")
    f.field("education")
    today = datetime.date.today()

    # The officer drafts the agreement and sends it for consultation.
    sign_in(page, live_server, "officer_a")
    page.goto(live_server.url + "/agreements/add/")
    page.fill("#id_name", "Thỏa thuận hợp tác giáo dục Hà Nội – Viêng Chăn")
    page.select_option("#id_kind", "friendship_cooperation")
    choose(page, "#id_partners", "Thủ đô Viêng Chăn", typed="vieng chan")
    page.select_option("#id_cooperation_fields", label="Giáo dục – đào tạo")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("status")).to_have_text("Dự thảo")
    agreement = Agreement.objects.get()
    take_step(page, "consult", "Đề nghị Sở Ngoại vụ lấy ý kiến các bộ")
    expect(page.get_by_test_id("status")).to_have_text("Đang lấy ý kiến")
    expect(page.get_by_test_id("add-consultation")).to_have_count(0)  # coordinators record it

    # The coordinator, in another unit, records the consultation and closes it.
    coordinator = browser.new_context(locale="vi-VN").new_page()
    sign_in(coordinator, live_server, "coordinator")
    coordinator.goto(live_server.url + agreement.get_absolute_url())
    coordinator.get_by_test_id("add-consultation").click()
    coordinator.fill("#id_body", "Bộ Ngoại giao")
    coordinator.fill("#id_sent_on", dmy(today - datetime.timedelta(days=12)))
    coordinator.fill("#id_due_on", dmy(today + datetime.timedelta(days=3)))
    coordinator.fill("#id_answered_on", dmy(today))
    coordinator.select_option("#id_opinion", "agree_with_comments")
    coordinator.fill("#id_opinion_text", "Đề nghị bổ sung điều khoản về kinh phí.")
    coordinator.get_by_test_id("save").click()
    expect(coordinator).to_have_url(re.compile(rf"/agreements/{agreement.pk}/$"))
    expect(coordinator.get_by_test_id("consultations")).to_contain_text("Bộ Ngoại giao")
    take_step(coordinator, "close_consultation")
    expect(coordinator.get_by_test_id("status")).to_have_text("Đang thẩm định")

    # The officer enters the legal opinion.
    page.goto(live_server.url + agreement.get_absolute_url())
    page.get_by_test_id("edit-button").click()
    page.fill("#id_legal_review_body", "Sở Tư pháp")
    page.fill("#id_legal_review_on", dmy(today))
    page.fill("#id_legal_review_reference", "125/STP-PL")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("workflow-actions")).to_have_count(0)  # approving is not theirs

    # The approver approves it for signing.
    approver = browser.new_context(locale="vi-VN").new_page()
    sign_in(approver, live_server, "approver_a")
    approver.goto(live_server.url + agreement.get_absolute_url())
    take_step(approver, "approve", "Đồng ý ký kết")
    expect(approver.get_by_test_id("status")).to_have_text("Đã phê duyệt ký")
    expect(approver.get_by_test_id("workflow-log")).to_contain_text("Đồng ý ký kết")

    # The officer records the signing, then adds a review.
    page.reload()
    page.get_by_test_id("edit-button").click()
    page.fill("#id_signed_on", dmy(today))
    page.fill("#id_signed_place", "Viêng Chăn")
    page.fill("#id_signatory", "Chủ tịch UBND thành phố Hà Nội")
    page.fill("#id_expires_on", dmy(today.replace(year=today.year + 5)))
    page.get_by_test_id("save").click()
    take_step(page, "sign")
    expect(page.get_by_test_id("status")).to_have_text("Đã ký, còn hiệu lực")
    page.get_by_test_id("add-review").click()
    page.select_option("#id_effectiveness", "effective")
    page.fill("#id_findings", "Đã trao đổi hai đoàn giáo viên trong năm đầu.")
    page.select_option("#id_recommendation", "continue")
    page.get_by_test_id("save").click()
    expect(page).to_have_url(re.compile(rf"/agreements/{agreement.pk}/$"))
    expect(page.get_by_test_id("reviews")).to_contain_text("Đã trao đổi hai đoàn giáo viên")
    log = page.get_by_test_id("workflow-log")
    for step in ("Đang lấy ý kiến", "Đang thẩm định", "Đã phê duyệt ký", "Đã ký, còn hiệu lực"):
        expect(log).to_contain_text(step)
    assert [e.actor.username for e in agreement.log_entries.all()] == [
        "officer_a",
        "coordinator",
        "approver_a",
        "officer_a",
    ]
