"""Build caunoi/core/data/currencies.json from the Unicode CLDR data that Babel carries.

Run once by a developer when the currency list should be refreshed (needs network access to
PyPI for Babel; the app itself never needs Babel):

    python3 -m venv /tmp/babel && /tmp/babel/bin/pip install babel
    /tmp/babel/bin/python scripts/build_currencies.py

Every ISO 4217 currency that is legal tender somewhere today is listed, with its Vietnamese and
English names and its number of minor digits (VND 0, USD 2, BHD 3).
"""

import json
from pathlib import Path

import babel.numbers
from babel.core import get_global

OUT = Path(__file__).resolve().parent.parent / "caunoi" / "core" / "data" / "currencies.json"


def main() -> None:
    codes = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if end is None and tender:
                codes.add(code)
    rows = [
        {
            "code": code,
            "name": babel.numbers.get_currency_name(code, locale="vi"),
            "name_en": babel.numbers.get_currency_name(code, locale="en"),
            "digits": babel.numbers.get_currency_precision(code),
        }
        for code in sorted(codes)
    ]
    OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} currencies written to {OUT}")


if __name__ == "__main__":
    main()
