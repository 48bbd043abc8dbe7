"""Reading an uploaded spreadsheet safely, judged by its content, never by its name.

An .xlsx file must really be an Office Open XML workbook (a zip holding
``[Content_Types].xml`` and ``xl/workbook.xml``) whose declared sizes stay within limits before
openpyxl opens it (zip bombs). Anything else must be UTF-8 text (a CSV saved as "CSV UTF-8",
with or without a byte-order mark, separated by commas or semicolons). A PDF, a program or an
old .xls renamed to .xlsx is refused with a message that says what to do. Formula cells are
never evaluated: they come back as :class:`BadCell` and are reported at their cell.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from caunoi.core.imports.results import ImportFileError
from caunoi.core.uploads.zipcheck import ZipLimits, ZipRefused, check_zip

MB = 1024 * 1024
XLSX_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc, password-protected .xlsx
ZIP_SIGNATURE = b"PK\x03\x04"
BINARY_SIGNATURES = (b"%PDF", b"\x7fELF", b"MZ", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
# Control characters never found in a real CSV (tab, line feed and carriage return are fine).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one file; read from settings so deployments can tune them."""

    max_bytes: int = 10 * MB
    max_rows: int = 20_000
    max_columns: int = 200
    max_uncompressed: int = 100 * MB
    max_ratio: int = 100

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            max_bytes=getattr(settings, "CAUNOI_IMPORT_MAX_BYTES", cls.max_bytes),
            max_rows=getattr(settings, "CAUNOI_IMPORT_MAX_ROWS", cls.max_rows),
            max_columns=getattr(settings, "CAUNOI_IMPORT_MAX_COLUMNS", cls.max_columns),
            max_uncompressed=getattr(
                settings, "CAUNOI_IMPORT_MAX_UNCOMPRESSED_BYTES", cls.max_uncompressed
            ),
            max_ratio=getattr(settings, "CAUNOI_IMPORT_MAX_COMPRESSION_RATIO", cls.max_ratio),
        )


@dataclass(frozen=True)
class BadCell:
    """A cell whose content is refused where it stands (a formula, an Excel error value)."""

    message: str


@dataclass
class Table:
    """The first sheet of a workbook, or a CSV file: a header row and numbered data rows."""

    kind: str  # "xlsx" or "csv"
    header: list[str] = field(default_factory=list)
    header_row: int = 1
    rows: list[tuple[int, list]] = field(default_factory=list)  # (row number in Excel, cells)


def read_table(data: bytes, filename: str = "", limits: Limits | None = None) -> Table:
    """Check ``data`` by content and read it; raise :class:`ImportFileError` if refused."""
    limits = limits or Limits.from_settings()
    if len(data) > limits.max_bytes:
        raise ImportFileError(too_large_message(limits))
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    kind = detect_kind(data, filename)
    table = _read_xlsx(data, limits) if kind == "xlsx" else _read_csv(data, limits)
    if not any(table.header):
        raise ImportFileError(_("The first row must hold the column names; it is empty."))
    if len(table.header) > limits.max_columns:
        raise ImportFileError(
            _("The file has more than %(max)d columns.") % {"max": limits.max_columns}
        )
    return table


def too_large_message(limits: Limits) -> str:
    return _("The file is larger than %(size)s. Split it into smaller files.") % {
        "size": filesizeformat(limits.max_bytes)
    }


def detect_kind(data: bytes, filename: str = "") -> str:
    """ "xlsx" or "csv", from the bytes; the name only sharpens the message of a refusal."""
    if data.startswith(ZIP_SIGNATURE):
        return "xlsx"
    if data.startswith(OLE_SIGNATURE):
        raise ImportFileError(
            _(
                "This is an old-format (.xls) or password-protected Excel file. Open it in "
                "Excel and save it as “Excel Workbook (.xlsx)” without a password."
            )
        )
    if data.startswith(BINARY_SIGNATURES) or PurePath(filename).suffix.lower() in (
        WORKBOOK_SUFFIXES
    ):
        raise ImportFileError(not_a_spreadsheet_message())
    return "csv"


def not_a_spreadsheet_message() -> str:
    return _(
        "This file is not a real Excel workbook (.xlsx) or CSV file, whatever its name says. "
        "Download the template, fill it in, and upload it as .xlsx or as CSV UTF-8."
    )


# -- XLSX ------------------------------------------------------------------------------------------
def check_xlsx_container(data: bytes, limits: Limits) -> None:
    """Refuse anything that is not a plain workbook, or that would expand beyond the limits."""
    zip_limits = ZipLimits(max_uncompressed=limits.max_uncompressed, max_ratio=limits.max_ratio)
    try:
        names = check_zip(data, zip_limits)
    except ZipRefused as exc:
        if exc.reason == "bomb":
            raise ImportFileError(
                _(
                    "The workbook expands to far more data than its size suggests and was "
                    "refused for safety. Save it again from Excel, or upload it as CSV UTF-8."
                )
            ) from exc
        raise ImportFileError(not_a_spreadsheet_message()) from exc
    if "xl/workbook.bin" in names:
        raise ImportFileError(
            _("Binary Excel workbooks (.xlsb) are not accepted. Save the file as .xlsx.")
        )
    if not all(part in names for part in XLSX_PARTS):
        raise ImportFileError(not_a_spreadsheet_message())


def _read_xlsx(data: bytes, limits: Limits) -> Table:
    from openpyxl import load_workbook

    check_xlsx_container(data, limits)
    table = Table(kind="xlsx")
    try:
        # data_only=False: a formula stays a formula (data type "f") and is refused, never
        # replaced by the value Excel last cached for it.
        workbook = load_workbook(
            io.BytesIO(data), read_only=True, data_only=False, keep_links=False
        )
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportFileError(damaged_message()) from exc
    try:
        sheet = workbook.worksheets[0]
        # The sheet's own dimension may lie (rows beyond it would be dropped silently, or a
        # huge one would pad millions of empty rows): read what is there, at most one column
        # past the limit, so that a too-wide header is still noticed.
        sheet.reset_dimensions()
        blank = None  # openpyxl yields one shared tuple for every missing row: skip it fast
        stored = 0  # rows present in the file, blank but formatted ones too: they cost time
        for number, cells in enumerate(sheet.iter_rows(max_col=limits.max_columns + 1), 1):
            if cells is blank:
                continue
            stored += 1
            if stored > limits.max_rows * 5:
                raise ImportFileError(too_many_rows_message(limits))
            last = len(cells)
            while last and cells[last - 1].value is None:
                last -= 1
            if not last:
                blank = cells
                continue
            _add_row(table, number, [_xlsx_value(cell) for cell in cells[:last]], limits)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(damaged_message()) from exc
    finally:
        workbook.close()
    return table


def _xlsx_value(cell):
    if cell.data_type == "f":
        return BadCell(_("Formulas are not accepted: type the value itself."))
    if cell.data_type == "e":
        return BadCell(_("The cell holds an Excel error (%(value)s).") % {"value": cell.value})
    return cell.value


def too_many_rows_message(limits: Limits) -> str:
    return _("The file has more than %(max)d data rows. Split it into smaller files.") % {
        "max": limits.max_rows
    }


def damaged_message() -> str:
    return _("The workbook could not be read; it may be damaged. Save it again from Excel.")


# -- CSV -------------------------------------------------------------------------------------------
def _read_csv(data: bytes, limits: Limits) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _(
                "The file is not in UTF-8. In Excel choose File → Save As → “CSV UTF-8 (Comma "
                "delimited)”, or upload the .xlsx file itself."
            )
        ) from exc
    if CONTROL_CHARACTERS.search(text):
        raise ImportFileError(not_a_spreadsheet_message())
    text = unicodedata.normalize("NFC", text)
    table = Table(kind="csv")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        for number, record in enumerate(reader, start=1):
            if number > limits.max_rows * 5:  # blank lines cost time too
                raise ImportFileError(too_many_rows_message(limits))
            values = [None if v == "" else _csv_value(v) for v in record]
            _add_row(table, number, values, limits)
    except csv.Error as exc:
        raise ImportFileError(
            _("The CSV file could not be read (line %(line)d): %(problem)s")
            % {"line": reader.line_num, "problem": exc}
        ) from exc
    return table


def _csv_value(value: str):
    if value.lstrip().startswith("="):
        return BadCell(_("Formulas are not accepted: type the value itself."))
    return value


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in Vietnamese and European locales) or tab, from the header."""
    first_line = next(iter(text.splitlines()), "")
    try:
        return csv.Sniffer().sniff(first_line, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: first_line.count(d) for d in (";", ",", "\t")}
        return max(counts, key=counts.get) if any(counts.values()) else ","


# -- both ------------------------------------------------------------------------------------------
def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _add_row(table: Table, number: int, values: list, limits: Limits) -> None:
    """The first non-empty row is the header; blank rows are skipped but keep their numbers."""
    while values and is_blank(values[-1]):
        values.pop()
    if not values:
        return
    if not table.header:
        table.header_row = number
        table.header = [
            "" if is_blank(v) or isinstance(v, BadCell) else str(v).strip() for v in values
        ]
        return
    if len(table.rows) >= limits.max_rows:
        raise ImportFileError(too_many_rows_message(limits))
    table.rows.append((number, values))
