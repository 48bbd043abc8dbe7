from __future__ import annotations

from django.contrib.auth.backends import ModelBackend

from caunoi.accounts.scope import all_permissions
from caunoi.core.scope import ALL_UNITS


class MembershipBackend(ModelBackend):
    """Permissions come from the roles a user holds through memberships, not from groups.

    ``has_perm(user, perm)`` answers "anywhere"; ``has_perm(user, perm, obj)`` also asks whether
    ``obj`` lies in a unit where the user holds ``perm``.
    """

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous:
            return set()
        return set(all_permissions(user_obj)) | super().get_user_permissions(user_obj)

    def has_perm(self, user_obj, perm, obj=None):
        if not user_obj.is_active or perm not in self.get_all_permissions(user_obj):
            return False
        if obj is None:
            return True
        scope = user_obj.unit_scope(perm)
        if scope is ALL_UNITS:
            return True
        field = getattr(obj, "scope_field", None)
        if field is None:
            return True
        if getattr(obj, "shared_registry", False) and perm.split(".", 1)[-1].startswith("view_"):
            return True
        unit_id = getattr(obj, f"{field}_id", None) if "__" not in field else None
        return unit_id in scope
