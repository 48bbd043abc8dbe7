"""Querysets that know who is asking.

``restrict(user, action)`` is the only way views and viewsets fetch records: a record outside
the user's units is simply not in the queryset, so it answers 404, never 403.
"""

from __future__ import annotations

from django.db import models

from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope


class RestrictedQuerySet(models.QuerySet):
    def restrict(self, user, action: str = "view") -> RestrictedQuerySet:
        scope = unit_scope(user, perm_name(self.model, action))
        if scope is ALL_UNITS:
            return self
        if not scope:
            return self.none()
        field = getattr(self.model, "scope_field", None)
        if field is None:  # lookup tables: holding the permission anywhere is enough
            return self
        if action == "view" and getattr(self.model, "shared_registry", False):
            return self  # a city-wide registry: everyone reads it, the owning unit edits
        if "__" in field:  # reached through a to-many relation: avoid duplicate rows
            inner = self.model._base_manager.filter(**{f"{field}__in": scope}).values("pk")
            return self.filter(pk__in=inner)
        return self.filter(**{f"{field}__in": scope})


class SoftDeleteQuerySet(RestrictedQuerySet):
    def alive(self) -> SoftDeleteQuerySet:
        return self.filter(deleted_at__isnull=True)

    def deleted(self) -> SoftDeleteQuerySet:
        return self.filter(deleted_at__isnull=False)

    def soft_delete(self, *, acting_user=None) -> int:
        """Soft-delete each record through its own method so every deletion is change-logged."""
        count = 0
        for obj in self.alive():
            obj.soft_delete(acting_user=acting_user)
            count += 1
        return count


class RestrictedManager(models.Manager.from_queryset(RestrictedQuerySet)):
    pass


class AliveManager(models.Manager.from_queryset(SoftDeleteQuerySet)):
    """The default manager of soft-deletable records: deleted ones are gone everywhere."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class AllObjectsManager(models.Manager.from_queryset(SoftDeleteQuerySet)):
    """Every row, deleted or not: for the recycle bin and restores only."""
