from caunoi.events.api.views import AnniversaryViewSet, CalendarViewSet, EventViewSet


def register(router) -> None:
    router.register("events", EventViewSet, basename="event")
    router.register("calendar", CalendarViewSet, basename="calendar")
    router.register("anniversaries", AnniversaryViewSet, basename="anniversary")
