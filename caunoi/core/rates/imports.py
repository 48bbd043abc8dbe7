"""Importing exchange rates from Excel or CSV (a bank's or the State Bank's table, one rate per
row). A row with the date and pair of an existing rate updates it; all or nothing."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from caunoi.core.imports import Column, ImportSpec, NumberParser
from caunoi.core.models import ExchangeRate


class ExchangeRateImport(ImportSpec):
    """Exchange rates; the natural key is the date and the currency pair."""

    model = ExchangeRate
    natural_key = ("date", "currency", "quote_currency")
    columns = [
        Column("date", aliases=("Ngày", "Ngày áp dụng", "Date"), example="15/03/2026"),
        Column("currency", aliases=("Ngoại tệ", "Mã ngoại tệ", "Currency"), example="EUR"),
        Column(
            "quote_currency",
            aliases=("Quy ra", "Đồng tiền quy đổi", "Quote"),
            required=False,
            help=_("Blank: VND"),
            example="VND",
        ),
        Column(
            "rate",
            aliases=("Tỷ giá", "Rate"),
            parser=NumberParser(),
            help=_("Units of the quote currency for one unit of the currency"),
            example="27150",
        ),
        Column("source", aliases=("Nguồn", "Nguồn tỷ giá", "Source"), example="Vietcombank"),
        Column("source_url", aliases=("Đường dẫn", "Link")),
        Column("owner_unit", aliases=("Đơn vị", "Unit")),
    ]
