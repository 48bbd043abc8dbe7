"""Screens of indicators, their values and sources: the generic ones, an indicator's page with
its chart and values, a source's page with what it is cited for, and the chart's data."""

from __future__ import annotations

from django.db.models import Count, OuterRef, Q, Subquery
from django.http import JsonResponse
from django.views import View

from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView, ObjectListView
from caunoi.core.views.documents import DocumentDownloadView
from caunoi.core.views.mixins import ScopedObjectMixin
from caunoi.indicators import filters, forms, tables
from caunoi.indicators.chart import chart_data
from caunoi.indicators.imports import IndicatorValueImport
from caunoi.indicators.models import Indicator, IndicatorValue, Source, SourceDocument


# -- sources -----------------------------------------------------------------------------------
class SourceListView(ObjectListView):
    def get_queryset(self):
        alive = Q(values__deleted_at__isnull=True)
        return super().get_queryset().annotate(value_count=Count("values", filter=alive))


class SourceDetailView(ObjectDetailView):
    """A source with its documents and every figure quoted from it."""

    template_name = "indicators/source_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = self.object
        context["documents"] = source.documents.all()
        context["figures"] = source.values.select_related("indicator").order_by(
            "indicator__name", "-period_end"
        )
        context["may_attach"] = Source.objects.restrict(self.request.user, "change").filter(
            pk=source.pk
        ).exists() and self.request.user.has_perm("indicators.add_sourcedocument")
        return context


class SourceViews(ModelViews):
    model = Source
    table_class = tables.SourceTable
    filterset_class = filters.SourceFilterSet
    form_class = forms.SourceForm
    list_view = SourceListView
    detail_view = SourceDetailView
    detail_fields = [
        "title",
        "publisher",
        "kind",
        "published_on",
        "year",
        "url",
        "code",
        "description",
    ]


class SourceDocumentEditView(ObjectEditView):
    def get_success_url(self, obj) -> str:
        return obj.source.get_absolute_url()


class SourceDocumentViews(ModelViews):
    model = SourceDocument
    table_class = tables.SourceDocumentTable
    filterset_class = filters.SourceDocumentFilterSet
    form_class = forms.SourceDocumentForm
    edit_view = SourceDocumentEditView
    download_view = DocumentDownloadView
    detail_fields = ["source", "title", "original_name", "content_type", "size", "classification"]


# -- indicators --------------------------------------------------------------------------------
def latest_values():
    return IndicatorValue.objects.filter(indicator=OuterRef("pk")).order_by(
        "-period_end", "-period_start"
    )


class IndicatorListView(ObjectListView):
    def get_queryset(self):
        latest = latest_values()
        return (
            super()
            .get_queryset()
            .annotate(
                latest_value=Subquery(latest.values("value")[:1]),
                latest_qualifier=Subquery(latest.values("qualifier")[:1]),
                latest_period=Subquery(latest.values("period")[:1]),
            )
        )


class IndicatorDetailView(ObjectDetailView):
    """An indicator: its chart over time and every value with its source."""

    template_name = "indicators/indicator_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["values"] = self.object.values.select_related("source", "owner_unit").order_by(
            "-period_end", "-period_start"
        )
        return context


class IndicatorChartView(ScopedObjectMixin, View):
    """JSON for the chart on an indicator's page (static/js/indicators-chart.js)."""

    model = Indicator

    def get(self, request, pk):
        indicator = self.get_object()
        values = list(indicator.values.select_related("source"))
        return JsonResponse(chart_data(indicator, values))


class IndicatorViews(ModelViews):
    model = Indicator
    table_class = tables.IndicatorTable
    filterset_class = filters.IndicatorFilterSet
    form_class = forms.IndicatorForm
    list_view = IndicatorListView
    detail_view = IndicatorDetailView
    detail_fields = [
        "code",
        "name",
        "name_en",
        "area",
        "measure",
        "currency",
        "unit",
        "unit_en",
        "description",
    ]


class IndicatorValueDetailView(ObjectDetailView):
    template_name = "indicators/indicatorvalue_detail.html"


class IndicatorValueViews(ModelViews):
    model = IndicatorValue
    table_class = tables.IndicatorValueTable
    filterset_class = filters.IndicatorValueFilterSet
    form_class = forms.IndicatorValueForm
    detail_view = IndicatorValueDetailView
    import_spec = IndicatorValueImport
    detail_fields = [
        "indicator",
        "period_kind",
        "year",
        "quarter",
        "month",
        "end_month",
        "qualifier",
        "source",
        "source_detail",
        "note",
    ]
