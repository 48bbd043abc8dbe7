from django.urls import path

from caunoi.core.search.views import search_page
from caunoi.core.views import changes, pages

app_name = "core"

urlpatterns = [
    path("", pages.home, name="home"),
    path("changes/", changes.ChangeListView.as_view(), name="objectchange_list"),
    path("changes/<int:pk>/", changes.ChangeDetailView.as_view(), name="objectchange_detail"),
    path("trash/", changes.trash, name="trash"),
    path("trash/<int:ct_id>/<int:pk>/restore/", changes.restore, name="restore"),
    path("language/", pages.set_language, name="set_language"),
    path("search/", search_page, name="search"),
]
