"""Coverage figures: staff on a date, full-time and trained shares, working languages, gaps."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caunoi.staff import coverage
from caunoi.staff.choices import AttendanceResult, Employment, LanguageFramework
from caunoi.staff.services import move_staff_member
from caunoi.staff.tests.factories import (
    AttendanceFactory,
    PlanLineFactory,
    StaffLanguageFactory,
    StaffMemberFactory,
    TrainingCourseFactory,
    TrainingPlanFactory,
)

D = datetime.date


def figures(unit, on):
    return coverage.coverage([unit], on)[0]


@pytest.mark.django_db
class TestStaffCount:
    def test_counts_people_active_on_the_date_only(self, personas):
        unit = personas.unit_a
        StaffMemberFactory(owner_unit=unit)
        StaffMemberFactory(owner_unit=unit, active_from=D(2026, 3, 1))
        StaffMemberFactory(owner_unit=unit, active_until=D(2025, 12, 31))
        assert figures(unit, D(2026, 1, 15)).staff_count == 1
        assert figures(unit, D(2026, 3, 1)).staff_count == 2
        assert figures(unit, D(2025, 6, 1)).staff_count == 2

    def test_units_below_are_not_included(self, personas):
        StaffMemberFactory(owner_unit=personas.unit_a_child)
        assert figures(personas.unit_a, D(2026, 1, 1)).staff_count == 0
        assert figures(personas.unit_a_child, D(2026, 1, 1)).staff_count == 1

    def test_deleted_staff_are_not_counted(self, personas):
        staff = StaffMemberFactory(owner_unit=personas.unit_a)
        staff.soft_delete()
        assert figures(personas.unit_a, D(2026, 1, 1)).staff_count == 0


@pytest.mark.django_db
class TestPeopleWhoMovedUnit:
    """Given Hoa worked in unit A until 28/02/2025 and in unit B from 01/03/2025."""

    @pytest.fixture
    def hoa(self, personas):
        hoa = StaffMemberFactory(
            full_name="Trần Thị Hoa",
            owner_unit=personas.unit_a,
            active_from=D(2020, 1, 1),
            employment=Employment.FULL_TIME,
        )
        StaffLanguageFactory(staff_member=hoa, language="en", level=5)
        course = TrainingCourseFactory(
            owner_unit=personas.unit_b, start_date=D(2024, 11, 4), end_date=D(2024, 11, 8)
        )
        AttendanceFactory(course=course, staff_member=hoa)
        return move_staff_member(hoa, to_unit=personas.unit_b, on=D(2025, 3, 1))

    def test_she_counts_in_a_before_the_move_and_in_b_after(self, personas, hoa):
        assert figures(personas.unit_a, D(2025, 2, 28)).staff_count == 1
        assert figures(personas.unit_b, D(2025, 2, 28)).staff_count == 0
        assert figures(personas.unit_a, D(2025, 3, 1)).staff_count == 0
        assert figures(personas.unit_b, D(2025, 3, 1)).staff_count == 1

    def test_her_training_and_languages_follow_her(self, personas, hoa):
        after = figures(personas.unit_b, D(2025, 6, 1))
        assert (after.full_time_count, after.trained_count) == (1, 1)
        assert after.working_languages == ["en"]
        before = figures(personas.unit_a, D(2025, 1, 1))
        assert before.working_languages == ["en"]
        assert figures(personas.unit_a, D(2025, 6, 1)).working_languages == []

    def test_the_move_is_kept_as_an_earlier_posting(self, personas, hoa):
        posting = hoa.earlier_postings.get()
        assert (posting.unit, posting.start, posting.end) == (
            personas.unit_a,
            D(2020, 1, 1),
            D(2025, 2, 28),
        )
        assert hoa.unit_since == D(2025, 3, 1)
        assert hoa.languages.get().owner_unit == personas.unit_b

    def test_a_second_move_keeps_both_earlier_units(self, personas, hoa):
        move_staff_member(hoa, to_unit=personas.unit_a_child, on=D(2026, 1, 1))
        assert figures(personas.unit_a, D(2024, 6, 1)).staff_count == 1
        assert figures(personas.unit_b, D(2025, 6, 1)).staff_count == 1
        assert figures(personas.unit_a_child, D(2026, 1, 1)).staff_count == 1
        assert figures(personas.unit_b, D(2026, 1, 1)).staff_count == 0


@pytest.mark.django_db
class TestShares:
    def test_full_time_share(self, personas):
        unit = personas.unit_a
        StaffMemberFactory(owner_unit=unit, employment=Employment.FULL_TIME)
        for _ in range(3):
            StaffMemberFactory(owner_unit=unit, employment=Employment.PART_TIME)
        result = figures(unit, D(2026, 1, 1))
        assert (result.staff_count, result.full_time_count) == (4, 1)
        assert result.full_time_share == 0.25

    def test_trained_share_counts_completed_courses_of_the_last_24_months(self, personas):
        unit = personas.unit_a
        recent = TrainingCourseFactory(
            owner_unit=unit, start_date=D(2024, 6, 10), end_date=D(2024, 6, 14)
        )
        old = TrainingCourseFactory(
            owner_unit=unit, start_date=D(2024, 6, 3), end_date=D(2024, 6, 7)
        )
        future = TrainingCourseFactory(
            owner_unit=unit, start_date=D(2026, 9, 1), end_date=D(2026, 9, 5)
        )
        mine = {"staff_member__owner_unit": unit}
        AttendanceFactory(course=recent, **mine)  # counts on 14/06/2026
        AttendanceFactory(course=old, **mine)  # ended 24 months and a week earlier
        AttendanceFactory(course=recent, result=AttendanceResult.NOT_COMPLETED, **mine)
        AttendanceFactory(course=recent, result=AttendanceResult.IN_PROGRESS, **mine)
        AttendanceFactory(course=future, **mine)
        result = figures(unit, D(2026, 6, 14))
        assert (result.staff_count, result.trained_count) == (5, 1)
        assert result.trained_share == 0.2
        assert figures(unit, D(2026, 6, 15)).trained_count == 0

    def test_a_person_trained_twice_counts_once(self, personas):
        staff = StaffMemberFactory(owner_unit=personas.unit_a)
        for _ in range(2):
            AttendanceFactory(
                course=TrainingCourseFactory(owner_unit=personas.unit_b), staff_member=staff
            )
        assert figures(personas.unit_a, D(2026, 1, 1)).trained_count == 1

    def test_shares_of_a_unit_without_staff_are_empty(self, personas):
        result = figures(personas.unit_b, D(2026, 1, 1))
        assert result.full_time_share is None and result.trained_share is None


@pytest.mark.django_db
class TestWorkingLanguages:
    def test_b2_or_level_4_counts_and_b1_does_not(self, personas):
        unit = personas.unit_a
        StaffLanguageFactory(staff_member__owner_unit=unit, language="lo", level=4)
        StaffLanguageFactory(
            staff_member__owner_unit=unit,
            language="ja",
            framework=LanguageFramework.VN6,
            level=4,
        )
        StaffLanguageFactory(staff_member__owner_unit=unit, language="fr", level=3)
        assert sorted(figures(unit, D(2026, 1, 1)).working_languages) == ["ja", "lo"]

    def test_a_language_spoken_by_two_people_is_listed_once(self, personas):
        for _ in range(2):
            StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="en")
        assert figures(personas.unit_a, D(2026, 1, 1)).working_languages == ["en"]


@pytest.mark.django_db
class TestGaps:
    def test_a_unit_without_staff_has_one_gap(self, personas):
        assert [g.code for g in figures(personas.unit_b, D(2026, 1, 1)).gaps] == ["no_staff"]

    def test_part_time_untrained_without_english_has_three_gaps(self, personas):
        StaffLanguageFactory(staff_member__owner_unit=personas.unit_a, language="lo", level=6)
        gaps = figures(personas.unit_a, D(2026, 1, 1)).gaps
        assert [g.code for g in gaps] == ["no_full_time", "no_training", "no_english"]
        assert gaps[0].label in {
            "No full-time officer",
            "Không có cán bộ chuyên trách",
        }

    def test_a_well_staffed_unit_has_no_gap(self, personas):
        staff = StaffMemberFactory(owner_unit=personas.unit_a, employment=Employment.FULL_TIME)
        StaffLanguageFactory(staff_member=staff, language="en", level=5)
        AttendanceFactory(
            course=TrainingCourseFactory(owner_unit=personas.unit_a), staff_member=staff
        )
        assert figures(personas.unit_a, D(2026, 1, 1)).gaps == []


@pytest.mark.django_db
def test_city_coverage_takes_a_fixed_number_of_queries(personas):
    units = [personas.unit_a, personas.unit_a_child, personas.unit_b, personas.ward]
    for unit in units:
        staff = StaffMemberFactory(owner_unit=unit)
        StaffLanguageFactory(staff_member=staff)
        AttendanceFactory(course=TrainingCourseFactory(owner_unit=unit), staff_member=staff)
    with CaptureQueriesContext(connection) as queries:
        rows = coverage.coverage(units, D(2026, 1, 1))
    assert len(queries) == 2
    assert [r.staff_count for r in rows] == [1, 1, 1, 1]
    assert [r.trained_count for r in rows] == [1, 1, 1, 1]


@pytest.mark.django_db
class TestPlanProgress:
    def test_done_counts_the_units_people_by_topic_and_by_course(self, personas):
        unit = personas.unit_a
        plan = TrainingPlanFactory(owner_unit=unit, year=2025)
        protocol = PlanLineFactory(plan=plan, topic="protocol", target_people=2)
        course = TrainingCourseFactory(
            owner_unit=personas.unit_b,
            topic="protocol",
            start_date=D(2025, 5, 5),
            end_date=D(2025, 5, 9),
        )
        by_course = PlanLineFactory(plan=plan, course=course, topic="", target_people=5)
        other_course = TrainingCourseFactory(
            owner_unit=unit, topic="protocol", start_date=D(2025, 9, 1), end_date=D(2025, 9, 2)
        )
        lan = StaffMemberFactory(owner_unit=unit)
        AttendanceFactory(course=course, staff_member=lan)
        AttendanceFactory(course=other_course, staff_member=lan)  # same person: once per line
        AttendanceFactory(course=other_course, staff_member__owner_unit=unit)
        AttendanceFactory(course=course, staff_member__owner_unit=personas.unit_b)  # other unit
        AttendanceFactory(
            course=course, staff_member__owner_unit=unit, result=AttendanceResult.NOT_COMPLETED
        )
        progress = coverage.plan_progress(plan)
        assert progress == {protocol.pk: 2, by_course.pk: 1}

    def test_a_person_who_moved_counts_for_the_unit_they_were_in(self, personas):
        plan_a = TrainingPlanFactory(owner_unit=personas.unit_a, year=2025)
        plan_b = TrainingPlanFactory(owner_unit=personas.unit_b, year=2025)
        line_a = PlanLineFactory(plan=plan_a, topic="protocol")
        line_b = PlanLineFactory(plan=plan_b, topic="protocol")
        course = TrainingCourseFactory(
            owner_unit=personas.unit_a,
            topic="protocol",
            start_date=D(2025, 4, 1),
            end_date=D(2025, 4, 3),
        )
        staff = StaffMemberFactory(owner_unit=personas.unit_a)
        AttendanceFactory(course=course, staff_member=staff)
        move_staff_member(staff, to_unit=personas.unit_b, on=D(2025, 8, 1))
        assert coverage.plan_progress(plan_a) == {line_a.pk: 1}
        assert coverage.plan_progress(plan_b) == {line_b.pk: 0}
