"""Spreadsheet import (nhập dữ liệu từ Excel/CSV) for any model, declared in a few lines.

See docs/importing.md. The pieces:

- :mod:`.spec`: ``ImportSpec`` and ``Column``, what a model's spreadsheet looks like;
- :mod:`.files`: reading an upload safely (checked by content; zip bombs and formulas refused);
- :mod:`.parsers` and :mod:`.lookups`: one cell to one value, references by code or name;
- :mod:`.engine`: ``run_import``, the dry run and the all-or-nothing write;
- :mod:`.template`: the downloadable .xlsx template with its instructions sheet;
- :mod:`.stash` and :mod:`.views`: the upload → preview → confirm screens.
"""

from caunoi.core.imports.engine import run_import
from caunoi.core.imports.files import Limits
from caunoi.core.imports.lookups import ModelLookup, OwnerUnitLookup
from caunoi.core.imports.parsers import (
    BooleanParser,
    ChoiceParser,
    CurrencyParser,
    DateParser,
    NumberParser,
    Parser,
    TextParser,
)
from caunoi.core.imports.results import ImportFileError, ImportResult, PlannedRow, RowError
from caunoi.core.imports.spec import Column, ImportSpec, spec_for

__all__ = [
    "BooleanParser",
    "ChoiceParser",
    "Column",
    "CurrencyParser",
    "DateParser",
    "ImportFileError",
    "ImportResult",
    "ImportSpec",
    "Limits",
    "ModelLookup",
    "NumberParser",
    "OwnerUnitLookup",
    "Parser",
    "PlannedRow",
    "RowError",
    "TextParser",
    "run_import",
    "spec_for",
]
