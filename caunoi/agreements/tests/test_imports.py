"""Import of the agreements register from a spreadsheet: all-or-nothing, errors by row and
column, drafts or signed agreements only."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caunoi.agreements.imports import AgreementImport
from caunoi.agreements.models import Agreement
from caunoi.agreements.tests import factories as f
from caunoi.core.imports import run_import
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.partners.models import Partner

pytestmark = pytest.mark.django_db
covers("agreements:agreement_import", "agreements:agreement_import_template")
HEADER = ["Tên thỏa thuận", "Loại", "Tình trạng", "Đơn vị", "Đối tác", "Lĩnh vực", "Ngày ký"]
HEADER += ["Nơi ký", "Ngày hết hiệu lực", "Không thời hạn"]


def rows(unit):
    for name in ("Thủ đô Viêng Chăn", "Thủ đô Cairo"):
        if not Partner.objects.filter(name=name).exists():
            f.partner(unit, name=name)
    f.field("education")
    return [
        HEADER,
        [
            "Thỏa thuận hợp tác hữu nghị Hà Nội – Viêng Chăn",
            "Hữu nghị và hợp tác",
            "Đã ký, còn hiệu lực",
            unit.name,
            "Thủ đô Viêng Chăn",
            "Giáo dục – đào tạo",
            "02/02/1999",
            "Hà Nội",
            "",
            "Có",
        ],
        [
            "Biên bản ghi nhớ Hà Nội – Cairo",
            "Biên bản ghi nhớ",
            "",
            unit.name,
            "Thủ đô Cairo",
            "",
            "",
            "",
            "",
            "",
        ],
    ]


def test_a_valid_register_imports_and_a_second_import_changes_nothing(personas):
    data = xlsx_bytes(rows(personas.unit_a))
    result = run_import(AgreementImport, personas.officer_a, data, "tt.xlsx", commit=True)
    assert result.ok, result.errors
    vientiane = Agreement.objects.get(name__contains="Viêng Chăn")
    assert vientiane.status == "in_force" and vientiane.signed_on == datetime.date(1999, 2, 2)
    assert vientiane.indefinite and vientiane.partners.get().name == "Thủ đô Viêng Chăn"
    assert Agreement.objects.get(name__contains="Cairo").status == "draft"
    again = run_import(AgreementImport, personas.officer_a, data, "tt.xlsx", commit=True)
    assert again.ok and Agreement.objects.count() == 2


def test_errors_are_reported_by_row_and_column_and_nothing_is_written(personas):
    bad = rows(personas.unit_a)
    bad[1][6] = ""  # signed without a date
    bad[2][2] = "Đang thẩm định"  # a step, not a starting point
    result = run_import(AgreementImport, personas.officer_a, xlsx_bytes(bad), "x.xlsx", commit=True)
    assert not result.ok
    cells = {(e.row, e.column) for e in result.errors}
    assert (2, "Ngày ký") in cells and (3, "Tình trạng") in cells
    assert not Agreement.objects.exists()


def test_an_imported_agreements_status_changes_only_on_its_page(personas):
    run_import(
        AgreementImport,
        personas.officer_a,
        xlsx_bytes(rows(personas.unit_a)),
        "tt.xlsx",
        commit=True,
    )
    changed = rows(personas.unit_a)
    changed[1][2] = "Hết hiệu lực"
    result = run_import(AgreementImport, personas.officer_a, xlsx_bytes(changed), "x.xlsx")
    assert [(e.row, e.column) for e in result.errors] == [(2, "Tình trạng")]


def test_the_import_screens(client, personas):
    url = reverse("agreements:agreement_import")
    client.force_login(personas.auditor)
    assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    template = client.get(reverse("agreements:agreement_import_template"))
    assert template.status_code == 200 and template.content[:2] == b"PK"
    data = xlsx_bytes(rows(personas.unit_a))
    response = client.post(url, {"file": SimpleUploadedFile("tt.xlsx", data)})
    assert response.context["result"].ok and not Agreement.objects.exists()
    response = client.post(url, {"confirm": "1", "token": response.context["token"]})
    assert response.status_code == 302 and Agreement.objects.count() == 2
