"""Which models the global search covers, and how each record becomes an index entry.

Apps declare their searchable models once, in ``AppConfig.ready()``::

    from caunoi.core import search

    search.register(
        Partner,
        fields=("name", "name_en", "name_native", "acronym"),  # default: model.search_fields
        subtitle=lambda p: " · ".join(filter(None, [p.acronym, p.name_en])),
        weight=2.0,  # partners rank above contacts with the same words
    )

``title`` and ``subtitle`` are a field name or a function of the record; ``title`` defaults
to the first field, ``title_en`` to ``name_en`` when the model has one, ``subtitle`` to the other
fields' values. Field names may follow to-one relations (``"country__name"``); the entry is
refreshed when *this* record is saved, not when the related one is. Scope comes from the
model's ``scope_field`` (``owner_unit``, ``partner__owner_unit``, or ``None`` for lookup tables
every user may read); pass ``unit=`` (a function returning a unit id) for anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db import models
from django.urls import NoReverseMatch, reverse

from caunoi.core.search.text import index_text

Getter = Callable[[models.Model], object]
SUBTITLE_LENGTH = 300


@dataclass(frozen=True)
class SearchSpec:
    """How one model is indexed and shown in search results."""

    model: type[models.Model]
    fields: tuple[str, ...]
    title: Getter
    title_en: Getter | None
    subtitle: Getter
    weight: float = 1.0
    unit: Getter | None = None  # None: unscoped, every holder of the view permission sees it
    url_name: str = ""
    list_url_name: str = ""
    select_related: tuple[str, ...] = field(default=())

    @property
    def label(self) -> str:
        """``app_label.model_name``, the type's name in the API and in ``?type=``."""
        return self.model._meta.label_lower

    def entry_values(self, obj: models.Model) -> dict[str, object]:
        """The index columns for ``obj`` (everything but its type and id)."""
        title = _text(self.title(obj))[:300] or f"#{obj.pk}"
        title_en = _text(self.title_en(obj))[:300] if self.title_en else ""
        return {
            "title": title,
            "title_en": "" if title_en == title else title_en,
            "subtitle": _shorten(_text(self.subtitle(obj)), SUBTITLE_LENGTH),
            "text": index_text(value_of(obj, name) for name in self.fields),
            "weight": self.weight,
            "owner_unit_id": self.unit(obj) if self.unit else None,
        }

    def detail_url(self, object_id: int) -> str:
        return _reverse(self.url_name, [object_id])

    def list_url(self) -> str:
        return _reverse(self.list_url_name, [])


_specs: dict[type[models.Model], SearchSpec] = {}


def register(
    model: type[models.Model],
    *,
    fields: tuple[str, ...] | None = None,
    title: str | Getter | None = None,
    title_en: str | Getter | None = None,
    subtitle: str | Getter | None = None,
    weight: float = 1.0,
    unit: Getter | None = None,
    url_name: str | None = None,
    list_url_name: str | None = None,
    select_related: tuple[str, ...] = (),
) -> SearchSpec:
    """Make ``model`` searchable from the global search box and ``/api/v1/search/``."""
    fields = tuple(fields or getattr(model, "search_fields", ()) or ())
    if not fields:
        raise ImproperlyConfigured(f"search.register({model.__name__}): no fields to index")
    for name in fields:
        _check_path(model, name)
    opts = model._meta
    if title_en is None and _has_field(model, "name_en") and title is None:
        title_en = "name_en"
    shown = {title or fields[0], title_en}
    spec = SearchSpec(
        model=model,
        fields=fields,
        title=_getter(title or fields[0]),
        title_en=_getter(title_en) if title_en else None,
        subtitle=_getter(subtitle) if subtitle else _other_values(fields, shown),
        weight=float(weight),
        unit=unit or _unit_getter(model),
        url_name=url_name or f"{opts.app_label}:{opts.model_name}_detail",
        list_url_name=list_url_name or f"{opts.app_label}:{opts.model_name}_list",
        select_related=select_related,
    )
    _specs[model] = spec
    return spec


def unregister(model: type[models.Model]) -> None:
    """Forget a model (tests only)."""
    _specs.pop(model, None)


def spec_for(model: type[models.Model]) -> SearchSpec | None:
    return _specs.get(model) or _specs.get(model._meta.concrete_model)


def specs() -> list[SearchSpec]:
    return list(_specs.values())


def value_of(obj: models.Model, path: str) -> object:
    """``obj.a.b`` for ``"a__b"``; ``None`` when a link on the way is empty; calls methods."""
    value: object = obj
    for part in path.split("__"):
        if value is None:
            return None
        value = getattr(value, part, None)
        if callable(value) and not isinstance(value, models.Model):
            value = value()
    return value


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _getter(spec: str | Getter) -> Getter:
    if callable(spec):
        return spec
    return lambda obj: value_of(obj, spec)


def _other_values(fields: tuple[str, ...], shown: set) -> Getter:
    rest = [name for name in fields if name not in shown]

    def subtitle(obj: models.Model) -> str:
        return " · ".join(_text(value_of(obj, name)) for name in rest if value_of(obj, name))

    return subtitle


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _check_path(model: type[models.Model], path: str) -> None:
    """Every step but the last must be a to-one relation (a to-many one has no single value)."""
    parts = path.split("__")
    current = model
    for part in parts[:-1]:
        try:
            relation = current._meta.get_field(part)
        except FieldDoesNotExist as exc:
            raise ImproperlyConfigured(f"search: {model.__name__} has no {path}") from exc
        if not (relation.many_to_one or relation.one_to_one):
            raise ImproperlyConfigured(f"search: {model.__name__}.{path} is not a to-one path")
        current = relation.related_model


def _unit_getter(model: type[models.Model]) -> Getter | None:
    """Read the owning unit's id along ``model.scope_field`` (to-one links only)."""
    path = getattr(model, "scope_field", None)
    if path is None:
        return None
    if path in {"pk", "id"}:
        return lambda obj: obj.pk
    try:
        _check_path(model, path)
        *links, last = path.split("__")
        target = model
        for part in links:
            target = target._meta.get_field(part).related_model
        attname = target._meta.get_field(last).attname
    except (ImproperlyConfigured, FieldDoesNotExist) as exc:
        raise ImproperlyConfigured(
            f"search.register({model.__name__}): scope_field {path!r} does not lead to one "
            "unit; pass unit=<function returning the unit id>"
        ) from exc
    path_to_id = "__".join([*links, attname])
    return lambda obj: value_of(obj, path_to_id)


def _reverse(name: str, args: list) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""
