"""Spreadsheets for import tests: real .xlsx and CSV bytes, and hostile files.

data = xlsx_bytes([["Tên", "Đơn vị"], ["Máy đo", "Liên hiệp hữu nghị A"]])
run_import(GadgetImport, personas.officer_a, data, "gadgets.xlsx")
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence


def xlsx_bytes(rows: Iterable[Sequence], title: str = "Data") -> bytes:
    """A workbook whose first sheet holds ``rows``; text starting with "=" becomes a formula."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(
    rows: Iterable[Sequence], *, delimiter: str = ",", bom: bool = True, encoding: str = "utf-8"
) -> bytes:
    """CSV as Excel writes it with "CSV UTF-8" (a byte-order mark), or in another encoding."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    return text.encode(encoding)


def zip_bomb(expanded_bytes: int, *, valid_workbook_parts: bool = True) -> bytes:
    """A small zip that claims to be a workbook and expands to ``expanded_bytes``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        if valid_workbook_parts:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            block = b" " * (1024 * 1024)
            for _ in range(expanded_bytes // len(block)):
                sheet.write(block)
    return out.getvalue()


PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"
ELF_BYTES = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
OLD_XLS_BYTES = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
