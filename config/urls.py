from django.contrib import admin
from django.urls import include, path

from caunoi.core.views import pages

urlpatterns = [
    path("", include("caunoi.core.urls")),
    path("accounts/", include("caunoi.accounts.urls")),
    path("partners/", include("caunoi.partners.urls")),
    path("staff/", include("caunoi.staff.urls")),
    path("agreements/", include("caunoi.agreements.urls")),
    path("delegations/", include("caunoi.delegations.urls")),
    path("events/", include("caunoi.events.urls")),
    path("aid/", include("caunoi.aid_projects.urls")),
    path("investments/", include("caunoi.investments.urls")),
    path("indicators/", include("caunoi.indicators.urls")),
    path("api/v1/", include(("caunoi.core.api.urls", "api"), namespace="api")),
    path("healthz", pages.health, name="health"),
    path("django-admin/", admin.site.urls),
]

handler403 = "caunoi.core.views.pages.error_403"
handler404 = "caunoi.core.views.pages.error_404"
handler500 = "caunoi.core.views.pages.error_500"
