"""A partner's timeline: every linked record in date order, newest first.

Apps add their records by registering a provider ``provider(partner, user) -> list[Entry]``;
each provider returns only what the user may see.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Entry:
    day: datetime.date
    kind: str  # translated label of the record type
    title: str
    url: str = ""
    unit: object = None  # the unit of the city that acted
    icon: str = "clock"
    contact: bool = True  # counts as the city dealing with the partner ("last contact")


providers: list[Callable] = []


def register(provider: Callable) -> None:
    if provider not in providers:
        providers.append(provider)


def entries_for(partner, user) -> list[Entry]:
    found: list[Entry] = []
    for provider in providers:
        found.extend(provider(partner, user))
    return sorted(found, key=lambda e: e.day, reverse=True)


def last_contact(entries: list[Entry]) -> Entry | None:
    return next((e for e in entries if e.contact), None)


def _relations(partner, user) -> list[Entry]:
    from caunoi.partners.models import PartnerRelation

    rows = (
        PartnerRelation.objects.restrict(user).filter(partner=partner).select_related("owner_unit")
    )
    return [
        Entry(
            r.start_date or timezone.localdate(r.created_at),
            _("Relation"),
            r.get_level_display(),
            r.get_absolute_url(),
            r.owner_unit,
            "heart-handshake",
        )
        for r in rows
    ]


def _contacts(partner, user) -> list[Entry]:
    from caunoi.partners.models import Contact

    rows = Contact.objects.restrict(user).filter(partner=partner).select_related("owner_unit")
    # Recording a contact person is not dealing with the partner: it does not count as contact.
    return [
        Entry(
            timezone.localdate(c.created_at),
            _("Contact"),
            str(c),
            c.get_absolute_url(),
            c.owner_unit,
            "user",
            contact=False,
        )
        for c in rows
    ]


def _changes(partner, user) -> list[Entry]:
    from caunoi.core.changelog import changes_for

    return [
        Entry(
            timezone.localdate(c.time),
            _("Change"),
            f"{c.get_action_display()} · {c.user_name or _('system')}",
            "",
            None,
            "history",
            contact=False,
        )
        for c in changes_for(partner)[:20]
    ]


register(_relations)
register(_contacts)
register(_changes)
