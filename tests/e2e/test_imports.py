"""An officer imports gadgets from Excel in a real browser: a file with errors, then the fixed
file, then the confirmation (the generic import screens every domain list gets)."""

import os

import pytest
from playwright.sync_api import expect

from caunoi.core.testing.personas import PASSWORD
from caunoi.core.testing.spreadsheets import xlsx_bytes
from caunoi.core.tests.testapp.models import Gadget

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SHOTS = os.environ.get("CAUNOI_SCREENSHOTS")  # a folder, to look at the screens


def shot(page, name):
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"import-{name}.png"), full_page=True)


def test_officer_fixes_a_file_with_errors_then_imports_it(
    page, live_server, people, login, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path
    login("officer_a", PASSWORD)
    page.goto(live_server.url + "/testapp/gadgets/")
    page.get_by_test_id("import-button").click()
    with page.expect_download() as download:
        page.get_by_test_id("import-template").click()
    assert download.value.suggested_filename == "gadget-import-template.xlsx"
    shot(page, "upload")

    header = ["Tên", "Đơn vị quản lý", "Ngày bắt đầu"]
    unit = people.unit_a.name
    bad = tmp_path / "gadgets.xlsx"
    bad.write_bytes(xlsx_bytes([header, ["Máy đo 1", unit, "31/02/2026"], ["Máy đo 2", unit, ""]]))
    page.locator("input[type=file]").set_input_files(str(bad))
    page.get_by_test_id("import-check").click()
    errors = page.get_by_test_id("import-error")
    expect(errors).to_have_count(1)
    expect(errors.first).to_contain_text("Ngày bắt đầu")
    shot(page, "errors")
    assert not Gadget.objects.exists()

    good = tmp_path / "gadgets-fixed.xlsx"
    good.write_bytes(xlsx_bytes([header, ["Máy đo 1", unit, "28/02/2026"], ["Máy đo 2", unit, ""]]))
    page.locator("input[type=file]").set_input_files(str(good))
    page.get_by_test_id("import-check").click()
    expect(page.get_by_test_id("import-preview")).to_be_visible()
    shot(page, "preview")
    page.get_by_test_id("import-confirm").click()
    expect(page.locator("table")).to_contain_text("Máy đo 2")
    shot(page, "done")
    assert Gadget.objects.count() == 2
