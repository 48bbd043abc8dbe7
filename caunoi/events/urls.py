from django.urls import include, path

from caunoi.events.views import calendar, coordination, planner, records

app_name = "events"

urlpatterns = [
    path("calendar/", calendar.CalendarView.as_view(), name="calendar"),
    path("calendar/subscribe/", calendar.FeedView.as_view(), name="calendar_feed"),
    path("calendar/feed/<str:token>.ics", calendar.FeedICSView.as_view(), name="calendar_feed_ics"),
    path("anniversaries/", planner.AnniversaryListView.as_view(), name="anniversary_list"),
    path(
        "anniversaries/<str:key>/",
        planner.AnniversaryDetailView.as_view(),
        name="anniversary_detail",
    ),
    path("coordination/", coordination.CoordinationView.as_view(), name="coordination"),
    path("time-zone/", records.SuggestZoneView.as_view(), name="suggest_zone"),
    path("photos/", include(records.EventPhotoViews.urls())),
    path("", include(records.EventViews.urls())),
]
