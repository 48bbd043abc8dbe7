"""A planner opens the shared calendar, moves a month, opens an anniversary, plans an event
from it and sees the event on the calendar."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD
from caunoi.events.tests.factories import EventFactory
from caunoi.partners.tests import factories as f

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def thailand(people):
    country = f.country("TH", "Thái Lan", "Thailand")
    country.relations_established = datetime.date(1976, 8, 6)
    country.save()
    EventFactory(
        owner_unit=people.unit_a,
        name="Tuần văn hóa Thái Lan",
        start_date=datetime.date(2026, 7, 14),
    )
    return country


def test_move_a_month_open_an_anniversary_plan_an_event_and_see_it(
    page, live_server, thailand, login
):
    login("officer_a", PASSWORD)
    page.goto(live_server.url + "/events/calendar/?date=2026-07-01")
    calendar = page.get_by_test_id("calendar")
    expect(calendar).to_contain_text("Tuần văn hóa Thái Lan")
    page.get_by_test_id("calendar-next").click()  # htmx swaps the month in place
    expect(page).to_have_url(re.compile(r"date=2026-08-01"))
    expect(page.get_by_test_id("calendar")).to_have_attribute("data-anchor", "2026-08-01")
    day = page.get_by_test_id("day-2026-08-06")
    expect(day).to_contain_text("50")
    page.keyboard.press("ArrowLeft")  # the keyboard moves back a month
    expect(page.get_by_test_id("calendar")).to_have_attribute("data-anchor", "2026-07-01")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_test_id("calendar")).to_have_attribute("data-anchor", "2026-08-01")
    page.get_by_test_id("day-2026-08-06").get_by_test_id("calendar-item").first.click()
    expect(page.get_by_test_id("anniversary-title")).to_contain_text("50 năm")
    page.get_by_test_id("plan-event").click()
    expect(page.get_by_test_id("planning-for")).to_be_visible()
    expect(page.locator("#id_start_date")).to_have_value("06/08/2026")
    page.get_by_test_id("save").click()
    expect(page.get_by_test_id("event-status")).to_have_text("Dự kiến")
    expect(page.get_by_test_id("event-anniversary")).to_contain_text("50 năm")
    page.goto(live_server.url + "/events/calendar/?date=2026-08-01&kind=event")
    expect(page.get_by_test_id("day-2026-08-06")).to_contain_text("Kỷ niệm 50 năm")
