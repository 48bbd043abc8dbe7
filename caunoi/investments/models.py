"""Investment projects (dự án đầu tư): foreign direct investment and investment by overseas
Vietnamese in Hà Nội, with the registered capital in its currency."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import OrganizationalModel, PrimaryModel
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.money import AmountField, CurrencyField, MoneyProperty, check_money_pair
from caunoi.investments.choices import InvestmentKind, InvestmentStatus


class InvestmentSector(OrganizationalModel):
    """A sector of investment (ngành, lĩnh vực đầu tư): manufacturing, real estate, ICT, …"""

    class Meta(OrganizationalModel.Meta):
        verbose_name = _("investment sector")
        verbose_name_plural = _("investment sectors")


class InvestmentProject(BilingualNameMixin, PrimaryModel):
    """An investment project (dự án đầu tư) of a foreign investor or an overseas Vietnamese in
    the city: a new project, a capital increase of an existing one, or a capital contribution
    or share purchase, with its registered capital (vốn đăng ký) in the currency registered and
    the date of registration. The investor is a partner (a business or investor)."""

    name = models.CharField(_("name (Vietnamese)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    investor = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("investor"),
        on_delete=models.PROTECT,
        related_name="investment_projects",
    )
    country = models.ForeignKey(
        "partners.Country",
        verbose_name=_("investor's country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Blank: the investor's country."),
    )
    overseas_vietnamese = models.BooleanField(
        _("overseas Vietnamese investor"),
        default=False,
        help_text=_("The investor is a Vietnamese living abroad or their business (kiều bào)."),
    )
    sector = models.ForeignKey(
        InvestmentSector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    kind = models.CharField(
        _("kind of investment"),
        max_length=30,
        choices=InvestmentKind.choices,
        default=InvestmentKind.NEW_PROJECT,
    )
    capital_amount = AmountField(_("registered capital"))
    capital_currency = CurrencyField(_("currency"), default="USD")
    registered_on = models.DateField(_("registered on"))
    certificate_number = models.CharField(
        _("investment registration certificate"),
        max_length=100,
        blank=True,
        help_text=_("Number of the investment registration certificate, if any."),
    )
    location = models.CharField(_("location"), max_length=300, blank=True)
    location_unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("commune or ward"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InvestmentStatus.choices,
        default=InvestmentStatus.REGISTERED,
    )
    source = models.ForeignKey(
        "indicators.Source",
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="investment_projects",
    )

    capital = MoneyProperty("capital_amount", "capital_currency", "registered_on")
    search_fields = ("name", "name_en", "certificate_number", "location")

    class Meta:
        verbose_name = _("investment project")
        verbose_name_plural = _("investment projects")
        ordering = ["-registered_on", "name"]
        indexes = [
            models.Index(fields=["registered_on"], name="investment_registered_on"),
            models.Index(fields=["kind", "status"], name="investment_kind_status"),
        ]

    def clean(self) -> None:
        super().clean()
        errors = check_money_pair(self, "capital_amount", "capital_currency")
        if self.capital_amount is not None and self.capital_amount == 0:
            errors["capital_amount"] = _("The registered capital must be more than zero.")
        if errors:
            raise ValidationError(errors)
        investor = self.investor if self.investor_id else None
        if investor is not None:
            if self.country_id is None and investor.country_id:
                self.country_id = investor.country_id
            if investor.kind == "overseas_vietnamese":
                self.overseas_vietnamese = True
