from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "caunoi.indicators"
    label = "indicators"
    verbose_name = _("Indicators")

    def ready(self) -> None:
        from caunoi.core import search
        from caunoi.core.registry import Counter, MenuItem, add_menu_items, register_counter
        from caunoi.indicators.models import Indicator, Source

        add_menu_items(
            "resources",
            [
                MenuItem(
                    _("Indicators"),
                    "indicators:indicator_list",
                    "indicators.view_indicator",
                    "chart-line",
                ),
                MenuItem(
                    _("Indicator values"),
                    "indicators:indicatorvalue_list",
                    "indicators.view_indicatorvalue",
                    "table",
                ),
                MenuItem(_("Sources"), "indicators:source_list", "indicators.view_source", "book"),
            ],
        )
        register_counter(
            Counter(
                _("Indicators"),
                "indicators.Indicator",
                "indicators:indicator_list",
                "chart-line",
                order=520,
            )
        )
        search.register(
            Indicator,
            fields=("name", "name_en", "code"),
            subtitle=lambda i: " · ".join(filter(None, [i.get_area_display(), i.unit_label])),
        )
        search.register(
            Source,
            fields=("title", "publisher", "code"),
            subtitle=lambda s: " · ".join(
                filter(None, [s.publisher, str(s.published_on or s.year or "")])
            ),
        )
