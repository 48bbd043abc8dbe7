"""ISO 4217 currencies: codes, Vietnamese and English names, minor digits.

The list is data (``core/data/currencies.json``, built from CLDR by
``scripts/build_currencies.py``), loaded once. Nothing at run time fetches it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.functional import lazy
from django.utils.translation import get_language

DATA = Path(__file__).resolve().parent.parent / "data" / "currencies.json"


@dataclass(frozen=True)
class Currency:
    code: str
    name: str  # Vietnamese
    name_en: str
    digits: int  # minor units: VND 0, USD 2, BHD 3

    @property
    def display_name(self) -> str:
        return self.name_en if (get_language() or "vi").startswith("en") else self.name


@cache
def currencies() -> dict[str, Currency]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    return {row["code"]: Currency(**row) for row in rows}


def get_currency(code: str) -> Currency | None:
    return currencies().get((code or "").upper())


def is_currency(code: str) -> bool:
    return get_currency(code) is not None


def minor_digits(code: str) -> int:
    currency = get_currency(code)
    return currency.digits if currency else 2


def _label(code: str) -> str:
    return f"{code} — {currencies()[code].display_name}"


_lazy_label = lazy(_label, str)

# The currencies officers meet most, first in every dropdown; the rest follow by code.
COMMON = ("VND", "USD", "EUR", "JPY", "CNY", "KRW", "LAK", "KHR", "THB", "GBP", "AUD", "SGD")


def currency_choices() -> list[tuple[str, str]]:
    """Choices for a currency field; labels follow the reader's language."""
    known = currencies()
    first = [code for code in COMMON if code in known]
    rest = [code for code in sorted(known) if code not in first]
    return [(code, _lazy_label(code)) for code in first + rest]
