from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "caunoi.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from caunoi.core import signals  # noqa: F401  (change log for many-to-many edits)
