from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import OrganizationalModel, PrimaryModel
from caunoi.core.models.base import BilingualNameMixin
from caunoi.partners.choices import LocalityLevel, PartnerKind, PartnerStatus


class CooperationField(OrganizationalModel):
    """A field of cooperation (lĩnh vực hợp tác): education, health, urban management, …"""

    class Meta(OrganizationalModel.Meta):
        verbose_name = _("field of cooperation")
        verbose_name_plural = _("fields of cooperation")


class Partner(BilingualNameMixin, PrimaryModel):
    """A partner (đối tác) of Hà Nội: a foreign locality, embassy, organisation, network, NGO,
    friendship organisation, overseas-Vietnamese association, business, university or media.

    Partners form one city-wide registry: every unit reads it (so that nobody works a partner
    without knowing who else does), and the owning unit keeps the record up to date.
    """

    kind = models.CharField(_("kind"), max_length=30, choices=PartnerKind.choices)
    name = models.CharField(_("name (Vietnamese)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    name_native = models.CharField(_("name (native script)"), max_length=255, blank=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = models.ForeignKey(
        "partners.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="partners",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    locality_level = models.CharField(
        _("locality level"), max_length=20, blank=True, choices=LocalityLevel.choices
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PartnerStatus.choices, default=PartnerStatus.ACTIVE
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    cooperation_fields = models.ManyToManyField(
        CooperationField,
        verbose_name=_("fields of cooperation"),
        blank=True,
        related_name="partners",
    )
    tags = models.CharField(
        _("tags"), max_length=200, blank=True, help_text=_("Comma-separated keywords.")
    )
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    ngo_registration_number = models.CharField(
        _("NGO registration number"), max_length=50, blank=True
    )
    ngo_registration_valid_from = models.DateField(
        _("registration valid from"), null=True, blank=True
    )
    ngo_registration_valid_until = models.DateField(
        _("registration valid until"), null=True, blank=True
    )
    ngo_operating_areas = models.CharField(
        _("operating areas"),
        max_length=300,
        blank=True,
        help_text=_("Provinces and fields in the registration certificate (Decree 58/2022/NĐ-CP)."),
    )

    shared_registry = True
    search_fields = ("name", "name_en", "name_native", "acronym", "tags")

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["kind", "country"], name="partner_kind_country"),
            # The list's order: a page of 50,000 partners without sorting them all.
            models.Index(fields=["name"], name="partner_name"),
        ]
        permissions = [("coordinate_merge_partner", _("Can merge duplicate partners"))]

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.locality_level and self.kind != PartnerKind.FOREIGN_LOCALITY:
            errors["locality_level"] = _("Only foreign localities have a locality level.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        start, end = self.ngo_registration_valid_from, self.ngo_registration_valid_until
        if start and end and end < start:
            errors["ngo_registration_valid_until"] = _(
                "The registration cannot end before it begins."
            )
        if self.parent_id and self.pk and self.parent_id == self.pk:
            errors["parent"] = _("A partner cannot be its own parent.")
        if errors:
            raise ValidationError(errors)
