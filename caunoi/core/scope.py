"""The vocabulary of record scope, shared by querysets and the accounts app.

A user's scope for a permission is either every unit (:data:`ALL_UNITS`) or a set of unit ids.
The accounts app computes it from memberships (``User.unit_scope``); core only applies it.
"""

from __future__ import annotations

from typing import Final


class _AllUnits:
    """Sentinel: the permission holds in every unit (Coordinators, Auditors, Administrators)."""

    def __repr__(self) -> str:
        return "ALL_UNITS"

    def __bool__(self) -> bool:
        return True


ALL_UNITS: Final = _AllUnits()

ACTIONS = ("view", "add", "change", "delete")


def perm_name(model, action: str) -> str:
    """``partners.change_partner`` for (Partner, "change")."""
    opts = model._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


def unit_scope(user, perm: str):
    """The units where ``user`` holds ``perm``: ALL_UNITS, or a frozenset of unit ids."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    return user.unit_scope(perm)
