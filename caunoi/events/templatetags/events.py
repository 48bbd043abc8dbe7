"""Template helpers of the events app: times on two clocks, and the home page's "coming up"."""

from __future__ import annotations

import datetime

from django import template
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.events import timezones

register = template.Library()
COMING_UP_DAYS = 60
COMING_UP_ITEMS = 8


def _time(moment: datetime.datetime) -> str:
    return formats.time_format(moment, "H:i")


@register.simple_tag
def two_clocks(start, zone: str = "", end=None) -> str:
    """ "10:00–12:00 Fukuoka time (UTC+9) · 08:00–10:00 Hà Nội" for a timed item abroad,
    "08:30–11:00" at home, "" for an all-day item."""
    if not isinstance(start, datetime.datetime):
        return ""
    local = f"{_time(start)}–{_time(end)}" if isinstance(end, datetime.datetime) else _time(start)
    hanoi_start = timezones.in_hanoi(start)
    if not zone or zone == timezones.HANOI or start.utcoffset() == hanoi_start.utcoffset():
        return local
    hanoi = _time(hanoi_start)
    if isinstance(end, datetime.datetime):
        hanoi = f"{hanoi}–{_time(timezones.in_hanoi(end))}"
    place = zone.rsplit("/", 1)[-1].replace("_", " ")
    return _("%(local)s %(place)s time (%(offset)s) · %(hanoi)s Hà Nội") % {
        "local": local,
        "place": place,
        "offset": timezones.utc_offset_label(start),
        "hanoi": hanoi,
    }


@register.filter
def local_day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


@register.inclusion_tag("events/_coming_up_list.html", takes_context=True)
def coming_up(context):
    """The next events and anniversaries the user may see, for the home page."""
    user = context["request"].user
    today = timezone.localdate()
    query = CalendarQuery(
        start=today,
        end=today + datetime.timedelta(days=COMING_UP_DAYS),
        kinds=frozenset({"event", "anniversary"}),
        limit=COMING_UP_ITEMS,  # the next few, not every event of two months
        hide_cancelled=True,
    )
    items = items_for(user, query)
    return {"items": items, "today": today, "days": COMING_UP_DAYS}


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key, [])
