from django.apps import AppConfig


class TestAppConfig(AppConfig):
    """A stand-in business app, installed only by the test settings, that exercises every piece
    of core (soft delete, scope, versions, history, generic views and API) without depending on
    a real domain app."""

    name = "caunoi.core.tests.testapp"
    label = "testapp"
    default_auto_field = "django.db.models.BigAutoField"
