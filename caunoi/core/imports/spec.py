"""Declaring what a spreadsheet of a model looks like: an import spec (mẫu nhập dữ liệu).

    class GadgetImport(ImportSpec):
        model = Gadget
        natural_key = ("name", "owner_unit")  # an existing record with these values is updated
        columns = [
            Column("name", aliases=("Tên",)),
            Column("owner_unit"),  # acronym or name of one of the user's units; blank: own unit
            Column("kind"),  # code or name of a gadget kind
            Column("starts_on"),  # dd/mm/yyyy
        ]

A column accepts as its header the field's label in every site language, its name, and any
``aliases``; case, accents, spaces and a trailing "*" do not matter. The parser follows from the
model field (text, date, number, yes/no, choice by code or label, record by code or name) unless
``parser=`` or ``lookup=`` says otherwise. Specs live in ``<app>/imports.py`` and register
themselves; a ``ModelViews`` bundle offers the import screens with ``import_spec = …``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils import translation
from django.utils.module_loading import autodiscover_modules
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from caunoi.core.fold import fold
from caunoi.core.imports.lookups import LookupIndex, ModelLookup, OwnerUnitLookup
from caunoi.core.imports.parsers import Parser, parser_for

if TYPE_CHECKING:
    from caunoi.core.imports.results import ImportResult, PlannedRow

_registry: dict[str, type[ImportSpec]] = {}
_TRAILING_MARKS = re.compile(r"[\s*]+$")
MANY_SEPARATORS = re.compile(r"[;\n]+")


def header_key(text: Any) -> str:
    """A header as compared: folded, without the template's required mark."""
    return _TRAILING_MARKS.sub("", fold(str(text or "")))


@dataclass(frozen=True)
class Column:
    """One column of the spreadsheet, filling one model field."""

    field: str
    label: Any = None  # shown in the template and messages; default: the field's verbose name
    aliases: tuple[str, ...] = ()  # further accepted headers, in any language
    required: bool | None = None  # default: the model field may not be blank
    parser: Parser | None = None
    lookup: ModelLookup | None = None  # for foreign keys and many-to-many fields
    help: Any = ""  # one more sentence for the instructions sheet
    example: str = ""


class BoundColumn:
    """A column tied to its model field: what it accepts and how it is parsed."""

    def __init__(self, column: Column, model: type[models.Model]):
        self.column = column
        self.name = column.field
        self.field = model._meta.get_field(column.field)
        self.many = bool(self.field.many_to_many)
        self.lookup: ModelLookup | None = None
        self.parser: Parser | None = None
        if self.field.is_relation:
            default = OwnerUnitLookup() if self.name == "owner_unit" else ModelLookup()
            self.lookup = column.lookup or default
        else:
            self.parser = column.parser or parser_for(self.field)
        has_default = isinstance(self.lookup, OwnerUnitLookup)
        if column.required is not None:
            self.required = column.required
        else:
            self.required = not self.field.blank and not has_default

    @property
    def related_model(self):
        return self.field.related_model

    def label(self) -> str:
        return capfirst(str(self.column.label or self.field.verbose_name))

    def accepted_headers(self) -> set[str]:
        names = {self.name, *self.column.aliases}
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                names.add(str(self.field.verbose_name))
                if self.column.label:
                    names.add(str(self.column.label))
        return {header_key(name) for name in names}

    def describe(self) -> str:
        if self.lookup is not None:
            text = self.lookup.describe(self.related_model)
        else:
            text = self.parser.describe(self.field)
        if self.many:
            text = _("%(what)s; several values separated by “;”") % {"what": text}
        if self.column.help:
            text = f"{text}. {self.column.help}"
        return text

    def parse(self, raw: Any, index: LookupIndex | None):
        """The value for one non-blank cell (a list of records for many-to-many columns)."""
        if self.lookup is None:
            return self.parser.parse(raw, self.field)
        text = str(raw).strip()
        if not self.many:
            return index.resolve(text)
        found = []
        for part in MANY_SEPARATORS.split(text):
            if part.strip():
                obj = index.resolve(part.strip())
                if obj not in found:
                    found.append(obj)
        return found


class ImportSpec:
    """Base class of every import spec; one instance per import run, for one user."""

    model: ClassVar[type[models.Model] | None] = None
    columns: ClassVar[list[Column]] = []
    natural_key: ClassVar[tuple[str, ...]] = ()  # fields matching a row to an existing record
    allow_update: ClassVar[bool] = True  # False: a row matching an existing record is an error
    ignore_unknown_columns: ClassVar[bool] = False
    validate_unique: ClassVar[bool] = True
    validate_constraints: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("model") is not None:
            _registry[cls.model._meta.label_lower] = cls

    def __init__(self, user):
        self.user = user
        self.indexes: dict[str, LookupIndex] = {}

    @classmethod
    def bound_columns(cls) -> list[BoundColumn]:
        cached = cls.__dict__.get("_bound_columns")
        if cached is None:
            cached = [BoundColumn(column, cls.model) for column in cls.columns]
            names = [c.name for c in cached]
            unknown = [key for key in cls.natural_key if key not in names]
            if unknown or len(set(names)) != len(names):
                raise ImproperlyConfigured(
                    f"{cls.__name__}: natural key {unknown} not among the columns, "
                    "or a field listed twice"
                )
            cls._bound_columns = cached
        return cached

    # -- hooks --------------------------------------------------------------------------------
    def get_existing_queryset(self) -> models.QuerySet:
        """Records a row may match (and so update): those the user can see."""
        queryset = self.model._default_manager.all()
        return queryset.restrict(self.user, "view") if hasattr(queryset, "restrict") else queryset

    def new_instance(self, row: PlannedRow) -> models.Model:
        return self.model()

    def clean_row(self, row: PlannedRow) -> None:
        """Cross-column rules beyond ``model.clean()``: raise ``ValidationError`` (a dict keyed
        by field name puts the message under that column)."""

    def clean_rows(self, rows: list[PlannedRow], result: ImportResult) -> None:
        """Rules across rows: call ``result.add_error(row.row, row.header_for(field), msg)``."""


def spec_for(model: type[models.Model]) -> type[ImportSpec] | None:
    """The import spec registered for ``model``; looks in every app's ``imports`` module."""
    autodiscover_modules("imports")
    return _registry.get(model._meta.label_lower)
