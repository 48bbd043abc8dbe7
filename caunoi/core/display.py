"""Turning a record's fields into label/value rows for detail pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models


@dataclass
class FieldRow:
    name: str
    label: str
    value: Any
    kind: str  # text, bool, date, datetime, link, list, longtext, empty
    url: str = ""


def field_rows(obj: models.Model, names: list[str] | None = None) -> list[FieldRow]:
    opts = obj._meta
    if names is None:
        names = [
            f.name
            for f in [*opts.concrete_fields, *opts.many_to_many]
            if f.editable and not f.primary_key and f.name not in {"owner_unit"}
        ]
    return [_row(obj, opts.get_field(name)) for name in names]


def _row(obj, field) -> FieldRow:
    label = str(field.verbose_name)
    label = label[:1].upper() + label[1:]
    if field.many_to_many:
        items = list(getattr(obj, field.name).all())
        return FieldRow(field.name, label, items, "list" if items else "empty")
    value = getattr(obj, field.name)
    if value in (None, ""):
        return FieldRow(field.name, label, None, "empty")
    if field.choices:
        return FieldRow(field.name, label, getattr(obj, f"get_{field.name}_display")(), "text")
    if isinstance(field, models.BooleanField):
        return FieldRow(field.name, label, value, "bool")
    if isinstance(field, models.DateTimeField):
        return FieldRow(field.name, label, value, "datetime")
    if isinstance(field, models.DateField):
        return FieldRow(field.name, label, value, "date")
    if isinstance(field, models.ForeignKey):
        url = value.get_absolute_url() if hasattr(value, "get_absolute_url") else ""
        return FieldRow(field.name, label, value, "link", url)
    money = _money_of(obj, field)
    if money is not None:
        return FieldRow(field.name, label, money, "text")
    if isinstance(field, models.TextField):
        return FieldRow(field.name, label, value, "longtext")
    if isinstance(field, models.URLField):
        return FieldRow(field.name, label, value, "url", value)
    return FieldRow(field.name, label, value, "text")


def _money_of(obj, field) -> str | None:
    """An amount field read with its currency ("80.000,00 EUR") when the model pairs them in a
    ``MoneyProperty``; None for other fields."""
    from caunoi.core.money import AmountField, MoneyProperty, format_money

    if not isinstance(field, AmountField):
        return None
    for value in vars(type(obj)).values():
        if isinstance(value, MoneyProperty) and value.amount_field == field.name:
            money = value.__get__(obj)
            return format_money(money, compact=False) if money is not None else None
    return None
