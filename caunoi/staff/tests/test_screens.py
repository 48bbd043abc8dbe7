"""The generic suites (screens, API, filters) for every staff and training record."""

import itertools

from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.staff import filters
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)
from caunoi.staff.tests.factories import (
    AttendanceFactory,
    PlanLineFactory,
    StaffLanguageFactory,
    StaffMemberFactory,
    TrainingCourseFactory,
    TrainingPlanFactory,
)

SERIAL = itertools.count(1)


def person(unit):
    """A staff member whose name starts with a word no other test record shares."""
    return StaffMemberFactory(owner_unit=unit, full_name=f"CB{next(SERIAL)} Nguyễn Thị Hằng")


class StaffMemberMixin:
    model = StaffMember

    def make(self, personas, unit):
        return person(unit)

    def form_data(self, personas, unit):
        return {
            "full_name": "Trần Thị Mai",
            "position": "Chuyên viên Ban Đối ngoại",
            "employment": "part_time",
            "owner_unit": unit.pk,
            "active_from": "01/01/2024",
        }

    def api_data(self, personas, unit):
        return {
            "full_name": "Trần Thị Mai",
            "employment": "full_time",
            "owner_unit": unit.pk,
            "active_from": "2024-01-01",
        }


class StaffLanguageMixin:
    model = StaffLanguage

    def make(self, personas, unit):
        return StaffLanguageFactory(staff_member=person(unit), language="lo", level=5)

    def form_data(self, personas, unit):
        return {"staff_member": person(unit).pk, "language": "ja", "framework": "cefr", "level": 4}

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class TrainingCourseMixin:
    model = TrainingCourse

    def make(self, personas, unit):
        return TrainingCourseFactory(owner_unit=unit, title=f"K{next(SERIAL)} Lễ tân đối ngoại")

    def form_data(self, personas, unit):
        return {
            "title": "Lễ tân đối ngoại",
            "title_en": "Diplomatic protocol",
            "topic": "protocol",
            "organiser": "Học viện Ngoại giao",
            "start_date": "06/10/2025",
            "end_date": "10/10/2025",
            "mode": "in_person",
            "hours": 40,
            "owner_unit": unit.pk,
        }

    def api_data(self, personas, unit):
        data = self.form_data(personas, unit)
        return {**data, "start_date": "2025-10-06", "end_date": "2025-10-10"}


class AttendanceMixin:
    model = Attendance

    def make(self, personas, unit):
        return AttendanceFactory(staff_member=person(unit))

    def form_data(self, personas, unit):
        course = TrainingCourseFactory(owner_unit=unit)
        return {"course": course.pk, "staff_member": person(unit).pk, "result": "completed"}

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class TrainingPlanMixin:
    model = TrainingPlan

    def make(self, personas, unit):
        return TrainingPlanFactory(owner_unit=unit, year=2000 + next(SERIAL) % 90)

    def form_data(self, personas, unit):
        return {"year": 2095, "owner_unit": unit.pk, "description": "Kế hoạch bồi dưỡng"}

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class PlanLineMixin:
    model = PlanLine

    def make(self, personas, unit):
        plan = TrainingPlanFactory(owner_unit=unit, year=2000 + next(SERIAL) % 90)
        return PlanLineFactory(plan=plan)

    def form_data(self, personas, unit):
        plan = TrainingPlanFactory(owner_unit=unit, year=2000 + next(SERIAL) % 90)
        return {"plan": plan.pk, "topic": "languages", "target_people": 4}

    def api_data(self, personas, unit):
        return self.form_data(personas, unit)


class TestStaffMemberViews(StaffMemberMixin, ViewTestCases):
    pass


class TestStaffMemberAPI(StaffMemberMixin, APIViewTestCases):
    basename = "staffmember"


class TestStaffLanguageViews(StaffLanguageMixin, ViewTestCases):
    pass


class TestStaffLanguageAPI(StaffLanguageMixin, APIViewTestCases):
    basename = "stafflanguage"


class TestTrainingCourseViews(TrainingCourseMixin, ViewTestCases):
    pass


class TestTrainingCourseAPI(TrainingCourseMixin, APIViewTestCases):
    basename = "trainingcourse"


class TestAttendanceViews(AttendanceMixin, ViewTestCases):
    pass


class TestAttendanceAPI(AttendanceMixin, APIViewTestCases):
    basename = "attendance"


class TestTrainingPlanViews(TrainingPlanMixin, ViewTestCases):
    pass


class TestTrainingPlanAPI(TrainingPlanMixin, APIViewTestCases):
    basename = "trainingplan"


class TestPlanLineViews(PlanLineMixin, ViewTestCases):
    pass


class TestPlanLineAPI(PlanLineMixin, APIViewTestCases):
    basename = "planline"


class TestStaffMemberFilters(FilterSetTests):
    filterset = filters.StaffMemberFilterSet


class TestStaffLanguageFilters(FilterSetTests):
    filterset = filters.StaffLanguageFilterSet


class TestTrainingCourseFilters(FilterSetTests):
    filterset = filters.TrainingCourseFilterSet


class TestAttendanceFilters(FilterSetTests):
    filterset = filters.AttendanceFilterSet


class TestTrainingPlanFilters(FilterSetTests):
    filterset = filters.TrainingPlanFilterSet


class TestPlanLineFilters(FilterSetTests):
    filterset = filters.PlanLineFilterSet
