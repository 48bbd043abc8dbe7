from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidProjectsConfig(AppConfig):
    name = "caunoi.aid_projects"
    label = "aid_projects"
    verbose_name = _("Aid projects")

    def ready(self) -> None:
        from caunoi.aid_projects import partners
        from caunoi.aid_projects.attention import attention_items
        from caunoi.core.registry import (
            Counter,
            MenuItem,
            add_menu_items,
            register_attention,
            register_counter,
        )
        from caunoi.partners import activity, timeline

        add_menu_items(
            "resources",
            [
                MenuItem(
                    _("Aid projects"),
                    "aid_projects:aidproject_list",
                    "aid_projects.view_aidproject",
                    "gift",
                ),
                MenuItem(
                    _("Disbursements"),
                    "aid_projects:disbursement_list",
                    "aid_projects.view_disbursement",
                    "cash",
                ),
                MenuItem(
                    _("Goods in kind"),
                    "aid_projects:inkinditem_list",
                    "aid_projects.view_inkinditem",
                    "package",
                ),
                MenuItem(
                    _("Aid sectors"),
                    "aid_projects:aidsector_list",
                    "aid_projects.view_aidsector",
                    "tag",
                ),
                MenuItem(
                    _("Aid report"),
                    "aid_projects:report",
                    "aid_projects.view_aidproject",
                    "report-money",
                ),
            ],
        )
        register_counter(
            Counter(
                _("Aid projects"),
                "aid_projects.AidProject",
                "aid_projects:aidproject_list",
                "gift",
                order=500,
            )
        )
        register_attention(attention_items)
        timeline.register(partners.timeline)
        activity.register_source(partners.as_donor)
        activity.register_source(partners.as_recipient)
        self.register_search()

    def register_search(self) -> None:
        from caunoi.aid_projects.models import AidProject
        from caunoi.core import search

        search.register(
            AidProject,
            fields=("name", "name_en", "code", "location", "decision_number"),
            subtitle=lambda p: " · ".join(
                filter(None, [p.get_direction_display(), p.get_status_display(), p.location])
            ),
            weight=2,
        )
