"""Filters of the exchange-rate list (the same FilterSet serves /api/v1/exchange-rates/)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.core.models import ExchangeRate
from caunoi.core.money import currency_choices


class ExchangeRateFilterSet(BaseFilterSet):
    currency = django_filters.ChoiceFilter(choices=currency_choices, label=_("Currency"))
    quote_currency = django_filters.ChoiceFilter(
        choices=currency_choices, label=_("Quote currency")
    )
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("Until"))
    source = django_filters.CharFilter(lookup_expr="icontains", label=_("Source"))
    filter_exempt = ("source_url",)
    ui_filters = ("currency", "quote_currency", "date_from", "date_to", "source", "owner_unit")

    class Meta:
        model = ExchangeRate
        fields = ["date", "currency", "quote_currency", "rate", "source", "owner_unit"]
