from rest_framework import serializers

from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.partners.models import Contact, Country, Partner, PartnerRelation

PERSONAL_PERM = "partners.view_personal_contact"


class CountrySerializer(BaseModelSerializer):
    class Meta:
        model = Country
        fields = [
            "id",
            "display",
            "version",
            "iso",
            "name",
            "name_en",
            "slug",
            "region",
            "capital",
            "relations_established",
            "partnership_level",
            "partnership_since",
            "national_day_month",
            "national_day_day",
            "languages",
            "is_neighbour",
            "is_asean",
            "is_traditional_friend",
            "is_economic_priority",
            "is_political_priority",
            "notes",
        ]


class PartnerSerializer(BaseModelSerializer):
    last_activity = serializers.DateField(read_only=True, allow_null=True)

    class Meta:
        model = Partner
        fields = [
            "id",
            "display",
            "version",
            "kind",
            "name",
            "name_en",
            "name_native",
            "acronym",
            "country",
            "parent",
            "locality_level",
            "latitude",
            "longitude",
            "status",
            "cooperation_fields",
            "tags",
            "website",
            "email",
            "phone",
            "address",
            "founded_on",
            "ngo_registration_number",
            "ngo_registration_valid_from",
            "ngo_registration_valid_until",
            "ngo_operating_areas",
            "owner_unit",
            "description",
            "last_activity",
            "created_at",
            "updated_at",
        ]


class PartnerRelationSerializer(BaseModelSerializer):
    class Meta:
        model = PartnerRelation
        fields = [
            "id",
            "display",
            "version",
            "partner",
            "level",
            "status",
            "start_date",
            "end_date",
            "owner_unit",
            "description",
            "created_at",
            "updated_at",
        ]


class ContactSerializer(BaseModelSerializer):
    """Channels are returned only on a single contact, to holders of the personal-data right,
    and each such read is logged (the view does it)."""

    CHANNELS = ("email", "phone", "other_channels")

    class Meta:
        model = Contact
        fields = [
            "id",
            "display",
            "version",
            "full_name",
            "title",
            "position",
            "partner",
            "organisation",
            "is_overseas_vietnamese",
            "languages",
            "email",
            "phone",
            "other_channels",
            "notes",
            "purpose",
            "legal_basis",
            "consent_given_on",
            "consent_source",
            "retain_until",
            "owner_unit",
            "anonymised_at",
        ]
        read_only_fields = ["anonymised_at"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not self.context.get("show_channels"):
            for name in self.CHANNELS:
                data.pop(name, None)
        return data
