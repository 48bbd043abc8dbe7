"""The write step of an import: every new or changed row saved through its model.

Saving through ``save()`` (never ``bulk_create``) keeps what a form save does: the version for
optimistic locking, the change-log row with the user and request, the search text. The caller
holds the transaction, so the first failure undoes the whole import.
"""

from __future__ import annotations

from django.db import IntegrityError
from django.utils.translation import gettext as _

from caunoi.core.imports.results import CREATE, UNCHANGED, PlannedRow
from caunoi.core.models import ConcurrentEditError


class WriteFailed(Exception):
    """The database refused a row; the transaction is rolled back and the row reported."""

    def __init__(self, row: int, message: str):
        super().__init__(message)
        self.row, self.message = row, message


def write_plan(plan: list[PlannedRow]) -> None:
    for row in plan:
        if row.action == UNCHANGED:
            continue
        obj = row.instance
        try:
            if row.action == CREATE:
                obj.save()
            else:
                fields = [name for name in row.changed if name not in row.many]
                if fields:
                    obj.save(update_fields=fields)
            for name, records in row.many.items():
                if name in row.changed:
                    getattr(obj, name).set(records)
        except IntegrityError as exc:
            raise WriteFailed(
                row.row,
                _(
                    "This row conflicts with a record already in the database (perhaps one "
                    "you cannot see). Nothing was imported."
                ),
            ) from exc
        except ConcurrentEditError as exc:
            raise WriteFailed(
                row.row,
                _(
                    "Someone else changed “%(record)s” during the import. Nothing was "
                    "imported; upload the file again."
                )
                % {"record": obj},
            ) from exc
