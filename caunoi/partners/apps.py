from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "caunoi.partners"
    label = "partners"
    verbose_name = _("Partner network")

    def ready(self) -> None:
        from caunoi.core.registry import (
            Counter,
            HomePanel,
            Menu,
            MenuItem,
            register_attention,
            register_counter,
            register_home_panel,
            register_menu,
        )
        from caunoi.partners.attention import attention_items

        register_menu(
            Menu(
                "partners",
                _("Partners"),
                "world",
                order=10,
                items=[
                    MenuItem(
                        _("Partners"), "partners:partner_list", "partners.view_partner", "world"
                    ),
                    MenuItem(
                        _("Partner map"), "partners:partner_map", "partners.view_partner", "map"
                    ),
                    MenuItem(
                        _("Relations"),
                        "partners:partnerrelation_list",
                        "partners.view_partnerrelation",
                        "heart-handshake",
                    ),
                    MenuItem(
                        _("Contacts"), "partners:contact_list", "partners.view_contact", "users"
                    ),
                    MenuItem(
                        _("Going quiet"), "partners:partner_quiet", "partners.view_partner", "clock"
                    ),
                    MenuItem(
                        _("Countries"), "partners:country_list", "partners.view_country", "flag"
                    ),
                    MenuItem(
                        _("Fields of cooperation"),
                        "partners:cooperationfield_list",
                        "partners.view_cooperationfield",
                        "tag",
                    ),
                ],
            )
        )
        register_counter(
            Counter(_("Partners"), "partners.Partner", "partners:partner_list", "world", order=10)
        )
        register_counter(
            Counter(_("Contacts"), "partners.Contact", "partners:contact_list", "users", order=11)
        )
        register_attention(attention_items)
        register_home_panel(HomePanel("partners/_home_map.html", "partners.view_partner", 10))
        self.register_search()

    def register_search(self) -> None:
        from caunoi.core import search
        from caunoi.partners.models import Contact, Country, Partner

        search.register(
            Partner,
            fields=("name", "name_en", "name_native", "acronym", "tags"),
            subtitle=lambda p: " · ".join(
                filter(None, [p.acronym, p.get_kind_display(), str(p.country or "")])
            ),
            weight=3,
            select_related=("country",),
        )
        search.register(
            Contact,
            fields=("full_name", "organisation", "position"),
            subtitle=lambda c: " · ".join(
                filter(None, [c.position, str(c.partner or "") or c.organisation])
            ),
            select_related=("partner",),
        )
        search.register(Country, fields=("name", "name_en", "iso", "capital"), weight=2)
