"""Model fields for money: an amount column and a currency column, read together as Money.

    class AidProject(PrimaryModel):
        commitment_amount = AmountField(_("commitment"), null=True, blank=True)
        commitment_currency = CurrencyField(_("currency"), blank=True)
        commitment = MoneyProperty("commitment_amount", "commitment_currency", "approved_on")

The amount is a ``DecimalField`` (never a float) with two decimal places; negative amounts
and amounts of a thousand trillion or more are refused with a translated message.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.money.currencies import currency_choices
from caunoi.core.money.value import Money

MAX_AMOUNT = Decimal(10) ** 15  # a thousand trillion: no real amount of this city comes near


class AmountField(models.DecimalField):
    def __init__(self, *args, allow_negative: bool = False, **kwargs):
        self.allow_negative = allow_negative
        kwargs.setdefault("max_digits", 19)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(*args, **kwargs)

    @property
    def validators(self):
        extra = [
            MaxValueValidator(
                MAX_AMOUNT - Decimal("0.01"),
                message=_("This amount is too large to be real: check the number of zeros."),
            )
        ]
        if not self.allow_negative:
            extra.append(MinValueValidator(0, message=_("An amount cannot be negative.")))
        return [*super().validators, *extra]

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.allow_negative:
            kwargs["allow_negative"] = True
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        from caunoi.core.money.forms import AmountFormField

        kwargs.setdefault("form_class", AmountFormField)
        kwargs.setdefault("localize", True)  # shown as "1.234.567,5" in Vietnamese
        kwargs.setdefault("widget", forms.TextInput)
        return super().formfield(**kwargs)


class CurrencyField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 3)
        kwargs.setdefault("choices", currency_choices)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("max_length", None)
        kwargs.pop("choices", None)
        return name, path, args, kwargs


class MoneyProperty:
    """Reads an amount field and a currency field (and optionally a date field) as Money."""

    def __init__(self, amount_field: str, currency_field: str, date_field: str | None = None):
        self.amount_field, self.currency_field, self.date_field = (
            amount_field,
            currency_field,
            date_field,
        )

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        amount = getattr(obj, self.amount_field)
        currency = getattr(obj, self.currency_field)
        if amount is None or not currency:
            return None
        day = getattr(obj, self.date_field) if self.date_field else None
        return Money(amount, currency, day)


def check_money_pair(obj, amount_field: str, currency_field: str) -> dict:
    """``clean()`` helper: an amount needs a currency (and a currency alone is fine)."""
    if getattr(obj, amount_field) is not None and not getattr(obj, currency_field):
        return {currency_field: ValidationError(_("Give the currency of this amount."))}
    return {}
