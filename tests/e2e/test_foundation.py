"""An officer's first minutes in Cầu Nối, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_officer_signs_in_switches_language_reads_history_and_signs_out(
    page, live_server, people, login
):
    login("officer_a", PASSWORD)
    nav = page.get_by_test_id("main-nav")
    expect(nav).to_contain_text("Trang chủ")
    expect(page.get_by_test_id("my-units")).to_contain_text("Liên hiệp hữu nghị A")

    page.get_by_test_id("language-switch").select_option("en")
    expect(nav).to_contain_text("Home")
    expect(nav).not_to_contain_text("Trang chủ")

    page.goto(live_server.url + f"/accounts/units/{people.unit_a.pk}/")
    page.get_by_test_id("history-tab").click()
    expect(page).to_have_url(re.compile(r"/history/$"))
    expect(page.get_by_test_id("history-list")).to_contain_text("Created")

    page.locator(".navbar .avatar").click()
    page.get_by_test_id("logout").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/"))


def test_wrong_password_then_lockout(page, live_server, people, login, settings):
    login("officer_a", "sai-mat-khau")
    expect(page.get_by_test_id("login-error")).to_contain_text("Sai tên đăng nhập hoặc mật khẩu")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login("officer_a", "sai-mat-khau")
    expect(page.get_by_test_id("locked-out")).to_contain_text("Đăng nhập sai quá nhiều lần")
    login("officer_a", PASSWORD)  # even the right password is refused while locked
    expect(page.get_by_test_id("locked-out")).to_be_visible()
