"""/api/v1/: every app's endpoints on one router, plus the OpenAPI schema and its docs.

Each app exposes ``register(router)`` in ``<app>/api/urls.py``; this module finds them.
"""

from importlib import import_module

from django.apps import apps
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from caunoi.core.api.changes import ObjectChangeViewSet
from caunoi.core.rates.api import ExchangeRateViewSet
from caunoi.core.search.api import SearchAPIView

router = DefaultRouter()
router.register("changes", ObjectChangeViewSet, basename="objectchange")
router.register("exchange-rates", ExchangeRateViewSet, basename="exchangerate")
for config in apps.get_app_configs():
    if not config.name.startswith("caunoi.") or config.name == "caunoi.core":
        continue
    try:
        module = import_module(f"{config.name}.api.urls")
    except ModuleNotFoundError as exc:
        if exc.name != f"{config.name}.api.urls" and exc.name != f"{config.name}.api":
            raise
        continue
    module.register(router)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("search/", SearchAPIView.as_view(), name="search"),
    path("", include(router.urls)),
]
