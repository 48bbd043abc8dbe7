import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from caunoi.core.tables import BaseTable
from caunoi.partners.models import (
    Contact,
    CooperationField,
    Country,
    Partner,
    PartnerRelation,
)


class CountryTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = Country
        fields = (
            "name",
            "iso",
            "region",
            "partnership_level",
            "partnership_since",
            "relations_established",
            "name_en",
            "capital",
        )
        default_columns = ("name", "iso", "region", "partnership_level", "relations_established")

    def render_name(self, record, value):
        return format_html("{} {}", record.flag, value)

    def value_name(self, record, value):
        return value


class CooperationFieldTable(BaseTable):
    name = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = CooperationField
        fields = ("name", "name_en", "slug")


class PartnerTable(BaseTable):
    name = tables.Column(linkify=True)
    country = tables.Column()
    last_activity = tables.DateColumn(
        verbose_name=_("last contact"), orderable=True, accessor="last_activity"
    )

    class Meta(BaseTable.Meta):
        model = Partner
        fields = (
            "name",
            "acronym",
            "kind",
            "country",
            "status",
            "last_activity",
            "name_en",
            "name_native",
            "owner_unit",
            "website",
            "email",
            "phone",
        )
        default_columns = ("name", "acronym", "kind", "country", "status", "last_activity")


class PartnerRelationTable(BaseTable):
    partner = tables.Column(linkify=True)
    level = tables.Column(linkify=lambda record: record.get_absolute_url())

    class Meta(BaseTable.Meta):
        model = PartnerRelation
        fields = ("partner", "level", "status", "start_date", "end_date", "owner_unit")


class ContactTable(BaseTable):
    full_name = tables.Column(linkify=True)
    partner = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = Contact
        fields = (
            "full_name",
            "position",
            "partner",
            "organisation",
            "legal_basis",
            "retain_until",
            "owner_unit",
        )
        default_columns = ("full_name", "position", "partner", "organisation", "owner_unit")
