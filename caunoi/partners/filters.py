import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.core.filters import BaseFilterSet
from caunoi.partners.models import (
    Contact,
    CooperationField,
    Country,
    Partner,
    PartnerRelation,
)


class CountryFilterSet(BaseFilterSet):
    filter_exempt = ("notes", "capital", "languages", "national_day_day")
    ui_filters = ("region", "partnership_level", "is_asean", "is_neighbour", "is_economic_priority")

    class Meta:
        model = Country
        fields = [
            "name",
            "name_en",
            "slug",
            "iso",
            "region",
            "partnership_level",
            "partnership_since",
            "relations_established",
            "national_day_month",
            "is_neighbour",
            "is_asean",
            "is_traditional_friend",
            "is_economic_priority",
            "is_political_priority",
        ]


class CooperationFieldFilterSet(BaseFilterSet):
    class Meta:
        model = CooperationField
        fields = ["name", "name_en", "slug"]


class PartnerFilterSet(BaseFilterSet):
    region = django_filters.ChoiceFilter(
        field_name="country__region",
        label=_("Region"),
        choices=Country._meta.get_field("region").choices,
    )
    relation_level = django_filters.ChoiceFilter(
        field_name="relations__level",
        label=_("Relation level"),
        distinct=True,
        choices=PartnerRelation._meta.get_field("level").choices,
    )
    ngo_registration_expires_before = django_filters.DateFilter(
        field_name="ngo_registration_valid_until",
        lookup_expr="lte",
        label=_("NGO registration expires before"),
    )
    filter_exempt = (
        "email",
        "phone",
        "address",
        "website",
        "latitude",
        "longitude",
        "ngo_registration_valid_from",
        "ngo_operating_areas",
        "tags",
    )
    ui_filters = (
        "kind",
        "country",
        "region",
        "relation_level",
        "status",
        "cooperation_fields",
        "owner_unit",
    )

    class Meta:
        model = Partner
        fields = [
            "kind",
            "name",
            "name_en",
            "name_native",
            "acronym",
            "country",
            "parent",
            "locality_level",
            "status",
            "cooperation_fields",
            "founded_on",
            "ngo_registration_number",
            "ngo_registration_valid_until",
            "owner_unit",
        ]


class PartnerRelationFilterSet(BaseFilterSet):
    started_after = django_filters.DateFilter(
        field_name="start_date", lookup_expr="gte", label=_("Started after")
    )
    filter_exempt = ("end_date",)
    ui_filters = ("level", "status", "owner_unit", "started_after")

    class Meta:
        model = PartnerRelation
        fields = ["partner", "level", "status", "start_date", "owner_unit"]

    def search(self, queryset, name, value):
        from caunoi.core.fold import fold_terms

        for term in fold_terms(value):
            queryset = queryset.filter(partner__search_text__contains=term)
        return queryset


class ContactFilterSet(BaseFilterSet):
    retain_until_before = django_filters.DateFilter(
        field_name="retain_until", lookup_expr="lte", label=_("Kept until before")
    )
    filter_exempt = (
        "title",
        "email",
        "phone",
        "other_channels",
        "notes",
        "consent_source",
        "anonymised_at",
        "purpose",
        "languages",
        "position",
        "full_name",
        "organisation",
        "consent_given_on",
    )
    ui_filters = (
        "partner",
        "legal_basis",
        "is_overseas_vietnamese",
        "retain_until_before",
        "owner_unit",
    )

    class Meta:
        model = Contact
        fields = ["partner", "is_overseas_vietnamese", "legal_basis", "retain_until", "owner_unit"]
