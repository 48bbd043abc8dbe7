"""Entering an exchange rate, and the converter form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from caunoi.core.forms import BaseModelForm, style_widgets
from caunoi.core.models import ExchangeRate
from caunoi.core.money import currency_choices
from caunoi.core.money.fields import MAX_AMOUNT
from caunoi.core.money.forms import AmountFormField, RateFormField

RATE_FIELDS = [
    "date",
    "currency",
    "quote_currency",
    "rate",
    "source",
    "source_url",
    "owner_unit",
    "description",
]


class ExchangeRateForm(BaseModelForm):
    rate = RateFormField(
        label=_("rate"),
        help_text=_("How many units of the quote currency one unit of the currency is worth."),
    )

    class Meta:
        model = ExchangeRate
        fields = RATE_FIELDS


class ConvertForm(forms.Form):
    """What to convert: an amount in a currency, into another, at the rate of a day."""

    amount = AmountFormField(label=_("Amount"), max_digits=19, decimal_places=2)
    currency = forms.ChoiceField(label=_("Currency"), choices=currency_choices, initial="EUR")
    to = forms.ChoiceField(label=_("Into"), choices=currency_choices, initial="VND")
    day = forms.DateField(label=_("At the rate of"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"].widget = forms.TextInput()
        style_widgets(self)

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is not None and amount < 0:
            raise forms.ValidationError(_("An amount cannot be negative."))
        if amount is not None and amount >= MAX_AMOUNT:
            raise forms.ValidationError(
                _("This amount is too large to be real: check the number of zeros.")
            )
        return amount
