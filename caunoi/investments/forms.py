"""The investment project form."""

from __future__ import annotations

from caunoi.core.forms import BaseModelForm
from caunoi.investments.models import InvestmentProject, InvestmentSector

PROJECT_FIELDS = [
    "name",
    "name_en",
    "investor",
    "country",
    "overseas_vietnamese",
    "sector",
    "kind",
    "capital_amount",
    "capital_currency",
    "registered_on",
    "certificate_number",
    "location",
    "location_unit",
    "status",
    "source",
    "owner_unit",
    "description",
]


class InvestmentProjectForm(BaseModelForm):
    class Meta:
        model = InvestmentProject
        fields = PROJECT_FIELDS


class InvestmentSectorForm(BaseModelForm):
    class Meta:
        model = InvestmentSector
        fields = ["name", "name_en", "slug"]
