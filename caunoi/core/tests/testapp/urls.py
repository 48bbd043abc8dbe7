from django.urls import include, path

from caunoi.core.tests.testapp.views import GadgetKindViews, GadgetViews

app_name = "testapp"

urlpatterns = [
    path("gadgets/", include(GadgetViews.urls())),
    path("gadget-kinds/", include(GadgetKindViews.urls())),
]
