from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "caunoi.agreements"
    label = "agreements"
    verbose_name = _("International agreements")

    def ready(self) -> None:
        from caunoi.agreements import activity, attention, evidence, sources
        from caunoi.core import calendar
        from caunoi.core.registry import (
            Counter,
            Menu,
            MenuItem,
            register_attention,
            register_counter,
            register_menu,
            register_reminders,
        )
        from caunoi.events.anniversaries import register_date_source
        from caunoi.partners import activity as partner_activity
        from caunoi.partners import timeline

        register_menu(
            Menu(
                "agreements",
                _("Agreements"),
                "file-certificate",
                order=250,
                items=[
                    MenuItem(
                        _("Agreements"),
                        "agreements:agreement_list",
                        "agreements.view_agreement",
                        "file-certificate",
                    ),
                    MenuItem(
                        _("Needs attention"),
                        "agreements:attention",
                        "agreements.view_agreement",
                        "bell-ringing",
                    ),
                    MenuItem(
                        _("Implementation plans"),
                        "agreements:planitem_list",
                        "agreements.view_planitem",
                        "list-check",
                    ),
                    MenuItem(
                        _("Consultations"),
                        "agreements:consultation_list",
                        "agreements.view_consultation",
                        "message",
                    ),
                    MenuItem(
                        _("Reviews"),
                        "agreements:review_list",
                        "agreements.view_review",
                        "clipboard-check",
                    ),
                    MenuItem(
                        _("Review campaigns"),
                        "agreements:reviewcampaign_list",
                        "agreements.view_reviewcampaign",
                        "checklist",
                    ),
                ],
            )
        )
        register_counter(
            Counter(
                _("Agreements"),
                "agreements.Agreement",
                "agreements:agreement_list",
                "file-certificate",
                order=250,
            )
        )
        register_attention(attention.attention_items)
        register_reminders(attention.reminders)
        evidence.register_events()
        activity.register_activity_source("events", activity.events_source)
        timeline.register(sources.timeline_entries)
        partner_activity.register_source(sources.last_signed_with)
        calendar.register_source(
            "agreement_deadline", _("Agreement deadlines"), sources.deadline_items
        )
        register_date_source(
            "agreement_signing", _("Signing of an agreement"), sources.signing_facts
        )
        self.register_search()

    def register_search(self) -> None:
        from caunoi.agreements.models import Agreement
        from caunoi.core import search

        search.register(
            Agreement,
            fields=(
                "name",
                "name_en",
                "signatory",
                "partner_signatory",
                "signed_place",
                "treaty_reference",
                "description",
            ),
            subtitle=lambda a: " · ".join(
                filter(
                    None,
                    [
                        a.get_kind_display(),
                        a.get_status_display(),
                        f"{a.signed_on:%d/%m/%Y}" if a.signed_on else "",
                    ],
                )
            ),
            weight=2,
        )
