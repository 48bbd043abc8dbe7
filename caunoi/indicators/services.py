"""Named operations other apps call: the seed sources (the aid and investment demo data cite
them too)."""

from __future__ import annotations

import datetime

from caunoi.indicators.demo_data import SOURCES
from caunoi.indicators.models import Source


def seed_sources(unit) -> dict[str, Source]:
    """The sources of the seed documents, created once (owned by ``unit``), by code."""
    found = {s.code: s for s in Source.objects.filter(code__in=SOURCES)}
    for code, (title, publisher, kind, published, year) in SOURCES.items():
        if code in found:
            continue
        source = Source(
            code=code,
            title=title,
            publisher=publisher,
            kind=kind,
            published_on=datetime.date.fromisoformat(published) if published else None,
            year=year,
            owner_unit=unit,
        )
        source.full_clean()
        source.save()
        found[code] = source
    return found
