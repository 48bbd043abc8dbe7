"""Loading staff lists and training courses from Excel: errors by row and column, all or
nothing, and the import screens follow the right to add."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from caunoi.core.imports import ImportFileError, run_import
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import ELF_BYTES, PDF_BYTES, csv_bytes, xlsx_bytes
from caunoi.staff.choices import CourseMode, Employment, TrainingTopic
from caunoi.staff.imports import StaffMemberImport, TrainingCourseImport
from caunoi.staff.models import StaffMember, TrainingCourse
from caunoi.staff.tests.factories import StaffMemberFactory, TrainingCourseFactory

covers(
    "staff:staffmember_import",
    "staff:staffmember_import_template",
    "staff:trainingcourse_import",
    "staff:trainingcourse_import_template",
)

pytestmark = pytest.mark.django_db
HEADER = ["Họ và tên", "Đơn vị", "Chức vụ", "Chuyên trách/kiêm nhiệm", "Từ ngày"]
COURSE_HEADER = ["Tên khóa học", "Chủ đề", "Từ ngày", "Đến ngày", "Hình thức", "Số giờ"]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def staff_rows(unit) -> list[list]:
    return [
        HEADER,
        ["Trần Thị Mai", unit.name, "Chuyên viên", "Chuyên trách", "01/01/2024"],
        ["Lê Văn Nam", unit.name, "Phó Trưởng phòng", "part_time", "2023-09-15"],
        ["Phạm Thu Hà", "", "", "Full-time", ""],
    ]


def import_staff(user, rows, name="can-bo.xlsx", commit=True):
    return run_import(StaffMemberImport, user, xlsx_bytes(rows), name, commit=commit)


# -- staff members ------------------------------------------------------------------------------
def test_valid_file_imports_everyone_and_a_second_import_changes_nothing(personas):
    rows = staff_rows(personas.unit_a)
    result = import_staff(personas.officer_a, rows)
    assert result.ok and result.committed and result.created == 3, result.errors
    mai = StaffMember.objects.get(full_name="Trần Thị Mai")
    assert mai.owner_unit == personas.unit_a and mai.employment == Employment.FULL_TIME
    assert mai.active_from == datetime.date(2024, 1, 1)
    assert StaffMember.objects.get(full_name="Lê Văn Nam").employment == Employment.PART_TIME
    ha = StaffMember.objects.get(full_name="Phạm Thu Hà")  # blank unit: the officer's own
    assert ha.owner_unit == personas.officer_a.primary_unit
    assert ha.employment == Employment.FULL_TIME

    again = import_staff(personas.officer_a, rows)
    assert again.ok and again.created == 0 and again.updated == 0 and again.unchanged == 3
    assert StaffMember.objects.count() == 3


def test_a_row_matching_a_person_of_the_same_unit_updates_them(personas):
    person = StaffMemberFactory(
        owner_unit=personas.unit_a, full_name="Trần Thị Mai", employment=Employment.FULL_TIME
    )
    rows = [["Họ và tên", "Đơn vị", "Chức vụ"], ["Trần Thị Mai", "", "Trưởng phòng"]]
    result = import_staff(personas.officer_a, rows)
    assert result.ok and result.updated == 1 and result.created == 0, result.errors
    person.refresh_from_db()
    assert person.position == "Trưởng phòng" and person.owner_unit == personas.unit_a
    assert person.employment == Employment.FULL_TIME  # a column left out is left alone


def test_errors_are_reported_by_row_and_column_and_nothing_is_written(personas):
    unit = personas.unit_a.name
    rows = [
        *staff_rows(personas.unit_a),
        ["", unit, "Chuyên viên", "", ""],  # row 5: no name
        ["Đỗ Minh Quân", "Đơn vị không có thật", "", "", ""],  # row 6: unknown unit
        ["Vũ Thị Lan", unit, "", "", "31/02/2024"],  # row 7: no such date
        ["Trần Thị Mai", unit, "", "", ""],  # row 8: the same person as row 2
        ["Ngô Văn Hải", unit, "", "thỉnh thoảng", ""],  # row 9: not a choice
    ]
    result = import_staff(personas.officer_a, rows)
    assert not result.ok and not result.committed
    where = {(e.row, e.column) for e in result.errors}
    assert {
        (5, "Họ và tên"),
        (6, "Đơn vị"),
        (7, "Từ ngày"),
        (8, "Họ và tên"),
        (9, "Chuyên trách/kiêm nhiệm"),
    } <= where, result.errors
    assert {e.row for e in result.errors} == {5, 6, 7, 8, 9}
    assert StaffMember.objects.count() == 0


def test_a_unit_outside_the_officers_scope_is_refused(personas):
    rows = [HEADER, ["Trần Thị Mai", personas.unit_b.name, "", "", ""]]
    result = import_staff(personas.officer_a, rows)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Đơn vị")]
    assert StaffMember.objects.count() == 0


def test_a_stop_before_the_start_is_refused_on_its_row(personas):
    rows = [
        [*HEADER, "Đến ngày"],
        ["Trần Thị Mai", personas.unit_a.name, "", "", "01/06/2024", "01/01/2024"],
    ]
    result = import_staff(personas.officer_a, rows)
    assert not result.ok and {e.row for e in result.errors} == {2}
    assert StaffMember.objects.count() == 0


def test_a_renamed_file_is_refused_as_a_whole(personas):
    for fake in (PDF_BYTES, ELF_BYTES):
        with pytest.raises(ImportFileError):
            run_import(StaffMemberImport, personas.officer_a, fake, "can-bo.xlsx")
    assert StaffMember.objects.count() == 0


def test_csv_with_english_headers_is_accepted(personas):
    rows = [
        ["Full name", "Owning unit", "Foreign-affairs work"],
        ["Tran Thi Mai", personas.unit_a.name, "Part-time (concurrent)"],
    ]
    data = csv_bytes(rows, delimiter=";")
    result = run_import(StaffMemberImport, personas.officer_a, data, "staff.csv", commit=True)
    assert result.ok and result.created == 1, result.errors


# -- training courses ---------------------------------------------------------------------------
def course_rows() -> list[list]:
    return [
        COURSE_HEADER,
        ["Lớp lễ tân đối ngoại 2026", "Lễ tân đối ngoại", "09/03/2026", "13/03/2026", "", "40"],
        ["Bồi dưỡng thông tin đối ngoại", "information", "01/04/2026", "02/04/2026", "Online", ""],
    ]


def test_courses_import_and_a_second_import_changes_nothing(personas):
    data = xlsx_bytes(course_rows())
    result = run_import(TrainingCourseImport, personas.officer_a, data, "k.xlsx", commit=True)
    assert result.ok and result.created == 2, result.errors
    protocol = TrainingCourse.objects.get(start_date=datetime.date(2026, 3, 9))
    assert protocol.topic == TrainingTopic.PROTOCOL and protocol.mode == CourseMode.IN_PERSON
    assert protocol.hours == 40 and protocol.owner_unit == personas.officer_a.primary_unit
    again = run_import(TrainingCourseImport, personas.officer_a, data, "k.xlsx", commit=True)
    assert again.ok and again.unchanged == 2 and TrainingCourse.objects.count() == 2


def test_a_course_recorded_by_another_unit_is_not_entered_twice(personas):
    TrainingCourseFactory(
        owner_unit=personas.unit_b,
        title="Lớp lễ tân đối ngoại 2026",
        start_date=datetime.date(2026, 3, 9),
        end_date=datetime.date(2026, 3, 13),
    )
    rows = course_rows()
    rows[2][3] = "31/03/2026"  # row 3 ends before it starts
    result = run_import(TrainingCourseImport, personas.officer_a, xlsx_bytes(rows), "k.xlsx")
    assert not result.ok
    assert {(e.row, e.column) for e in result.errors} >= {(3, "Đến ngày")}
    assert {e.row for e in result.errors} == {2, 3}
    assert TrainingCourse.objects.count() == 1


# -- screens ------------------------------------------------------------------------------------
@pytest.mark.parametrize("model", ["staffmember", "trainingcourse"])
def test_import_screens_follow_the_right_to_add(client, personas, model):
    urls = [reverse(f"staff:{model}_import"), reverse(f"staff:{model}_import_template")]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    client.force_login(personas.auditor)
    for url in urls:
        assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    assert client.get(urls[0]).status_code == 200
    template = client.get(urls[1])
    assert template.status_code == 200 and template.content[:2] == b"PK"


def test_upload_checks_then_confirm_writes_through_the_screen(client, personas):
    client.force_login(personas.officer_a)
    url = reverse("staff:staffmember_import")
    bad = [HEADER, ["", personas.unit_a.name, "", "", ""]]
    response = client.post(url, {"file": SimpleUploadedFile("x.xlsx", xlsx_bytes(bad))})
    assert response.status_code == 200 and not response.context["result"].ok
    data = xlsx_bytes(staff_rows(personas.unit_a))
    response = client.post(url, {"file": SimpleUploadedFile("can-bo.xlsx", data)})
    assert response.status_code == 200 and response.context["result"].ok
    assert StaffMember.objects.count() == 0  # checked, not yet written
    response = client.post(url, {"confirm": "1", "token": response.context["token"]})
    assert response.status_code == 302 and response["Location"] == reverse("staff:staffmember_list")
    assert StaffMember.objects.count() == 3
