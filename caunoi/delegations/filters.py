"""Filters of the delegation lists (the same FilterSets serve /api/v1/)."""

from __future__ import annotations

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.delegations.chain import waiting_for
from caunoi.delegations.choices import OPEN_TASKS, REPORT_OWED
from caunoi.delegations.models import (
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)
from caunoi.delegations.models.delegations import report_days


class DelegationFilterSet(BaseFilterSet):
    """Direction, status, level, country, period, and "waiting for me"."""

    starts_from = django_filters.DateFilter(method="period_from", label=_("From"))
    starts_until = django_filters.DateFilter(method="period_until", label=_("Until"))
    year = django_filters.NumberFilter(field_name="start_date", lookup_expr="year", label=_("Year"))
    waiting_for_me = django_filters.BooleanFilter(method="waiting", label=_("Waiting for me"))
    report_overdue = django_filters.BooleanFilter(
        method="overdue", label=_("Results report overdue")
    )
    filter_exempt = (
        "name_en",
        "cities",
        "purpose",
        "budget_amount",
        "results_report",
        "minutes",
        "submitted_on",
        "reported_on",
    )
    ui_filters = (
        "direction",
        "status",
        "level",
        "owner_unit",
        "countries",
        "partners",
        "starts_from",
        "starts_until",
        "year",
        "mode",
        "funding",
        "in_annual_plan",
        "waiting_for_me",
        "report_overdue",
    )

    class Meta:
        model = Delegation
        fields = [
            "name",
            "direction",
            "status",
            "level",
            "owner_unit",
            "contact_person",
            "partners",
            "countries",
            "start_date",
            "end_date",
            "mode",
            "in_annual_plan",
            "funding",
            "budget_currency",
            "short_notice",
        ]

    def period_from(self, queryset, name, value):
        return queryset.filter(end_date__gte=value)

    def period_until(self, queryset, name, value):
        return queryset.filter(start_date__lte=value)

    def waiting(self, queryset, name, value):
        user = getattr(self.request, "user", None)
        if value is None or user is None:
            return queryset
        mine = waiting_for(user)
        return queryset.filter(mine) if value else queryset.exclude(mine)

    def overdue(self, queryset, name, value):
        if value is None:
            return queryset
        late = Q(
            status__in=REPORT_OWED,
            end_date__lt=timezone.localdate() - timezone.timedelta(days=report_days()),
        )
        return queryset.filter(late) if value else queryset.exclude(late)

    @property
    def qs(self):
        queryset = super().qs
        if self.is_bound and any(self.data.get(name) for name in ("partners", "countries")):
            queryset = queryset.distinct()
        return queryset


class DelegationMemberFilterSet(BaseFilterSet):
    filter_exempt = ("passport_number", "passport_expiry", "languages", "position")

    class Meta:
        model = DelegationMember
        fields = [
            "delegation",
            "staff_member",
            "full_name",
            "organisation",
            "role",
            "rank",
            "owner_unit",
        ]


class ProgrammeItemFilterSet(BaseFilterSet):
    filter_exempt = ("start_time", "end_time", "place", "responsible")

    class Meta:
        model = ProgrammeItem
        fields = ["delegation", "date", "activity", "partner", "owner_unit"]


class DelegationOutcomeFilterSet(BaseFilterSet):
    filter_exempt = ("summary", "document")

    class Meta:
        model = DelegationOutcome
        fields = ["delegation", "kind", "partner", "agreements", "date", "owner_unit"]


class FollowUpTaskFilterSet(BaseFilterSet):
    overdue = django_filters.BooleanFilter(method="is_overdue", label=_("Overdue"))
    filter_exempt = ("task", "responsible", "done_on")
    ui_filters = ("status", "overdue", "responsible_unit", "owner_unit", "deadline")

    class Meta:
        model = FollowUpTask
        fields = [
            "delegation",
            "outcome",
            "responsible_unit",
            "deadline",
            "status",
            "owner_unit",
        ]

    def is_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        late = Q(status__in=OPEN_TASKS, deadline__lt=timezone.localdate())
        return queryset.filter(late) if value else queryset.exclude(late)
