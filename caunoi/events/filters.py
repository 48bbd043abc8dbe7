"""Filters of the event list (the same FilterSet serves /api/v1/events/)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.events.models import Event, EventPhoto


class EventFilterSet(BaseFilterSet):
    starts_from = django_filters.DateFilter(
        field_name="start_date", lookup_expr="gte", label=_("Starting from")
    )
    starts_until = django_filters.DateFilter(
        field_name="start_date", lookup_expr="lte", label=_("Starting until")
    )
    year = django_filters.NumberFilter(field_name="start_date", lookup_expr="year", label=_("Year"))
    filter_exempt = (
        "name_en",
        "start_time",
        "end_time",
        "venue",
        "online_link",
        "participants_total",
        "participants_foreign",
        "budget_amount",
        "outcomes",
        "media_links",
        "anniversary_title",
    )
    ui_filters = (
        "owner_unit",
        "kind",
        "pillar",
        "channel",
        "status",
        "place",
        "countries",
        "partners",
        "starts_from",
        "starts_until",
        "year",
        "is_public",
    )

    class Meta:
        model = Event
        fields = [
            "name",
            "kind",
            "pillar",
            "channel",
            "status",
            "owner_unit",
            "co_organiser_units",
            "co_organiser_partners",
            "partners",
            "countries",
            "start_date",
            "end_date",
            "time_zone",
            "place",
            "city",
            "budget_currency",
            "is_public",
            "anniversary_key",
        ]

    @property
    def qs(self):
        queryset = super().qs
        many = ("co_organiser_units", "co_organiser_partners", "partners", "countries")
        if self.is_bound and any(self.data.get(name) for name in many):
            queryset = queryset.distinct()
        return queryset


class EventPhotoFilterSet(BaseFilterSet):
    filter_exempt = ("file", "sha256", "original_name", "content_type", "size", "uploaded_by")

    class Meta:
        model = EventPhoto
        fields = ["title", "caption", "event", "classification", "owner_unit"]
