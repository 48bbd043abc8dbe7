"""Who else in the city is working with the same partner or country at the same time.

Apps with dated dealings (delegations, events) register a source; before a record is saved,
:func:`overlaps` asks every source for other units' records with any of the partners or
countries within a window, so the officer learns, by name, which unit to call. The warning
names the unit and its contact person even when the user may not open the record itself
(then without its title or link): avoiding a clash matters more than the record's privacy
inside the city's own units.

    def delegation_overlaps(query: OverlapQuery, user) -> list[Overlap]: ...
    coordination.register(delegation_overlaps)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OverlapQuery:
    start: datetime.date
    end: datetime.date
    partner_ids: frozenset[int] = frozenset()
    country_ids: frozenset[int] = frozenset()
    exclude_unit_id: int | None = None  # the acting unit: its own records are no surprise
    exclude: tuple[str, int] | None = None  # ("delegations.delegation", pk) of the record itself

    @classmethod
    def around(cls, start, end, days: int, **kwargs) -> OverlapQuery:
        """The window ``days`` before ``start`` to ``days`` after ``end``."""
        delta = datetime.timedelta(days=days)
        return cls(start=start - delta, end=(end or start) + delta, **kwargs)


@dataclass(frozen=True)
class Overlap:
    kind_label: str  # "Outbound delegation", "Event"
    start: datetime.date
    end: datetime.date | None
    unit: object  # the OrgUnit that holds the record
    contact: str = ""  # the person to call: name, and phone or email where known
    title: str = ""  # empty when the user may not see the record
    url: str = ""
    reason: str = ""  # "same partner: Vientiane" / "same country: Laos"
    partners: tuple[str, ...] = field(default_factory=tuple)


sources: list[Callable] = []


def register(source: Callable) -> None:
    """``source(query: OverlapQuery, user) -> list[Overlap]``."""
    if source not in sources:
        sources.append(source)


def overlaps(query: OverlapQuery, user) -> list[Overlap]:
    if not (query.partner_ids or query.country_ids):
        return []
    found: list[Overlap] = []
    for source in sources:
        found.extend(source(query, user))
    return sorted(found, key=lambda o: o.start)
