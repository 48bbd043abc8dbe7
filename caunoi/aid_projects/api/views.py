from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers as drf
from rest_framework.decorators import action
from rest_framework.response import Response

from caunoi.aid_projects import filters, workflow
from caunoi.aid_projects.api.serializers import (
    AidProjectSerializer,
    DisbursementSerializer,
    InKindItemSerializer,
)
from caunoi.aid_projects.models import AidProject, Disbursement, InKindItem
from caunoi.aid_projects.report import build_report, report_data
from caunoi.aid_projects.views.report import read_period
from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.api.workflow import transition_action


class AidProjectViewSet(BaseModelViewSet):
    model = AidProject
    serializer_class = AidProjectSerializer
    filterset_class = filters.AidProjectFilterSet
    select_related = ("owner_unit",)

    approve = transition_action("approve", workflow.approve_aidproject)
    start = transition_action("start", workflow.start_aidproject)
    complete = transition_action("complete", workflow.complete_aidproject)
    cancel = transition_action("cancel", workflow.cancel_aidproject)

    @extend_schema(
        parameters=[
            OpenApiParameter("start", str, description="yyyy-mm-dd"),
            OpenApiParameter("end", str, description="yyyy-mm-dd"),
            OpenApiParameter("rate_date", str, description="yyyy-mm-dd; default: end"),
        ],
        responses={200: dict},
    )
    @action(detail=False, methods=["get"], permission_action="view")
    def report(self, request):
        """Aid received and given in a period, by donor or recipient, sector and currency,
        converted into VND and USD with the rates used (and any rate missing)."""
        form, period = read_period(request.query_params)
        if period is None:
            raise drf.ValidationError(form.errors.get_json_data())
        report = build_report(request.user, period["start"], period["end"], period["rate_date"])
        return Response(report_data(report))


class DisbursementViewSet(BaseModelViewSet):
    model = Disbursement
    serializer_class = DisbursementSerializer
    filterset_class = filters.DisbursementFilterSet
    select_related = ("project",)


class InKindItemViewSet(BaseModelViewSet):
    model = InKindItem
    serializer_class = InKindItemSerializer
    filterset_class = filters.InKindItemFilterSet
    select_related = ("project",)
