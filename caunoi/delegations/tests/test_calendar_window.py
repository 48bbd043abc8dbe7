"""Which delegations fall in a calendar window, and the month grid's first items of each day:
the two index ranges and the per-day cut must answer exactly what a plain reading does."""

import datetime

import pytest

from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.core.testing.calendar import month_grid_cut_as_read_whole
from caunoi.delegations.coordination import between
from caunoi.delegations.models import Delegation
from caunoi.delegations.tests import factories as f
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
MAY = datetime.date(2026, 5, 1)
DAY = datetime.timedelta(days=1)


def test_a_delegation_is_in_the_window_when_any_of_its_days_is(personas):
    end = MAY.replace(day=31)
    spans = {
        "ends the day before": (MAY - 5 * DAY, MAY - DAY),
        "runs into the window": (MAY - 5 * DAY, MAY),
        "runs through the window": (MAY - 5 * DAY, end + 3 * DAY),
        "first day": (MAY, MAY),
        "last day, running on": (end, end + 4 * DAY),
        "after": (end + DAY, end + 2 * DAY),
    }
    for name, (first, last) in spans.items():
        f.delegation(personas.unit_a, name=name, start_date=first, end_date=last)
    found = set(between(Delegation.objects.all(), MAY, end).values_list("name", flat=True))
    assert found == {"runs into the window", "runs through the window", "first day"} | {
        "last day, running on"
    }


def test_the_month_grid_cuts_delegations_per_day_and_counts_the_rest(personas):
    crowded = MAY.replace(day=14)
    for first, last in ((-2, 1), (-9, 0), (-1, 3), (-6, -3), (-4, 2), (-3, 5), (0, 1), (0, 0)):
        f.delegation(
            personas.unit_a, start_date=crowded + first * DAY, end_date=crowded + last * DAY
        )
    for _ in range(3):  # events the same day take part in the same cut
        EventFactory(owner_unit=personas.unit_a, start_date=crowded)
    f.delegation(personas.unit_b, start_date=crowded, end_date=crowded)  # not the reader's
    shown = month_grid_cut_as_read_whole(personas.officer_a, MAY, crowded)
    on_crowded = next(d for d in shown if d.day == crowded)
    assert len(on_crowded.items) == 5 and on_crowded.more == 5  # 7 delegations + 3 events


def test_coming_up_stops_at_its_limit_and_leaves_out_the_cancelled(personas):
    for n in range(4):
        f.delegation(
            personas.unit_a, name=f"Đoàn {n}", start_date=MAY + n * DAY, end_date=MAY + n * DAY
        )
    Delegation.objects.filter(name="Đoàn 0").update(status="cancelled")
    query = CalendarQuery(
        start=MAY, end=MAY.replace(day=31), limit=2, hide_cancelled=True, kinds={"delegation"}
    )
    assert [i.title for i in items_for(personas.officer_a, query)] == ["Đoàn 1", "Đoàn 2"]
