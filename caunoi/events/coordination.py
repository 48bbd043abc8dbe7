"""Coordination (phối hợp) for events: the ±7-day warning, and a partner's or country's view of
everything planned by every unit."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.partners import coordination
from caunoi.partners.coordination import OverlapQuery

WINDOW_DAYS = 7


def overlaps_for(*, user, start, end, partners, co_partners, countries, unit, event=None):
    """Other units' activities with any of these partners or countries within ±7 days."""
    partner_ids = frozenset(p.pk for p in [*partners, *co_partners])
    country_ids = frozenset(c.pk for c in countries)
    query = OverlapQuery.around(
        start,
        end,
        WINDOW_DAYS,
        partner_ids=partner_ids,
        country_ids=country_ids,
        exclude_unit_id=unit.pk if unit is not None else None,
        exclude=("events.event", event.pk) if event is not None and event.pk else None,
    )
    return coordination.overlaps(query, user)


def overlaps_of(event, user):
    """The warnings for a saved event (its page, the API's answer)."""
    return overlaps_for(
        user=user,
        start=event.start_date,
        end=event.end_date,
        partners=event.partners.all(),
        co_partners=event.co_organiser_partners.all(),
        countries=event.countries.all(),
        unit=event.owner_unit,
        event=event,
    )


@dataclass
class Row:
    """One line of the coordination view: a record from any source, or a calendar item."""

    start: datetime.date
    end: datetime.date | None
    kind_label: str
    title: str
    url: str
    unit: object
    contact: str = ""
    reason: str = ""
    major: bool = False


def _day(value) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


def planned_with(user, *, start, end, partner=None, country=None) -> list[Row]:
    """Everything every unit has with the partner or country between two days: the
    coordination sources (every unit, titles only where the user may see them) and the shared
    calendar's other items (anniversaries, agreement deadlines) the user may see."""
    partner_ids = frozenset({partner.pk}) if partner else frozenset()
    country_ids = set()
    if country is not None:
        country_ids.add(country.pk)
    if partner is not None and partner.country_id:
        country_ids.add(partner.country_id)
    if not (partner_ids or country_ids):
        return []
    query = OverlapQuery(start, end, partner_ids=partner_ids, country_ids=frozenset(country_ids))
    rows = [
        Row(o.start, o.end, o.kind_label, o.title, o.url, o.unit, o.contact, o.reason)
        for o in coordination.overlaps(query, user)
    ]
    seen = {row.url for row in rows if row.url}
    queries = []
    if partner_ids:
        queries.append(CalendarQuery(start=start, end=end, partners=partner_ids))
    if country_ids:
        queries.append(CalendarQuery(start=start, end=end, countries=frozenset(country_ids)))
    for calendar_query in queries:
        for item in items_for(user, calendar_query):
            if item.url and item.url in seen:
                continue
            rows.append(
                Row(
                    _day(item.start),
                    _day(item.end) if item.end else None,
                    item.kind_label,
                    item.title,
                    item.url,
                    item.unit,
                    major=item.major,
                )
            )
            seen.add(item.url)
    return sorted(rows, key=lambda r: (r.start, r.title))
