"""The anniversaries planner (ngày kỷ niệm): round years of dated facts, computed at read time.

A *fact* is a day something began: Viet Nam's diplomatic relations with a country, a twinning,
the founding of a partner or of a friendship association, the signing of an agreement. Apps
contribute facts by registering a source for one kind::

    def agreement_facts(query: FactQuery) -> Iterable[DatedFact]:
        rows = Agreement.objects.restrict(query.user).filter(query.date_q("signed_on"))
        ...
    register_date_source("agreement_signing", _("Signing of an agreement"), agreement_facts)

``query.date_q(field)`` narrows the rows in SQL to those whose anniversary can fall in the
window (the months, and years that give a multiple of five). Sources return only what the
user may see and honour the query's countries, partners, units and ``object_ids``.

Rules (ADR 0025): an anniversary is *round* when the years are a multiple of 5 (năm chẵn) and
*major* at 10, 20, 25, 30 … (multiples of 10 and of 25, năm tròn); national days recur every
year without a count. A fact dated 29 February is remembered on 28 February in common years.
An anniversary's identity is ``kind:source:object_id:year`` (:attr:`Anniversary.key`), so an
event planned for it stays linked whatever else changes.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.db.models.functions import ExtractYear, Mod
from django.db.models.lookups import In
from django.utils.translation import gettext as _

from caunoi.core.dates import add_months

ROUND = 5


@dataclass(frozen=True)
class DatedFact:
    """Something that began on a day (or, for national days, recurs on a day every year)."""

    kind: str  # the registered source's key ("diplomatic_relations")
    source: str  # the record's model label ("partners.country")
    object_id: int
    month: int
    day: int
    year: int | None  # None: recurs without a count (national days)
    what: str  # what is commemorated, in the reader's language
    url: str = ""
    unit: object = None  # the city unit it belongs to, if any
    country_id: int | None = None
    country_name: str = ""
    partner_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def dated(cls, kind: str, source: str, object_id: int, on: datetime.date, what: str, **kw):
        return cls(kind, source, object_id, on.month, on.day, on.year, what, **kw)


def falls_on(month: int, day: int, year: int) -> datetime.date:
    """The day a date's anniversary falls on in ``year``: 29 February is 28 February in common
    years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return datetime.date(year, 2, 28)
    return datetime.date(year, month, day)


def is_round(years: int) -> bool:
    return years > 0 and years % ROUND == 0


def is_major(years: int) -> bool:
    return years > 0 and (years % 10 == 0 or years % 25 == 0)


@dataclass(frozen=True)
class Anniversary:
    fact: DatedFact
    day: datetime.date
    years: int | None  # None for national days

    @property
    def key(self) -> str:
        f = self.fact
        return make_key(f.kind, f.source, f.object_id, self.day.year)

    @property
    def is_round(self) -> bool:
        return self.years is not None and is_round(self.years)

    @property
    def is_major(self) -> bool:
        return self.years is not None and is_major(self.years)

    @property
    def kind_label(self) -> str:
        source = sources.get(self.fact.kind)
        return str(source.label) if source else self.fact.kind

    @property
    def title(self) -> str:
        if self.years is None:
            return self.fact.what
        return _("%(years)s years of %(what)s") % {"years": self.years, "what": self.fact.what}

    @property
    def origin(self) -> datetime.date | None:
        f = self.fact
        return datetime.date(f.year, f.month, f.day) if f.year else None


def make_key(kind: str, source: str, object_id: int, year: int) -> str:
    return f"{kind}:{source}:{object_id}:{year}"


def parse_key(key: str) -> tuple[str, str, int, int] | None:
    parts = (key or "").split(":")
    if len(parts) != 4:
        return None
    kind, source, object_id, year = parts
    try:
        return kind, source, int(object_id), int(year)
    except ValueError:
        return None


@dataclass(frozen=True)
class FactQuery:
    start: datetime.date
    end: datetime.date  # inclusive
    user: object
    countries: frozenset[int] = frozenset()
    partners: frozenset[int] = frozenset()
    units: frozenset[int] = frozenset()
    object_ids: frozenset[int] = frozenset()  # only these records (finding one anniversary)
    every_year: bool = False  # False: only years that are a multiple of five

    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)

    def months(self) -> set[int]:
        found, day = set(), self.start.replace(day=1)
        while day <= self.end and len(found) < 12:
            found.add(day.month)
            day = add_months(day, 1)
        return found

    def date_q(self, field_name: str) -> Q:
        """Rows whose date in ``field_name`` can have an anniversary in the window."""
        q = Q(**{f"{field_name}__isnull": False, f"{field_name}__year__lt": self.end.year})
        months = self.months()
        if len(months) < 12:
            q &= Q(**{f"{field_name}__month__in": sorted(months)})
        if not self.every_year:
            residues = sorted({year % ROUND for year in self.years()})
            if len(residues) < ROUND:
                q &= Q(In(Mod(ExtractYear(field_name), ROUND), residues))
        if self.object_ids:
            q &= Q(pk__in=self.object_ids)
        return q


@dataclass(frozen=True)
class DateSource:
    key: str
    label: object
    facts: Callable[[FactQuery], Iterable[DatedFact]]


sources: dict[str, DateSource] = {}


def register_date_source(key: str, label, facts: Callable[[FactQuery], Iterable[DatedFact]]):
    """Add a kind of fact to the planner, the calendar and the API."""
    sources[key] = DateSource(key, label, facts)


def horizon_months() -> int:
    return int(getattr(settings, "CAUNOI_ANNIVERSARY_MONTHS", 18))


def occurrences(fact: DatedFact, start: datetime.date, end: datetime.date, every_year=False):
    for year in range(start.year, end.year + 1):
        day = falls_on(fact.month, fact.day, year)
        if not start <= day <= end:
            continue
        if fact.year is None:
            yield Anniversary(fact, day, None)
            continue
        years = year - fact.year
        if years > 0 and (every_year or is_round(years)):
            yield Anniversary(fact, day, years)


def between(
    user,
    start: datetime.date,
    end: datetime.date,
    *,
    kinds: Iterable[str] = (),
    countries: Iterable[int] = (),
    partners: Iterable[int] = (),
    units: Iterable[int] = (),
    every_year: bool = False,
    major_only: bool = False,
    object_ids: Iterable[int] = (),
) -> list[Anniversary]:
    """Every anniversary between two days (inclusive) the user may see, in date order."""
    query = FactQuery(
        start,
        end,
        user,
        frozenset(countries),
        frozenset(partners),
        frozenset(units),
        frozenset(object_ids),
        every_year,
    )
    wanted = set(kinds)
    found: list[Anniversary] = []
    for source in sources.values():
        if wanted and source.key not in wanted:
            continue
        for fact in source.facts(query):
            for anniversary in occurrences(fact, start, end, every_year):
                if major_only and not anniversary.is_major:
                    continue
                found.append(anniversary)
    return sorted(found, key=lambda a: (a.day, -(a.years or 0), a.title))


def find(key: str, user) -> Anniversary | None:
    """The anniversary with this key, if its record exists and the user may see it."""
    parsed = parse_key(key)
    if parsed is None or parsed[0] not in sources:
        return None
    kind, _source, object_id, year = parsed
    if not 1 <= year <= 9999:
        return None
    found = between(
        user,
        datetime.date(year, 1, 1),
        datetime.date(year, 12, 31),
        kinds=[kind],
        object_ids=[object_id],
        every_year=True,
    )
    return next((a for a in found if a.key == key), None)
