"""Importing aid projects from Excel or CSV: one project per row, donors, recipients and
sectors by name (several separated by ";"). Imported projects start as proposed; approval
goes through the workflow. A row with the name and unit of an existing project updates it;
all or nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects.models import AidProject, check_parties
from caunoi.core.imports import Column, ImportSpec, ModelLookup, NumberParser
from caunoi.indicators.models import Source

PARTNER_KEYS = ("acronym", "name", "name_en", "name_native")


class AidProjectImport(ImportSpec):
    """Aid projects; the natural key is the name and the owning unit."""

    model = AidProject
    natural_key = ("name", "owner_unit")
    columns = [
        Column("name", aliases=("Tên dự án", "Tên khoản viện trợ", "Project")),
        Column("name_en", aliases=("Tên tiếng Anh",)),
        Column("code", aliases=("Mã dự án", "Số hiệu")),
        Column("direction", aliases=("Chiều", "Tiếp nhận/trao tặng"), example="Hà Nội tiếp nhận"),
        Column(
            "modality",
            aliases=("Hình thức",),
            required=False,
            help=_("Blank: programme or project"),
        ),
        Column(
            "donors",
            aliases=("Nhà tài trợ", "Bên tài trợ", "Donor"),
            lookup=ModelLookup(keys=PARTNER_KEYS),
            example="Tổ chức Plan International",
        ),
        Column(
            "recipient_partners",
            aliases=("Đối tác tiếp nhận", "Recipient"),
            lookup=ModelLookup(keys=PARTNER_KEYS),
        ),
        Column("recipient_units", aliases=("Đơn vị thụ hưởng", "Beneficiaries")),
        Column("sectors", aliases=("Lĩnh vực", "Sectors"), example="Y tế; Giáo dục"),
        Column("location", aliases=("Địa bàn", "Địa điểm")),
        Column("start_date", aliases=("Ngày bắt đầu", "Từ ngày")),
        Column("end_date", aliases=("Ngày kết thúc", "Đến ngày")),
        Column("decision_number", aliases=("Số quyết định",)),
        Column("decision_date", aliases=("Ngày quyết định",)),
        Column("decision_authority", aliases=("Cơ quan phê duyệt",)),
        Column(
            "commitment_amount",
            aliases=("Giá trị cam kết", "Cam kết"),
            parser=NumberParser(),
            example="250000",
        ),
        Column("commitment_currency", aliases=("Loại tiền", "Tiền tệ"), example="USD"),
        Column("commitment_date", aliases=("Ngày cam kết",)),
        Column(
            "source",
            aliases=("Nguồn", "Nguồn số liệu"),
            lookup=ModelLookup(Source, keys=("code", "title")),
        ),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị quản lý")),
        Column("description", aliases=("Mô tả", "Nội dung")),
    ]

    def clean_row(self, row) -> None:
        obj = row.instance

        def many(name):
            if name in row.many:
                return row.many[name]
            return list(getattr(obj, name).all()) if obj.pk else []

        errors = check_parties(
            obj.direction, many("donors"), many("recipient_partners"), many("recipient_units")
        )
        if errors:
            raise ValidationError(errors)
