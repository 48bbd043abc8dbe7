"""What an import found and what it will do (or did): errors by row and column, and the plan.

Row numbers are the ones the user sees in Excel: the header is row 1, the first data row is
row 2. Row 0 means the file as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CREATE = "create"
UPDATE = "update"
UNCHANGED = "unchanged"

# Errors kept for display; the count goes on beyond it. A file with more errors than this is
# not worth reading line by line: the user fixes the pattern and uploads again.
MAX_KEPT_ERRORS = 1000


class ImportFileError(Exception):
    """The file as a whole is refused: not a real spreadsheet, too large, a zip bomb, empty…"""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RowError:
    """One problem, where the user will find it: a row and a column header of their file."""

    row: int
    column: str  # the header as written in the file (or the column's label); "" = whole row
    message: str


@dataclass
class PlannedRow:
    """One data row of the file, parsed, matched and validated: what importing it will do."""

    row: int
    values: dict[str, Any] = field(default_factory=dict)  # field name -> parsed value
    many: dict[str, list] = field(default_factory=dict)  # many-to-many field -> records
    headers: dict[str, str] = field(default_factory=dict)  # field name -> header in the file
    defaulted: set[str] = field(default_factory=set)  # blank cells given the column's default
    key: tuple | None = None
    instance: Any = None
    action: str = CREATE
    changed: list[str] = field(default_factory=list)  # field names that will change
    failed: bool = False

    def header_for(self, field_name: str | None) -> str:
        return self.headers.get(field_name or "", "")


@dataclass
class ImportResult:
    """The outcome of a dry run or of a committed import."""

    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    plan: list[PlannedRow] = field(default_factory=list)
    committed: bool = False
    seconds: float = 0.0

    def add_error(self, row: int, column: str, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_KEPT_ERRORS:
            self.errors.append(RowError(row, str(column), str(message)))

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def count(self, action: str) -> int:
        return sum(1 for row in self.plan if row.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def more_errors(self) -> int:
        """Errors found but not kept for display."""
        return self.error_count - len(self.errors)
