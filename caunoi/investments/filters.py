"""Filters of the investment list (the same FilterSet serves /api/v1/investments/)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.core.money import currency_choices
from caunoi.investments.models import InvestmentProject, InvestmentSector


class InvestmentProjectFilterSet(BaseFilterSet):
    registered_from = django_filters.DateFilter(
        field_name="registered_on", lookup_expr="gte", label=_("Registered from")
    )
    registered_to = django_filters.DateFilter(
        field_name="registered_on", lookup_expr="lte", label=_("Registered until")
    )
    capital_currency = django_filters.ChoiceFilter(choices=currency_choices, label=_("Currency"))
    filter_exempt = ("name_en", "certificate_number", "location")
    ui_filters = (
        "kind",
        "status",
        "sector",
        "country",
        "overseas_vietnamese",
        "investor",
        "registered_from",
        "registered_to",
        "capital_currency",
        "location_unit",
        "owner_unit",
    )

    class Meta:
        model = InvestmentProject
        fields = [
            "name",
            "investor",
            "country",
            "overseas_vietnamese",
            "sector",
            "kind",
            "capital_amount",
            "capital_currency",
            "registered_on",
            "location_unit",
            "status",
            "source",
            "owner_unit",
        ]


class InvestmentSectorFilterSet(BaseFilterSet):
    class Meta:
        model = InvestmentSector
        fields = ["name", "name_en", "slug"]
