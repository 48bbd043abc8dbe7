"""For tests of calendar sources that cut per day (``CalendarQuery.per_day``)."""

from __future__ import annotations

import datetime

from django.utils import timezone

from caunoi.core.calendar import CalendarQuery, items_for


def month_grid_cut_as_read_whole(user, month: datetime.date, crowded: datetime.date, per_day=5):
    """The month grid from the sources' per-day cut, after checking that it is exactly the grid
    of a whole reading (same items each day, same "and N more") and that ``crowded`` was cut."""
    from caunoi.events import grid

    win = grid.window("month", month)
    today = timezone.localdate()
    whole = items_for(user, CalendarQuery(start=win.start, end=win.end))
    cut = items_for(user, CalendarQuery(start=win.start, end=win.end, per_day=per_day))
    assert len(cut) < len(whole) and cut.left_out[crowded] > 0
    expected = grid.days(win, whole, today, per_day=per_day)
    shown = grid.days(win, cut, today, per_day=per_day)
    assert [(d.day, [i.uid for i in d.items], d.more) for d in shown] == [
        (d.day, [i.uid for i in d.items], d.more) for d in expected
    ]
    return shown
