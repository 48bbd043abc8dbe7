"""The shared calendar's sources: every app that has dated records contributes its own.

    def delegation_items(user, query: CalendarQuery) -> Iterable[CalendarItem]: ...
    register_source("delegations", delegation_items)

The calendar screens, the iCalendar feeds and ``/api/v1/calendar/`` (the events app) ask every
source for the items between two dates that the user may see, already filtered by unit,
country, partner and kind where the query names them, so that sources filter in SQL.

The month grid shows a few items a day (``CalendarQuery.per_day``). A source over a big table
may then return only the first ``per_day`` items of each day, in the calendar's order, as
:class:`Items` whose ``left_out`` says how many it did not return per day; the grid adds them
to its "and N more".
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CalendarQuery:
    start: datetime.date  # first day shown
    end: datetime.date  # last day shown (inclusive)
    units: frozenset[int] = frozenset()  # owning units; empty: any
    countries: frozenset[int] = frozenset()  # partners.Country ids; empty: any
    partners: frozenset[int] = frozenset()  # partners.Partner ids; empty: any
    kinds: frozenset[str] = frozenset()  # CalendarItem.kind values; empty: any
    # The earliest ``limit`` items only (the home page's "coming up"); a source may return more
    # and ``items_for`` cuts, but a source over a big table should stop at ``limit`` in SQL.
    limit: int | None = None
    hide_cancelled: bool = False  # leave out cancelled items (sources may leave them to us)
    # The month grid shows this many items a day: a source may leave out the rest of a day's
    # items (in the order of ``items_for``), counting them in ``Items.left_out``.
    per_day: int | None = None


@dataclass(frozen=True)
class CalendarItem:
    kind: str  # source key: "event", "delegation", "agreement_deadline", "anniversary"
    kind_label: str
    title: str
    start: datetime.date | datetime.datetime  # a date for all-day items, else an aware datetime
    end: datetime.date | datetime.datetime | None = None  # all-day: the last day, inclusive
    all_day: bool = True
    url: str = ""
    unit: object = None  # the owning unit (an OrgUnit) or None
    icon: str = "calendar-event"
    color: str = "blue"  # a Tabler colour name
    place: str = ""
    time_zone: str = ""  # IANA name of the place's zone, for datetimes abroad
    uid: str = ""  # stable identifier for iCalendar ("delegation-12@caunoi")
    partner_ids: frozenset[int] = field(default_factory=frozenset)
    country_ids: frozenset[int] = field(default_factory=frozenset)
    status_label: str = ""  # "Cancelled", "Awaiting approval": shown beside the title
    description: str = ""  # a line or two for the iCalendar feed and tooltips
    major: bool = False  # stands out (a major anniversary, a high-level visit)
    cancelled: bool = False  # still shown, struck through; STATUS:CANCELLED in iCalendar


@dataclass(frozen=True)
class CalendarSource:
    key: str
    label: str
    items: Callable[[object, CalendarQuery], Iterable[CalendarItem]]


class Items(list):
    """Calendar items, and per day how many more there are than the list holds."""

    def __init__(self, items: Iterable[CalendarItem] = (), left_out=None):
        super().__init__(items)
        self.left_out: Counter[datetime.date] = Counter(left_out or {})


sources: dict[str, CalendarSource] = {}


def shown_per_day(spans, start: datetime.date, end: datetime.date, per_day: int):
    """For a source cutting per day: ``spans`` are ``(order key, pk, first day, last day)``
    tuples, the key sorting as :func:`items_for` does. Returns the pks among the first
    ``per_day`` of at least one day from ``start`` to ``end``, and per day how many covering
    it are not among them (for :class:`Items`)."""
    spans = sorted(spans, key=lambda s: s[0])
    days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    covering = {day: [s[1] for s in spans if s[2] <= day <= (s[3] or s[2])] for day in days}
    shown = {pk for pks in covering.values() for pk in pks[:per_day]}
    left_out = Counter({day: sum(pk not in shown for pk in pks) for day, pks in covering.items()})
    return shown, +left_out


def register_source(key: str, label, items: Callable) -> None:
    sources[key] = CalendarSource(key, label, items)


def items_for(user, query: CalendarQuery) -> Items:
    """Every source's items for ``query``, in the calendar's order (start, then title)."""
    found: list[CalendarItem] = []
    left_out: Counter[datetime.date] = Counter()
    for source in sources.values():
        if query.kinds and source.key not in query.kinds:
            continue
        items = source.items(user, query)
        left_out.update(getattr(items, "left_out", {}))
        found.extend(items)
    if query.hide_cancelled:
        found = [item for item in found if not item.cancelled]
    found.sort(key=lambda i: (_as_datetime(i.start), i.title))
    return Items(found if query.limit is None else found[: query.limit], left_out)


def _as_datetime(value) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    return datetime.datetime.combine(value, datetime.time.min)
