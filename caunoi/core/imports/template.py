"""The template users download (tệp mẫu): an .xlsx with the header row in their language and an
instructions sheet (Hướng dẫn) saying, column by column, what to write.

Required columns are marked with "*" and shaded. Selecting a cell shows a short hint (an Excel
input message). Choice and yes/no columns offer a drop-down list. Date columns are formatted as
text, so that "05/03/2026" stays the 5th of March whatever the regional settings of the
user's Excel.
"""

from __future__ import annotations

import io
import re

from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from caunoi.core.imports.files import Limits
from caunoi.core.imports.parsers import BooleanParser, ChoiceParser, DateParser
from caunoi.core.imports.spec import BoundColumn, ImportSpec

BOLD = Font(bold=True)
REQUIRED_FILL = PatternFill("solid", start_color="FFF3CD", end_color="FFF3CD")
HEADER_FILL = PatternFill("solid", start_color="E7F1FF", end_color="E7F1FF")
WRAP = Alignment(wrap_text=True, vertical="top")
LAST_ROW = 1_048_576
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", str(text))[:31]


def header_text(column: BoundColumn) -> str:
    return f"{column.label()} *" if column.required else column.label()


def example_for(column: BoundColumn) -> str:
    if column.column.example:
        return column.column.example
    if isinstance(column.parser, DateParser):
        return "23/11/2026"
    if isinstance(column.parser, ChoiceParser):
        return str(column.field.flatchoices[0][1]) if column.field.flatchoices else ""
    return ""


def build_template(spec_class: type[ImportSpec], limits: Limits | None = None) -> bytes:
    """The .xlsx template of ``spec_class``, in the active language."""
    limits = limits or Limits.from_settings()
    columns = spec_class.bound_columns()
    workbook = Workbook()
    data = workbook.active
    data.title = sheet_title(_("Data"))
    guide = workbook.create_sheet(sheet_title(_("Instructions")))
    lists = workbook.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for number, column in enumerate(columns, start=1):
        _data_column(data, lists, number, column)
    data.freeze_panes = "A2"
    _instructions(guide, data.title, spec_class, columns, limits)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _data_column(data, lists, number: int, column: BoundColumn) -> None:
    letter = get_column_letter(number)
    cell = data.cell(row=1, column=number, value=header_text(column))
    cell.font = BOLD
    cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
    data.column_dimensions[letter].width = max(14, min(45, len(str(cell.value)) + 4))
    if isinstance(column.parser, DateParser):
        data.column_dimensions[letter].number_format = "@"
    choices = _choices(column)
    if choices:
        for row, label in enumerate(choices, start=1):
            lists.cell(row=row, column=number, value=label)
        source = f"{quote_sheetname(lists.title)}!${letter}$1:${letter}${len(choices)}"
        validation = DataValidation(type="list", formula1=source, allow_blank=True)
        validation.errorStyle = "warning"  # codes and the other language's labels are fine too
    else:
        validation = DataValidation(allow_blank=True)
    validation.showInputMessage = True
    validation.promptTitle = column.label()[:32]
    validation.prompt = column.describe()[:250]
    validation.add(f"{letter}2:{letter}{LAST_ROW}")
    data.add_data_validation(validation)


def _choices(column: BoundColumn) -> list[str]:
    if isinstance(column.parser, ChoiceParser):
        return [str(label) for _code, label in column.field.flatchoices]
    if isinstance(column.parser, BooleanParser):
        return [_("Yes"), _("No")]
    return []


def _instructions(guide, data_title, spec_class, columns, limits: Limits) -> None:
    guide.column_dimensions["A"].width = 30
    guide.column_dimensions["B"].width = 12
    guide.column_dimensions["C"].width = 70
    guide.column_dimensions["D"].width = 22
    opts = spec_class.model._meta
    lines = [
        _("How to fill in the import file: %(model)s") % {"model": opts.verbose_name_plural},
        _(
            "Fill in the “%(sheet)s” sheet, one record per row from row 2. Keep the column "
            "names of row 1 as they are; columns marked * are required. You may leave out "
            "columns you do not need."
        )
        % {"sheet": data_title},
        _("Write dates as dd/mm/yyyy, e.g. 23/11/2026. Formulas are not accepted: type values."),
        _("Save the file as .xlsx, or as “CSV UTF-8”. At most %(rows)s rows and %(size)s.")
        % {
            "rows": number_format(limits.max_rows, force_grouping=True),
            "size": filesizeformat(limits.max_bytes),
        },
        _(
            "Nothing is imported unless every row is valid: the check lists each problem by "
            "row and column."
        ),
    ]
    if spec_class.natural_key:
        keys = ", ".join(c.label() for c in columns if c.name in spec_class.natural_key)
        lines.append(
            _(
                "A row with the same %(fields)s as an existing record updates that record; "
                "importing the same file again changes nothing."
            )
            % {"fields": keys}
        )
    for number, text in enumerate(lines, start=1):
        cell = guide.cell(row=number, column=1, value=text)
        if number == 1:
            cell.font = Font(bold=True, size=13)
    start = len(lines) + 2
    heads = [_("Column"), _("Required"), _("What to write"), _("Example")]
    for number, text in enumerate(heads, start=1):
        cell = guide.cell(row=start, column=number, value=text)
        cell.font, cell.fill = BOLD, HEADER_FILL
    for offset, column in enumerate(columns, start=1):
        values = [
            column.label(),
            _("Yes") if column.required else _("No"),
            column.describe(),
            example_for(column),
        ]
        for number, value in enumerate(values, start=1):
            cell = guide.cell(row=start + offset, column=number, value=value)
            cell.alignment = WRAP
