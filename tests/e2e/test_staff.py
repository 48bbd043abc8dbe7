"""An officer adds a training course, lists a colleague as a successful attendee, and sees the
unit's coverage count the colleague as trained."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD
from caunoi.staff.choices import Employment
from caunoi.staff.tests.factories import StaffMemberFactory
from tests.e2e.helpers import choose

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def colleague(people):
    return StaffMemberFactory(
        owner_unit=people.unit_a, full_name="Trần Thị Hương", employment=Employment.FULL_TIME
    )


def test_add_a_course_with_an_attendee_and_see_the_coverage_change(
    page, live_server, people, colleague, login
):
    login("officer_a", PASSWORD)
    coverage_url = f"{live_server.url}/staff/coverage/{people.unit_a.pk}/"
    page.goto(coverage_url)
    expect(page.get_by_test_id("staff-count")).to_have_text("1")
    expect(page.get_by_test_id("trained-count")).to_have_text(re.compile(r"^0 · 0%"))
    expect(page.get_by_test_id("gaps")).to_contain_text("Không ai được bồi dưỡng trong 24 tháng")

    page.goto(live_server.url + "/staff/courses/add/")
    page.fill("#id_title", "Bồi dưỡng kiến thức, kỹ năng đối ngoại nhân dân")
    page.select_option("#id_topic", "foreign_affairs_skills")
    page.fill("#id_organiser", "Sở Ngoại vụ Hà Nội")
    last_month = timezone.localdate() - datetime.timedelta(days=30)
    page.fill("#id_start_date", (last_month - datetime.timedelta(days=2)).strftime("%d/%m/%Y"))
    page.fill("#id_end_date", last_month.strftime("%d/%m/%Y"))
    page.select_option("#id_mode", "in_person")
    page.fill("#id_hours", "16")
    page.get_by_test_id("save").click()

    form = page.get_by_test_id("attendee-form")
    expect(form).to_be_visible()
    choose(form, "#id_staff_member", "Trần Thị Hương", typed="tran thi huong")
    form.locator("#id_result").select_option("completed")
    page.get_by_test_id("add-attendee").click()
    expect(page.get_by_test_id("attendees")).to_contain_text("Trần Thị Hương")

    page.goto(coverage_url)
    expect(page.get_by_test_id("trained-count")).to_contain_text("1")
    expect(page.get_by_test_id("trained-count")).to_contain_text("100%")
    expect(page.get_by_test_id("unit-staff")).to_contain_text(last_month.strftime("%d/%m/%Y"))
