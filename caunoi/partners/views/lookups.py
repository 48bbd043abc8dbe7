"""Countries, fields of cooperation and relations: plain registry screens."""

from caunoi.core.views import ModelViews
from caunoi.partners import filters, forms, tables
from caunoi.partners.models import CooperationField, Country, PartnerRelation


class CountryViews(ModelViews):
    model = Country
    table_class = tables.CountryTable
    filterset_class = filters.CountryFilterSet
    form_class = forms.CountryForm
    detail_template = "partners/country_detail.html"


class CooperationFieldViews(ModelViews):
    model = CooperationField
    table_class = tables.CooperationFieldTable
    filterset_class = filters.CooperationFieldFilterSet
    form_class = forms.CooperationFieldForm


class PartnerRelationViews(ModelViews):
    model = PartnerRelation
    table_class = tables.PartnerRelationTable
    filterset_class = filters.PartnerRelationFilterSet
    form_class = forms.PartnerRelationForm
