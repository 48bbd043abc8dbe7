"""List tables of delegations and their parts (columns and export values). Passport data is
never a column."""

from __future__ import annotations

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable, MoneyColumn, NamesColumn
from caunoi.delegations.models import (
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)


class DelegationTable(BaseTable):
    name = tables.Column(linkify=True)
    start_date = tables.DateColumn(verbose_name=_("Start"), short=True)
    end_date = tables.DateColumn(verbose_name=_("End"), short=True)
    countries = NamesColumn(verbose_name=_("Countries"))
    partners = NamesColumn(verbose_name=_("Partners"))
    budget = MoneyColumn(verbose_name=_("Budget"), order_by="budget_amount")

    class Meta(BaseTable.Meta):
        model = Delegation
        fields = (
            "name",
            "name_en",
            "direction",
            "level",
            "status",
            "start_date",
            "end_date",
            "owner_unit",
            "countries",
            "cities",
            "partners",
            "mode",
            "funding",
            "budget",
            "in_annual_plan",
            "short_notice",
            "submitted_on",
            "reported_on",
        )
        default_columns = (
            "name",
            "direction",
            "level",
            "status",
            "start_date",
            "end_date",
            "owner_unit",
            "countries",
        )


class DelegationMemberTable(BaseTable):
    full_name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = DelegationMember
        fields = ("rank", "full_name", "role", "position", "organisation", "delegation")
        default_columns = fields


class ProgrammeItemTable(BaseTable):
    activity = tables.Column(linkify=True)
    date = tables.DateColumn(short=True)

    class Meta(BaseTable.Meta):
        model = ProgrammeItem
        fields = (
            "date",
            "start_time",
            "end_time",
            "place",
            "activity",
            "partner",
            "responsible",
            "delegation",
        )
        default_columns = fields


class DelegationOutcomeTable(BaseTable):
    summary = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = DelegationOutcome
        fields = ("summary", "kind", "partner", "document", "date", "delegation")
        default_columns = fields


class FollowUpTaskTable(BaseTable):
    task = tables.Column(linkify=True)
    deadline = tables.DateColumn(short=True)

    class Meta(BaseTable.Meta):
        model = FollowUpTask
        fields = (
            "task",
            "responsible_unit",
            "responsible",
            "deadline",
            "status",
            "done_on",
            "delegation",
            "owner_unit",
        )
        default_columns = ("task", "responsible", "deadline", "status", "delegation")
