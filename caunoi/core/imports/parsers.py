"""Turning one spreadsheet cell into a field value, with a message the user can act on.

Each parser takes the raw cell (text from a CSV; text, number, date or boolean from a
workbook) and returns the value for the model field, or raises ``ValidationError`` with a
translated message. ``describe()`` says what the column accepts, for the template's
instructions sheet and the import page.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext as _

from caunoi.core.fold import fold

DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
THOUSANDS = re.compile(r"^-?\d{1,3}([., ]\d{3})+$")
WORDS = re.compile(r"\w+")


def match_key(text: Any) -> str:
    """Text as compared for choices and references: folded, punctuation ignored, so that
    "so nganh" finds "Sở, ngành" and "Viet Nam - Lao" finds "Việt Nam – Lào"."""
    return " ".join(WORDS.findall(fold(str(text))))


def as_text(raw: Any) -> str:
    """A cell as text: NFC, trimmed; whole numbers from Excel lose their ".0"."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return unicodedata.normalize("NFC", str(raw)).strip()


class Parser:
    """Base parser: the model field's own conversion."""

    def parse(self, raw: Any, field: models.Field) -> Any:
        try:
            return field.to_python(as_text(raw))
        except ValidationError as exc:
            raise ValidationError(exc.messages) from exc

    def describe(self, field: models.Field) -> str:
        return _("A value")


class TextParser(Parser):
    def parse(self, raw: Any, field: models.Field) -> str:
        text = as_text(raw)
        limit = getattr(field, "max_length", None)
        if limit and len(text) > limit:
            raise ValidationError(
                _("At most %(max)d characters are allowed (this value has %(length)d).")
                % {"max": limit, "length": len(text)}
            )
        return text

    def describe(self, field: models.Field) -> str:
        limit = getattr(field, "max_length", None)
        if isinstance(field, models.EmailField):
            return _("An e-mail address")
        if isinstance(field, models.URLField):
            return _("A web address (https://…)")
        if limit:
            return _("Text, at most %(max)d characters") % {"max": limit}
        return _("Free text")


class DateParser(Parser):
    """Dates as dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd) or real Excel dates."""

    def parse(self, raw: Any, field: models.Field | None = None) -> datetime.date:
        if isinstance(raw, datetime.datetime):
            return raw.date()
        if isinstance(raw, datetime.date):
            return raw
        text = as_text(raw)
        for fmt in DATE_FORMATS:
            try:
                parsed = datetime.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
            if parsed.year >= 1000:  # "05/03/24" is refused, not read as the year 24
                return parsed
        raise ValidationError(
            _("“%(value)s” is not a date. Write dates as dd/mm/yyyy, e.g. 23/11/2026.")
            % {"value": text}
        )

    def describe(self, field: models.Field | None = None) -> str:
        return _("A date, dd/mm/yyyy")


class BooleanParser(Parser):
    TRUE = {"1", "x", "co", "yes", "y", "true", "dung"}
    FALSE = {"0", "khong", "no", "n", "false", "sai"}

    def parse(self, raw: Any, field: models.Field) -> bool:
        if isinstance(raw, bool):
            return raw
        text = fold(as_text(raw))
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise ValidationError(_("Write Yes or No."))

    def describe(self, field: models.Field) -> str:
        return _("Yes or No")


class NumberParser(Parser):
    """Numbers as Excel stores them, or typed as text: 1.234,5 (Vietnamese) or 1,234.5."""

    def parse(self, raw: Any, field: models.Field) -> Any:
        if isinstance(raw, bool):
            raise ValidationError(_("“%(value)s” is not a number.") % {"value": raw})
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        elif isinstance(raw, float) and isinstance(field, models.DecimalField):
            # Excel keeps numbers as binary floats: 168.2 is 168.19999…; its shortest decimal
            # form is what the user typed, and no float reaches a money or rate field.
            raw = Decimal(repr(raw))
        text = raw if isinstance(raw, int | float | Decimal) else self.normalise(as_text(raw))
        try:
            if isinstance(field, models.IntegerField) and not isinstance(text, int | str):
                raise ValidationError("not whole")
            return field.to_python(text)
        except ValidationError as exc:
            raise ValidationError(
                _("“%(value)s” is not a number.") % {"value": as_text(raw)}
            ) from exc

    @staticmethod
    def normalise(text: str) -> str:
        text = text.replace("\u00a0", " ")
        if THOUSANDS.match(text):
            return re.sub(r"[., ]", "", text)
        text = text.replace(" ", "")
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                return text.replace(".", "").replace(",", ".")
            return text.replace(",", "")
        return text.replace(",", ".")

    def describe(self, field: models.Field) -> str:
        return _("A number")


class ChoiceParser(Parser):
    """A choice by its code, or its label in any of the site's languages (case and accents
    ignored): "department", "Sở, ngành" and "so nganh" all give the same value."""

    def parse(self, raw: Any, field: models.Field) -> Any:
        text = as_text(raw)
        code = choice_index(field).get(match_key(text))
        if code is None:
            raise ValidationError(
                _("“%(value)s” is not one of the choices: %(choices)s.")
                % {"value": text, "choices": self.labels(field)}
            )
        return code

    @staticmethod
    def labels(field: models.Field) -> str:
        return "; ".join(str(label) for _code, label in field.flatchoices)

    def describe(self, field: models.Field) -> str:
        return _("One of: %(choices)s") % {"choices": self.labels(field)}


@functools.lru_cache(maxsize=512)
def choice_index(field: models.Field) -> dict[str, Any]:
    """Folded code and labels (every language) -> code; built once per field and process."""
    found: dict[str, Any] = {}
    for code, _label in field.flatchoices:
        found.setdefault(match_key(code), code)
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for code, label in field.flatchoices:
                found.setdefault(match_key(label), code)
    return found


class CurrencyParser(Parser):
    """A currency by its ISO 4217 code (VND, usd, Eur): the list of 153 names is too long to
    write in a message, so an unknown code is refused with a few examples."""

    def parse(self, raw: Any, field: models.Field | None = None) -> str:
        from caunoi.core.money import is_currency

        code = as_text(raw).upper()
        if not is_currency(code):
            raise ValidationError(
                _("“%(value)s” is not a currency code (ISO 4217), for example VND, USD, EUR.")
                % {"value": as_text(raw)}
            )
        return code

    def describe(self, field: models.Field | None = None) -> str:
        return _("A currency code (ISO 4217): VND, USD, EUR, JPY, …")


def parser_for(field: models.Field) -> Parser:
    """The parser a model field gets unless the import spec names another."""
    from caunoi.core.money import CurrencyField

    if isinstance(field, CurrencyField):
        return CurrencyParser()
    if field.choices:
        return ChoiceParser()
    if isinstance(field, models.BooleanField):
        return BooleanParser()
    if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
        return DateParser()
    if isinstance(field, models.IntegerField | models.DecimalField | models.FloatField):
        return NumberParser()
    if isinstance(field, models.CharField | models.TextField):
        return TextParser()
    return Parser()
