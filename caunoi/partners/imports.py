"""Spreadsheet import of partners and contacts (all-or-nothing; see docs/importing.md)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from caunoi.core.imports import Column, ImportSpec
from caunoi.partners.models import Contact, Partner
from caunoi.partners.services import find_duplicates


class PartnerImport(ImportSpec):
    """Partners; a row with the name and country of an existing partner updates it.

    A row whose name in another language (or spelled with other diacritics) matches an existing
    partner of the same country is refused with the existing partner named: fix the name in the
    file, or add the row in the form, where a different partner can be confirmed.
    """

    model = Partner
    natural_key = ("name", "country")
    columns = [
        Column("name", aliases=("Tên", "Tên đối tác", "Name")),
        Column("name_en", aliases=("Tên tiếng Anh", "English name")),
        Column("name_native", aliases=("Tên bản ngữ", "Native name")),
        Column("acronym", aliases=("Viết tắt", "Acronym")),
        Column("kind", aliases=("Loại", "Loại đối tác", "Kind"), example="Địa phương nước ngoài"),
        Column("country", aliases=("Quốc gia", "Nước", "Country"), example="LA"),
        Column("locality_level", aliases=("Cấp địa phương",)),
        Column("latitude", aliases=("Vĩ độ", "Lat")),
        Column("longitude", aliases=("Kinh độ", "Lon")),
        Column("status", aliases=("Tình trạng",), required=False),  # blank: active
        Column("cooperation_fields", aliases=("Lĩnh vực", "Lĩnh vực hợp tác", "Fields")),
        Column("website", aliases=("Trang web",)),
        Column("email", aliases=("Thư điện tử",)),
        Column("phone", aliases=("Số điện thoại",)),
        Column("address", aliases=("Địa chỉ",)),
        Column("tags", aliases=("Từ khóa", "Nhãn")),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị quản lý", "Unit")),
        Column("description", aliases=("Mô tả", "Ghi chú")),
    ]

    def clean_row(self, row) -> None:
        values = row.values
        country = values.get("country")
        same = find_duplicates(
            names=[
                values.get("name", ""),
                values.get("name_en", ""),
                values.get("name_native", ""),
            ],
            country_id=country.pk if country else None,
            exclude_pk=row.instance.pk if row.instance is not None else None,
        )
        if same:
            raise ValidationError(
                {
                    "name": _(
                        "Looks like the existing partner “%(name)s” (#%(pk)s) in the same country."
                    )
                    % {"name": same[0].name, "pk": same[0].pk}
                }
            )


class ContactImport(ImportSpec):
    """Contacts; a row with the full name and partner of an existing contact updates it."""

    model = Contact
    natural_key = ("full_name", "partner")
    columns = [
        Column("full_name", aliases=("Họ và tên", "Họ tên", "Name")),
        Column("title", aliases=("Danh xưng",)),
        Column("position", aliases=("Chức vụ",)),
        Column("partner", aliases=("Đối tác", "Partner")),
        Column("organisation", aliases=("Tổ chức", "Cơ quan")),
        Column(
            "is_overseas_vietnamese",
            aliases=("Kiều bào", "Người Việt Nam ở nước ngoài"),
            required=False,
        ),
        Column("languages", aliases=("Ngôn ngữ",)),
        Column("email", aliases=("Thư điện tử",)),
        Column("phone", aliases=("Điện thoại", "Số điện thoại")),
        Column("other_channels", aliases=("Kênh khác",)),
        Column("purpose", aliases=("Mục đích", "Mục đích xử lý")),
        Column("legal_basis", aliases=("Căn cứ pháp lý",)),
        Column("consent_given_on", aliases=("Ngày đồng ý",)),
        Column("consent_source", aliases=("Cách thức đồng ý",)),
        Column("retain_until", aliases=("Lưu đến", "Lưu trữ đến")),
        Column("owner_unit", aliases=("Đơn vị", "Unit")),
        Column("notes", aliases=("Ghi chú",)),
    ]
