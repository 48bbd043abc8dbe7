"""CSV and XLSX export of any list, safe to open in Excel.

A cell beginning with = + - @ (or a tab/carriage return) would run as a formula when opened, so
such text is prefixed with an apostrophe (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.utils import timezone

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel then reads UTF-8


def write_xlsx(header: Sequence[str], rows: Iterable[Sequence], title: str = "Data") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Data")
    bold = Font(bold=True)
    from openpyxl.cell import WriteOnlyCell

    head_cells = []
    for h in header:
        cell = WriteOnlyCell(sheet, value=safe_cell(str(h)))
        cell.font = bold
        head_cells.append(cell)
    sheet.append(head_cells)
    for row in rows:
        sheet.append([safe_cell(_excel_value(v)) for v in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _excel_value(value):
    if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def export_response(fmt: str, basename: str, header, rows) -> HttpResponse:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    if fmt == "xlsx":
        body = write_xlsx(header, rows, title=basename)
    else:
        fmt = "csv"
        body = write_csv(header, rows)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{basename}-{stamp}.{fmt}"'
    return response
