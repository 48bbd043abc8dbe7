"""Coordination (phối hợp) for delegations: the ±14-day warning before saving, and the source
that tells other apps' forms (events) about delegations with the same partners or countries."""

from __future__ import annotations

from django.db.models import Q

from caunoi.delegations.choices import DEAD
from caunoi.partners import coordination
from caunoi.partners.coordination import Overlap, OverlapQuery

WINDOW_DAYS = 14


def overlaps_for(*, user, start, end, partners, countries, unit, delegation=None):
    """Other units' records with any of these partners or countries within ±14 days."""
    query = OverlapQuery.around(
        start,
        end,
        WINDOW_DAYS,
        partner_ids=frozenset(p.pk for p in partners),
        country_ids=frozenset(c.pk for c in countries),
        exclude_unit_id=unit.pk if unit is not None else None,
        exclude=("delegations.delegation", delegation.pk)
        if delegation is not None and delegation.pk
        else None,
    )
    return coordination.overlaps(query, user)


def overlaps_of(delegation, user):
    """The warnings for a saved delegation (its page, the API's answer)."""
    if delegation.status in DEAD:
        return []
    return overlaps_for(
        user=user,
        start=delegation.start_date,
        end=delegation.end_date,
        partners=delegation.partners.all(),
        countries=delegation.countries.all(),
        unit=delegation.owner_unit,
        delegation=delegation,
    )


def between(queryset, start, end):
    """Delegations with at least one day between ``start`` and ``end`` (inclusive): those
    starting in the window, and those that started before it and run into it. Two index ranges
    (``delegation_dates``, ``delegation_end``); ``start_date <= end`` alone reads every
    delegation of twenty years (ADR 0034)."""
    return queryset.filter(
        Q(start_date__gte=start, start_date__lte=end) | Q(start_date__lt=start, end_date__gte=start)
    )


def links(delegations) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Partner and country ids of these delegations, in two queries."""
    from caunoi.delegations.models import Delegation

    ids = [d.pk for d in delegations]
    partners: dict[int, set[int]] = {pk: set() for pk in ids}
    countries: dict[int, set[int]] = {pk: set() for pk in ids}
    if ids:
        rows = Delegation.partners.through.objects.filter(delegation_id__in=ids)
        for delegation_id, partner_id in rows.values_list("delegation_id", "partner_id"):
            partners[delegation_id].add(partner_id)
        rows = Delegation.countries.through.objects.filter(delegation_id__in=ids)
        for delegation_id, country_id in rows.values_list("delegation_id", "country_id"):
            countries[delegation_id].add(country_id)
    return partners, countries


def _reach(person) -> str:
    name = person.get_full_name() or person.get_username()
    reach = getattr(person, "phone", "") or person.email
    return f"{name} ({reach})" if reach else name


def contacts_of(delegations) -> dict[int, str]:
    """The person to call for each delegation: its contact person, else whoever recorded it
    (from the change log), with a phone or email where known."""
    from django.contrib.contenttypes.models import ContentType

    from caunoi.core.models import ObjectChange
    from caunoi.delegations.models import Delegation

    found = {d.pk: _reach(d.contact_person) for d in delegations if d.contact_person_id}
    missing = [d.pk for d in delegations if d.pk not in found]
    if missing:
        rows = (
            ObjectChange.objects.filter(
                content_type=ContentType.objects.get_for_model(Delegation),
                object_id__in=missing,
                action="create",
                user__isnull=False,
            )
            .select_related("user")
            .order_by("time")
        )
        for row in rows:
            found.setdefault(row.object_id, _reach(row.user))
    return found


def delegation_overlaps(query: OverlapQuery, user) -> list[Overlap]:
    """Other units' live delegations with the same partners or countries in the window."""
    from caunoi.delegations.models import Delegation

    partners, countries = set(query.partner_ids), set(query.country_ids)
    match = Q()
    if partners:
        match |= Q(partners__in=partners)
    if countries:
        match |= Q(countries__in=countries) | Q(partners__country__in=countries)
    rows = between(Delegation.objects.exclude(status__in=DEAD), query.start, query.end).filter(
        match
    )
    if query.exclude_unit_id:
        rows = rows.exclude(owner_unit_id=query.exclude_unit_id)
    if query.exclude and query.exclude[0] == "delegations.delegation":
        rows = rows.exclude(pk=query.exclude[1])
    found = list(
        rows.distinct().select_related("owner_unit", "contact_person").order_by("start_date")
    )
    return coordination.warnings_for(
        found,
        query,
        user,
        links=links,
        contacts=contacts_of,
        kind=lambda d: d.kind_label,
    )
