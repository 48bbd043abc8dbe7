"""Importing indicator values from Excel or CSV: one figure per row, with its period and
source. A row for an indicator and period already recorded updates it; all or nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from caunoi.core.imports import Column, ImportSpec, ModelLookup, NumberParser, Parser
from caunoi.core.imports.parsers import as_text
from caunoi.indicators import periods
from caunoi.indicators.models import Indicator, IndicatorValue, Source


class PeriodParser(Parser):
    """A period as written: 2023, 2021-Q3, Quý III/2021, 8/2021, 2021-08, 1-9/2021,
    2021-01..2021-09. Gives the period code."""

    def parse(self, raw, field=None) -> str:
        if isinstance(raw, int | float) and float(raw).is_integer():
            raw = int(raw)
        parts = periods.parse(as_text(raw))
        if parts is None:
            raise ValidationError(
                _(
                    "“%(value)s” is not a period. Write 2023, Q3/2021, 8/2021 or 1-9/2021 "
                    "(January to September)."
                )
                % {"value": as_text(raw)}
            )
        return periods.code(*parts)

    def describe(self, field=None) -> str:
        return _("A year (2023), quarter (Q3/2021), month (8/2021) or months (1-9/2021)")


class IndicatorValueImport(ImportSpec):
    """Indicator values; the natural key is the indicator and the period."""

    model = IndicatorValue
    natural_key = ("indicator", "period")
    columns = [
        Column(
            "indicator",
            aliases=("Chỉ tiêu", "Mã chỉ tiêu", "Indicator"),
            lookup=ModelLookup(Indicator, keys=("code", "name", "name_en")),
            example="fdi_attracted",
        ),
        Column(
            "period",
            label=gettext_lazy("Period"),
            aliases=("Kỳ", "Kỳ số liệu", "Thời kỳ"),
            parser=PeriodParser(),
            required=True,
            example="1-8/2021",
        ),
        Column("qualifier", aliases=("Mức độ", "Qualifier")),
        Column(
            "value",
            aliases=("Giá trị", "Số liệu", "Value"),
            parser=NumberParser(),
            example="841000000",
        ),
        Column(
            "source",
            aliases=("Nguồn", "Source"),
            lookup=ModelLookup(Source, keys=("code", "title")),
            example="tccs_2021",
        ),
        Column("source_detail", aliases=("Vị trí trong nguồn",)),
        Column("note", aliases=("Ghi chú", "Note")),
        Column("owner_unit", aliases=("Đơn vị", "Unit")),
    ]

    def new_instance(self, row) -> IndicatorValue:
        value = IndicatorValue()
        value.set_period(row.values.get("period", ""))
        return value
