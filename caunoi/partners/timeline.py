"""A partner's timeline: every linked record in date order, newest first.

Apps add their records by registering a provider ``provider(partner, user) -> list[Entry]``;
each provider returns only what the user may see. A provider that also takes ``limit`` returns
at most that many entries, its newest (the partner page shows the latest :data:`PAGE_LIMIT`: a
busy partner has thousands of events); providers without it are cut after the call.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

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
# How many entries the partner page shows, newest first.
PAGE_LIMIT = 50


def register(provider: Callable) -> None:
    if provider not in providers:
        providers.append(provider)


def entries_for(partner, user, *, limit: int | None = None) -> list[Entry]:
    """The partner's entries the user may see, newest first; the newest ``limit`` of them."""
    found: list[Entry] = []
    for provider in providers:
        if limit is not None and _takes_limit(provider):
            found.extend(provider(partner, user, limit=limit))
        else:
            found.extend(provider(partner, user))
    entries = sorted(found, key=lambda e: e.day, reverse=True)
    return entries if limit is None else entries[:limit]


@cache
def _takes_limit(provider: Callable) -> bool:
    return "limit" in inspect.signature(provider).parameters


def last_contact(entries: list[Entry]) -> Entry | None:
    return next((e for e in entries if e.contact), None)


def page_entries(partner, user, limit: int = PAGE_LIMIT) -> tuple[list[Entry], Entry | None]:
    """The newest ``limit`` entries and the last contact. The newest contact among the newest
    entries is the newest of all; only when the cut holds none (many planned events ahead)
    is the whole timeline read to find it."""
    entries = entries_for(partner, user, limit=limit)
    last = last_contact(entries)
    if last is None and len(entries) >= limit:
        last = last_contact(entries_for(partner, user))
    return entries, last


def _relations(partner, user, limit: int | None = None) -> list[Entry]:
    from caunoi.partners.models import PartnerRelation

    rows = (
        PartnerRelation.objects.restrict(user)
        .filter(partner=partner)
        .select_related("owner_unit")
        .order_by("-start_date", "-id")[:limit]
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


def _contacts(partner, user, limit: int | None = None) -> list[Entry]:
    from caunoi.partners.models import Contact

    rows = (
        Contact.objects.restrict(user)
        .filter(partner=partner)
        .select_related("owner_unit")
        .order_by("-created_at", "-id")[:limit]
    )
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
