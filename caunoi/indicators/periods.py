"""Periods of indicator values (kỳ số liệu): a year, a quarter, a month, or a run of months in
one year such as January to September ("9 tháng đầu năm"). Each becomes a first and last day,
so that values sort, filter and chart on one time line."""

from __future__ import annotations

import calendar
import datetime
import re

from django.utils.translation import get_language

from caunoi.core.fold import fold
from caunoi.indicators.choices import PeriodKind

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS_EN = [calendar.month_abbr[m] for m in range(13)]  # ["", "Jan", …] (C locale)


def months(kind: str, quarter: int | None, month: int | None, end_month: int | None):
    """The first and last month (1–12) a period covers; None when the period is incomplete."""
    if kind == PeriodKind.YEAR:
        return 1, 12
    if kind == PeriodKind.QUARTER and quarter:
        return 3 * quarter - 2, 3 * quarter
    if kind == PeriodKind.MONTH and month:
        return month, month
    if kind == PeriodKind.RANGE and month and end_month:
        return month, end_month
    return None


def bounds(kind, year, quarter=None, month=None, end_month=None):
    """(first day, last day) of the period, or (None, None)."""
    found = months(kind, quarter, month, end_month) if year else None
    if found is None:
        return None, None
    first, last = found
    last_day = calendar.monthrange(year, last)[1]
    return datetime.date(year, first, 1), datetime.date(year, last, last_day)


def label(kind, year, quarter=None, month=None, end_month=None) -> str:
    """ "Năm 2023", "Quý III/2021", "Tháng 8/2021", "9 tháng đầu năm 2021", "Tháng 4–6/2024";
    in English "2023", "Q3 2021", "Aug 2021", "Jan–Sep 2021"."""
    english = (get_language() or "vi").startswith("en")
    if not year:
        return ""
    if kind == PeriodKind.QUARTER and quarter:
        return f"Q{quarter} {year}" if english else f"Quý {ROMAN[quarter]}/{year}"
    if kind == PeriodKind.MONTH and month:
        return f"{MONTHS_EN[month]} {year}" if english else f"Tháng {month}/{year}"
    if kind == PeriodKind.RANGE and month and end_month:
        if english:
            return f"{MONTHS_EN[month]}–{MONTHS_EN[end_month]} {year}"
        if month == 1:
            return f"{end_month} tháng đầu năm {year}"
        return f"Tháng {month}–{end_month}/{year}"
    return str(year) if english else f"Năm {year}"


def code(kind, year, quarter=None, month=None, end_month=None) -> str:
    """The period as a short code, one spelling per period: "2021", "2021-Q3", "2021-08",
    "2021-01..2021-09" (the spelling of the seed facts)."""
    if not year or months(kind, quarter, month, end_month) is None:
        return ""
    if kind == PeriodKind.QUARTER:
        return f"{year}-Q{quarter}"
    if kind == PeriodKind.MONTH:
        return f"{year}-{month:02d}"
    if kind == PeriodKind.RANGE:
        return f"{year}-{month:02d}..{year}-{end_month:02d}"
    return str(year)


PATTERNS = [
    (re.compile(r"^(\d{4})$"), lambda y: (PeriodKind.YEAR, int(y), None, None, None)),
    (
        re.compile(r"^(?:nam|year)\s*(\d{4})$"),
        lambda y: (PeriodKind.YEAR, int(y), None, None, None),
    ),
    (
        re.compile(r"^(\d{4})\s*-?\s*q\s*([1-4])$"),
        lambda y, q: (PeriodKind.QUARTER, int(y), int(q), None, None),
    ),
    (
        re.compile(r"^(?:q|quy)\s*([1-4]|i{1,3}|iv)\s*[/ ]\s*(\d{4})$"),
        lambda q, y: (PeriodKind.QUARTER, int(y), QUARTER_WORDS[q], None, None),
    ),
    (
        re.compile(r"^(\d{4})-(\d{1,2})$"),
        lambda y, m: (PeriodKind.MONTH, int(y), None, int(m), None),
    ),
    (
        re.compile(r"^(?:thang\s*)?(\d{1,2})\s*/\s*(\d{4})$"),
        lambda m, y: (PeriodKind.MONTH, int(y), None, int(m), None),
    ),
    (
        re.compile(r"^(\d{4})-(\d{1,2})\s*\.\.\s*(\d{4})-(\d{1,2})$"),
        lambda y, m, y2, e: (PeriodKind.RANGE, int(y), None, int(m), int(e)) if y == y2 else None,
    ),
    (
        re.compile(r"^(?:thang\s*)?(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{4})$"),
        lambda m, e, y: (PeriodKind.RANGE, int(y), None, int(m), int(e)),
    ),
]
QUARTER_WORDS = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def parse(text: str):
    """(kind, year, quarter, month, end_month) from a written period — "2021", "2021-Q3",
    "Quý III/2021", "2021-08", "8/2021", "2021-01..2021-09", "1-9/2021" — or None."""
    folded = fold(str(text or "")).strip()
    for pattern, build in PATTERNS:
        found = pattern.match(folded)
        if found:
            parts = build(*found.groups())
            if parts is None:
                return None
            _kind, year, _quarter, month, end_month = parts
            if not 1900 <= year <= 2100 or (month and not 1 <= month <= 12):
                return None
            if end_month and not (month < end_month <= 12):
                return None
            return parts
    return None
