"""Exchange rates (tỷ giá) that conversions of money read."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from caunoi.core.models.base import PrimaryModel
from caunoi.core.money.fields import CurrencyField
from caunoi.core.money.format import format_rate


class ExchangeRate(PrimaryModel):
    """An exchange rate (tỷ giá): on ``date``, one unit of ``currency`` is worth ``rate`` units
    of ``quote_currency`` (1 EUR = 27,150 VND), according to ``source``.

    Rates are one city-wide table (every unit reads them, the unit that entered a rate keeps
    it). A conversion uses the latest rate on or before the value date, within
    ``CAUNOI_EXCHANGE_RATE_MAX_AGE_DAYS``, and always says which rate and date it used.
    """

    date = models.DateField(_("date"))
    currency = CurrencyField(_("currency"))
    quote_currency = CurrencyField(_("quote currency"), default="VND")
    rate = models.DecimalField(
        _("rate"),
        max_digits=24,
        decimal_places=10,
        validators=[MinValueValidator(0, message=_("A rate must be greater than zero."))],
        help_text=_("How many units of the quote currency one unit of the currency is worth."),
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        help_text=_("Who published the rate: the State Bank of Viet Nam, a commercial bank, …"),
    )
    source_url = models.URLField(_("source link"), blank=True)

    shared_registry = True
    search_fields = ("currency", "quote_currency", "source")

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["-date", "currency", "quote_currency"]
        constraints = [
            models.UniqueConstraint(
                fields=["date", "currency", "quote_currency"],
                condition=Q(deleted_at__isnull=True),
                name="exchangerate_one_per_day",
                violation_error_message=_("There is already a rate for this pair on this date."),
            ),
            models.CheckConstraint(
                condition=~Q(currency=models.F("quote_currency")),
                name="exchangerate_two_currencies",
                violation_error_message=_("A rate needs two different currencies."),
            ),
            models.CheckConstraint(
                condition=Q(rate__gt=0),
                name="exchangerate_positive",
                violation_error_message=_("A rate must be greater than zero."),
            ),
        ]
        indexes = [models.Index(fields=["currency", "quote_currency", "-date"], name="rate_pair")]

    def __str__(self) -> str:
        rate = format_rate(self.rate)
        return f"1 {self.currency} = {rate} {self.quote_currency} ({self.date:%d/%m/%Y})"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.currency and self.currency == self.quote_currency:
            errors["quote_currency"] = _("A rate needs two different currencies.")
        if self.rate is not None and self.rate <= 0:
            errors["rate"] = _("A rate must be greater than zero.")
        if (
            self.date
            and self.currency
            and self.quote_currency
            and ExchangeRate.objects.filter(
                date=self.date, currency=self.currency, quote_currency=self.quote_currency
            )
            .exclude(pk=self.pk)
            .exists()
        ):
            errors["date"] = _("There is already a rate for this pair on this date.")
        if errors:
            raise ValidationError(errors)
