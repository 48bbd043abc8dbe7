"""Coordinates for foreign localities from the bundled gazetteer (capitals, cities over 500,000
people and a few regions; GeoNames, CC-BY 4.0 — see partners/data/README.md)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from caunoi.core.fold import fold

DATA = Path(__file__).parent / "data" / "gazetteer.json"
# Words that name the kind of place, not the place ("Thủ đô Viêng Chăn", "Tỉnh Vân Nam").
PREFIXES = (
    "thu do ",
    "thanh pho ",
    "tinh ",
    "vung ",
    "khu vuc ",
    "bang ",
    "capital ",
    "city of ",
    "province of ",
)
SUFFIXES = (" capital", " city", " province", " prefecture", " region", " state")


def _key(name: str) -> str:
    text = fold(name)
    for prefix in PREFIXES:
        text = text.removeprefix(prefix)
    for suffix in SUFFIXES:
        text = text.removesuffix(suffix)
    return text.strip()


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], dict]:
    rows = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else []
    index: dict[tuple[str, str], dict] = {}
    for row in sorted(rows, key=lambda r: r.get("population") or 0):
        for name in (row["name"], row.get("name_ascii", "")):
            if name:
                index[(_key(name), row["country"])] = row  # the most populous wins
    return index


def locate(names: list[str], country_iso: str | None) -> dict | None:
    """The gazetteer entry matching any of ``names`` in the country, or None."""
    if not country_iso:
        return None
    index = _index()
    for name in names:
        if name and (found := index.get((_key(name), country_iso.upper()))):
            return found
    return None
