"""Filters of the staff and training lists (the same FilterSet serves the API)."""

from __future__ import annotations

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.staff.choices import LanguageLevel, TrainingTopic
from caunoi.staff.languages import language_choices
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)


class StaffMemberFilterSet(BaseFilterSet):
    language = django_filters.ChoiceFilter(
        choices=language_choices, method="filter_language", label=_("Speaks")
    )
    min_level = django_filters.ChoiceFilter(
        choices=LanguageLevel.choices, method="filter_language", label=_("At level or above")
    )
    active = django_filters.BooleanFilter(method="filter_active", label=_("Active today"))
    filter_exempt = ("unit_since",)
    ui_filters = ("owner_unit", "employment", "language", "min_level", "active")

    class Meta:
        model = StaffMember
        fields = [
            "full_name",
            "position",
            "employment",
            "owner_unit",
            "user",
            "active_from",
            "active_until",
            "email",
            "phone",
        ]

    def filter_language(self, queryset, name, value):
        """People who speak the chosen language, at the chosen level or above (both optional)."""
        code = self.form.cleaned_data.get("language")
        level = self.form.cleaned_data.get("min_level")
        if name == "min_level" and code:
            return queryset  # applied together with the language
        languages = StaffLanguage.objects.all()
        if code:
            languages = languages.filter(language=code)
        if level:
            languages = languages.filter(level__gte=int(level))
        return queryset.filter(pk__in=languages.values("staff_member"))

    def filter_active(self, queryset, name, value):
        if value is None:
            return queryset
        active = queryset.active_on(timezone.localdate())
        return active if value else queryset.exclude(pk__in=active.values("pk"))


class StaffLanguageFilterSet(BaseFilterSet):
    language = django_filters.ChoiceFilter(choices=language_choices, label=_("Language"))
    min_level = django_filters.ChoiceFilter(
        choices=LanguageLevel.choices,
        field_name="level",
        lookup_expr="gte",
        label=_("At level or above"),
    )
    ui_filters = ("language", "min_level", "framework", "owner_unit")

    class Meta:
        model = StaffLanguage
        fields = [
            "staff_member",
            "language",
            "framework",
            "level",
            "certificate",
            "certificate_date",
            "owner_unit",
        ]


class TrainingCourseFilterSet(BaseFilterSet):
    year = django_filters.NumberFilter(field_name="end_date", lookup_expr="year", label=_("Year"))
    ui_filters = ("topic", "mode", "year", "owner_unit")

    class Meta:
        model = TrainingCourse
        fields = [
            "title",
            "title_en",
            "topic",
            "organiser",
            "start_date",
            "end_date",
            "mode",
            "hours",
            "owner_unit",
        ]


class AttendanceFilterSet(BaseFilterSet):
    year = django_filters.NumberFilter(
        field_name="course__end_date", lookup_expr="year", label=_("Year")
    )
    topic = django_filters.ChoiceFilter(
        choices=TrainingTopic.choices, field_name="course__topic", label=_("Topic")
    )
    ui_filters = ("result", "topic", "year", "certificate", "owner_unit")

    class Meta:
        model = Attendance
        fields = [
            "course",
            "staff_member",
            "result",
            "certificate",
            "certificate_number",
            "owner_unit",
        ]


class TrainingPlanFilterSet(BaseFilterSet):
    ui_filters = ("year", "owner_unit")

    class Meta:
        model = TrainingPlan
        fields = ["year", "owner_unit"]


class PlanLineFilterSet(BaseFilterSet):
    ui_filters = ("topic", "owner_unit")

    class Meta:
        model = PlanLine
        fields = ["plan", "topic", "course", "target_people", "owner_unit"]
