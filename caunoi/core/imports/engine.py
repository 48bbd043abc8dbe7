"""The import engine: read, check every row, and write all of it or nothing.

A run reads the file (checked by content), maps the header row to the spec's columns, parses
every row, resolves references from tables fetched once, finds duplicate rows, matches rows to
existing records by the natural key, validates each would-be record (``clean_fields``,
``clean()``, unique checks and constraints, the spec's own rules, the user's unit scope) and
collects every problem as (row, column, message). Nothing is written unless the whole file is
valid; then every row is saved through the model, in one transaction, so each create and
update is change-logged. A row whose values equal the record's is left alone, so importing the
same file twice changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter

from caunoi.core.imports.files import BadCell, Limits, Table, is_blank, read_table
from caunoi.core.imports.results import (
    CREATE,
    UNCHANGED,
    UPDATE,
    ImportFileError,
    ImportResult,
    PlannedRow,
)
from caunoi.core.imports.spec import BoundColumn, ImportSpec, header_key
from caunoi.core.imports.write import WriteFailed, write_plan
from caunoi.core.scope import perm_name

CHUNK = 500  # values per IN (…) query when matching existing records


def run_import(
    spec_class: type[ImportSpec],
    user,
    data: bytes,
    filename: str = "",
    *,
    commit: bool = False,
    limits: Limits | None = None,
) -> ImportResult:
    """Dry-run (``commit=False``) or import ``data`` for ``user``. Raises
    :class:`ImportFileError` when the file as a whole is refused, ``PermissionDenied`` when the
    user may not add such records anywhere."""
    if not user.has_perm(perm_name(spec_class.model, "add")):
        raise PermissionDenied
    started = time.monotonic()
    table = read_table(data, filename, limits)
    result = ImportResult()
    importer = Importer(spec_class(user), table, result)
    if not commit:
        importer.check()
    else:
        try:
            with transaction.atomic():
                importer.check()
                if result.ok:
                    write_plan(result.plan)
                    result.committed = True
        except WriteFailed as exc:
            result.committed = False
            result.add_error(exc.row, "", exc.message)
    result.seconds = time.monotonic() - started
    return result


class Importer:
    def __init__(self, spec: ImportSpec, table: Table, result: ImportResult):
        self.spec = spec
        self.model = spec.model
        self.table = table
        self.result = result
        self.columns = spec.bound_columns()
        self.mapping: dict[int, BoundColumn] = {}

    def error(self, row: int, column: str, message) -> None:
        self.result.add_error(row, column, message)

    # -- the dry run ----------------------------------------------------------------------------
    def check(self) -> None:
        self.map_header()
        if not self.result.ok:
            return
        if not self.table.rows:
            raise ImportFileError(_("The file has column names but no data rows."))
        for column in self.columns:
            if column.lookup is not None:
                self.spec.indexes[column.name] = column.lookup.prepare(
                    column.related_model, self.spec
                )
        rows = [self.parse_row(number, cells) for number, cells in self.table.rows]
        self.result.rows = len(rows)
        self.find_duplicates(rows)
        existing, changeable = self.match_existing(rows)
        for row in rows:
            if not row.failed:
                self.plan_row(row, existing, changeable)
        good = [row for row in rows if not row.failed]
        self.spec.clean_rows(good, self.result)
        self.result.plan = good

    def map_header(self) -> None:
        by_key: dict[str, BoundColumn] = {}
        for column in self.columns:
            for key in column.accepted_headers():
                by_key.setdefault(key, column)
        seen: dict[str, int] = {}
        header_row = self.table.header_row
        for index, header in enumerate(self.table.header):
            if not header:
                continue
            column = by_key.get(header_key(header))
            if column is None:
                if not self.spec.ignore_unknown_columns:
                    self.error(
                        header_row,
                        header,
                        _("Unknown column. The columns are: %(columns)s.")
                        % {"columns": "; ".join(c.label() for c in self.columns)},
                    )
                continue
            if column.name in seen:
                self.error(
                    header_row,
                    header,
                    _("This column appears twice (also in column %(letter)s).")
                    % {"letter": get_column_letter(seen[column.name] + 1)},
                )
                continue
            seen[column.name] = index
            self.mapping[index] = column
        for column in self.columns:
            if column.name not in seen and column.required:
                self.error(header_row, column.label(), _("This required column is missing."))

    def parse_row(self, number: int, cells: list) -> PlannedRow:
        row = PlannedRow(row=number)
        failed: set[str] = set()
        for index, column in self.mapping.items():
            header = self.table.header[index]
            row.headers[column.name] = header
            raw = cells[index] if index < len(cells) else None
            if is_blank(raw):
                continue
            if isinstance(raw, BadCell):
                self.error(number, header, raw.message)
                failed.add(column.name)
                continue
            try:
                value = column.parse(raw, self.spec.indexes.get(column.name))
            except ValidationError as exc:
                for message in exc.messages:
                    self.error(number, header, message)
                failed.add(column.name)
                continue
            (row.many if column.many else row.values)[column.name] = value
        for index, raw in enumerate(cells):
            untitled = index >= len(self.table.header) or not self.table.header[index]
            if untitled and not is_blank(raw):
                self.error(
                    number,
                    get_column_letter(index + 1),
                    _("This cell has no column name in the header row."),
                )
                failed.add("")
        self.fill_blanks(row, failed)
        row.failed = bool(failed)
        return row

    def fill_blanks(self, row: PlannedRow, failed: set[str]) -> None:
        """Blank cells: the column's default (the user's unit), else empty, else an error.
        A column absent from the file leaves its field alone."""
        mapped = {column.name for column in self.mapping.values()}
        for column in self.columns:
            name = column.name
            if name in row.values or name in row.many or name in failed:
                continue
            index = self.spec.indexes.get(name)
            default = index.default(self.spec) if index is not None else None
            if default is not None:
                row.values[name] = default
                row.defaulted.add(name)
            elif column.required:
                self.error(
                    row.row, row.headers.get(name) or column.label(), _("A value is required.")
                )
                failed.add(name)
            elif name in mapped:
                if column.many:
                    row.many[name] = []
                else:
                    row.values[name] = column.field.get_default()

    def key_of_row(self, row: PlannedRow) -> tuple | None:
        parts = []
        for name in self.spec.natural_key:
            if name not in row.values or row.values[name] in (None, ""):
                return None
            value = row.values[name]
            parts.append(value.pk if isinstance(value, models.Model) else value)
        return tuple(parts)

    def key_of_instance(self, obj: models.Model) -> tuple:
        return tuple(
            getattr(obj, self.model._meta.get_field(n).attname) for n in self.spec.natural_key
        )

    def find_duplicates(self, rows: list[PlannedRow]) -> None:
        if not self.spec.natural_key:
            return
        labels = ", ".join(c.label() for c in self.columns if c.name in self.spec.natural_key)
        first_rows: dict[tuple, int] = {}
        for row in rows:
            row.key = None if row.failed else self.key_of_row(row)
            if row.key is None:
                continue
            if row.key in first_rows:
                self.error(
                    row.row,
                    row.header_for(self.spec.natural_key[0]),
                    _("The same %(fields)s as row %(row)d.")
                    % {"fields": labels, "row": first_rows[row.key]},
                )
                row.failed = True
            else:
                first_rows[row.key] = row.row

    def match_existing(self, rows: list[PlannedRow]) -> tuple[dict[tuple, models.Model], set]:
        """Existing records the rows' natural keys point at, and which of them the user may
        change: a few queries per 500 rows, never one per row."""
        keys = [row.key for row in rows if row.key is not None and not row.failed]
        if not keys:
            return {}, set()
        attname = self.model._meta.get_field(self.spec.natural_key[0]).attname
        queryset = self.spec.get_existing_queryset()
        many = [column.name for column in self.mapping.values() if column.many]
        if many:
            queryset = queryset.prefetch_related(*many)
        existing: dict[tuple, models.Model] = {}
        for chunk in chunks(sorted({key[0] for key in keys}, key=str)):
            for obj in queryset.filter(**{f"{attname}__in": chunk}):
                existing.setdefault(self.key_of_instance(obj), obj)
        changeable: set = set()
        if existing:
            allowed = self.model._default_manager.all()
            if hasattr(allowed, "restrict"):
                allowed = allowed.restrict(self.spec.user, "change")
            for chunk in chunks([obj.pk for obj in existing.values()]):
                changeable |= set(allowed.filter(pk__in=chunk).values_list("pk", flat=True))
        return existing, changeable

    def plan_row(self, row: PlannedRow, existing: dict, changeable: set) -> None:
        obj = existing.get(row.key) if row.key is not None else None
        if obj is None:
            row.action, obj, action = CREATE, self.spec.new_instance(row), "add"
        elif not self.spec.allow_update:
            self.fail(row, "", _("“%(record)s” already exists.") % {"record": obj})
            return
        elif obj.pk not in changeable:
            message = _("“%(record)s” already exists and you may not change it.")
            self.fail(row, "", message % {"record": obj})
            return
        else:
            row.action, action = UPDATE, "change"
            for name in row.defaulted - set(self.spec.natural_key):
                row.values.pop(name)  # updating, a blank cell keeps what the record has
        for name, value in row.values.items():
            index = self.spec.indexes.get(name)
            if index is not None and value is not None:
                try:
                    index.check(value, action, self.spec)
                except ValidationError as exc:
                    self.fail(row, row.headers.get(name) or self.label(name), exc.messages[0])
        if row.failed:
            return
        row.instance = obj
        row.changed = self.apply(row, obj)
        if row.action == UPDATE and not row.changed:
            row.action = UNCHANGED
            return
        try:
            self.validate(row, obj)
            self.spec.clean_row(row)
        except ValidationError as exc:
            self.report(row, exc)

    def apply(self, row: PlannedRow, obj: models.Model) -> list[str]:
        """Set the row's values on the record; the names of the fields that change."""
        changed = []
        creating = row.action == CREATE
        for name, value in row.values.items():
            field = self.model._meta.get_field(name)
            new = value.pk if isinstance(value, models.Model) else value
            if creating or getattr(obj, field.attname) != new:
                setattr(obj, name, value)
                changed.append(name)
        for name, records in row.many.items():
            wanted = {r.pk for r in records}
            if creating:
                if wanted:
                    changed.append(name)
            elif {r.pk for r in getattr(obj, name).all()} != wanted:
                changed.append(name)
        return changed

    def validate(self, row: PlannedRow, obj: models.Model) -> None:
        """Model validation without a query per row for references already resolved."""
        opts = self.model._meta
        # References resolved from the prefetched tables need no existence query per row.
        lookups = {c.name for c in self.columns if c.lookup is not None} & set(row.values)
        untouched = set()
        if row.action == UPDATE:  # fields not in the file keep their stored (valid) values
            untouched = {f.name for f in opts.fields} - set(row.values)
        errors: dict = {}
        many = {f.name for f in opts.many_to_many}
        checks = [
            (obj.clean_fields, {"exclude": lookups | untouched | many | {opts.pk.name}}),
            (obj.clean, {}),
        ]
        if self.spec.validate_unique:
            checks.append((obj.validate_unique, {"exclude": many | {opts.pk.name}}))
        if self.spec.validate_constraints:
            checks.append((obj.validate_constraints, {"exclude": many}))
        for check, kwargs in checks:
            try:
                check(**kwargs)
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def report(self, row: PlannedRow, exc: ValidationError) -> None:
        if not hasattr(exc, "error_dict"):
            for message in exc.messages:
                self.fail(row, "", message)
            return
        for name, messages in exc.message_dict.items():
            column = "" if name == NON_FIELD_ERRORS else row.headers.get(name) or self.label(name)
            for message in messages:
                self.fail(row, column, message)

    def label(self, name: str) -> str:
        try:
            return capfirst(str(self.model._meta.get_field(name).verbose_name))
        except Exception:
            return name

    def fail(self, row: PlannedRow, column: str, message) -> None:
        self.error(row.row, column, message)
        row.failed = True


def chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    batch: list = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
