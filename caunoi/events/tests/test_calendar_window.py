"""Which events fall in a calendar window, and the month grid's first items of each day: the
index-friendly query and the per-day cut must answer exactly what a plain reading does."""

import datetime

import pytest

from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.core.testing.calendar import month_grid_cut_as_read_whole
from caunoi.events.models import Event
from caunoi.events.sources import events_between
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
MAY = datetime.date(2026, 5, 1)
DAY = datetime.timedelta(days=1)


def test_an_event_is_in_the_window_when_any_of_its_days_is(personas):
    start, end = MAY, MAY.replace(day=31)
    spans = {
        "before": (MAY - 3 * DAY, None),
        "ends the day before": (MAY - 5 * DAY, MAY - DAY),
        "runs into the window": (MAY - 5 * DAY, MAY),
        "runs through the window": (MAY - 5 * DAY, MAY.replace(month=6, day=3)),
        "first day": (MAY, None),
        "inside over two days": (MAY.replace(day=10), MAY.replace(day=11)),
        "last day, running on": (end, end + 4 * DAY),
        "after": (end + DAY, None),
    }
    for name, (first, last) in spans.items():
        EventFactory(owner_unit=personas.unit_a, name=name, start_date=first, end_date=last)
    found = set(events_between(Event.objects.all(), start, end).values_list("name", flat=True))
    expected = {
        name for name, (first, last) in spans.items() if first <= end and (last or first) >= start
    }
    assert found == expected
    assert "runs into the window" in found and "ends the day before" not in found


def test_the_month_grid_reads_the_first_events_of_each_day_and_counts_the_rest(personas):
    crowded = MAY.replace(day=14)
    for hour in (None, 9, None, 14, 8, 16, None, 10):  # eight one-day events that day
        EventFactory(
            owner_unit=personas.unit_a,
            start_date=crowded,
            start_time=datetime.time(hour) if hour is not None else None,
        )
    for first, last in ((-2, 1), (-9, 0), (-1, 3), (-6, -3), (-4, 2), (-3, 5), (0, 1)):
        EventFactory(  # over several days: seven around the crowded day, one before it
            owner_unit=personas.unit_a,
            start_date=crowded + first * DAY,
            end_date=crowded + last * DAY,
        )
    for day in (3, 20):
        EventFactory(owner_unit=personas.unit_a, start_date=MAY.replace(day=day))
    shown = month_grid_cut_as_read_whole(personas.officer_a, MAY, crowded)
    on_crowded = next(d for d in shown if d.day == crowded)
    assert len(on_crowded.items) == 5 and on_crowded.more == 9  # 8 + 6 that day, 5 shown
    assert all(i.end for i in on_crowded.items)  # the earlier starts: events over days


def test_the_month_view_says_how_many_more_a_crowded_day_has(client, personas):
    crowded = MAY.replace(day=14)
    for _ in range(7):
        EventFactory(owner_unit=personas.unit_a, start_date=crowded)
    client.force_login(personas.officer_a)
    page = client.get("/events/calendar/", {"view": "month", "date": "2026-05-14"})
    day = next(d for d in page.context["days"] if d.day == crowded)
    assert len(day.items) == 5 and day.more == 2
    assert "day-more" in page.content.decode()
    week = client.get("/events/calendar/", {"view": "week", "date": "2026-05-14"})
    assert len(next(d for d in week.context["days"] if d.day == crowded).items) == 7


def test_coming_up_reads_the_events_running_into_the_window_first(personas):
    names = {
        "started last week, still on": (MAY - 7 * DAY, MAY + 2 * DAY),
        "first day": (MAY, None),
        "second day": (MAY + DAY, None),
        "long ago": (MAY - 400 * DAY, None),
    }
    for name, (first, last) in names.items():
        EventFactory(owner_unit=personas.unit_a, name=name, start_date=first, end_date=last)
    query = CalendarQuery(start=MAY, end=MAY + 30 * DAY, limit=2, kinds=frozenset({"event"}))
    titles = [i.title for i in items_for(personas.officer_a, query)]
    assert titles == ["started last week, still on", "first day"]
    query = CalendarQuery(start=MAY, end=MAY + 30 * DAY, limit=1, kinds=frozenset({"event"}))
    assert [i.title for i in items_for(personas.officer_a, query)] == titles[:1]
