from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import OrganizationalModel
from caunoi.partners.choices import PartnershipLevel, Region


class Country(OrganizationalModel):
    """A country (quốc gia) and Viet Nam's relations with it.

    ``name`` is the Vietnamese name and ``name_en`` the English one, pre-filled from
    django-countries; ``slug`` is the ISO 3166-1 alpha-2 code in lower case. The date relations
    were established, the partnership level and the national day feed the anniversaries planner
    and partner-priority scoring; Coordinators keep them current.
    """

    iso = models.CharField(_("ISO code"), max_length=2, unique=True)
    region = models.CharField(_("region"), max_length=30, choices=Region.choices, blank=True)
    capital = models.CharField(_("capital"), max_length=100, blank=True)
    relations_established = models.DateField(_("diplomatic relations since"), null=True, blank=True)
    partnership_level = models.CharField(
        _("partnership level"), max_length=30, choices=PartnershipLevel.choices, blank=True
    )
    partnership_since = models.PositiveSmallIntegerField(
        _("partnership level since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
    )
    national_day_month = models.PositiveSmallIntegerField(
        _("national day (month)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    national_day_day = models.PositiveSmallIntegerField(
        _("national day (day)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("ISO 639-1 codes separated by commas, e.g. lo, fr."),
    )
    is_neighbour = models.BooleanField(_("neighbour"), default=False)
    is_asean = models.BooleanField(_("ASEAN member"), default=False)
    is_traditional_friend = models.BooleanField(_("traditional friend"), default=False)
    is_economic_priority = models.BooleanField(_("economic priority"), default=False)
    is_political_priority = models.BooleanField(_("political priority"), default=False)
    notes = models.TextField(_("notes"), blank=True)

    search_fields = ("name", "name_en", "iso", "capital")

    class Meta(OrganizationalModel.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def clean(self) -> None:
        super().clean()
        if bool(self.national_day_month) != bool(self.national_day_day):
            raise ValidationError(_("Give both the day and the month of the national day."))
        if self.national_day_month and self.national_day_day:
            import datetime

            try:
                datetime.date(2024, self.national_day_month, self.national_day_day)
            except ValueError as exc:
                raise ValidationError({"national_day_day": _("This day does not exist.")}) from exc

    @property
    def flag(self) -> str:
        """The flag emoji, from the ISO code."""
        return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in self.iso.upper()[:2])

    @property
    def priority_groups(self) -> list[str]:
        labels = [
            (self.is_neighbour, _("neighbour")),
            (self.is_asean, _("ASEAN member")),
            (self.is_traditional_friend, _("traditional friend")),
            (self.is_economic_priority, _("economic priority")),
            (self.is_political_priority, _("political priority")),
        ]
        return [str(label) for flag, label in labels if flag]
