"""Resolving a cell to a record of a reference table: a country by ISO code or name, a unit by
acronym or name, a kind by code or name.

Each lookup reads its table once per import into dictionaries (no query per row), keyed by the
folded text of each key field (case, accents, đ and punctuation ignored), tried in order: codes
first, then names. The table is restricted to what the importing user may see, and the
owning-unit lookup also to the units where the user may add (or change) this kind of record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from caunoi.core.imports.parsers import match_key
from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope

if TYPE_CHECKING:
    from caunoi.core.imports.spec import ImportSpec

DEFAULT_KEYS = (
    "code",
    "slug",
    "iso2",
    "iso3",
    "acronym",
    "name",
    "name_en",
    "name_native",
    "username",
)


class LookupIndex:
    """One reference table, prefetched for one import."""

    def __init__(self, model: type[models.Model], indexes: list[dict[str, dict[Any, Any]]]):
        self.model = model
        self.indexes = indexes

    def resolve(self, text: str):
        folded = match_key(text)
        for index in self.indexes:
            hits = index.get(folded)
            if not hits:
                continue
            if len(hits) > 1:
                raise ValidationError(
                    _("“%(value)s” matches several %(models)s; write the code instead.")
                    % {"value": text, "models": self.model._meta.verbose_name_plural}
                )
            return next(iter(hits.values()))
        raise ValidationError(
            _("No %(model)s matches “%(value)s”.")
            % {"model": self.model._meta.verbose_name, "value": text}
        )

    def check(self, obj, action: str, spec: ImportSpec) -> None:
        """Further rules for the resolved record (scope); nothing by default."""

    def default(self, spec: ImportSpec):
        """The value for a blank cell; None: the cell is simply empty."""
        return None


class ModelLookup:
    """Find a record by any of ``keys`` (field names, tried in order), among those the importing
    user may see. ``keys`` default to the usual code and name fields the model has."""

    def __init__(self, model: type[models.Model] | None = None, keys: tuple[str, ...] = ()):
        self.model = model
        self.keys = keys

    def key_fields(self, model: type[models.Model]) -> list[str]:
        names = self.keys or DEFAULT_KEYS
        found = []
        for name in names:
            try:
                model._meta.get_field(name)
            except FieldDoesNotExist:
                if self.keys:  # named explicitly: a typo in the spec must not pass silently
                    raise
                continue
            found.append(name)
        return found

    def get_queryset(self, model: type[models.Model], spec: ImportSpec) -> models.QuerySet:
        queryset = model._default_manager.all()
        if hasattr(queryset, "restrict"):
            queryset = queryset.restrict(spec.user, "view")
        return queryset

    def prepare(self, model: type[models.Model], spec: ImportSpec) -> LookupIndex:
        model = self.model or model
        return LookupIndex(model, self.build(model, spec))

    def build(self, model, spec) -> list[dict[str, dict[Any, Any]]]:
        """One dictionary per key field: folded value -> {pk: record}; a single query."""
        keys = self.key_fields(model)
        indexes: list[dict[str, dict[Any, Any]]] = [{} for _key in keys]
        for obj in self.get_queryset(model, spec):
            for index, key in zip(indexes, keys, strict=True):
                value = getattr(obj, key)
                if value not in (None, ""):
                    index.setdefault(match_key(value), {})[obj.pk] = obj
        return indexes

    def describe(self, model: type[models.Model]) -> str:
        model = self.model or model
        labels = [str(model._meta.get_field(key).verbose_name) for key in self.key_fields(model)]
        return _("%(keys)s of a %(model)s") % {
            "keys": capfirst(" / ".join(labels)),
            "model": model._meta.verbose_name,
        }


class OwnerUnitIndex(LookupIndex):
    def __init__(self, model, indexes, active_ids: set[int] | None):
        super().__init__(model, indexes)
        self.active_ids = active_ids

    def check(self, obj, action: str, spec: ImportSpec) -> None:
        scope = unit_scope(spec.user, perm_name(spec.model, action))
        if scope is not ALL_UNITS and obj.pk not in scope:
            if action == "add":
                message = _("You may not add records for the unit “%(unit)s”.")
            else:
                message = _("You may not change records of the unit “%(unit)s”.")
            raise ValidationError(message % {"unit": obj})
        if action == "add" and self.active_ids is not None and obj.pk not in self.active_ids:
            raise ValidationError(
                _("The unit “%(unit)s” has been dissolved; use the unit that replaced it.")
                % {"unit": obj}
            )

    def default(self, spec: ImportSpec):
        """The user's own unit, when they may add such records there."""
        unit = getattr(spec.user, "primary_unit", None)
        if unit is None:
            return None
        scope = unit_scope(spec.user, perm_name(spec.model, "add"))
        return unit if scope is ALL_UNITS or unit.pk in scope else None


class OwnerUnitLookup(ModelLookup):
    """The owning unit, by acronym or name. Every unit can be named (the org chart is public),
    but a row is accepted only for a unit where the user may add (or, updating, change) such
    records, and new records only for units that still exist. A blank cell means the user's
    own unit."""

    def __init__(self, keys: tuple[str, ...] = ("acronym", "name", "name_en")):
        super().__init__(None, keys)

    def get_queryset(self, model, spec):
        return model._default_manager.all()

    def prepare(self, model, spec) -> OwnerUnitIndex:
        queryset = model._default_manager.all()
        active = None
        if hasattr(queryset, "active"):
            active = set(queryset.active().values_list("pk", flat=True))
        return OwnerUnitIndex(model, self.build(model, spec), active)

    def describe(self, model) -> str:
        return _("Acronym or name of one of your units; blank: your own unit")
