"""Which units a user's memberships reach, per permission.

A membership reaches its unit, the units below it when ``include_descendants`` is set, and the
units those replaced (a ward reaches the dissolved district it succeeded). Holding
``accounts.view_all_units`` makes every *view* permission city-wide; ``change_all_units`` makes
every permission city-wide. Results are cached on the user object, which lives for one request.
"""

from __future__ import annotations

from caunoi.core.scope import ALL_UNITS

VIEW_ALL = "accounts.view_all_units"
CHANGE_ALL = "accounts.change_all_units"


def membership_permissions(user) -> list[tuple[object, frozenset[str]]]:
    """(membership, permission names of its role) for every active membership."""
    cache = user.__dict__.get("_membership_perms")
    if cache is None:
        from django.contrib.auth.models import Permission

        role_ids = {m.role_id for m in user.active_memberships}
        names: dict[int, set[str]] = {role_id: set() for role_id in role_ids}
        rows = Permission.objects.filter(roles__in=role_ids).values_list(
            "roles", "content_type__app_label", "codename"
        )
        for role_id, app_label, codename in rows:
            names[role_id].add(f"{app_label}.{codename}")
        cache = [(m, frozenset(names[m.role_id])) for m in user.active_memberships]
        user.__dict__["_membership_perms"] = cache
    return cache


def all_permissions(user) -> frozenset[str]:
    result: set[str] = set()
    for _membership, perms in membership_permissions(user):
        result |= perms
    return frozenset(result)


def unit_scope_for(user, perm: str):
    if user.is_superuser:
        return ALL_UNITS
    cache = user.__dict__.setdefault("_unit_scope", {})
    if perm in cache:
        return cache[perm]
    holding = [(m, perms) for m, perms in membership_permissions(user) if perm in perms]
    is_view = perm.split(".", 1)[-1].startswith("view_")
    if any(CHANGE_ALL in perms or (is_view and VIEW_ALL in perms) for _m, perms in holding):
        cache[perm] = ALL_UNITS
        return ALL_UNITS
    memberships = [m for m, _perms in holding]
    reach_cache = user.__dict__.setdefault("_unit_reach", {})
    key = frozenset(m.pk for m in memberships)
    if key not in reach_cache:
        reach_cache[key] = _reach(memberships)
    cache[perm] = reach_cache[key]
    return cache[perm]


def _reach(memberships) -> frozenset[int]:
    from django.db.models import Q

    from caunoi.accounts.models import OrgUnit

    if not memberships:
        return frozenset()
    ids = {m.unit_id for m in memberships}
    subtree = Q()
    for m in memberships:
        if m.include_descendants:
            subtree |= Q(path__startswith=m.unit.path)
    if subtree:
        ids |= set(OrgUnit.objects.filter(subtree).values_list("pk", flat=True))
    return frozenset(ids | _predecessors_of(ids))


def _predecessors_of(unit_ids: set[int]) -> set[int]:
    """Every unit that was (directly or through a chain) replaced by one of ``unit_ids``."""
    from caunoi.accounts.models import OrgUnit

    links = OrgUnit.successors.through.objects.values_list("to_orgunit_id", "from_orgunit_id")
    replaced_by: dict[int, set[int]] = {}
    for successor, predecessor in links:
        replaced_by.setdefault(successor, set()).add(predecessor)
    found: set[int] = set()
    frontier = set(unit_ids)
    while frontier:
        nxt = set()
        for unit_id in frontier:
            nxt |= replaced_by.get(unit_id, set()) - found - unit_ids
        found |= nxt
        frontier = nxt
    return found


def users_holding(perm: str, unit):
    """Active users whose membership covers ``unit`` with a role holding ``perm``.

    Covering means: a membership in the unit itself, in a unit above it with
    ``include_descendants``, or in a unit that succeeded it. City-wide reach
    (``view_all_units``) does not count: this answers "who in this unit is responsible",
    for notifications, not "who could see it".
    """
    from django.db.models import Q

    from caunoi.accounts.models import Membership, OrgUnit, User

    app_label, codename = perm.split(".", 1)
    ancestors = [int(part) for part in unit.path.strip("/").split("/") if part]
    successors = OrgUnit.successors.through.objects.filter(from_orgunit_id=unit.pk).values(
        "to_orgunit_id"
    )
    memberships = Membership.objects.active().filter(
        Q(unit_id=unit.pk)
        | Q(unit_id__in=ancestors, include_descendants=True)
        | Q(unit_id__in=successors),
        role__permissions__content_type__app_label=app_label,
        role__permissions__codename=codename,
    )
    return User.objects.filter(is_active=True, memberships__in=memberships).distinct()
