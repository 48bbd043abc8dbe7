"""Spreadsheet import of staff members and training courses (nhập danh sách cán bộ, khóa đào
tạo từ Excel): all-or-nothing, errors by row and column (see docs/importing.md)."""

from __future__ import annotations

from typing import Any

from django.db import models

from caunoi.core.imports import ChoiceParser, Column, ImportSpec
from caunoi.core.imports.parsers import as_text, match_key
from caunoi.staff.choices import Employment
from caunoi.staff.models import StaffMember, TrainingCourse


class EmploymentParser(ChoiceParser):
    """Foreign-affairs work (chuyên trách / kiêm nhiệm) by code or label in either language,
    and also by the short English words people type: "full-time", "part-time"."""

    SHORT = {
        "full time": Employment.FULL_TIME,
        "dedicated": Employment.FULL_TIME,
        "part time": Employment.PART_TIME,
        "concurrent": Employment.PART_TIME,
    }

    def parse(self, raw: Any, field: models.Field) -> Any:
        short = self.SHORT.get(match_key(as_text(raw)))
        return short if short is not None else super().parse(raw, field)


class StaffMemberImport(ImportSpec):
    """Staff members; a row with the full name and unit of an existing person updates them.

    The unit names where the person works now: moving someone to another unit is done on their
    page (điều động), which keeps the earlier posting, never by import. Linking a user account is
    done in the form.
    """

    model = StaffMember
    natural_key = ("full_name", "owner_unit")
    columns = [
        Column("full_name", aliases=("Họ và tên", "Họ tên", "Tên", "Name")),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị công tác", "Đơn vị quản lý", "Unit")),
        Column("position", aliases=("Chức vụ", "Chức danh")),
        Column(
            "employment",
            aliases=("Chuyên trách/kiêm nhiệm", "Chế độ", "Loại", "Employment"),
            required=False,  # blank: part-time (kiêm nhiệm)
            parser=EmploymentParser(),
            example="Chuyên trách",
        ),
        Column("active_from", aliases=("Từ ngày", "Bắt đầu", "From"), example="01/01/2024"),
        Column("active_until", aliases=("Đến ngày", "Kết thúc", "Until")),
        Column("email", aliases=("Thư điện tử", "Email")),
        Column("phone", aliases=("Điện thoại", "Số điện thoại", "Phone")),
        Column("description", aliases=("Mô tả", "Ghi chú", "Notes")),
    ]


class TrainingCourseImport(ImportSpec):
    """Training courses; a row with the title and start date of an existing course updates it.

    Courses are one city-wide catalogue: a course another unit already recorded is refused
    ("already exists and you may not change it") rather than entered twice; list your attendees
    on its page instead.
    """

    model = TrainingCourse
    natural_key = ("title", "start_date")
    columns = [
        Column("title", aliases=("Tên khóa học", "Tên lớp", "Tên", "Title")),
        Column("title_en", aliases=("Tên tiếng Anh", "English title")),
        Column("topic", aliases=("Chủ đề", "Nội dung", "Topic"), example="Lễ tân đối ngoại"),
        Column("organiser", aliases=("Đơn vị tổ chức", "Cơ quan tổ chức", "Organiser")),
        Column("start_date", aliases=("Từ ngày", "Ngày bắt đầu", "Start"), example="06/10/2025"),
        Column("end_date", aliases=("Đến ngày", "Ngày kết thúc", "End"), example="10/10/2025"),
        Column("mode", aliases=("Hình thức", "Mode"), required=False),  # blank: in person
        Column("hours", aliases=("Số giờ", "Số tiết", "Hours")),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị quản lý", "Unit")),
        Column("description", aliases=("Mô tả", "Ghi chú", "Notes")),
    ]
