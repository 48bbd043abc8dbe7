"""Money as people read it: "970,8 triệu USD" in Vietnamese, "USD 970.8 million" in English.

``compact`` (the default) writes amounts of a million and more with a scale word and at most
two decimals (trailing zeros dropped, half up); smaller amounts, and every amount with
``compact=False``, are written in full to the currency's minor unit with grouped thousands.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import get_language

from caunoi.core.money.currencies import minor_digits
from caunoi.core.money.value import Money, quantize

SCALES = {
    "vi": ((10**12, "nghìn tỷ"), (10**9, "tỷ"), (10**6, "triệu")),
    "en": ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")),
}
SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)
TWO_PLACES = Decimal("0.01")


def _language(language: str | None) -> str:
    return "en" if (language or get_language() or "vi").startswith("en") else "vi"


def format_number(
    value: Decimal, language: str, places: int | None = None, max_places: int = 2
) -> str:
    """Grouped digits; ``places=None`` keeps at most ``max_places`` decimals, no trailing 0."""
    language = _language(language)
    thousands, decimal_mark = SEPARATORS[language]
    if places is None:
        value = value.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
        text = f"{abs(value):f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{abs(value):.{places}f}"
    whole, _, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    number = thousands.join(groups) + (decimal_mark + fraction if fraction else "")
    return ("-" + number) if value < 0 and number.strip("0.,") else number


def scaled(value: Decimal, language: str | None = None) -> tuple[str, str] | None:
    """A number of a million or more as (digits, scale word): ("970,8", "triệu"), ("8.67",
    "billion"); None below a million. At most two decimals, half up, trailing zeros dropped."""
    lang = _language(language)
    scales = SCALES[lang]
    for index, (size, word) in enumerate(scales):
        if abs(value) < size:
            continue
        number = (value / size).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
        if abs(number) >= 1000 and index > 0:  # 999,999.999 million reads 1 billion
            size, word = scales[index - 1]
            number = (value / size).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
        return format_number(number, lang), word
    return None


def format_money(money: Money | None, *, compact: bool = True, language: str | None = None) -> str:
    if money is None:
        return "—"
    lang = _language(language)
    amount, code = money.amount, money.currency
    if compact:
        found = scaled(amount, lang)
        if found is not None:
            number, word = found
            return f"{number} {word} {code}" if lang == "vi" else f"{code} {number} {word}"
    number = format_number(quantize(amount, code), lang, places=minor_digits(code))
    return f"{number} {code}" if lang == "vi" else f"{code} {number}"


def format_quantity(value: Decimal, unit: str = "", language: str | None = None) -> str:
    """A count or measure as reports write it: "22,6 triệu lượt", "346 dự án", "4.1 million
    visits"; below a million in full with at most two decimals."""
    lang = _language(language)
    found = scaled(value, lang)
    number = " ".join(found) if found else format_number(value, lang)
    return f"{number} {unit}".strip()


def format_rate(rate: Decimal, language: str | None = None) -> str:
    """An exchange rate: grouped, up to six decimals ("27.150" or "0,000039")."""
    return format_number(rate, _language(language), max_places=6)
