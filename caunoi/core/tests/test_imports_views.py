"""The import screens a ModelViews bundle gets from ``import_spec``: upload → preview → confirm,
and the template download; permissions as for adding a record."""

import io
import os
import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from openpyxl import load_workbook

from caunoi.core.imports.views import SESSION_KEY
from caunoi.core.models import ObjectChange
from caunoi.core.testing.coverage import covers
from caunoi.core.testing.spreadsheets import PDF_BYTES, xlsx_bytes
from caunoi.core.tests.testapp.models import Gadget, GadgetKind

covers("testapp:gadget_import", "testapp:gadget_import_template")

pytestmark = pytest.mark.django_db
HEADER = ["Name", "Owning unit", "Kind", "Starts on"]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def officer(client, personas):
    client.force_login(personas.officer_a)
    client.cookies["caunoi_language"] = "en"
    return personas.officer_a


def url(name="import"):
    return reverse(f"testapp:gadget_{name}")


def upload(client, data, name="gadgets.xlsx"):
    return client.post(url(), {"file": SimpleUploadedFile(name, data)})


def rows(personas, count=3):
    kind = GadgetKind(slug="sensor", name="Cảm biến", name_en="Sensor")
    kind.save()
    return [[f"Máy đo {i}", personas.unit_a.name, "sensor", "01/12/2026"] for i in range(count)]


def stashed(media):
    folder = media / "imports"
    return sorted(folder.iterdir()) if folder.exists() else []


# -- permissions ----------------------------------------------------------------------------------
def test_anonymous_is_sent_to_login(client, personas):
    for name in ("import", "import_template"):
        response = client.get(url(name))
        assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


@pytest.mark.parametrize("persona", ["nobody", "auditor"])
def test_who_may_not_add_gets_403(client, personas, persona):
    client.force_login(personas.get(persona))
    for name in ("import", "import_template"):
        assert client.get(url(name)).status_code == 403
    assert upload(client, xlsx_bytes([HEADER])).status_code == 403


def test_the_list_offers_import_to_those_who_may_add(client, personas):
    client.force_login(personas.officer_a)
    assert b'data-testid="import-button"' in client.get(reverse("testapp:gadget_list")).content
    client.force_login(personas.auditor)
    assert b'data-testid="import-button"' not in client.get(reverse("testapp:gadget_list")).content


# -- template -------------------------------------------------------------------------------------
def test_the_template_speaks_the_users_language_and_explains_each_column(client, personas):
    client.force_login(personas.officer_a)
    response = client.get(url("import_template"))
    assert response["Content-Disposition"].endswith('gadget-import-template.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    data, guide = workbook.worksheets[:2]
    header = [cell.value for cell in data[1]]
    assert header[0] == "Name *" and header[1] == "Đơn vị quản lý"
    labels = [row[0] for row in guide.iter_rows(values_only=True)]
    assert "Starts on" in labels and "Đơn vị quản lý" in labels
    client.cookies["caunoi_language"] = "en"
    english = load_workbook(io.BytesIO(client.get(url("import_template")).content))
    assert [cell.value for cell in english.worksheets[0][1]][1] == "Owning unit"


def test_a_filled_in_template_imports(client, personas, officer):
    workbook = load_workbook(io.BytesIO(client.get(url("import_template")).content))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    values = {"Name *": "Máy đo mẫu", "Starts on": "23/11/2026", "Kind": "sensor"}
    rows(personas, 0)
    sheet.append([values.get(h) for h in header])
    out = io.BytesIO()
    workbook.save(out)
    response = upload(client, out.getvalue())
    assert b'data-testid="import-preview"' in response.content, response.content.decode()[-3000:]


# -- upload, preview, confirm ---------------------------------------------------------------------
def test_errors_are_listed_by_row_and_column_and_nothing_is_kept(client, personas, officer, media):
    data = rows(personas)
    data[1][3] = "31/31/2026"
    data[2][2] = "Tàu ngầm"
    response = upload(client, xlsx_bytes([HEADER, *data]))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('data-testid="import-error"') == 2
    assert "<td>3</td><td>Starts on</td>" in page and "<td>4</td><td>Kind</td>" in page
    assert 'data-testid="import-confirm"' not in page
    assert not Gadget.objects.exists() and stashed(media) == []


def test_a_valid_file_is_previewed_then_imported_on_confirmation(client, personas, officer, media):
    response = upload(client, xlsx_bytes([HEADER, *rows(personas)]))
    assert b"Rows checked: 3. New: 3, updated: 0, unchanged: 0." in response.content
    assert not Gadget.objects.exists() and len(stashed(media)) == 1
    token = client.session[SESSION_KEY]["testapp.gadget"]["token"]
    response = client.post(url(), {"confirm": "1", "token": token})
    assert response.status_code == 302 and response["Location"] == reverse("testapp:gadget_list")
    assert Gadget.objects.count() == 3
    changes = ObjectChange.objects.filter(content_type=ContentType.objects.get_for_model(Gadget))
    assert {(c.action, c.source, c.user) for c in changes} == {("create", "ui", officer)}
    assert stashed(media) == [] and "testapp.gadget" not in client.session[SESSION_KEY]
    page = client.get(response["Location"]).content.decode()
    assert "Imported. New: 3, updated: 0, unchanged: 0." in page


def test_a_confirmation_without_its_upload_is_refused(client, personas, officer):
    upload(client, xlsx_bytes([HEADER, *rows(personas)]))
    response = client.post(url(), {"confirm": "1", "token": "A" * 32}, follow=True)
    assert b"The uploaded file has expired" in response.content
    assert not Gadget.objects.exists()


@override_settings(CAUNOI_IMPORT_STASH_SECONDS=60)
def test_an_abandoned_upload_expires(client, personas, officer, media):
    upload(client, xlsx_bytes([HEADER, *rows(personas)]))
    (path,) = stashed(media)
    os.utime(path, (time.time() - 120, time.time() - 120))
    token = client.session[SESSION_KEY]["testapp.gadget"]["token"]
    response = client.post(url(), {"confirm": "1", "token": token}, follow=True)
    assert b"The uploaded file has expired" in response.content
    assert not Gadget.objects.exists() and stashed(media) == []


def test_cancel_discards_the_upload(client, personas, officer, media):
    upload(client, xlsx_bytes([HEADER, *rows(personas)]))
    response = client.post(url(), {"cancel": "1"})
    assert response.status_code == 302 and stashed(media) == []


def test_a_renamed_pdf_is_refused_with_a_clear_message(client, personas, officer, media):
    response = upload(client, PDF_BYTES, "gadgets.xlsx")
    assert b"not a real Excel workbook (.xlsx) or CSV file" in response.content
    assert stashed(media) == []


@override_settings(CAUNOI_IMPORT_MAX_BYTES=2000)
def test_an_oversize_upload_is_refused(client, personas, officer, media):
    response = upload(client, xlsx_bytes([HEADER, ["x" * 3000, None, None, None]]))
    assert b"The file is larger than" in response.content
    assert stashed(media) == []


def test_rows_for_another_unit_are_refused(client, personas, officer):
    data = rows(personas, 2)
    data[1][1] = personas.unit_b.name
    response = upload(client, xlsx_bytes([HEADER, *data]))
    assert "You may not add records for the unit" in response.content.decode()
