"""The import spec of the test app: the example every domain app's ``imports.py`` follows."""

from caunoi.core.imports import Column, ImportSpec
from caunoi.core.tests.testapp.models import Gadget


class GadgetImport(ImportSpec):
    """Gadgets from a spreadsheet; a row with the name and unit of an existing gadget updates it."""

    model = Gadget
    natural_key = ("name", "owner_unit")
    columns = [
        Column("name", aliases=("Tên", "Tên thiết bị")),
        Column("owner_unit", aliases=("Đơn vị", "Unit")),
        Column("kind", aliases=("Loại", "Kind")),
        Column("tags", aliases=("Nhãn", "Tags")),
        Column("starts_on", aliases=("Ngày bắt đầu", "Start date"), example="23/11/2026"),
        Column("description", aliases=("Mô tả",)),
    ]
