from django.urls import include, path

from caunoi.core.rates.views import ConvertView, ExchangeRateViews
from caunoi.core.search.views import search_page
from caunoi.core.views import changes, notifications, pages

app_name = "core"

urlpatterns = [
    path("", pages.home, name="home"),
    path("changes/", changes.ChangeListView.as_view(), name="objectchange_list"),
    path("changes/<int:pk>/", changes.ChangeDetailView.as_view(), name="objectchange_detail"),
    path("trash/", changes.trash, name="trash"),
    path("trash/<int:ct_id>/<int:pk>/restore/", changes.restore, name="restore"),
    path("rates/convert/", ConvertView.as_view(), name="exchangerate_convert"),
    path("rates/", include(ExchangeRateViews.urls())),
    path("language/", pages.set_language, name="set_language"),
    path("search/", search_page, name="search"),
    path("notifications/", notifications.notification_list, name="notification_list"),
    path("notifications/<int:pk>/", notifications.notification_open, name="notification_open"),
    path("notifications/read/", notifications.notification_read_all, name="notification_read_all"),
]
