"""Spreadsheet import of events (nhập danh sách hoạt động từ Excel): all-or-nothing, errors by
row and column, the same rules as the partner import (docs/importing.md)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from caunoi.core.imports import Column, ImportSpec, Parser
from caunoi.events.models import Event


class TimeParser(Parser):
    """Times as hh:mm (24 hours), or real Excel times."""

    def parse(self, raw, field):
        if isinstance(raw, datetime.datetime):
            return raw.time()
        if isinstance(raw, datetime.time):
            return raw
        try:
            value = field.to_python(str(raw).strip())
        except ValidationError:
            value = None
        if value is None:
            raise ValidationError(
                _("“%(value)s” is not a time. Write times as hh:mm, e.g. 08:30.") % {"value": raw}
            )
        return value

    def describe(self, field) -> str:
        return _("A time, hh:mm (24 hours), on the clock of the event's time zone")


class EventImport(ImportSpec):
    """Events; a row with the title, start date and organising unit of an existing event
    updates it.

    The status column records past activities as they were (held, cancelled) when a row
    creates an event; an existing event's status changes only on its page, through its steps
    (confirm, mark as held, cancel), so that the log says who did it.
    """

    model = Event
    natural_key = ("name", "start_date", "owner_unit")
    columns = [
        Column("name", aliases=("Tên hoạt động", "Tên sự kiện", "Tiêu đề", "Title")),
        Column("name_en", aliases=("Tên tiếng Anh", "English title")),
        Column("kind", aliases=("Loại", "Loại hoạt động", "Kind"), example="Lễ hội văn hóa"),
        Column("pillar", aliases=("Lĩnh vực", "Trụ cột", "Area"), example="Văn hóa"),
        Column("channel", aliases=("Kênh", "Channel"), required=False),
        Column("status", aliases=("Tình trạng", "Trạng thái", "Status"), required=False),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị chủ trì", "Đơn vị tổ chức", "Unit")),
        Column("co_organiser_units", aliases=("Đơn vị phối hợp",)),
        Column("co_organiser_partners", aliases=("Đối tác phối hợp", "Đối tác đồng tổ chức")),
        Column("partners", aliases=("Đối tác", "Partners")),
        Column("countries", aliases=("Quốc gia", "Nước", "Countries"), example="FR; JP"),
        Column("start_date", aliases=("Ngày bắt đầu", "Từ ngày", "Start"), example="12/04/2023"),
        Column("start_time", aliases=("Giờ bắt đầu",), parser=TimeParser(), example="08:30"),
        Column("end_date", aliases=("Ngày kết thúc", "Đến ngày", "End")),
        Column("end_time", aliases=("Giờ kết thúc",), parser=TimeParser()),
        Column("time_zone", aliases=("Múi giờ", "Time zone"), required=False),
        Column("place", aliases=("Địa điểm", "Hình thức", "Place"), required=False),
        Column("venue", aliases=("Nơi tổ chức", "Venue")),
        Column("city", aliases=("Thành phố", "City")),
        Column("online_link", aliases=("Đường dẫn trực tuyến", "Link")),
        Column("participants_total", aliases=("Số người tham dự", "Số đại biểu")),
        Column("participants_foreign", aliases=("Số người nước ngoài", "Khách nước ngoài")),
        Column("budget_amount", aliases=("Kinh phí", "Budget")),
        Column("budget_currency", aliases=("Loại tiền", "Đơn vị tiền", "Currency")),
        Column("outcomes", aliases=("Kết quả",)),
        Column("media_links", aliases=("Bài báo", "Đường dẫn truyền thông")),
        Column("is_public", aliases=("Công khai",), required=False),
        Column("description", aliases=("Mô tả", "Ghi chú", "Notes")),
    ]

    def clean_row(self, row) -> None:
        status = row.values.get("status")
        if row.action != "update" or not status:
            return
        current = Event.objects.filter(pk=row.instance.pk).values_list("status", flat=True)
        if status != current.first():
            raise ValidationError(
                {"status": _("Change the status of an existing event on its page, step by step.")}
            )
