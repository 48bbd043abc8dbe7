"""Investment screens: the generic ones, the list with registered capital per currency and
converted into VND and USD at a chosen day's rates."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from caunoi.core.money import Totals, summarise
from caunoi.core.views import ModelViews
from caunoi.core.views.totals import TotalsListView
from caunoi.investments import filters, forms, tables
from caunoi.investments.imports import InvestmentProjectImport
from caunoi.investments.models import InvestmentProject, InvestmentSector


class InvestmentProjectListView(TotalsListView):
    def get_totals(self, queryset, day, book):
        totals = Totals.of(queryset, "capital_amount", "capital_currency")
        return [summarise(totals, day, label=_("Registered capital"), book=book)]


class InvestmentProjectViews(ModelViews):
    model = InvestmentProject
    table_class = tables.InvestmentProjectTable
    filterset_class = filters.InvestmentProjectFilterSet
    form_class = forms.InvestmentProjectForm
    list_view = InvestmentProjectListView
    import_spec = InvestmentProjectImport
    detail_fields = [
        "name",
        "name_en",
        "investor",
        "country",
        "overseas_vietnamese",
        "sector",
        "kind",
        "capital_amount",
        "registered_on",
        "certificate_number",
        "location",
        "location_unit",
        "status",
        "source",
        "description",
    ]


class InvestmentSectorViews(ModelViews):
    model = InvestmentSector
    table_class = tables.InvestmentSectorTable
    filterset_class = filters.InvestmentSectorFilterSet
    form_class = forms.InvestmentSectorForm
