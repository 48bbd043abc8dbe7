"""Import of events from a spreadsheet: all-or-nothing, errors by row and column."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caunoi.core.imports import run_import
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.events.imports import EventImport
from caunoi.events.models import Event
from caunoi.partners.tests import factories as pf

pytestmark = pytest.mark.django_db
covers("events:event_import", "events:event_import_template")
HEADER = [
    "Tên hoạt động",
    "Loại",
    "Lĩnh vực",
    "Tình trạng",
    "Đơn vị",
    "Quốc gia",
    "Ngày bắt đầu",
    "Giờ bắt đầu",
    "Múi giờ",
    "Địa điểm",
    "Thành phố",
    "Số đại biểu",
    "Kinh phí",
    "Loại tiền",
]


def rows(unit):
    pf.country("FR", "Pháp", "France")
    pf.country("JP", "Nhật Bản", "Japan")
    return [
        HEADER,
        [
            "Hội nghị hợp tác địa phương Việt Nam – Pháp",
            "Hội nghị, diễn đàn",
            "Chính trị",
            "Đã tổ chức",
            unit.name,
            "FR",
            "13/04/2023",
            "08:30",
            "",
            "Tại Hà Nội",
            "",
            800,
            "",
            "",
        ],
        [
            "Lễ hội Việt Nam – Hà Nội tại Fukuoka",
            "Lễ hội văn hóa",
            "Văn hóa",
            "",
            unit.name,
            "JP",
            "21/10/2023",
            "10:00",
            "Asia/Tokyo",
            "Ở nước ngoài",
            "Fukuoka",
            "",
            "2.500.000.000",
            "VND",
        ],
    ]


def test_a_valid_file_imports_every_row_and_a_second_import_changes_nothing(personas):
    data = xlsx_bytes(rows(personas.unit_a))
    result = run_import(EventImport, personas.officer_a, data, "hd.xlsx", commit=True)
    assert result.ok, result.errors
    conference = Event.objects.get(name__startswith="Hội nghị")
    assert conference.status == "done" and conference.participants_total == 800
    assert conference.start_time == datetime.time(8, 30)
    fukuoka = Event.objects.get(name__startswith="Lễ hội")
    assert fukuoka.status == "planned" and fukuoka.time_zone == "Asia/Tokyo"
    assert fukuoka.starts_at_hanoi.hour == 8 and list(
        fukuoka.countries.values_list("iso", flat=True)
    ) == ["JP"]
    again = run_import(EventImport, personas.officer_a, data, "hd.xlsx", commit=True)
    assert again.ok and Event.objects.count() == 2
    assert {row.action for row in again.plan} == {"unchanged"} or all(
        not r.changed for r in again.plan
    )


def test_errors_are_reported_by_row_and_column_and_nothing_is_written(personas):
    bad = rows(personas.unit_a)
    bad[1][6] = "2023-13-40"
    bad[2][8] = "Asia/Fukuoka"
    bad[2][13] = ""  # an amount without its currency
    result = run_import(EventImport, personas.officer_a, xlsx_bytes(bad), "hd.xlsx", commit=True)
    assert not result.ok
    cells = {(e.row, e.column) for e in result.errors}
    assert (2, "Ngày bắt đầu") in cells and (3, "Múi giờ") in cells and (3, "Loại tiền") in cells
    assert not Event.objects.exists()


def test_an_imported_events_status_changes_only_on_its_page(personas):
    data = xlsx_bytes(rows(personas.unit_a))
    run_import(EventImport, personas.officer_a, data, "hd.xlsx", commit=True)
    changed = rows(personas.unit_a)
    changed[2][3] = "Đã hủy"
    result = run_import(EventImport, personas.officer_a, xlsx_bytes(changed), "x.xlsx", commit=True)
    assert [(e.row, e.column) for e in result.errors] == [(3, "Tình trạng")]


def test_a_unit_outside_the_officers_scope_is_refused(personas):
    result = run_import(
        EventImport, personas.officer_a, xlsx_bytes(rows(personas.unit_b)), "x.xlsx"
    )
    assert not result.ok and {e.column for e in result.errors} == {"Đơn vị"}


def test_the_import_screens(client, personas):
    url = reverse("events:event_import")
    assert client.get(url).status_code == 302
    client.force_login(personas.auditor)
    assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    template = client.get(reverse("events:event_import_template"))
    assert template.status_code == 200 and template.content[:2] == b"PK"
    bad = [HEADER, ["", "Hội nghị", "", "", "", "", "", "", "", "", "", "", "", ""]]
    response = client.post(url, {"file": SimpleUploadedFile("x.xlsx", xlsx_bytes(bad))})
    assert response.status_code == 200 and not response.context["result"].ok
    data = xlsx_bytes(rows(personas.unit_a))
    response = client.post(url, {"file": SimpleUploadedFile("hd.xlsx", data)})
    assert response.context["result"].ok and not Event.objects.exists()
    response = client.post(url, {"confirm": "1", "token": response.context["token"]})
    assert response.status_code == 302 and Event.objects.count() == 2
