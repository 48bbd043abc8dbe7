"""List tables of the staff and training records (columns, export values)."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)


def languages_text(person: StaffMember) -> str:
    """ "Tiếng Anh B2, Tiếng Lào bậc 5" from the prefetched language records."""
    return ", ".join(f"{lang.language_name} {lang.level_label}" for lang in person.languages.all())


class StaffMemberTable(BaseTable):
    full_name = tables.Column(linkify=True)
    languages = tables.Column(verbose_name=_("Languages"), empty_values=(), orderable=False)

    class Meta(BaseTable.Meta):
        model = StaffMember
        fields = (
            "full_name",
            "position",
            "owner_unit",
            "employment",
            "languages",
            "active_from",
            "active_until",
            "email",
            "phone",
        )
        default_columns = ("full_name", "position", "owner_unit", "employment", "languages")

    def render_languages(self, record):
        return languages_text(record) or "—"

    def value_languages(self, record):
        return languages_text(record)


class StaffLanguageTable(BaseTable):
    staff_member = tables.Column(linkify=True)
    level = tables.Column()

    class Meta(BaseTable.Meta):
        model = StaffLanguage
        fields = (
            "staff_member",
            "language",
            "level",
            "framework",
            "certificate",
            "certificate_date",
            "owner_unit",
        )
        default_columns = ("staff_member", "language", "level", "certificate", "owner_unit")

    def render_level(self, record):
        return record.level_label

    def value_level(self, record):
        return record.level_label


class TrainingCourseTable(BaseTable):
    title = tables.Column(linkify=True)
    attendee_count = tables.Column(verbose_name=_("Attendees"))

    class Meta(BaseTable.Meta):
        model = TrainingCourse
        fields = (
            "title",
            "title_en",
            "topic",
            "organiser",
            "start_date",
            "end_date",
            "mode",
            "hours",
            "attendee_count",
            "owner_unit",
        )
        default_columns = (
            "title",
            "topic",
            "organiser",
            "start_date",
            "end_date",
            "mode",
            "attendee_count",
        )


class AttendanceTable(BaseTable):
    staff_member = tables.Column(linkify=True)
    course = tables.Column(linkify=True)
    course_end = tables.DateColumn(
        accessor="course__end_date", verbose_name=_("Course ended"), short=True
    )

    class Meta(BaseTable.Meta):
        model = Attendance
        fields = (
            "staff_member",
            "owner_unit",
            "course",
            "course_end",
            "result",
            "certificate",
            "certificate_number",
        )
        default_columns = ("staff_member", "owner_unit", "course", "course_end", "result")


class TrainingPlanTable(BaseTable):
    name = tables.Column(
        verbose_name=_("Plan"), accessor="pk", linkify=lambda record: record.get_absolute_url()
    )
    line_count = tables.Column(verbose_name=_("Lines"))
    target_total = tables.Column(verbose_name=_("Target (people)"))

    class Meta(BaseTable.Meta):
        model = TrainingPlan
        fields = ("name", "year", "owner_unit", "line_count", "target_total")

    def render_name(self, record):
        return str(record)

    def value_name(self, record):
        return str(record)


class PlanLineTable(BaseTable):
    plan = tables.Column(linkify=True)
    course = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = PlanLine
        fields = ("plan", "topic", "course", "target_people", "owner_unit")
