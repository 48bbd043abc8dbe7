"""List tables of aid projects, disbursements and in-kind goods."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects.models import AidProject, AidSector, Disbursement, InKindItem
from caunoi.core.tables import BaseTable, MoneyColumn


def names(records) -> str:
    return ", ".join(str(r) for r in records)


class AidProjectTable(BaseTable):
    name = tables.Column(linkify=True)
    partners = tables.Column(
        verbose_name=_("Donors / recipients"), accessor="pk", orderable=False, empty_values=()
    )
    sector_names = tables.Column(
        verbose_name=_("Sectors"), accessor="pk", orderable=False, empty_values=()
    )
    commitment = MoneyColumn(order_by="commitment_amount", verbose_name=_("Commitment"))

    class Meta(BaseTable.Meta):
        model = AidProject
        fields = (
            "name",
            "code",
            "direction",
            "modality",
            "status",
            "partners",
            "sector_names",
            "location",
            "start_date",
            "end_date",
            "decision_number",
            "decision_date",
            "commitment",
            "owner_unit",
        )
        default_columns = ("name", "direction", "status", "partners", "start_date", "commitment")

    def render_partners(self, record):
        parties = record.donors.all() if record.is_received else record.recipient_partners.all()
        return names(parties) or "—"

    def value_partners(self, record):
        return self.render_partners(record)

    def render_sector_names(self, record):
        return names(record.sectors.all()) or "—"

    def value_sector_names(self, record):
        return names(record.sectors.all())


class DisbursementTable(BaseTable):
    project = tables.Column(linkify=True)
    date = tables.DateColumn(linkify=True, short=True)
    money = MoneyColumn(verbose_name=_("Amount"), order_by="amount")

    class Meta(BaseTable.Meta):
        model = Disbursement
        fields = ("date", "project", "money", "reference", "owner_unit")


class InKindItemTable(BaseTable):
    item = tables.Column(linkify=True)
    project = tables.Column(linkify=True)
    quantity = tables.Column(attrs={"td": {"class": "text-end text-nowrap"}})
    value = MoneyColumn(verbose_name=_("Estimated value"), order_by="value_amount")

    class Meta(BaseTable.Meta):
        model = InKindItem
        fields = ("item", "project", "quantity", "date", "value", "owner_unit")

    def render_quantity(self, record):
        return record.quantity_text or "—"

    def value_quantity(self, record):
        return record.quantity_text


class AidSectorTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = AidSector
        fields = ("name", "name_en", "slug")
