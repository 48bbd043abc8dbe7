"""The calendar screen's arithmetic: which days a month, week or list view shows, and which
items fall on each day."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from caunoi.core.calendar import CalendarItem
from caunoi.core.dates import add_months

VIEWS = ("month", "week", "list")


def item_days(item: CalendarItem) -> tuple[datetime.date, datetime.date]:
    """First and last day of an item, on its own clock."""

    def day(value):
        return value.date() if isinstance(value, datetime.datetime) else value

    first = day(item.start)
    last = day(item.end) if item.end else first
    return first, max(first, last)


@dataclass
class Day:
    day: datetime.date
    in_month: bool
    today: bool
    items: list[CalendarItem] = field(default_factory=list)
    more: int = 0  # items of this day not in ``items`` (the month grid's "and N more")


@dataclass
class Window:
    view: str
    anchor: datetime.date
    start: datetime.date
    end: datetime.date
    previous: datetime.date
    next: datetime.date


def window(view: str, anchor: datetime.date) -> Window:
    if view == "week":
        start = anchor - datetime.timedelta(days=anchor.weekday())
        end = start + datetime.timedelta(days=6)
        return Window(
            view,
            anchor,
            start,
            end,
            start - datetime.timedelta(days=7),
            end + datetime.timedelta(days=1),
        )
    first = anchor.replace(day=1)
    last = add_months(first, 1) - datetime.timedelta(days=1)
    if view == "list":
        return Window(view, anchor, first, last, add_months(first, -1), add_months(first, 1))
    start = first - datetime.timedelta(days=first.weekday())
    end = last + datetime.timedelta(days=6 - last.weekday())
    return Window(view, anchor, start, end, add_months(first, -1), add_months(first, 1))


def days(
    win: Window, items: list[CalendarItem], today: datetime.date, per_day: int | None = None
) -> list[Day]:
    """The days of ``win`` with their items; with ``per_day``, at most that many a day, the
    rest (and what the sources left out, ``Items.left_out``) counted in ``Day.more``."""
    by_day = {
        win.start + datetime.timedelta(days=i): Day(
            win.start + datetime.timedelta(days=i),
            (win.start + datetime.timedelta(days=i)).month == win.anchor.month
            or win.view == "week",
            win.start + datetime.timedelta(days=i) == today,
        )
        for i in range((win.end - win.start).days + 1)
    }
    for item in items:
        first, last = item_days(item)
        current = max(first, win.start)
        while current <= min(last, win.end):
            by_day[current].items.append(item)
            current += datetime.timedelta(days=1)
    if per_day is not None:
        left_out = getattr(items, "left_out", {})
        for d in by_day.values():
            d.more = max(len(d.items) - per_day, 0) + left_out.get(d.day, 0)
            d.items = d.items[:per_day]
    return list(by_day.values())


def weeks(all_days: list[Day]) -> list[list[Day]]:
    return [all_days[i : i + 7] for i in range(0, len(all_days), 7)]
