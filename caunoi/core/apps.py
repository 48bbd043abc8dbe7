from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "caunoi.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from caunoi.core import signals  # noqa: F401  (change log for many-to-many edits)
        from caunoi.core.rates import imports  # noqa: F401  (registers the rate import spec)
        from caunoi.core.registry import Menu, MenuItem, register_menu

        # The money of every app: the domain apps add their aid, investment and indicator
        # screens to the same menu.
        register_menu(
            Menu(
                "resources",
                _("Resources"),
                "coins",
                order=500,
                items=[
                    MenuItem(
                        _("Exchange rates"),
                        "core:exchangerate_list",
                        "core.view_exchangerate",
                        "arrows-exchange",
                    ),
                    MenuItem(
                        _("Currency converter"),
                        "core:exchangerate_convert",
                        "core.view_exchangerate",
                        "exchange",
                    ),
                ],
            )
        )
