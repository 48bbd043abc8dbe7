from __future__ import annotations

from decimal import Decimal

from django import forms
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from caunoi.core.forms import BaseModelForm
from caunoi.partners.gazetteer import locate
from caunoi.partners.models import (
    Contact,
    CooperationField,
    Country,
    Partner,
    PartnerRelation,
)
from caunoi.partners.services import find_duplicates


class CountryForm(BaseModelForm):
    class Meta:
        model = Country
        fields = [
            "name",
            "name_en",
            "slug",
            "iso",
            "region",
            "capital",
            "relations_established",
            "partnership_level",
            "partnership_since",
            "national_day_day",
            "national_day_month",
            "languages",
            "is_neighbour",
            "is_asean",
            "is_traditional_friend",
            "is_economic_priority",
            "is_political_priority",
            "notes",
        ]


class CooperationFieldForm(BaseModelForm):
    class Meta:
        model = CooperationField
        fields = ["name", "name_en", "slug"]


class PartnerForm(BaseModelForm):
    not_a_duplicate = forms.BooleanField(
        label=_("This is a different partner: save it anyway"), required=False
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
            "comments",
        ]
        widgets = {"cooperation_fields": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.duplicates: list[Partner] = []
        if not self.data or not self._might_duplicate():
            self.fields["not_a_duplicate"].widget = forms.HiddenInput()

    def _might_duplicate(self) -> bool:
        return bool(self.data.get("not_a_duplicate")) or bool(self.data.get("name"))

    def clean(self):
        cleaned = super().clean()
        country = cleaned.get("country")
        self._fill_coordinates(cleaned, country)
        self.duplicates = find_duplicates(
            names=[
                cleaned.get("name", ""),
                cleaned.get("name_en", ""),
                cleaned.get("name_native", ""),
            ],
            country_id=country.pk if country else None,
            exclude_pk=self.instance.pk,
        )
        if self.duplicates and not cleaned.get("not_a_duplicate"):
            links = format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                (
                    (reverse("partners:partner_detail", args=[p.pk]), p.name)
                    for p in self.duplicates
                ),
            )
            self.fields["not_a_duplicate"].widget = forms.CheckboxInput(
                attrs={"class": "form-check-input"}
            )
            raise forms.ValidationError(
                format_html(
                    "{} {}", _("A partner with this name already exists in this country:"), links
                )
            )
        return cleaned

    def _fill_coordinates(self, cleaned, country) -> None:
        """A foreign locality without coordinates gets them from the bundled gazetteer."""
        if cleaned.get("kind") != "foreign_locality" or cleaned.get("latitude") is not None:
            return
        place = locate(
            [cleaned.get("name_en", ""), cleaned.get("name", "")], country.iso if country else None
        )
        if place:
            cleaned["latitude"] = Decimal(str(place["lat"])).quantize(Decimal("0.00001"))
            cleaned["longitude"] = Decimal(str(place["lon"])).quantize(Decimal("0.00001"))
            self.instance.latitude = cleaned["latitude"]
            self.instance.longitude = cleaned["longitude"]


class PartnerRelationForm(BaseModelForm):
    class Meta:
        model = PartnerRelation
        fields = [
            "partner",
            "level",
            "status",
            "start_date",
            "end_date",
            "owner_unit",
            "description",
        ]
        labels = {"owner_unit": _("responsible unit")}


class ContactForm(BaseModelForm):
    class Meta:
        model = Contact
        fields = [
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
            "purpose",
            "legal_basis",
            "consent_given_on",
            "consent_source",
            "retain_until",
            "owner_unit",
            "notes",
        ]
