"""Import speed: a generated XLSX of partners, imported through the same engine as the import
screen (checks, ``save()`` per row, change log, search index), then rolled back so the
benchmark database stays as generated."""

from __future__ import annotations

import io
import time

from django.db import transaction
from openpyxl import Workbook

from caunoi.core.context import change_context
from caunoi.core.imports import run_import
from caunoi.partners.imports import PartnerImport

HEADERS = ["Tên", "Tên tiếng Anh", "Loại", "Quốc gia", "Đơn vị", "Từ khóa"]


class _RollBack(Exception):
    pass


def workbook(rows: int, unit_name: str, countries: list[str]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Đối tác")
    sheet.append(HEADERS)
    for n in range(rows):
        iso = countries[n % len(countries)]
        sheet.append(
            [
                f"Tổ chức thử nghiệm nhập khẩu số {n + 1}",
                f"Import test organisation {n + 1}",
                "Tổ chức phi chính phủ nước ngoài",
                iso,
                unit_name,
                "giáo dục, y tế",
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def measure(user, unit_name: str, countries: list[str], rows: int = 10_000) -> dict:
    data = workbook(rows, unit_name, countries)
    began = time.perf_counter()
    result = None
    try:
        with transaction.atomic(), change_context("command", user=user):
            result = run_import(PartnerImport, user, data, "bench.xlsx", commit=True)
            raise _RollBack
    except _RollBack:
        pass
    seconds = time.perf_counter() - began
    errors = [f"{e.row}:{e.column}: {e.message}" for e in result.errors[:5]] if result else []
    return {
        "rows": rows,
        "seconds": round(seconds, 2),
        "rows_per_second": round(rows / seconds, 1),
        "ok": bool(result and result.ok),
        "created": result.created if result else 0,
        "errors": errors,
    }
