"""Filters of the indicator, value and source lists (the same FilterSets serve the API)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.indicators.models import Indicator, IndicatorValue, Source, SourceDocument


class SourceFilterSet(BaseFilterSet):
    title = django_filters.CharFilter(lookup_expr="icontains", label=_("Title"))
    publisher = django_filters.CharFilter(lookup_expr="icontains", label=_("Publisher"))
    filter_exempt = ("url",)
    ui_filters = ("kind", "publisher", "year", "owner_unit")

    class Meta:
        model = Source
        fields = ["code", "title", "publisher", "kind", "published_on", "year", "owner_unit"]


class SourceDocumentFilterSet(BaseFilterSet):
    filter_exempt = ("file", "sha256", "original_name", "content_type", "size", "uploaded_by")

    class Meta:
        model = SourceDocument
        fields = ["title", "source", "classification", "owner_unit"]


class IndicatorFilterSet(BaseFilterSet):
    filter_exempt = ("name_en", "unit_en")
    ui_filters = ("area", "measure", "owner_unit")

    class Meta:
        model = Indicator
        fields = ["code", "name", "area", "measure", "currency", "unit", "owner_unit"]


class IndicatorValueFilterSet(BaseFilterSet):
    year_from = django_filters.NumberFilter(
        field_name="year", lookup_expr="gte", label=_("From year")
    )
    year_to = django_filters.NumberFilter(field_name="year", lookup_expr="lte", label=_("To year"))
    area = django_filters.ChoiceFilter(
        field_name="indicator__area",
        choices=Indicator._meta.get_field("area").choices,
        label=_("Area"),
    )
    filter_exempt = ("month", "end_month", "quarter", "source_detail", "note", "period_start")
    ui_filters = (
        "indicator",
        "area",
        "period_kind",
        "year_from",
        "year_to",
        "source",
        "owner_unit",
    )

    class Meta:
        model = IndicatorValue
        fields = [
            "indicator",
            "period_kind",
            "year",
            "period",
            "period_end",
            "qualifier",
            "value",
            "source",
            "owner_unit",
        ]
