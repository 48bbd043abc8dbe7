"""Building the partner registry from Excel: errors by row and column, all or nothing."""

import pytest
from django.urls import reverse

from caunoi.core.imports import ImportFileError, run_import
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import ELF_BYTES, PDF_BYTES, csv_bytes, xlsx_bytes
from caunoi.partners.imports import ContactImport, PartnerImport
from caunoi.partners.models import Contact, Partner
from caunoi.partners.tests import factories as f

covers(
    "partners:partner_import",
    "partners:partner_import_template",
    "partners:contact_import",
    "partners:contact_import_template",
)

HEADER = ["Tên", "Tên tiếng Anh", "Loại đối tác", "Quốc gia", "Đơn vị"]


@pytest.fixture
def countries(db):
    return {"LA": f.country("LA", "Lào", "Laos"), "CN": f.country("CN", "Trung Quốc", "China")}


def rows_for(unit):
    return [
        HEADER,
        ["Thủ đô Viêng Chăn", "Vientiane", "foreign_locality", "LA", unit.name],
        ["Thành phố Quảng Châu", "Guangzhou", "Địa phương nước ngoài", "Trung Quốc", unit.name],
    ]


@pytest.mark.django_db
def test_valid_file_imports_everything_and_twice_changes_nothing(personas, countries):
    data = xlsx_bytes(rows_for(personas.unit_a))
    result = run_import(PartnerImport, personas.officer_a, data, "doi-tac.xlsx", commit=True)
    assert result.ok and result.created == 2, result.errors
    again = run_import(PartnerImport, personas.officer_a, data, "doi-tac.xlsx", commit=True)
    assert again.ok and again.created == 0 and again.unchanged == 2
    assert Partner.objects.count() == 2


@pytest.mark.django_db
def test_errors_are_reported_by_row_and_column_and_nothing_is_written(personas, countries):
    rows = [
        *rows_for(personas.unit_a),
        ["", "", "foreign_locality", "LA", personas.unit_a.name],
        ["Atlantis", "", "foreign_locality", "XX", personas.unit_a.name],
        ["Thủ đô Viêng Chăn", "", "foreign_locality", "LA", personas.unit_a.name],
    ]
    result = run_import(PartnerImport, personas.officer_a, xlsx_bytes(rows), "x.xlsx", commit=True)
    assert not result.ok and not result.committed
    where = {(e.row, e.column) for e in result.errors}
    assert (4, "Tên") in where  # missing name
    assert (5, "Quốc gia") in where  # unknown country
    assert any(e.row == 6 for e in result.errors)  # the same partner twice in the file
    assert Partner.objects.count() == 0


@pytest.mark.django_db
def test_a_name_already_known_in_another_language_is_refused(personas, countries):
    f.partner(
        personas.unit_b, name="Thủ đô Viêng Chăn", name_en="Vientiane", country=countries["LA"]
    )
    rows = [HEADER, ["Vien Chan", "VIENTIANE", "foreign_locality", "LA", personas.unit_a.name]]
    result = run_import(PartnerImport, personas.officer_a, xlsx_bytes(rows), "x.xlsx")
    assert not result.ok
    assert "Thủ đô Viêng Chăn" in result.errors[0].message


@pytest.mark.django_db
def test_a_renamed_file_and_formula_cells_are_refused(personas, countries):
    for fake in (PDF_BYTES, ELF_BYTES):
        with pytest.raises(ImportFileError):
            run_import(PartnerImport, personas.officer_a, fake, "doi-tac.xlsx")
    rows = rows_for(personas.unit_a)
    rows[1][1] = '=HYPERLINK("http://evil","x")'
    result = run_import(PartnerImport, personas.officer_a, xlsx_bytes(rows), "x.xlsx", commit=True)
    assert not result.ok and Partner.objects.count() == 0


@pytest.mark.django_db
def test_ten_thousand_rows_import_in_one_go(personas, countries):
    rows = [HEADER] + [
        [f"Đối tác số {i}", f"Partner {i}", "business", "LA", personas.unit_a.name]
        for i in range(10_000)
    ]
    result = run_import(PartnerImport, personas.officer_a, csv_bytes(rows), "big.csv", commit=True)
    assert result.ok and result.created == 10_000, result.errors[:3]
    assert Partner.objects.count() == 10_000


@pytest.mark.django_db
def test_contacts_import_with_the_personal_data_fields(personas, countries):
    vientiane = f.partner(personas.unit_a, country=countries["LA"])
    rows = [
        [
            "Họ và tên",
            "Đối tác",
            "Mục đích",
            "Căn cứ pháp lý",
            "Ngày đồng ý",
            "Cách thức đồng ý",
            "Đơn vị",
        ],
        [
            "Somphone Phommachanh",
            vientiane.name,
            "Liên hệ công tác",
            "consent",
            "15/03/2026",
            "Phiếu đồng ý",
            personas.unit_a.name,
        ],
        [
            "Bounmy Sisouk",
            vientiane.name,
            "Liên hệ công tác",
            "consent",
            "",
            "",
            personas.unit_a.name,
        ],
    ]
    result = run_import(ContactImport, personas.officer_a, xlsx_bytes(rows), "c.xlsx", commit=True)
    assert not result.ok and Contact.objects.count() == 0
    assert {e.row for e in result.errors} == {3}, result.errors  # consent: date and source


@pytest.mark.django_db
def test_import_screens_follow_the_add_permission(client, personas, countries):
    url = reverse("partners:partner_import")
    assert client.get(url).status_code == 302
    client.force_login(personas.auditor)
    assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    assert client.get(url).status_code == 200
    template = client.get(reverse("partners:partner_import_template"))
    assert template.status_code == 200 and template.content[:2] == b"PK"
