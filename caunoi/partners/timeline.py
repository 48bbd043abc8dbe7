"""A partner's timeline: every linked record in date order, newest first.

Apps add their records by registering a provider ``provider(partner, user) -> list[Entry]``;
each provider returns only what the user may see. A provider that also takes ``limit`` returns
at most that many entries, its newest (the partner page shows the latest :data:`PAGE_LIMIT`: a
busy partner has thousands of events), and one that takes ``until`` only entries on or before
that day; providers without them are cut after the call.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.db.models import Q
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


def entries_for(
    partner, user, *, limit: int | None = None, until: datetime.date | None = None
) -> list[Entry]:
    """The partner's entries the user may see, newest first: the newest ``limit`` of those
    on or before ``until``."""
    found: list[Entry] = []
    for provider in providers:
        kwargs = {}
        if limit is not None and "limit" in _parameters(provider):
            kwargs["limit"] = limit
        if until is not None and "until" in _parameters(provider):
            kwargs["until"] = until
        found.extend(provider(partner, user, **kwargs))
    if until is not None:
        found = [e for e in found if e.day <= until]
    entries = sorted(found, key=lambda e: e.day, reverse=True)
    return entries if limit is None else entries[:limit]


@cache
def _parameters(provider: Callable) -> frozenset[str]:
    return frozenset(inspect.signature(provider).parameters)


def last_contact(entries: list[Entry]) -> Entry | None:
    return next((e for e in entries if e.contact), None)


def page_entries(partner, user, limit: int = PAGE_LIMIT) -> tuple[list[Entry], Entry | None]:
    """The newest ``limit`` entries and the last contact: the newest entry that counts as
    contact and is dated today or earlier (a project starting next year is not a contact yet).
    It is usually among the newest entries; when those are all planned or not dealings, the
    entries up to today are read, ``limit`` at a time, and only then the whole timeline."""
    today = timezone.localdate()
    entries = entries_for(partner, user, limit=limit)
    last = last_contact([e for e in entries if e.day <= today])
    if last is None and len(entries) >= limit:
        past = entries_for(partner, user, limit=limit, until=today)
        last = last_contact(past)
        if last is None and len(past) >= limit:
            last = last_contact(entries_for(partner, user, until=today))
    return entries, last


def _relations(partner, user, limit: int | None = None, until=None) -> list[Entry]:
    from caunoi.partners.models import PartnerRelation

    rows = PartnerRelation.objects.restrict(user).filter(partner=partner)
    if until is not None:  # a relation without a start date falls back to its creation
        rows = rows.filter(Q(start_date__lte=until) | Q(start_date__isnull=True))
    rows = rows.select_related("owner_unit").order_by("-start_date", "-id")[:limit]
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


def _contacts(partner, user, limit: int | None = None, until=None) -> list[Entry]:
    from caunoi.partners.models import Contact

    rows = Contact.objects.restrict(user).filter(partner=partner)
    if until is not None:
        rows = rows.filter(created_at__date__lte=until)
    rows = rows.select_related("owner_unit").order_by("-created_at", "-id")[:limit]
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
