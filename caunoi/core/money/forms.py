"""Typing amounts: "1.250.000" or "1.250.000,5" in Vietnamese, "1,250,000.5" in English.

A separator followed by exactly three digits, repeated, is a thousands separator; otherwise it
is the decimal mark. So "1.500" is one thousand five hundred in Vietnamese and "1.5" is one and
a half in either language; spaces are ignored.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

GROUPED = {
    "vi": re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$"),
    "en": re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$"),
}


def parse_amount(text: str, language: str | None = None) -> Decimal:
    lang = "en" if (language or get_language() or "vi").startswith("en") else "vi"
    raw = re.sub(r"[\s\u00a0\u202f]", "", str(text))
    thousands, decimal = (".", ",") if lang == "vi" else (",", ".")
    if GROUPED[lang].match(raw):
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif raw.count(decimal) == 1 and thousands not in raw:
        raw = raw.replace(decimal, ".")
    elif raw.count(thousands) == 1 and decimal not in raw:
        pass  # "1.5" / "1,5": read the single separator as the decimal mark
    raw = raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


class AmountFormField(forms.DecimalField):
    default_error_messages = {
        "invalid": _("Type an amount such as 1.250.000 or 1.250.000,50."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_amount(value)
        except ValueError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("step", None)
        attrs.update(inputmode="decimal", autocomplete="off")
        return attrs


class RateFormField(AmountFormField):
    """An exchange rate as typed: "27.150" (Vietnamese grouping), "0,000039" or "1.0842"."""

    default_error_messages = {
        "invalid": _("Type a rate such as 27.150 or 0,000039."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 24)
        kwargs.setdefault("decimal_places", 10)
        kwargs.setdefault("localize", True)
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(**kwargs)
