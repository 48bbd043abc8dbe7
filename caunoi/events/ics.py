"""The shared calendar as an iCalendar file (RFC 5545), for Outlook and Google Calendar.

Items come from :func:`caunoi.core.calendar.items_for`, so every registered source (events,
anniversaries, delegations, agreement deadlines) appears with no change here. Timed items keep
their own zone (``DTSTART;TZID=Asia/Tokyo``) with its ``VTIMEZONE``; all-day items end the day
after their last day, as the standard says.
"""

from __future__ import annotations

import datetime
import hashlib

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

from caunoi.core.calendar import CalendarItem


def absolute(url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.CAUNOI_SITE_URL.rstrip("/") + url


def _vevent(item: CalendarItem, stamp: datetime.datetime) -> VEvent:
    event = VEvent()
    fallback = hashlib.sha256(f"{item.kind}|{item.title}|{item.start}".encode()).hexdigest()[:16]
    event.add("uid", item.uid or f"{item.kind}-{fallback}@caunoi")
    summary = item.title if not item.status_label else f"{item.title} [{item.status_label}]"
    event.add("summary", summary)
    event.add("dtstamp", stamp)
    if item.all_day or not isinstance(item.start, datetime.datetime):
        start = item.start.date() if isinstance(item.start, datetime.datetime) else item.start
        last = item.end or start
        last = last.date() if isinstance(last, datetime.datetime) else last
        event.add("dtstart", start)
        event.add("dtend", last + datetime.timedelta(days=1))
    else:
        event.add("dtstart", item.start)
        if isinstance(item.end, datetime.datetime):
            event.add("dtend", item.end)
        elif isinstance(item.end, datetime.date):  # timed start, several days, no end time
            last = datetime.datetime.combine(item.end, datetime.time(23, 59), item.start.tzinfo)
            event.add("dtend", last)
    if item.place:
        event.add("location", item.place)
    if item.url:
        event.add("url", absolute(item.url))
    lines = [item.kind_label]
    if item.unit is not None:
        lines.append(str(item.unit))
    if item.description:
        lines.append(item.description)
    if item.url:
        lines.append(absolute(item.url))
    event.add("description", "\n".join(lines))
    event.add("categories", [item.kind_label])
    if item.cancelled:
        event.add("status", "CANCELLED")
    return event


def calendar_file(items: list[CalendarItem], name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Cau Noi//Ha Noi foreign affairs//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now().astimezone(datetime.UTC)
    for item in items:
        cal.add_component(_vevent(item, stamp))
    cal.add_missing_timezones()
    return cal.to_ical()
