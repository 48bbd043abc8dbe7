from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "caunoi.events"
    label = "events"
    verbose_name = _("Activities and events")

    def ready(self) -> None:
        from caunoi.core import calendar, search
        from caunoi.core.registry import (
            Counter,
            HomePanel,
            Menu,
            MenuItem,
            register_counter,
            register_home_panel,
            register_menu,
        )
        from caunoi.events import fact_sources, sources
        from caunoi.events.models import Event
        from caunoi.partners import activity, coordination, timeline

        register_menu(
            Menu(
                "events",
                _("Activities"),
                "calendar-event",
                order=300,
                items=[
                    MenuItem(_("Events"), "events:event_list", "events.view_event", "list"),
                    MenuItem(
                        _("Shared calendar"), "events:calendar", "events.view_event", "calendar"
                    ),
                    MenuItem(
                        _("Anniversaries planner"),
                        "events:anniversary_list",
                        "events.view_event",
                        "cake",
                    ),
                    MenuItem(
                        _("Coordination by partner"),
                        "events:coordination",
                        "events.view_event",
                        "arrows-exchange",
                    ),
                    MenuItem(
                        _("Subscribe in Outlook or Google"),
                        "events:calendar_feed",
                        "events.view_event",
                        "rss",
                    ),
                ],
            )
        )
        register_counter(
            Counter(_("Events"), "events.Event", "events:event_list", "calendar-event", order=300)
        )
        register_home_panel(HomePanel("events/_home_coming_up.html", "events.view_event", 5))
        calendar.register_source("event", _("Events"), sources.event_items)
        calendar.register_source("anniversary", _("Anniversaries"), sources.anniversary_items)
        fact_sources.register()
        coordination.register(sources.event_overlaps)
        timeline.register(sources.timeline_entries)
        activity.register_source(sources.last_event_with)
        search.register(
            Event,
            fields=("name", "name_en", "venue", "city", "description", "outcomes"),
            subtitle=lambda e: " · ".join(
                filter(
                    None,
                    [e.get_kind_display(), f"{e.start_date:%d/%m/%Y}", str(e.owner_unit)],
                )
            ),
            weight=2,
            select_related=("owner_unit",),
        )
