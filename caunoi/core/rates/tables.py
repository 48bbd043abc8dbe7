"""The exchange-rate list: one row per published rate, newest first."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import ExchangeRate
from caunoi.core.money.format import format_rate
from caunoi.core.tables import BaseTable


class ExchangeRateTable(BaseTable):
    pair = tables.Column(
        verbose_name=_("Rate"),
        accessor="pk",
        order_by=("currency", "quote_currency", "-date"),
        linkify=lambda record: record.get_absolute_url(),
    )
    rate = tables.Column(attrs={"td": {"class": "text-end text-nowrap"}})

    class Meta(BaseTable.Meta):
        model = ExchangeRate
        fields = (
            "date",
            "pair",
            "currency",
            "quote_currency",
            "rate",
            "source",
            "source_url",
            "owner_unit",
        )
        default_columns = ("date", "pair", "source", "owner_unit")

    def render_pair(self, record):
        return f"1 {record.currency} = {format_rate(record.rate)} {record.quote_currency}"

    def value_pair(self, record):
        return self.render_pair(record)

    def render_rate(self, record):
        return format_rate(record.rate)

    def value_rate(self, record):
        return record.rate
