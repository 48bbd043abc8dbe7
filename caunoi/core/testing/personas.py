"""The people every permission test is written about.

Unit tree::

    city (city leadership)
    ├── unit_a (union of friendship organisations)
    │   └── unit_a_child (friendship association)
    ├── unit_b (department)
    ├── district (dissolved 30/06/2025) ──successor──► ward
    └── ward (commune/ward)

- officer_a: Officer in unit_a and the units below it
- approver_a: Approver in unit_a and below
- outsider_b: Officer in unit_b (must never see unit_a's records)
- ward_officer: Officer in ward (reaches the dissolved district's records)
- coordinator: Coordinator in unit_b (sees every unit, edits only unit_b)
- auditor: Auditor (reads everything, changes nothing)
- admin: Administrator (everything)
- nobody: signed in, no membership (403 everywhere)
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from caunoi.accounts.choices import UnitKind
from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.accounts.roles import sync_roles

PASSWORD = "persona-password-123"  # noqa: S105 - test personas only


@dataclass
class Personas:
    city: OrgUnit
    unit_a: OrgUnit
    unit_a_child: OrgUnit
    unit_b: OrgUnit
    district: OrgUnit
    ward: OrgUnit
    officer_a: User
    approver_a: User
    outsider_b: User
    ward_officer: User
    coordinator: User
    auditor: User
    admin: User
    nobody: User

    def get(self, name: str) -> User:
        return getattr(self, name)

    def unit_of(self, name: str) -> OrgUnit:
        """The unit a persona edits in."""
        return {
            "outsider_b": self.unit_b,
            "coordinator": self.unit_b,
            "ward_officer": self.ward,
        }.get(name, self.unit_a)


def _unit(name, kind, parent=None, **extra) -> OrgUnit:
    unit = OrgUnit(name=name, name_en=name + " (en)", kind=kind, parent=parent, **extra)
    unit.save()
    return unit


def _user(username: str, unit: OrgUnit | None, role_slug: str | None, below=True) -> User:
    user = User.objects.create_user(
        username=username, password=PASSWORD, full_name=username.replace("_", " ").title()
    )
    if unit is not None:
        Membership.objects.create(
            user=user, unit=unit, role=Role.objects.get(slug=role_slug), include_descendants=below
        )
    return user


def make_personas() -> Personas:
    sync_roles()
    city = _unit("Thành phố", UnitKind.CITY_LEADERSHIP)
    unit_a = _unit("Liên hiệp hữu nghị A", UnitKind.FRIENDSHIP_UNION, city)
    unit_a_child = _unit("Hội hữu nghị A1", UnitKind.FRIENDSHIP_ASSOCIATION, unit_a)
    unit_b = _unit("Sở B", UnitKind.DEPARTMENT, city)
    ward = _unit("Phường Mới", UnitKind.COMMUNE_WARD, city, valid_from=datetime.date(2025, 7, 1))
    district = _unit("Quận Cũ", UnitKind.DISTRICT, city, valid_to=datetime.date(2025, 6, 30))
    district.successors.add(ward)
    return Personas(
        city=city,
        unit_a=unit_a,
        unit_a_child=unit_a_child,
        unit_b=unit_b,
        district=district,
        ward=ward,
        officer_a=_user("officer_a", unit_a, "officer"),
        approver_a=_user("approver_a", unit_a, "approver"),
        outsider_b=_user("outsider_b", unit_b, "officer"),
        ward_officer=_user("ward_officer", ward, "officer", below=False),
        coordinator=_user("coordinator", unit_b, "coordinator", below=False),
        auditor=_user("auditor", city, "auditor"),
        admin=_user("admin", city, "administrator"),
        nobody=_user("nobody", None, None),
    )
