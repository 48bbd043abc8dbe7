"""The real URLconf plus the screens of the core test app (a stand-in business model)."""

from django.urls import include, path

from config.urls import handler403, handler404, handler500, urlpatterns  # noqa: F401

urlpatterns = [*urlpatterns, path("testapp/", include("caunoi.core.tests.testapp.urls"))]
