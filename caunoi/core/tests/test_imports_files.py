"""Uploads are judged by their content: hostile or broken files are refused with a message that
says what to do, formulas are refused at their cell, and limits hold before anything expands."""

import io
import zipfile

import pytest
from django.test import override_settings
from django.utils import translation

from caunoi.core.imports import ImportFileError, Limits, run_import
from caunoi.core.imports.files import BadCell, read_table
from caunoi.core.testing.spreadsheets import (
    ELF_BYTES,
    OLD_XLS_BYTES,
    PDF_BYTES,
    csv_bytes,
    xlsx_bytes,
    zip_bomb,
)
from caunoi.core.tests.testapp.imports import GadgetImport
from caunoi.core.tests.testapp.models import Gadget

HEADER = ["Name", "Starts on"]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def refusal(data: bytes, name: str = "file.xlsx", limits: Limits | None = None) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_table(data, name, limits)
    return caught.value.message


@pytest.mark.parametrize("data", [PDF_BYTES, ELF_BYTES, b"MZ\x90\x00" + b"\x00" * 60])
@pytest.mark.parametrize("name", ["gadgets.xlsx", "gadgets.csv", "gadgets"])
def test_a_pdf_or_a_program_renamed_is_refused(data, name):
    assert "not a real Excel workbook (.xlsx) or CSV file" in refusal(data, name)


def test_an_old_xls_or_password_protected_workbook_is_refused_with_what_to_do():
    assert "Excel Workbook (.xlsx)" in refusal(OLD_XLS_BYTES)


def test_a_zip_that_is_not_a_workbook_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert "not a real Excel workbook" in refusal(out.getvalue())


def test_a_text_file_named_xlsx_is_refused():
    assert "not a real Excel workbook" in refusal(csv_bytes([HEADER, ["a", "b"]]), "g.xlsx")


def test_a_zip_bomb_is_refused_before_it_is_opened():
    data = zip_bomb(8 * 1024 * 1024)  # 8 MB of spaces in a few kilobytes
    assert len(data) < 100_000
    assert "expands to far more data" in refusal(data, limits=Limits(max_ratio=100))
    limits = Limits(max_uncompressed=4 * 1024 * 1024, max_ratio=10_000)
    assert "expands to far more data" in refusal(data, limits=limits)


def test_an_oversize_file_is_refused():
    data = xlsx_bytes([HEADER, ["x" * 5000, None]])
    assert "larger than" in refusal(data, limits=Limits(max_bytes=len(data) - 1))


@override_settings(CAUNOI_IMPORT_MAX_BYTES=1000)
def test_the_size_limit_comes_from_settings():
    assert Limits.from_settings().max_bytes == 1000


def test_too_many_rows_are_refused():
    rows = [HEADER, *[[f"g{i}", None] for i in range(11)]]
    assert "more than 10 data rows" in refusal(xlsx_bytes(rows), limits=Limits(max_rows=10))


def test_a_csv_not_in_utf8_is_refused_with_how_to_save_it():
    data = csv_bytes([HEADER, ["Máy Hà Nam", ""]], bom=False, encoding="cp1252")
    assert "CSV UTF-8" in refusal(data, "g.csv")


def test_an_empty_file_is_refused():
    assert refusal(b"", "g.csv") == "The file is empty."


def test_formula_cells_are_refused_at_their_cell_never_evaluated():
    table = read_table(xlsx_bytes([HEADER, ["=1+1", "=TODAY()"], ["plain", None]]))
    (number, cells), _plain = table.rows
    assert number == 2 and all(isinstance(c, BadCell) for c in cells)
    table = read_table(csv_bytes([HEADER, ['=HYPERLINK("x")', ""]]), "g.csv")
    assert isinstance(table.rows[0][1][0], BadCell)


@pytest.mark.django_db
def test_formula_cells_are_reported_by_row_and_column(personas):
    data = xlsx_bytes([["Name", "Starts on"], ["Máy đo", "=DATE(2026,1,1)"]])
    result = run_import(GadgetImport, personas.officer_a, data, "g.xlsx", commit=True)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Starts on")]
    assert "Formulas are not accepted" in result.errors[0].message
    assert not Gadget.objects.exists()


def test_csv_with_a_byte_order_mark_and_semicolons_is_read():
    data = csv_bytes([HEADER, ["Máy đo; loại 1", "01/02/2026"]], delimiter=";")
    table = read_table(data, "g.csv")
    assert table.kind == "csv" and table.header == HEADER
    assert table.rows == [(2, ["Máy đo; loại 1", "01/02/2026"])]


def test_csv_with_commas_and_no_bom_is_read():
    table = read_table(csv_bytes([HEADER, ["a", "b"]], bom=False), "g.csv")
    assert table.header == HEADER and table.rows == [(2, ["a", "b"])]


def test_a_real_workbook_is_read_whatever_its_name():
    table = read_table(xlsx_bytes([HEADER, ["a", None]]), "export.csv")
    assert table.kind == "xlsx" and table.rows == [(2, ["a"])]


def test_blank_rows_are_skipped_but_row_numbers_stay_those_of_excel():
    table = read_table(xlsx_bytes([[], HEADER, ["a", None], [None, None], ["b", "x"]]))
    assert table.header_row == 2
    assert [number for number, _cells in table.rows] == [3, 5]


def with_dimension(data: bytes, ref: str) -> bytes:
    """The same workbook, its sheet claiming the dimension ``ref`` (as some tools write it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b"</sheetPr>", f'</sheetPr><dimension ref="{ref}"/>'.encode()
                )
            target.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("ref", ["A1:B1", "A1:XFD1048576"])
def test_a_sheet_whose_dimension_lies_is_read_as_it_is(ref):
    table = read_table(with_dimension(xlsx_bytes([HEADER, ["a", None], ["b", "c"]]), ref))
    assert table.header == HEADER and table.rows == [(2, ["a"]), (3, ["b", "c"])]


def test_a_lone_cell_at_the_bottom_of_the_sheet_is_found_quickly_at_its_row():
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet["A2"] = "a"
    sheet["A1048576"] = "far away"
    out = io.BytesIO()
    workbook.save(out)
    table = read_table(out.getvalue(), limits=Limits(max_rows=5))
    assert table.rows == [(2, ["a"]), (1048576, ["far away"])]


def test_many_blank_formatted_rows_count_against_the_limit():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in range(2, 60):
        sheet.cell(row=row, column=1).font = Font(bold=True)  # a stored row with no value
    out = io.BytesIO()
    workbook.save(out)
    assert "more than 10 data rows" in refusal(out.getvalue(), limits=Limits(max_rows=10))
