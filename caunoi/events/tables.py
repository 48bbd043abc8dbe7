"""List tables of events and photos (columns and export values)."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable, MoneyColumn, NamesColumn
from caunoi.events.models import Event, EventPhoto


class EventTable(BaseTable):
    name = tables.Column(linkify=True)
    start_date = tables.DateColumn(verbose_name=_("Start"), short=True)
    end_date = tables.DateColumn(verbose_name=_("End"), short=True)
    countries = NamesColumn(verbose_name=_("Countries"))
    partners = NamesColumn(verbose_name=_("Partners"))
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


class EventPhotoTable(BaseTable):
    title = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = EventPhoto
        fields = ("title", "caption", "event", "content_type", "size", "created_at")
        default_columns = ("title", "caption", "event", "created_at")
