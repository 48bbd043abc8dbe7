from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelegationsConfig(AppConfig):
    name = "caunoi.delegations"
    label = "delegations"
    verbose_name = _("Delegations")

    def ready(self) -> None:
        from caunoi.core import calendar
        from caunoi.core.registry import (
            Counter,
            HomePanel,
            Menu,
            MenuItem,
            register_attention,
            register_counter,
            register_home_panel,
            register_menu,
            register_reminders,
        )
        from caunoi.delegations import agreements, coordination, sources
        from caunoi.partners import activity, timeline
        from caunoi.partners import coordination as partner_coordination

        register_menu(
            Menu(
                "delegations",
                _("Delegations"),
                "plane",
                order=250,
                items=[
                    MenuItem(
                        _("Delegations"),
                        "delegations:delegation_list",
                        "delegations.view_delegation",
                        "plane",
                    ),
                    MenuItem(
                        _("Follow-up tasks"),
                        "delegations:followuptask_list",
                        "delegations.view_followuptask",
                        "checklist",
                    ),
                    MenuItem(
                        _("Outcomes"),
                        "delegations:delegationoutcome_list",
                        "delegations.view_delegationoutcome",
                        "award",
                    ),
                ],
            )
        )
        register_counter(
            Counter(
                _("Delegations"),
                "delegations.Delegation",
                "delegations:delegation_list",
                "plane",
                order=250,
            )
        )
        register_attention(sources.attention_items)
        register_home_panel(
            HomePanel("delegations/_home_waiting.html", "delegations.approve_delegation", 1)
        )
        register_reminders(sources.reminders)
        calendar.register_source("delegation", _("Delegations"), sources.delegation_items)
        partner_coordination.register(coordination.delegation_overlaps)
        timeline.register(sources.timeline_entries)
        activity.register_source(sources.last_delegation_with)
        agreements.register()
        self.register_search()

    def register_search(self) -> None:
        from caunoi.core import search
        from caunoi.delegations.models import Delegation, DelegationMember

        search.register(
            Delegation,
            fields=("name", "name_en", "cities", "purpose", "description"),
            subtitle=lambda d: " · ".join(
                filter(
                    None,
                    [
                        d.get_direction_display(),
                        d.get_status_display(),
                        f"{d.start_date:%d/%m/%Y}" if d.start_date else "",
                        str(d.owner_unit),
                    ],
                )
            ),
            weight=2,
            select_related=("owner_unit",),
        )
        search.register(
            DelegationMember,
            fields=("full_name", "position", "organisation"),
            subtitle=lambda m: str(m.delegation),
            weight=1,
            select_related=("delegation",),
        )
