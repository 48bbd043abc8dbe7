"""Country reference data: names from django-countries, facts from the bundled data file and
from the seed facts. Loading fills only what is empty, so it never overwrites what a Coordinator
has corrected by hand."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.utils import translation
from django_countries import countries as iso_countries

from caunoi.partners.models import Country

DATA = Path(__file__).parent / "data" / "countries.json"

# Viet Nam's relations (seed_facts.yaml, countries_reference): ISO → (established, level, since)
RELATIONS = {
    "CN": ("1950-01-18", "comprehensive_strategic", 2008),
    "RU": ("1950-01-30", "comprehensive_strategic", 2012),
    "KP": ("1950-01-31", "", None),
    "MN": ("1954-11-17", "", None),
    "ID": ("1955-12-15", "comprehensive_strategic", 2025),
    "CU": ("1960-12-02", "", None),
    "LA": ("1962-09-05", "special_relationship", None),
    "EG": ("1963-09-01", "", None),
    "KH": ("1967-06-24", "", None),
    "IN": ("1972-01-07", "comprehensive_strategic", 2016),
    "FI": ("1973-01-25", "", None),
    "AU": ("1973-02-26", "comprehensive_strategic", 2024),
    "IT": ("1973-03-23", "strategic", 2013),
    "MY": ("1973-03-30", "comprehensive_strategic", 2024),
    "FR": ("1973-04-12", "comprehensive_strategic", 2024),
    "SG": ("1973-08-01", "comprehensive_strategic", 2025),
    "GB": ("1973-09-11", "strategic", 2010),
    "JP": ("1973-09-21", "comprehensive_strategic", 2023),
    "AR": ("1973-10-25", "", None),
    "DE": ("1975-09-23", "strategic", 2011),
    "NZ": ("1975-06-19", "comprehensive_strategic", 2025),
    "PH": ("1976-07-12", "strategic", 2015),
    "TH": ("1976-08-06", "comprehensive_strategic", 2025),
    "KR": ("1992-12-22", "comprehensive_strategic", 2022),
    "US": ("1995-07-12", "comprehensive_strategic", 2023),
}
TRADITIONAL = {"LA", "KH", "CN", "CU", "KP"}
NEIGHBOURS = {"LA", "KH", "CN"}
ECONOMIC = {"FR", "US", "GB", "JP"}
POLITICAL = {"CN", "LA"}
ASEAN = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL"}


def _facts() -> dict[str, dict]:
    if not DATA.exists():
        return {}
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    rows = rows.get("countries", rows) if isinstance(rows, dict) else rows
    return {row["iso"]: row for row in rows if isinstance(row, dict) and "iso" in row}


def load_countries() -> int:
    """Create missing countries and fill empty facts; never overwrite a value already there."""
    facts = _facts()
    existing = {c.iso: c for c in Country.objects.all()}
    count = 0
    for code, _name in iso_countries:
        if code == "VN":
            continue
        country = existing.get(code) or Country(iso=code, slug=code.lower())
        before = _values(country)
        for field, value in _reference(code, facts.get(code, {})).items():
            if getattr(country, field) in (None, "", False):
                setattr(country, field, value)
        if country.pk is None or _values(country) != before:
            country.save()
            count += 1
    return count


def _reference(code: str, fact: dict) -> dict:
    with translation.override("vi"):
        name = str(iso_countries.name(code))
    with translation.override("en"):
        name_en = str(iso_countries.name(code))
    established, level, since = RELATIONS.get(code, (None, "", None))
    month = day = None
    if fact.get("national_day"):
        month, day = map(int, fact["national_day"].split("-"))
    return {
        "name": name,
        "name_en": name_en,
        "region": fact.get("region") or ("asean" if code in ASEAN else ""),
        "capital": fact.get("capital_vi") or fact.get("capital_en") or "",
        "languages": ", ".join(fact.get("languages") or []),
        "national_day_month": month,
        "national_day_day": day,
        "relations_established": datetime.date.fromisoformat(established) if established else None,
        "partnership_level": level,
        "partnership_since": since,
        "is_asean": code in ASEAN,
        "is_neighbour": code in NEIGHBOURS,
        "is_traditional_friend": code in TRADITIONAL,
        "is_economic_priority": code in ECONOMIC,
        "is_political_priority": code in POLITICAL,
    }


def _values(country) -> dict:
    from caunoi.core.changelog import snapshot

    return snapshot(country)
