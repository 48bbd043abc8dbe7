"""API representations of the staff and training records."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import serializers

from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.staff.forms import linkable_users, may_record
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)

COMMON = ["id", "url", "display", "version"]
STAMPS = ["created_at", "updated_at"]


class FixedUnitSerializer(BaseModelSerializer):
    """A parent record keeps the unit it was created in (children share it)."""

    fixed_unit_message = ""

    def validate_owner_unit(self, unit):
        unit = super().validate_owner_unit(unit)
        if self.instance is not None and unit.pk != self.instance.owner_unit_id:
            raise serializers.ValidationError(self.fixed_unit_message)
        return unit


class UnitFromParentSerializer(BaseModelSerializer):
    """A child record: its unit is its parent's, where the user must be allowed to record."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        name = model.parent_field
        parent = attrs.get(name) or getattr(self.instance, name, None)
        action = "change" if self.instance is not None else "add"
        user = self.context["request"].user
        if parent is not None:
            if not may_record(user, model, action, parent.owner_unit_id):
                raise serializers.ValidationError(
                    {name: _("You cannot record data for this unit.")}
                )
            attrs["owner_unit"] = parent.owner_unit
        return attrs


class LanguageBriefSerializer(serializers.ModelSerializer):
    level_label = serializers.CharField(read_only=True)

    class Meta:
        model = StaffLanguage
        fields = ["language", "framework", "level", "level_label"]


class StaffMemberSerializer(FixedUnitSerializer):
    languages = LanguageBriefSerializer(many=True, read_only=True)

    class Meta:
        model = StaffMember
        fields = [
            *COMMON,
            "full_name",
            "position",
            "employment",
            "owner_unit",
            "unit_since",
            "user",
            "active_from",
            "active_until",
            "email",
            "phone",
            "languages",
            "description",
            "comments",
            *STAMPS,
        ]
        extra_kwargs = {"url": {"view_name": "api:staffmember-detail"}}

    @property
    def fixed_unit_message(self) -> str:  # type: ignore[override]
        return _("Move a person to another unit with the move screen, so their history is kept.")

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None and "user" in fields:
            current = getattr(self.instance, "user_id", None)
            fields["user"].queryset = linkable_users(request.user, current)
        return fields


class StaffLanguageSerializer(UnitFromParentSerializer):
    language_name = serializers.CharField(read_only=True)
    level_label = serializers.CharField(read_only=True)

    class Meta:
        model = StaffLanguage
        fields = [
            *COMMON,
            "staff_member",
            "language",
            "language_name",
            "framework",
            "level",
            "level_label",
            "certificate",
            "certificate_date",
            "owner_unit",
            *STAMPS,
        ]
        read_only_fields = ["owner_unit"]
        extra_kwargs = {"url": {"view_name": "api:stafflanguage-detail"}}


class TrainingCourseSerializer(FixedUnitSerializer):
    class Meta:
        model = TrainingCourse
        fields = [
            *COMMON,
            "title",
            "title_en",
            "topic",
            "organiser",
            "start_date",
            "end_date",
            "mode",
            "hours",
            "owner_unit",
            "description",
            *STAMPS,
        ]
        extra_kwargs = {"url": {"view_name": "api:trainingcourse-detail"}}

    @property
    def fixed_unit_message(self) -> str:  # type: ignore[override]
        return _("A course stays with the unit that recorded it.")


class AttendanceSerializer(UnitFromParentSerializer):
    class Meta:
        model = Attendance
        fields = [
            *COMMON,
            "course",
            "staff_member",
            "result",
            "certificate",
            "certificate_number",
            "owner_unit",
            *STAMPS,
        ]
        read_only_fields = ["owner_unit"]
        extra_kwargs = {"url": {"view_name": "api:attendance-detail"}}


class TrainingPlanSerializer(FixedUnitSerializer):
    class Meta:
        model = TrainingPlan
        fields = [*COMMON, "year", "owner_unit", "description", *STAMPS]
        extra_kwargs = {"url": {"view_name": "api:trainingplan-detail"}}

    @property
    def fixed_unit_message(self) -> str:  # type: ignore[override]
        return _("A plan stays with its unit.")


class PlanLineSerializer(UnitFromParentSerializer):
    class Meta:
        model = PlanLine
        fields = [*COMMON, "plan", "topic", "course", "target_people", "owner_unit", *STAMPS]
        read_only_fields = ["owner_unit"]
        extra_kwargs = {"url": {"view_name": "api:planline-detail"}}

    def validate(self, attrs):
        attrs = super().validate(attrs)
        course = attrs.get("course")
        if course is not None:
            attrs["topic"] = course.topic  # as the model's clean() does for forms
        return attrs


class CoverageRowSerializer(serializers.Serializer):
    """One unit's coverage on the reference date (see caunoi.staff.coverage for the rules)."""

    unit = serializers.IntegerField(source="unit.pk")
    unit_name = serializers.CharField(source="unit.name")
    on = serializers.DateField()
    staff_count = serializers.IntegerField()
    full_time_count = serializers.IntegerField()
    full_time_share = serializers.FloatField(allow_null=True)
    trained_count = serializers.IntegerField()
    trained_share = serializers.FloatField(allow_null=True)
    working_languages = serializers.ListField(child=serializers.CharField())
    gaps = serializers.SerializerMethodField()

    def get_gaps(self, row) -> list[str]:
        return [gap.code for gap in row.gaps]
