from django.apps import AppConfig


class TestAppConfig(AppConfig):
    """A stand-in business app, installed only by the test settings, that exercises every piece
    of core (soft delete, scope, versions, history, generic views and API, global search) without
    depending on a real domain app."""

    name = "caunoi.core.tests.testapp"
    label = "testapp"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from caunoi.core import search
        from caunoi.core.tests.testapp.models import Gadget, GadgetKind

        search.register(Gadget, fields=("name", "description"), weight=2.0)
        search.register(GadgetKind)  # name, name_en, slug; unscoped lookup table
