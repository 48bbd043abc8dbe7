"""The investment list."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable, MoneyColumn
from caunoi.investments.models import InvestmentProject, InvestmentSector


class InvestmentProjectTable(BaseTable):
    name = tables.Column(linkify=True)
    investor = tables.Column(linkify=True)
    capital = MoneyColumn(order_by="capital_amount", verbose_name=_("Registered capital"))
    overseas_vietnamese = tables.BooleanColumn(verbose_name=_("Overseas Vietnamese"))

    class Meta(BaseTable.Meta):
        model = InvestmentProject
        fields = (
            "name",
            "investor",
            "country",
            "overseas_vietnamese",
            "sector",
            "kind",
            "capital",
            "registered_on",
            "certificate_number",
            "location",
            "location_unit",
            "status",
            "owner_unit",
        )
        default_columns = (
            "name",
            "investor",
            "country",
            "sector",
            "kind",
            "capital",
            "registered_on",
            "status",
        )


class InvestmentSectorTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = InvestmentSector
        fields = ("name", "name_en", "slug")
