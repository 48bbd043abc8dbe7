"""What events and anniversaries contribute to shared screens: the calendar, the coordination
warnings, the partner timeline and the partners' "last contact"."""

from __future__ import annotations

import datetime
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, DateField, F, Max, OuterRef, Q, Subquery, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.core.calendar import CalendarItem, CalendarQuery, Items, shown_per_day
from caunoi.events import anniversaries
from caunoi.events.choices import EventStatus

LIVE = ~Q(status=EventStatus.CANCELLED)


# -- calendar ------------------------------------------------------------------------------------
def events_between(queryset, start: datetime.date, end: datetime.date):
    """Events with at least one day between ``start`` and ``end`` (inclusive): those starting
    in the window, and those over several days that started before it and run into it.

    Both halves are index ranges (``event_dates``, and the partial ``event_spanning`` whose
    condition the second half repeats so the planner may use it); a condition on the last day
    alone would leave ``start_date`` unbounded below and read twenty years of events.
    """
    return queryset.filter(_starting(start, end) | _running_into(start))


def _starting(start: datetime.date, end: datetime.date) -> Q:
    return Q(start_date__gte=start, start_date__lte=end)


def _running_into(start: datetime.date) -> Q:
    return Q(start_date__lt=start, end_date__gte=start, end_date__gt=F("start_date"))


def _links(events) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Partner and country ids of these events, in two queries."""
    from caunoi.events.models import Event

    ids = [e.pk for e in events]
    partners: dict[int, set[int]] = {pk: set() for pk in ids}
    countries: dict[int, set[int]] = {pk: set() for pk in ids}
    if not ids:
        return partners, countries
    for through in (Event.partners.through, Event.co_organiser_partners.through):
        for event_id, partner_id in through.objects.filter(event_id__in=ids).values_list(
            "event_id", "partner_id"
        ):
            partners[event_id].add(partner_id)
    rows = Event.countries.through.objects.filter(event_id__in=ids)
    for event_id, country_id in rows.values_list("event_id", "country_id"):
        countries[event_id].add(country_id)
    return partners, countries


def filter_events(queryset, *, units=(), countries=(), partners=()):
    if units:
        queryset = queryset.filter(Q(owner_unit__in=units) | Q(co_organiser_units__in=units))
    if countries:
        queryset = queryset.filter(Q(countries__in=countries) | Q(partners__country__in=countries))
    if partners:
        queryset = queryset.filter(Q(partners__in=partners) | Q(co_organiser_partners__in=partners))
    return queryset.distinct() if (units or countries or partners) else queryset


def event_items(user, query: CalendarQuery) -> list[CalendarItem]:
    from caunoi.events.models import Event

    rows = filter_events(
        Event.objects.restrict(user),
        units=query.units,
        countries=query.countries,
        partners=query.partners,
    ).select_related("owner_unit")
    if query.hide_cancelled:
        rows = rows.exclude(status=EventStatus.CANCELLED)
    left_out: Counter[datetime.date] = Counter()
    if query.per_day is not None:
        events, left_out = _first_of_each_day(events_between(rows, query.start, query.end), query)
    elif query.limit is not None:
        events = _earliest(rows, query)
    else:
        events = list(events_between(rows, query.start, query.end).order_by(*ORDER))
    partner_ids, country_ids = _links(events)
    items = [item_for_event(e, partner_ids[e.pk], country_ids[e.pk]) for e in events]
    return Items(items, left_out)


SPANNING = Q(end_date__gt=F("start_date"))
ORDER = ("start_date", "start_time", "pk")


def _earliest(rows, query: CalendarQuery) -> list:
    """The window's first ``limit`` events (the home page's "coming up"), one index range at a
    time, in order: those that began before the window and run into it come first, then those
    starting in it. Asked as one ``OR`` with ``ORDER BY … LIMIT``, the planner walks the date
    index from the first event ever recorded (2.7 s nationally)."""
    running = list(rows.filter(_running_into(query.start)).order_by(*ORDER)[: query.limit])
    if len(running) >= query.limit:
        return running
    starting = rows.filter(_starting(query.start, query.end)).order_by(*ORDER)
    return running + list(starting[: query.limit - len(running)])


def _first_of_each_day(rows, query: CalendarQuery):
    """The events the month grid shows, with how many it does not per day: a busy month
    nationally holds thousands of events and the grid shows ``per_day`` a day.

    Events over several days (a fifth of them) are first read as bare tuples; those among the
    first ``per_day`` of some day are then read whole. One-day events are ranked within their
    day in SQL. Each list is in the calendar's order (start, then name), so every day's first
    items are among those returned."""
    from caunoi.events.models import Event

    per_day = query.per_day
    spans = [
        ((first, at or datetime.time.min, name, pk), pk, first, last)
        for pk, first, at, last, name in rows.filter(SPANNING).values_list(
            "pk", "start_date", "start_time", "end_date", "name"
        )
    ]
    shown, left_out = shown_per_day(spans, query.start, query.end, per_day)
    spanning = list(Event.objects.filter(pk__in=shown).select_related("owner_unit"))
    one_day = Event.objects.filter(pk__in=rows.exclude(SPANNING).values("pk"))
    day = {"partition_by": F("start_date")}
    order = [F("start_time").asc(nulls_first=True), "name", "pk"]
    ranked = one_day.select_related("owner_unit").annotate(
        rank=Window(RowNumber(), order_by=order, **day), on_day=Window(Count("pk"), **day)
    )
    first = list(ranked.filter(rank__lte=per_day).order_by("start_date", *order))
    left_out.update({e.start_date: e.on_day - e.rank for e in first if e.rank == per_day})
    return spanning + first, +left_out


def item_for_event(event, partner_ids=(), country_ids=()) -> CalendarItem:
    timed = event.start_time is not None
    if timed:
        start = event.starts_at
        several_days = event.end_date and event.end_date != event.start_date
        end = event.ends_at or (event.end_date if several_days else None)
    else:
        start, end = event.start_date, event.end_date
    place = event.venue or event.city or event.get_place_display()
    cancelled = event.status == EventStatus.CANCELLED
    return CalendarItem(
        kind="event",
        kind_label=event.get_kind_display(),
        title=str(event),
        start=start,
        end=end,
        all_day=not timed,
        url=event.get_absolute_url(),
        unit=event.owner_unit,
        icon="calendar-event",
        color="secondary" if cancelled else ("green" if event.status == "done" else "blue"),
        place=place,
        time_zone=event.time_zone if timed else "",
        uid=f"event-{event.pk}@caunoi",
        partner_ids=frozenset(partner_ids),
        country_ids=frozenset(country_ids),
        status_label=event.get_status_display(),
        description=event.description[:500],
        cancelled=cancelled,
    )


def anniversary_items(user, query: CalendarQuery) -> list[CalendarItem]:
    found = anniversaries.between(
        user,
        query.start,
        query.end,
        countries=query.countries,
        partners=query.partners,
        units=query.units,
    )
    return [item_for_anniversary(a) for a in found]


def item_for_anniversary(a: anniversaries.Anniversary) -> CalendarItem:
    fact = a.fact
    return CalendarItem(
        kind="anniversary",
        kind_label=a.kind_label,
        title=a.title,
        start=a.day,
        end=None,
        all_day=True,
        url=reverse("events:anniversary_detail", args=[a.key]),
        unit=fact.unit,
        icon="confetti" if a.is_major else "cake",
        color="red" if a.is_major else ("purple" if a.years is None else "orange"),
        uid=f"anniversary-{a.key.replace(':', '-')}@caunoi",
        partner_ids=fact.partner_ids,
        country_ids=frozenset({fact.country_id}) if fact.country_id else frozenset(),
        status_label=_("Major anniversary") if a.is_major else "",
        description=fact.what,
        major=a.is_major,
    )


# -- coordination --------------------------------------------------------------------------------
def _contacts(event_ids) -> dict[int, str]:
    """Who recorded each event, with a phone or email: the person another unit should call."""
    from caunoi.core.models import ObjectChange
    from caunoi.events.models import Event

    ct = ContentType.objects.get_for_model(Event)
    rows = (
        ObjectChange.objects.filter(content_type=ct, object_id__in=event_ids, action="create")
        .values_list("object_id", "user_name", "user__phone", "user__email")
        .order_by("time")
    )
    found: dict[int, str] = {}
    for object_id, name, phone, email in rows:
        reach = phone or email
        found.setdefault(object_id, f"{name} ({reach})" if name and reach else (name or ""))
    return found


def event_overlaps(query, user) -> list:
    """Other units' events with the same partners or countries in the window (not cancelled)."""
    from caunoi.events.models import Event
    from caunoi.partners.coordination import warnings_for

    partners, countries = set(query.partner_ids), set(query.country_ids)
    match = Q()
    if partners:
        match |= Q(partners__in=partners) | Q(co_organiser_partners__in=partners)
    if countries:
        match |= Q(countries__in=countries) | Q(partners__country__in=countries)
    rows = events_between(Event.objects.filter(LIVE), query.start, query.end).filter(match)
    if query.exclude_unit_id:
        rows = rows.exclude(owner_unit_id=query.exclude_unit_id)
    if query.exclude and query.exclude[0] == "events.event":
        rows = rows.exclude(pk=query.exclude[1])
    events = list(rows.distinct().select_related("owner_unit").order_by("start_date"))
    return warnings_for(
        events,
        query,
        user,
        links=_links,
        contacts=lambda found: _contacts([e.pk for e in found]),
        kind=lambda _e: _("Event"),
    )


# -- partner page ----------------------------------------------------------------------------------
def timeline_entries(partner, user, limit: int | None = None, until=None) -> list:
    from caunoi.events.models import Event
    from caunoi.partners.timeline import Entry

    today = timezone.localdate()
    # Two indexed look-ups of the links instead of DISTINCT over an OR of two joins.
    linked = Event.partners.through.objects.filter(partner=partner).values("event_id")
    co_organised = Event.co_organiser_partners.through.objects.filter(partner=partner)
    rows = Event.objects.restrict(user).filter(
        Q(pk__in=linked) | Q(pk__in=co_organised.values("event_id"))
    )
    if until is not None:
        rows = rows.filter(start_date__lte=until)
    rows = rows.select_related("owner_unit").order_by("-start_date", "-id")[:limit]
    return [
        Entry(
            e.start_date,
            _("Event"),
            f"{e} · {e.get_status_display()}",
            e.get_absolute_url(),
            e.owner_unit,
            "calendar-event",
            contact=e.status != EventStatus.CANCELLED and e.start_date <= today,
        )
        for e in rows
    ]


def last_event_with(partner_ref=None):
    """Subquery: the latest start of an event held (or under way) with the partner."""
    from caunoi.events.models import Event

    today = timezone.localdate()
    rows = (
        Event.partners.through.objects.filter(
            partner=OuterRef("pk"),
            event__deleted_at__isnull=True,
            event__start_date__lte=today,
        )
        .exclude(event__status=EventStatus.CANCELLED)
        .values("partner")
        .annotate(d=Max("event__start_date"))
        .values("d")[:1]
    )
    return Subquery(rows, output_field=DateField())
