"""Hand-made screens: coverage (city-wide and per unit), moving a person, attendees on a course,
plan results, and the rules the generic suites cannot know."""

import datetime

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.staff.choices import Employment
from caunoi.staff.models import Attendance, StaffMember
from caunoi.staff.services import move_staff_member
from caunoi.staff.tests.factories import (
    AttendanceFactory,
    PlanLineFactory,
    StaffLanguageFactory,
    StaffMemberFactory,
    TrainingCourseFactory,
    TrainingPlanFactory,
)

covers("staff:coverage", "staff:unit_coverage", "staff:staffmember_move")
D = datetime.date
COVERAGE = reverse("staff:coverage")


def unit_page(unit, on: str = "") -> str:
    url = reverse("staff:unit_coverage", args=[unit.pk])
    return f"{url}?on={on}" if on else url


@pytest.mark.django_db
class TestCoverageScreens:
    def test_anonymous_goes_to_login_and_nobody_gets_403(self, client, personas):
        assert client.get(COVERAGE).status_code == 302
        assert client.get(unit_page(personas.unit_a)).status_code == 302
        client.force_login(personas.nobody)
        assert client.get(COVERAGE).status_code == 403
        assert client.get(unit_page(personas.unit_a)).status_code == 403

    def test_officer_sees_only_the_units_in_their_scope(self, client, personas):
        client.force_login(personas.officer_a)
        response = client.get(COVERAGE)
        units = [row.unit for row in response.context["rows"]]
        assert units == [personas.unit_a, personas.unit_a_child]
        assert client.get(unit_page(personas.unit_b)).status_code == 404

    def test_outsider_gets_404_on_another_units_page(self, client, personas):
        StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.outsider_b)
        assert client.get(unit_page(personas.unit_a)).status_code == 404
        assert client.get(unit_page(personas.unit_b)).status_code == 200

    def test_coordinator_and_auditor_see_every_active_unit(self, client, personas):
        for name in ("coordinator", "auditor"):
            client.force_login(personas.get(name))
            units = {row.unit for row in client.get(COVERAGE).context["rows"]}
            assert {personas.unit_a, personas.unit_b, personas.ward} <= units
            assert personas.district not in units  # dissolved before today

    def test_the_table_names_the_gaps_and_states_the_rule(self, client, personas):
        StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="lo", level=5)
        client.force_login(personas.officer_a)
        content = client.get(COVERAGE).content.decode()
        for code in ("no_full_time", "no_training", "no_english", "no_staff"):
            assert f'data-testid="gap-{code}"' in content
        assert "B2" in content  # the working-language rule is on the page

    def test_only_units_with_gaps_and_a_chosen_date(self, client, personas):
        staff = StaffMemberFactory(owner_unit=personas.unit_a, employment=Employment.FULL_TIME)
        StaffLanguageFactory(staff_member=staff, language="en")
        AttendanceFactory(staff_member=staff)  # course ended 10/10/2025
        client.force_login(personas.officer_a)
        rows = client.get(COVERAGE, {"on": "01/06/2026", "gaps_only": "on"}).context["rows"]
        assert [row.unit for row in rows] == [personas.unit_a_child]
        rows = client.get(COVERAGE, {"on": "2028-01-01", "gaps_only": "on"}).context["rows"]
        assert personas.unit_a in [row.unit for row in rows]  # the training is too old then

    def test_export_holds_the_figures_of_the_units_in_scope(self, client, personas):
        StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.officer_a)
        response = client.get(COVERAGE, {"export": "csv"})
        text = response.content.decode("utf-8-sig")
        assert personas.unit_a.name in text and personas.unit_b.name not in text
        assert client.get(COVERAGE, {"export": "xlsx"}).status_code == 200

    def test_unit_page_lists_the_people_counted_and_their_gaps(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a, full_name="Đinh Thu Hằng")
        StaffLanguageFactory(staff_member=person, language="ja", level=4)
        client.force_login(personas.officer_a)
        response = client.get(unit_page(personas.unit_a))
        assert list(response.context["people"]) == [person]
        content = response.content.decode()
        assert "Đinh Thu Hằng" in content
        assert 'data-testid="gap-no_english"' in content

    def test_a_person_who_moved_shows_in_the_old_unit_on_an_earlier_date(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a, full_name="Hồ Ngọc Sơn")
        move_staff_member(person, to_unit=personas.unit_b, on=D(2025, 3, 1))
        client.force_login(personas.officer_a)
        before = client.get(unit_page(personas.unit_a, "28/02/2025"))
        assert before.context["figures"].staff_count == 1
        assert f"/staff/{person.pk}/" not in before.content.decode()  # no longer theirs to open
        after = client.get(unit_page(personas.unit_a, "01/03/2025"))
        assert after.context["figures"].staff_count == 0


@pytest.mark.django_db
class TestAddingACourseChangesCoverage:
    def test_officer_adds_a_course_and_an_attendee_and_the_unit_is_trained(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.officer_a)
        assert client.get(unit_page(personas.unit_a)).context["figures"].trained_count == 0
        today = datetime.date.today()
        response = client.post(
            reverse("staff:trainingcourse_add"),
            {
                "title": "Lễ tân đối ngoại",
                "topic": "protocol",
                "start_date": today.strftime("%d/%m/%Y"),
                "end_date": today.strftime("%d/%m/%Y"),
                "mode": "in_person",
                "owner_unit": personas.unit_a.pk,
            },
        )
        course_url = response["Location"]
        page = client.get(course_url)
        assert 'data-testid="attendee-form"' in page.content.decode()
        course = page.context["object"]
        response = client.post(
            reverse("staff:attendance_add"),
            {"course": course.pk, "staff_member": person.pk, "result": "completed"},
        )
        assert response["Location"] == course_url
        assert client.get(course_url).context["attendees"].get().staff_member == person
        assert client.get(unit_page(personas.unit_a)).context["figures"].trained_count == 1

    def test_coordinator_cannot_list_another_units_staff_on_a_course(self, client, personas):
        course = TrainingCourseFactory(owner_unit=personas.unit_b)
        theirs = StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.coordinator)
        form = client.get(course.get_absolute_url()).context["attendee_form"]
        assert theirs not in form.fields["staff_member"].queryset
        response = client.post(
            reverse("staff:attendance_add"),
            {"course": course.pk, "staff_member": theirs.pk, "result": "completed"},
        )
        assert response.status_code == 200
        assert not Attendance.objects.exists()

    def test_course_page_shows_only_the_attendees_of_the_viewers_units(self, client, personas):
        course = TrainingCourseFactory(owner_unit=personas.unit_b)
        mine = AttendanceFactory(course=course, staff_member__owner_unit=personas.unit_a)
        AttendanceFactory(course=course, staff_member__owner_unit=personas.unit_b)
        client.force_login(personas.officer_a)
        response = client.get(course.get_absolute_url())  # a city-wide catalogue
        assert list(response.context["attendees"]) == [mine]


@pytest.mark.django_db
class TestStaffRecordScreens:
    def test_officer_moves_a_person_within_their_units(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a, active_from=D(2020, 1, 1))
        StaffLanguageFactory(staff_member=person)
        url = reverse("staff:staffmember_move", args=[person.pk])
        client.force_login(personas.officer_a)
        form = client.get(url).context["form"]
        assert list(form.fields["to_unit"].queryset) == [personas.unit_a_child]
        response = client.post(url, {"to_unit": personas.unit_a_child.pk, "on": "01/07/2025"})
        assert response["Location"] == person.get_absolute_url()
        person.refresh_from_db()
        assert (person.owner_unit, person.unit_since) == (personas.unit_a_child, D(2025, 7, 1))
        detail = client.get(person.get_absolute_url()).content.decode()
        assert 'data-testid="earlier-postings"' in detail

    def test_a_move_before_the_start_is_refused_on_the_form(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a, active_from=D(2020, 1, 1))
        client.force_login(personas.officer_a)
        response = client.post(
            reverse("staff:staffmember_move", args=[person.pk]),
            {"to_unit": personas.unit_a_child.pk, "on": "01/01/2019"},
        )
        assert response.status_code == 200 and response.context["form"].errors
        person.refresh_from_db()
        assert person.owner_unit == personas.unit_a

    def test_move_screen_follows_the_scope_rule(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a)
        url = reverse("staff:staffmember_move", args=[person.pk])
        assert client.get(url).status_code == 302
        client.force_login(personas.outsider_b)
        assert client.get(url).status_code == 404
        client.force_login(personas.auditor)
        assert client.get(url).status_code == 403

    def test_editing_a_person_never_changes_their_unit(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.officer_a)
        data = {
            "full_name": person.full_name,
            "employment": "full_time",
            "owner_unit": personas.unit_a_child.pk,
            "version": person.version,
        }
        client.post(reverse("staff:staffmember_edit", args=[person.pk]), data)
        person.refresh_from_db()
        assert (person.owner_unit, person.employment) == (personas.unit_a, "full_time")

    def test_only_accounts_of_the_officers_units_can_be_linked(self, client, personas):
        client.force_login(personas.officer_a)
        form = client.get(reverse("staff:staffmember_add")).context["form"]
        users = set(form.fields["user"].queryset)
        assert {personas.officer_a, personas.approver_a} <= users
        assert personas.outsider_b not in users

    def test_the_staff_list_filters_by_language_and_level(self, client, personas):
        lao = StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="lo", level=5)
        StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="lo", level=2)
        StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="en", level=6)
        client.force_login(personas.officer_a)
        url = reverse("staff:staffmember_list")
        found = client.get(url, {"language": "lo", "min_level": 4}).context["table"].data
        assert [p.pk for p in found] == [lao.staff_member_id]
        assert len(client.get(url, {"min_level": 5}).context["table"].data) == 2
        assert len(client.get(url, {"language": "lo"}).context["table"].data) == 2

    def test_adding_a_language_returns_to_the_person(self, client, personas):
        person = StaffMemberFactory(owner_unit=personas.unit_a)
        client.force_login(personas.officer_a)
        add = reverse("staff:stafflanguage_add")
        page = client.get(person.get_absolute_url()).content.decode()
        assert f"{add}?staff_member={person.pk}" in page
        response = client.post(
            add, {"staff_member": person.pk, "language": "lo", "framework": "vn6", "level": 4}
        )
        assert response["Location"] == person.get_absolute_url()
        assert "Lao" in str(person.languages.get()) or "Lào" in str(person.languages.get())

    def test_the_same_language_twice_is_refused(self, client, personas):
        existing = StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="fr")
        client.force_login(personas.officer_a)
        response = client.post(
            reverse("staff:stafflanguage_add"),
            {
                "staff_member": existing.staff_member_id,
                "language": "fr",
                "level": 3,
                "framework": "cefr",
            },
        )
        assert response.status_code == 200
        assert existing.staff_member.languages.count() == 1

    def test_plan_page_shows_target_and_people_done(self, client, personas):
        plan = TrainingPlanFactory(owner_unit=personas.unit_a, year=2025)
        PlanLineFactory(plan=plan, topic="foreign_affairs_skills", target_people=2)
        AttendanceFactory(staff_member__owner_unit=personas.unit_a)  # a 2025 course
        client.force_login(personas.officer_a)
        response = client.get(plan.get_absolute_url())
        row = response.context["lines"][0]
        assert (row["done"], row["percent"]) == (1, 50)
        assert StaffMember.objects.count() == 1
