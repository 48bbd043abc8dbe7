"""Records that belong to another record, and a duplicate check forms and the API both run."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from caunoi.core.models.base import PrimaryModel


def refuse_duplicate(obj, fields: tuple[str, ...], message) -> None:
    """Raise a ``ValidationError`` on ``fields[-1]`` when a live record already has the same
    values. The database constraints say the same, but forms skip constraints whose condition
    names a field they do not show (``deleted_at``), and the API runs only ``clean()``."""
    values = {}
    for name in fields:
        value = getattr(obj, obj._meta.get_field(name).attname)
        if value in (None, ""):
            return
        values[obj._meta.get_field(name).attname] = value
    if type(obj).objects.filter(**values).exclude(pk=obj.pk).exists():
        raise ValidationError({fields[-1]: message})


class UnitFromParentModel(PrimaryModel):
    """A record that belongs to another record (a language to a person, a line to a plan).

    Its owning unit is always its parent's: :meth:`clean` copies it, so scope, the recycle bin
    and the change log treat it like the parent. Parents keep their unit once created (a staff
    member changes unit only through :func:`caunoi.staff.services.move_staff_member`, which
    carries the children along).
    """

    parent_field: str = ""

    class Meta:
        abstract = True

    @property
    def parent(self):
        if getattr(self, f"{self.parent_field}_id", None) is None:
            return None
        return getattr(self, self.parent_field)

    def inherit_owner_unit(self) -> None:
        parent = self.parent
        if parent is not None:
            self.owner_unit_id = parent.owner_unit_id

    def clean(self) -> None:
        super().clean()
        self.inherit_owner_unit()
