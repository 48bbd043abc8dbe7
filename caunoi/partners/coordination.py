"""Who else in the city is working with the same partner or country at the same time.

Apps with dated dealings (delegations, events) register a source; before a record is saved,
:func:`overlaps` asks every source for other units' records with any of the partners or
countries within a window, so the officer learns, by name, which unit to call. The warning
names the unit and its contact person even when the user may not open the record itself
(then without its title or link): avoiding a clash matters more than the record's privacy
inside the city's own units.

    def delegation_overlaps(query: OverlapQuery, user) -> list[Overlap]: ...
    coordination.register(delegation_overlaps)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OverlapQuery:
    start: datetime.date
    end: datetime.date
    partner_ids: frozenset[int] = frozenset()
    country_ids: frozenset[int] = frozenset()
    exclude_unit_id: int | None = None  # the acting unit: its own records are no surprise
    exclude: tuple[str, int] | None = None  # ("delegations.delegation", pk) of the record itself

    @classmethod
    def around(cls, start, end, days: int, **kwargs) -> OverlapQuery:
        """The window ``days`` before ``start`` to ``days`` after ``end``."""
        delta = datetime.timedelta(days=days)
        return cls(start=start - delta, end=(end or start) + delta, **kwargs)


@dataclass(frozen=True)
class Overlap:
    kind_label: str  # "Outbound delegation", "Event"
    start: datetime.date
    end: datetime.date | None
    unit: object  # the OrgUnit that holds the record
    contact: str = ""  # the person to call: name, and phone or email where known
    title: str = ""  # empty when the user may not see the record
    url: str = ""
    reason: str = ""  # "same partner: Vientiane" / "same country: Laos"
    partners: tuple[str, ...] = field(default_factory=tuple)


def warnings_for(records, query: OverlapQuery, user, *, links, contacts, kind) -> list[Overlap]:
    """The warnings for ``records`` (other units' dated records found by a source): why each
    matches (the same partner, else the same country), whom to call, and its title and link
    only where ``user`` may open it.

    ``links(records)`` gives ``(partner ids, country ids)`` by record id, ``contacts(records)``
    the person to call by record id, ``kind(record)`` the label ("Event")."""
    from django.utils.translation import gettext as _

    from caunoi.partners.models import Country, Partner

    if not records:
        return []
    partners, countries = set(query.partner_ids), set(query.country_ids)
    model = type(records[0])
    ids = [r.pk for r in records]
    visible = set(model.objects.restrict(user).filter(pk__in=ids).values_list("pk", flat=True))
    partner_ids, country_ids = links(records)
    to_call = contacts(records)
    names = {p.pk: str(p) for p in Partner.objects.filter(pk__in=partners)}
    reached_ids = set().union(*partner_ids.values())
    partner_countries = dict(
        Partner.objects.filter(pk__in=reached_ids).values_list("pk", "country_id")
    )
    country_names = {c.pk: str(c) for c in Country.objects.filter(pk__in=countries)}
    found = []
    for r in records:
        same_partners = sorted(names[p] for p in partner_ids[r.pk] & partners if p in names)
        reached = country_ids[r.pk] | {partner_countries.get(p) for p in partner_ids[r.pk]}
        same_countries = sorted(country_names[c] for c in reached & countries if c)
        if same_partners:
            reason = _("same partner: %(names)s") % {"names": ", ".join(same_partners)}
        else:
            reason = _("same country: %(names)s") % {"names": ", ".join(same_countries)}
        seen = r.pk in visible
        found.append(
            Overlap(
                kind_label=kind(r),
                start=r.start_date,
                end=r.end_date,
                unit=r.owner_unit,
                contact=to_call.get(r.pk, ""),
                title=str(r) if seen else "",
                url=r.get_absolute_url() if seen else "",
                reason=reason,
                partners=tuple(same_partners),
            )
        )
    return found


sources: list[Callable] = []


def register(source: Callable) -> None:
    """``source(query: OverlapQuery, user) -> list[Overlap]``."""
    if source not in sources:
        sources.append(source)


def overlaps(query: OverlapQuery, user) -> list[Overlap]:
    if not (query.partner_ids or query.country_ids):
        return []
    found: list[Overlap] = []
    for source in sources:
        found.extend(source(query, user))
    return sorted(found, key=lambda o: o.start)
