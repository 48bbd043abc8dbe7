"""Spreadsheet import of agreements (nhập sổ thỏa thuận từ Excel): the register a unit already
keeps, all-or-nothing, errors by row and column (docs/importing.md).

A new row may record an agreement as it stands — a draft, or one already signed (in force,
expired, terminated, superseded), with its signing date; the steps in between (consultation,
legal review, approval) happen on the screens, where they are logged. An existing agreement's
status changes only on its page, step by step.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from caunoi.agreements.choices import SIGNED_STATUSES, AgreementStatus
from caunoi.agreements.models import Agreement
from caunoi.core.imports import Column, ImportSpec

IMPORTABLE = (AgreementStatus.DRAFT, *SIGNED_STATUSES)


class AgreementImport(ImportSpec):
    """Agreements; a row with the title and owning unit of an existing agreement updates it."""

    model = Agreement
    natural_key = ("name", "owner_unit")
    columns = [
        Column("name", aliases=("Tên thỏa thuận", "Tên văn bản", "Title")),
        Column("name_en", aliases=("Tên tiếng Anh", "English title")),
        Column("kind", aliases=("Loại", "Loại văn bản", "Kind"), example="Biên bản ghi nhớ"),
        Column("status", aliases=("Tình trạng", "Trạng thái", "Status"), required=False),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị chủ trì", "Đơn vị ký", "Unit")),
        Column("signing_units", aliases=("Đơn vị cùng ký",)),
        Column("partners", aliases=("Đối tác", "Các bên đối tác", "Partners")),
        Column("cooperation_fields", aliases=("Lĩnh vực", "Lĩnh vực hợp tác", "Fields")),
        Column("signatory", aliases=("Người ký", "Người ký phía Hà Nội")),
        Column("partner_signatory", aliases=("Người ký phía đối tác",)),
        Column("signed_on", aliases=("Ngày ký", "Signed on"), example="04/05/2016"),
        Column("signed_place", aliases=("Nơi ký", "Place")),
        Column("effective_on", aliases=("Có hiệu lực từ", "Ngày có hiệu lực")),
        Column("expires_on", aliases=("Ngày hết hiệu lực", "Hết hạn", "Expires on")),
        Column("indefinite", aliases=("Không thời hạn",), required=False),
        Column("renewal_terms", aliases=("Điều khoản gia hạn",)),
        Column("treaty_reference", aliases=("Số hiệu", "Số hiệu CSDL quốc gia", "Reference")),
        Column("description", aliases=("Mô tả", "Ghi chú", "Notes")),
    ]

    def clean_row(self, row) -> None:
        status = row.values.get("status") or AgreementStatus.DRAFT
        if row.action == "update":
            current = Agreement.objects.filter(pk=row.instance.pk).values_list("status", flat=True)
            if row.values.get("status") and status != current.first():
                raise ValidationError(
                    {"status": _("Change the status of an existing agreement on its page.")}
                )
            return
        if status not in IMPORTABLE:
            raise ValidationError(
                {
                    "status": _(
                        "An imported agreement is a draft or already signed; consultation, "
                        "legal review and approval are steps taken on its page."
                    )
                }
            )
        if status in SIGNED_STATUSES and not row.values.get("signed_on"):
            raise ValidationError({"signed_on": _("A signed agreement needs its signing date.")})
        if not row.many.get("partners"):
            raise ValidationError({"partners": _("Name at least one partner party.")})
