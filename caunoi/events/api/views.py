"""/api/v1/events/ (with coordination warnings), /api/v1/calendar/ and /api/v1/anniversaries/."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.api.workflow import transition_action
from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.core.dates import add_months
from caunoi.events import anniversaries, coordination, filters, workflow
from caunoi.events.api.serializers import (
    AnniversarySerializer,
    CalendarItemSerializer,
    EventSerializer,
    OverlapSerializer,
)
from caunoi.events.models import Event

MAX_DAYS = 800  # about 26 months: a calendar or planner request, not a dump


class EventViewSet(BaseModelViewSet):
    """Events. Creating or changing one answers with ``warnings``: other units' activities
    with the same partners or countries within ±7 days (saved all the same)."""

    model = Event
    serializer_class = EventSerializer
    filterset_class = filters.EventFilterSet
    select_related = ("owner_unit",)
    confirm = transition_action("confirm", workflow.confirm_event)
    complete = transition_action("complete", workflow.complete_event)
    unconfirm = transition_action("unconfirm", workflow.unconfirm_event)
    cancel = transition_action("cancel", workflow.cancel_event)
    reopen = transition_action("reopen", workflow.reopen_event)

    def _warnings(self, event) -> list:
        found = coordination.overlaps_of(event, self.request.user)
        return OverlapSerializer(found, many=True).data

    def create(self, request, *args, **kwargs):
        response = super().create(request, *args, **kwargs)
        event = Event.objects.get(pk=response.data["id"])
        response.data["warnings"] = self._warnings(event)
        return response

    def update(self, request, *args, **kwargs):
        response = super().update(request, *args, **kwargs)
        event = Event.objects.get(pk=response.data["id"])
        response.data["warnings"] = self._warnings(event)
        return response


class CanSeeCalendar(BasePermission):
    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("events.view_event"))


def _window(params, start_name: str, end_name: str) -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()

    def day(name, default):
        value = params.get(name)
        if not value:
            return default
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            raise serializers.ValidationError(
                {name: _("Write the date as yyyy-mm-dd, e.g. 2026-05-01.")}
            ) from exc

    start = day(start_name, today)
    end = day(end_name, add_months(start, 1) - datetime.timedelta(days=1))
    if end < start:
        raise serializers.ValidationError({end_name: _("The end comes before the start.")})
    if (end - start).days > MAX_DAYS:
        raise serializers.ValidationError(
            {end_name: _("Ask for at most %(days)s days at a time.") % {"days": MAX_DAYS}}
        )
    return start, end


def _ids(params, name: str) -> frozenset[int]:
    values = [v for part in params.getlist(name) for v in part.split(",") if v.strip()]
    try:
        return frozenset(int(v) for v in values)
    except ValueError as exc:
        raise serializers.ValidationError({name: _("Give record ids, e.g. 3 or 3,7.")}) from exc


DAY = OpenApiTypes.DATE


class CalendarViewSet(viewsets.ViewSet):
    """The shared calendar: every registered source's items the user may see."""

    permission_classes = [CanSeeCalendar]
    serializer_class = CalendarItemSerializer

    @extend_schema(
        parameters=[
            OpenApiParameter("start", DAY, description="first day (default today)"),
            OpenApiParameter("end", DAY, description="last day, inclusive (default a month on)"),
            OpenApiParameter("unit", int, many=True),
            OpenApiParameter("country", int, many=True),
            OpenApiParameter("partner", int, many=True),
            OpenApiParameter("kind", str, many=True, description="event, anniversary, …"),
        ],
        responses=CalendarItemSerializer(many=True),
    )
    def list(self, request):
        start, end = _window(request.query_params, "start", "end")
        kinds = frozenset(
            k for part in request.query_params.getlist("kind") for k in part.split(",") if k
        )
        query = CalendarQuery(
            start=start,
            end=end,
            units=_ids(request.query_params, "unit"),
            countries=_ids(request.query_params, "country"),
            partners=_ids(request.query_params, "partner"),
            kinds=kinds,
        )
        items = items_for(request.user, query)
        return Response(
            {
                "start": start,
                "end": end,
                "count": len(items),
                "results": CalendarItemSerializer(items, many=True).data,
            }
        )


class AnniversaryViewSet(viewsets.ViewSet):
    """Round anniversaries (multiples of 5; 10, 20, 25, 30 … major) and national days."""

    permission_classes = [CanSeeCalendar]
    serializer_class = AnniversarySerializer

    @extend_schema(
        parameters=[
            OpenApiParameter("from", DAY, description="first day (default today)"),
            OpenApiParameter("to", DAY, description="last day, inclusive"),
            OpenApiParameter("country", int, many=True),
            OpenApiParameter("partner", int, many=True),
            OpenApiParameter("unit", int, many=True),
            OpenApiParameter("kind", str, many=True),
            OpenApiParameter("major", bool),
            OpenApiParameter("every_year", bool, description="also years not a multiple of 5"),
        ],
        responses=AnniversarySerializer(many=True),
    )
    def list(self, request):
        params = request.query_params
        if not params.get("to"):
            start, _end = _window(params, "from", "from")
            params = params.copy()
            horizon = add_months(start, anniversaries.horizon_months())
            params["to"] = (horizon - datetime.timedelta(days=1)).isoformat()
        start, end = _window(params, "from", "to")
        kinds = [k for part in params.getlist("kind") for k in part.split(",") if k]
        found = anniversaries.between(
            request.user,
            start,
            end,
            kinds=kinds,
            countries=_ids(params, "country"),
            partners=_ids(params, "partner"),
            units=_ids(params, "unit"),
            major_only=params.get("major") in {"1", "true", "yes"},
            every_year=params.get("every_year") in {"1", "true", "yes"},
        )
        return Response(
            {
                "from": start,
                "to": end,
                "count": len(found),
                "results": AnniversarySerializer(found, many=True).data,
            }
        )
