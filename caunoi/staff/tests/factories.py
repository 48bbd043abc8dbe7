"""Test data for staff and training records. Every factory saves through the model, so each
record is versioned and change-logged like a real one."""

from __future__ import annotations

import datetime

import factory

from caunoi.staff.choices import AttendanceResult, Employment, LanguageFramework, TrainingTopic
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)


class StaffMemberFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Cán Bộ {n}")
    position = "Chuyên viên"
    employment = Employment.PART_TIME

    class Meta:
        model = StaffMember


class StaffLanguageFactory(factory.django.DjangoModelFactory):
    staff_member = factory.SubFactory(StaffMemberFactory)
    owner_unit = factory.SelfAttribute("staff_member.owner_unit")
    language = "en"
    framework = LanguageFramework.CEFR
    level = 4

    class Meta:
        model = StaffLanguage


class TrainingCourseFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Lớp bồi dưỡng kỹ năng đối ngoại {n}")
    title_en = factory.Sequence(lambda n: f"Foreign-affairs skills course {n}")
    topic = TrainingTopic.FOREIGN_AFFAIRS_SKILLS
    organiser = "Sở Ngoại vụ Hà Nội"
    start_date = datetime.date(2025, 10, 6)
    end_date = datetime.date(2025, 10, 10)
    hours = 40

    class Meta:
        model = TrainingCourse


class AttendanceFactory(factory.django.DjangoModelFactory):
    staff_member = factory.SubFactory(StaffMemberFactory)
    owner_unit = factory.SelfAttribute("staff_member.owner_unit")
    course = factory.SubFactory(
        TrainingCourseFactory, owner_unit=factory.SelfAttribute("..staff_member.owner_unit")
    )
    result = AttendanceResult.COMPLETED

    class Meta:
        model = Attendance


class TrainingPlanFactory(factory.django.DjangoModelFactory):
    year = 2026

    class Meta:
        model = TrainingPlan


class PlanLineFactory(factory.django.DjangoModelFactory):
    plan = factory.SubFactory(TrainingPlanFactory)
    owner_unit = factory.SelfAttribute("plan.owner_unit")
    topic = TrainingTopic.PROTOCOL
    target_people = 3

    class Meta:
        model = PlanLine
