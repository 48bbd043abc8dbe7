from rest_framework.decorators import action
from rest_framework.response import Response

from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.indicators import filters
from caunoi.indicators.api.serializers import (
    IndicatorSerializer,
    IndicatorValueSerializer,
    SourceSerializer,
)
from caunoi.indicators.chart import chart_data
from caunoi.indicators.models import Indicator, IndicatorValue, Source


class SourceViewSet(BaseModelViewSet):
    model = Source
    serializer_class = SourceSerializer
    filterset_class = filters.SourceFilterSet


class IndicatorViewSet(BaseModelViewSet):
    model = Indicator
    serializer_class = IndicatorSerializer
    filterset_class = filters.IndicatorFilterSet

    @action(detail=True, methods=["get"], permission_action="view")
    def series(self, request, pk=None):
        """The indicator's values over time, as its chart draws them (one series per kind
        of period), each with its source."""
        indicator = self.get_object()
        return Response(chart_data(indicator, list(indicator.values.select_related("source"))))


class IndicatorValueViewSet(BaseModelViewSet):
    model = IndicatorValue
    serializer_class = IndicatorValueSerializer
    filterset_class = filters.IndicatorValueFilterSet
    select_related = ("indicator", "source")
