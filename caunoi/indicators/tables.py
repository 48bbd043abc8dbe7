"""List tables of indicators, their values and sources."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable
from caunoi.indicators import periods
from caunoi.indicators.models import Indicator, IndicatorValue, Source, SourceDocument


class SourceTable(BaseTable):
    title = tables.Column(linkify=True)
    value_count = tables.Column(verbose_name=_("Figures"), attrs={"td": {"class": "text-end"}})

    class Meta(BaseTable.Meta):
        model = Source
        fields = (
            "title",
            "publisher",
            "kind",
            "published_on",
            "year",
            "code",
            "url",
            "value_count",
            "owner_unit",
        )
        default_columns = ("title", "publisher", "published_on", "year", "value_count")


class SourceDocumentTable(BaseTable):
    title = tables.Column(linkify=True)
    source = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = SourceDocument
        fields = ("title", "source", "content_type", "size", "created_at")


class IndicatorTable(BaseTable):
    name = tables.Column(linkify=True)
    latest = tables.Column(
        verbose_name=_("Latest value"), accessor="pk", orderable=False, empty_values=()
    )
    unit = tables.Column(verbose_name=_("Unit"), accessor="pk", orderable=False)

    class Meta(BaseTable.Meta):
        model = Indicator
        fields = ("code", "name", "area", "measure", "unit", "latest", "owner_unit")
        default_columns = ("name", "area", "unit", "latest", "owner_unit")

    def render_unit(self, record):
        return record.unit_label

    def value_unit(self, record):
        return record.unit_label

    def render_latest(self, record):
        if getattr(record, "latest_value", None) is None:
            return "—"
        value = record.format_value(record.latest_value, record.latest_qualifier or "")
        parts = periods.parse(record.latest_period or "")
        return f"{value} ({periods.label(*parts)})" if parts else value

    def value_latest(self, record):
        return self.render_latest(record)


class IndicatorValueTable(BaseTable):
    indicator = tables.Column(linkify=True)
    period_label = tables.Column(
        verbose_name=_("Period"),
        accessor="period_end",
        order_by=("period_end", "period_start"),
        linkify=lambda record: record.get_absolute_url(),
    )
    display_value = tables.Column(
        verbose_name=_("Value"),
        accessor="value",
        order_by="value",
        attrs={"td": {"class": "text-end text-nowrap"}},
    )
    source = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = IndicatorValue
        fields = (
            "indicator",
            "period_label",
            "display_value",
            "qualifier",
            "value",
            "source",
            "source_detail",
            "note",
            "owner_unit",
        )
        default_columns = ("indicator", "period_label", "display_value", "source", "owner_unit")

    def render_period_label(self, record):
        return record.period_label

    def value_period_label(self, record):
        return record.period_label

    def render_display_value(self, record):
        return record.display_value

    def value_display_value(self, record):
        return record.display_value
