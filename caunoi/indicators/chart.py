"""The data behind an indicator's chart: its values on a time line, one series per kind of
period (a January–August figure is not drawn as if it were a whole year).

Values travel as decimal strings already divided by the axis scale (tỷ, triệu…): the server
does the arithmetic in Decimal and the browser only draws."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import get_language

from caunoi.core.money.format import SCALES, format_number
from caunoi.indicators.choices import PeriodKind
from caunoi.indicators.models import Indicator, IndicatorValue


def axis_scale(largest: Decimal) -> tuple[int, str]:
    """The power of ten to divide by and its word, from the largest value."""
    lang = "en" if (get_language() or "vi").startswith("en") else "vi"
    for size, word in SCALES[lang]:
        if largest >= size:
            return size, word
    return 1, ""


def chart_data(indicator: Indicator, values: list[IndicatorValue]) -> dict:
    largest = max((v.value for v in values), default=Decimal(0))
    size, word = axis_scale(largest)
    unit = indicator.unit_label
    axis = " ".join(filter(None, [word, unit]))
    lang = "en" if (get_language() or "vi").startswith("en") else "vi"
    labels = dict(PeriodKind.choices)
    series: dict[str, dict] = {}
    ordered = sorted(values, key=lambda v: (v.period_end, v.period_start))
    for value in ordered:
        entry = series.setdefault(
            value.period_kind,
            {"kind": value.period_kind, "name": str(labels[value.period_kind]), "data": []},
        )
        entry["data"].append(
            {
                "date": value.period_end.isoformat(),
                "start": value.period_start.isoformat(),
                "value": f"{(value.value / size).normalize():f}",
                "text": value.display_value,
                "period": value.period_label,
                "source": str(value.source),
                "url": value.get_absolute_url(),
            }
        )
    return {
        "title": str(indicator),
        "categories": list(dict.fromkeys(v.period_label for v in ordered)),
        "axis": axis,
        "decimal": "," if lang == "vi" else ".",
        "series": list(series.values()),
        "scale_text": format_number(Decimal(size), lang) if size > 1 else "",
    }
