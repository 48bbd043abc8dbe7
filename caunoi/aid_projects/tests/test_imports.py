"""Loading aid projects from Excel: donors and sectors by name, errors by row and column, all
or nothing; imported projects start as proposed."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caunoi.aid_projects.imports import AidProjectImport
from caunoi.aid_projects.models import AidProject
from caunoi.aid_projects.tests import factories as f
from caunoi.core.imports import run_import
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.partners.tests import factories as pf

covers("aid_projects:aidproject_import", "aid_projects:aidproject_import_template")
pytestmark = pytest.mark.django_db

HEADER = [
    "Tên dự án",
    "Chiều",
    "Nhà tài trợ",
    "Đối tác tiếp nhận",
    "Lĩnh vực",
    "Ngày bắt đầu",
    "Giá trị cam kết",
    "Loại tiền",
    "Ngày cam kết",
]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def partners(personas):
    pf.partner(personas.unit_b, name="Thủ đô La Habana", name_en="Havana")
    return f.ngo(personas.unit_b, "Tổ chức Plan International")


def rows():
    return [
        HEADER,
        [
            "Trường học an toàn",
            "Hà Nội tiếp nhận",
            "Tổ chức Plan International",
            "",
            "Giáo dục; Y tế",
            "01/02/2026",
            "250.000",
            "usd",
            "15/01/2026",
        ],
        [
            "Tặng gạo",
            "given",
            "",
            "Havana",
            "Cứu trợ thiên tai, thảm họa",
            "2021-01-01",
            "",
            "",
            "",
        ],
    ]


def test_a_valid_file_imports_proposed_projects_and_again_changes_nothing(personas, partners):
    result = run_import(
        AidProjectImport, personas.officer_a, xlsx_bytes(rows()), "a.xlsx", commit=True
    )
    assert result.ok and result.created == 2, result.errors
    school = AidProject.objects.get(name="Trường học an toàn")
    assert school.status == "proposed" and school.owner_unit == personas.unit_a
    assert school.commitment_amount == Decimal(250000) and school.commitment_currency == "USD"
    assert list(school.donors.all()) == [partners]
    assert {s.slug for s in school.sectors.all()} == {"education", "health"}
    rice = AidProject.objects.get(name="Tặng gạo")
    assert rice.direction == "given" and rice.recipient_partners.get().name == "Thủ đô La Habana"
    again = run_import(
        AidProjectImport, personas.officer_a, xlsx_bytes(rows()), "a.xlsx", commit=True
    )
    assert again.ok and again.unchanged == 2


def test_errors_are_listed_by_row_and_column_and_nothing_is_written(personas, partners):
    bad = rows()
    bad[1][2] = ""  # aid received without a donor
    bad[2][7] = "VNĐ"  # not a currency code
    bad[2][6] = "-5"
    result = run_import(
        AidProjectImport, personas.officer_a, xlsx_bytes(bad), "a.xlsx", commit=True
    )
    assert not result.ok and not result.committed
    found = {(e.row, e.column) for e in result.errors}
    assert (2, "Nhà tài trợ") in found
    assert (3, "Loại tiền") in found
    assert not AidProject.objects.exists()


def test_the_import_screen_checks_then_imports(client, personas, partners):
    client.force_login(personas.officer_a)
    url = reverse("aid_projects:aidproject_import")
    assert client.get(reverse("aid_projects:aidproject_import_template")).content[:2] == b"PK"
    bad = rows()
    bad[1][0] = ""
    response = client.post(url, {"file": SimpleUploadedFile("a.xlsx", xlsx_bytes(bad))})
    assert not response.context["result"].ok
    response = client.post(url, {"file": SimpleUploadedFile("a.xlsx", xlsx_bytes(rows()))})
    assert response.context["result"].ok and not AidProject.objects.exists()
    response = client.post(url, {"confirm": "1", "token": response.context["token"]})
    assert response.status_code == 302 and AidProject.objects.count() == 2
