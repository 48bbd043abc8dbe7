"""10,000 valid rows: checked and written in one transaction, with a fixed number of queries
for the look-ups; a second import of the same file changes nothing. How fast is measured by the
benchmark (`make bench`, docs/performance.md), not asserted here: a timed test fails on a busy
machine and proves nothing on a quiet one."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caunoi.core.imports import run_import
from caunoi.core.models import ObjectChange
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.core.tests.testapp.imports import GadgetImport
from caunoi.core.tests.testapp.models import Gadget, GadgetKind

pytestmark = pytest.mark.django_db
ROWS = 10_000


def test_ten_thousand_rows_are_imported_at_once_and_a_second_import_changes_nothing(personas):
    kind = GadgetKind(slug="sensor", name="Cảm biến", name_en="Sensor")
    kind.save()
    header = ["Tên", "Đơn vị", "Loại", "Ngày bắt đầu", "Mô tả"]
    rows = [
        [f"Thiết bị đo {i:05d}", personas.unit_a.name, "Cảm biến", f"{i % 28 + 1:02d}/11/2026", "x"]
        for i in range(ROWS)
    ]
    data = xlsx_bytes([header, *rows])

    with CaptureQueriesContext(connection) as dry:
        checked = run_import(GadgetImport, personas.officer_a, data, "big.xlsx")
    assert checked.ok and checked.created == ROWS
    assert len(dry) < 100, "the dry run must not query per row"

    started = time.monotonic()
    result = run_import(GadgetImport, personas.officer_a, data, "big.xlsx", commit=True)
    first = time.monotonic() - started
    assert result.committed and result.created == ROWS
    assert Gadget.objects.count() == ROWS and ObjectChange.objects.count() >= ROWS

    changes = ObjectChange.objects.count()
    started = time.monotonic()
    again = run_import(GadgetImport, personas.officer_a, data, "big.xlsx", commit=True)
    second = time.monotonic() - started
    assert (again.created, again.updated, again.unchanged) == (0, 0, ROWS)
    assert ObjectChange.objects.count() == changes

    print(
        f"\n{ROWS} rows: dry run {checked.seconds:.1f} s ({ROWS / checked.seconds:.0f} rows/s), "
        f"import {first:.1f} s ({ROWS / first:.0f} rows/s), "
        f"re-import {second:.1f} s ({ROWS / second:.0f} rows/s)"
    )
