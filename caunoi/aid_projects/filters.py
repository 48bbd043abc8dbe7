"""Filters of the aid lists (the same FilterSets serve /api/v1/aid-projects/ and the others)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects.models import AidProject, AidSector, Disbursement, InKindItem
from caunoi.core.filters import BaseFilterSet
from caunoi.core.money import currency_choices


class AidProjectFilterSet(BaseFilterSet):
    partner = django_filters.NumberFilter(method="filter_partner", label=_("Partner (id)"))
    started_from = django_filters.DateFilter(
        field_name="start_date", lookup_expr="gte", label=_("Starts from")
    )
    started_to = django_filters.DateFilter(
        field_name="start_date", lookup_expr="lte", label=_("Starts until")
    )
    commitment_currency = django_filters.ChoiceFilter(
        choices=currency_choices, label=_("Commitment currency")
    )
    filter_exempt = ("name_en", "commitment_date", "decision_authority", "end_date")
    ui_filters = (
        "direction",
        "status",
        "modality",
        "sectors",
        "donors",
        "recipient_partners",
        "recipient_units",
        "started_from",
        "started_to",
        "commitment_currency",
        "owner_unit",
    )

    class Meta:
        model = AidProject
        fields = [
            "code",
            "name",
            "direction",
            "modality",
            "status",
            "donors",
            "recipient_partners",
            "recipient_units",
            "sectors",
            "location",
            "start_date",
            "decision_number",
            "decision_date",
            "commitment_amount",
            "commitment_currency",
            "source",
            "owner_unit",
        ]

    def filter_partner(self, queryset, name, value):
        """Aid from or to one partner (the partner page links here)."""
        from django.db.models import Q

        if not value:
            return queryset
        ids = AidProject.objects.filter(Q(donors=value) | Q(recipient_partners=value)).values("pk")
        return queryset.filter(pk__in=ids)


class DisbursementFilterSet(BaseFilterSet):
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("Until"))
    currency = django_filters.ChoiceFilter(choices=currency_choices, label=_("Currency"))
    direction = django_filters.ChoiceFilter(
        field_name="project__direction",
        choices=AidProject._meta.get_field("direction").choices,
        label=_("Direction"),
    )
    ui_filters = ("project", "direction", "date_from", "date_to", "currency", "owner_unit")

    class Meta:
        model = Disbursement
        fields = ["project", "date", "amount", "currency", "reference", "owner_unit"]


class InKindItemFilterSet(BaseFilterSet):
    item = django_filters.CharFilter(lookup_expr="icontains", label=_("Goods"))
    filter_exempt = ("quantity", "unit", "value_amount")
    ui_filters = ("project", "item", "date", "value_currency", "owner_unit")

    class Meta:
        model = InKindItem
        fields = ["project", "item", "date", "value_currency", "owner_unit"]


class AidSectorFilterSet(BaseFilterSet):
    class Meta:
        model = AidSector
        fields = ["name", "name_en", "slug"]
