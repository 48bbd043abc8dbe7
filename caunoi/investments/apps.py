from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestmentsConfig(AppConfig):
    name = "caunoi.investments"
    label = "investments"
    verbose_name = _("Investment projects")

    def ready(self) -> None:
        from caunoi.core import search
        from caunoi.core.registry import Counter, MenuItem, add_menu_items, register_counter
        from caunoi.investments import partners
        from caunoi.investments.models import InvestmentProject
        from caunoi.partners import activity, timeline

        add_menu_items(
            "resources",
            [
                MenuItem(
                    _("Investment projects"),
                    "investments:investmentproject_list",
                    "investments.view_investmentproject",
                    "building-skyscraper",
                ),
                MenuItem(
                    _("Investment sectors"),
                    "investments:investmentsector_list",
                    "investments.view_investmentsector",
                    "tag",
                ),
            ],
        )
        register_counter(
            Counter(
                _("Investment projects"),
                "investments.InvestmentProject",
                "investments:investmentproject_list",
                "building-skyscraper",
                order=510,
            )
        )
        timeline.register(partners.timeline)
        activity.register_source(partners.latest_registration)
        search.register(
            InvestmentProject,
            fields=("name", "name_en", "certificate_number", "location"),
            subtitle=lambda p: " · ".join(
                filter(None, [p.get_kind_display(), str(p.registered_on.year)])
            ),
        )
