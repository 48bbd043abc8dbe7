from django.urls import include, path

from caunoi.core.tests.testapp.views import (
    GadgetFileViews,
    GadgetKindViews,
    GadgetRequestViews,
    GadgetViews,
)

app_name = "testapp"

urlpatterns = [
    path("gadgets/", include(GadgetViews.urls())),
    path("gadget-kinds/", include(GadgetKindViews.urls())),
    path("gadget-requests/", include(GadgetRequestViews.urls())),
    path("gadget-files/", include(GadgetFileViews.urls())),
]
