"""``caunoi import_file``: the same engine from the console, acting as a named user."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command

from caunoi.core.models import ObjectChange
from caunoi.core.testing.spreadsheets import PDF_BYTES, csv_bytes
from caunoi.core.tests.testapp.models import Gadget

pytestmark = pytest.mark.django_db
HEADER = ["Tên", "Đơn vị", "Ngày bắt đầu"]


@pytest.fixture
def good_file(tmp_path, personas):
    path = tmp_path / "gadgets.csv"
    rows = [[f"Máy đo {i}", personas.unit_a.name, "05/03/2026"] for i in range(4)]
    path.write_bytes(csv_bytes([HEADER, *rows], delimiter=";"))
    return path


def test_a_dry_run_writes_nothing(good_file, capsys):
    call_command("import_file", "testapp.Gadget", str(good_file), "--as", "officer_a", "--dry-run")
    assert "4" in capsys.readouterr().out
    assert not Gadget.objects.exists()


def test_an_import_writes_every_row_as_the_named_user_and_twice_changes_nothing(good_file):
    call_command("import_file", "testapp.Gadget", str(good_file), "--as", "officer_a")
    assert Gadget.objects.count() == 4
    changes = ObjectChange.objects.filter(content_type=ContentType.objects.get_for_model(Gadget))
    assert {(c.source, c.user.username) for c in changes} == {("command", "officer_a")}
    call_command("import_file", "testapp.Gadget", str(good_file), "--as", "officer_a")
    assert changes.count() == 4


def test_errors_are_printed_by_row_and_column_and_nothing_is_written(tmp_path, personas, capsys):
    path = tmp_path / "bad.csv"
    rows = [["Máy đo", personas.unit_a.name, "2026/13/45"], ["Máy B", personas.unit_b.name, ""]]
    path.write_bytes(csv_bytes([HEADER, *rows]))
    with pytest.raises(CommandError):
        call_command("import_file", "testapp.Gadget", str(path), "--as", "officer_a")
    lines = capsys.readouterr().err.strip().splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["2", "Ngày bắt đầu"], ["3", "Đơn vị"]]
    assert not Gadget.objects.exists()


def test_a_refused_file_a_user_without_rights_and_a_model_without_spec_stop(tmp_path, personas):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(PDF_BYTES)
    with pytest.raises(CommandError):
        call_command("import_file", "testapp.Gadget", str(path), "--as", "officer_a")
    with pytest.raises(CommandError, match="may not add"):
        call_command("import_file", "testapp.Gadget", str(path), "--as", "auditor")
    with pytest.raises(CommandError, match="no import spec"):
        call_command("import_file", "testapp.GadgetKind", str(path), "--as", "admin")
    with pytest.raises(CommandError, match="No active user"):
        call_command("import_file", "testapp.Gadget", str(path), "--as", "ghost")
