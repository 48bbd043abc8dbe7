"""List tables of events and photos (columns and export values)."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable, MoneyColumn
from caunoi.events.models import Event, EventPhoto


def names(records) -> str:
    return ", ".join(str(r) for r in records)


class EventTable(BaseTable):
    name = tables.Column(linkify=True)
    start_date = tables.DateColumn(verbose_name=_("Start"), short=True)
    end_date = tables.DateColumn(verbose_name=_("End"), short=True)
    countries = tables.Column(verbose_name=_("Countries"), empty_values=(), orderable=False)
    partners = tables.Column(verbose_name=_("Partners"), empty_values=(), orderable=False)
    budget = MoneyColumn(verbose_name=_("Budget"), order_by="budget_amount")

    class Meta(BaseTable.Meta):
        model = Event
        fields = (
            "name",
            "name_en",
            "kind",
            "pillar",
            "channel",
            "status",
            "start_date",
            "end_date",
            "place",
            "city",
            "owner_unit",
            "countries",
            "partners",
            "participants_total",
            "participants_foreign",
            "budget",
            "is_public",
        )
        default_columns = (
            "name",
            "kind",
            "status",
            "start_date",
            "place",
            "owner_unit",
            "countries",
        )

    def render_countries(self, record):
        return names(record.countries.all()) or "—"

    def value_countries(self, record):
        return names(record.countries.all())

    def render_partners(self, record):
        return names(record.partners.all()) or "—"

    def value_partners(self, record):
        return names(record.partners.all())


class EventPhotoTable(BaseTable):
    title = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = EventPhoto
        fields = ("title", "caption", "event", "content_type", "size", "created_at")
        default_columns = ("title", "caption", "event", "created_at")
