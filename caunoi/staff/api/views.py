"""API endpoints of the staff and training records, and the coverage table."""

from __future__ import annotations

from django.db.models import Prefetch
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers as drf_serializers
from rest_framework import viewsets
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from caunoi.accounts.models import OrgUnit
from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope
from caunoi.staff import coverage, filters
from caunoi.staff.api import serializers
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)


class StaffMemberViewSet(BaseModelViewSet):
    model = StaffMember
    serializer_class = serializers.StaffMemberSerializer
    filterset_class = filters.StaffMemberFilterSet

    def get_queryset(self):
        languages = StaffLanguage.objects.order_by("-level", "language")
        return super().get_queryset().prefetch_related(Prefetch("languages", queryset=languages))


class StaffLanguageViewSet(BaseModelViewSet):
    model = StaffLanguage
    serializer_class = serializers.StaffLanguageSerializer
    filterset_class = filters.StaffLanguageFilterSet
    select_related = ("staff_member",)


class TrainingCourseViewSet(BaseModelViewSet):
    model = TrainingCourse
    serializer_class = serializers.TrainingCourseSerializer
    filterset_class = filters.TrainingCourseFilterSet


class AttendanceViewSet(BaseModelViewSet):
    model = Attendance
    serializer_class = serializers.AttendanceSerializer
    filterset_class = filters.AttendanceFilterSet
    select_related = ("staff_member", "course")


class TrainingPlanViewSet(BaseModelViewSet):
    model = TrainingPlan
    serializer_class = serializers.TrainingPlanSerializer
    filterset_class = filters.TrainingPlanFilterSet
    select_related = ("owner_unit",)


class PlanLineViewSet(BaseModelViewSet):
    model = PlanLine
    serializer_class = serializers.PlanLineSerializer
    filterset_class = filters.PlanLineFilterSet
    select_related = ("plan", "course")


class CoverageViewSet(viewsets.ViewSet):
    """Coverage of every active unit the caller may see staff of, on ``on`` (today by default)."""

    serializer_class = serializers.CoverageRowSerializer

    @extend_schema(
        parameters=[OpenApiParameter("on", OpenApiTypes.DATE, description="Reference date.")],
        responses=serializers.CoverageRowSerializer(many=True),
    )
    def list(self, request):
        perm = perm_name(StaffMember, "view")
        if not request.user.has_perm(perm):
            raise PermissionDenied
        on = timezone.localdate()
        if request.query_params.get("on"):
            on = drf_serializers.DateField().to_internal_value(request.query_params["on"])
        scope = unit_scope(request.user, perm)
        units = OrgUnit.objects.active(on).order_by("path")
        if scope is not ALL_UNITS:
            units = units.filter(pk__in=scope)
        rows = coverage.coverage(units, on)
        return Response(serializers.CoverageRowSerializer(rows, many=True).data)
