from caunoi.events.models.events import Event, EventLogEntry, EventPhoto
from caunoi.events.models.feeds import CalendarFeed

__all__ = ["CalendarFeed", "Event", "EventLogEntry", "EventPhoto"]
