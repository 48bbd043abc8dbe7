"""Uploads are judged by content: the bad files every document field must refuse."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from caunoi.core.testing import files
from caunoi.core.testing.coverage import covers
from caunoi.core.tests.testapp.models import Gadget, GadgetFile
from caunoi.core.uploads import inspect_upload

covers("testapp:gadgetfile_file")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("scan.pdf", files.pdf_bytes(), "pdf"),
        ("draft.docx", files.docx_bytes(), "docx"),
        ("photo.png", files.PNG_1PX, "png"),
        ("photo.jpg", files.JPEG_MAGIC, "jpeg"),
        ("mislabelled.txt", files.pdf_bytes(), "pdf"),  # the name does not matter
    ],
)
def test_real_files_are_recognised(name, data, kind):
    assert inspect_upload(files.upload(name, data)).code == kind


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("agreement.pdf", files.ELF_PROGRAM, "unknown"),
        ("agreement.pdf", files.WINDOWS_PROGRAM, "unknown"),
        ("empty.pdf", b"", "empty"),
        ("bomb.docx", files.docx_zip_bomb(), "bomb"),
        ("cut.pdf", files.pdf_bytes()[:200], "broken"),
        ("notes.docx", b"PK\x03\x04 not really a zip", "broken"),
    ],
)
def test_bad_files_are_refused_with_a_reason(name, data, code):
    with pytest.raises(ValidationError) as caught:
        inspect_upload(files.upload(name, data))
    assert caught.value.code == code
    assert caught.value.messages[0]


@override_settings(CAUNOI_UPLOAD_MAX_BYTES=2048)
def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(ValidationError) as caught:
        inspect_upload(files.upload("big.pdf", files.pdf_bytes() + b" " * 4096))
    assert caught.value.code == "too_large"


def test_only_the_allowed_kinds_pass():
    with pytest.raises(ValidationError):
        inspect_upload(files.upload("scan.pdf", files.pdf_bytes()), allowed=("png",))


@pytest.mark.django_db
class TestDocumentRecords:
    def add(self, client, personas, data, name="scan.pdf", **extra):
        gadget = Gadget.objects.create(name="G", owner_unit=personas.unit_a)
        client.force_login(personas.officer_a)
        response = client.post(
            reverse("testapp:gadgetfile_add"),
            {
                "gadget": gadget.pk,
                "classification": "unclassified",
                "file": files.upload(name, data),
                **extra,
            },
        )
        return gadget, response

    def test_an_uploaded_pdf_is_described_and_served_in_scope(self, client, personas):
        _gadget, response = self.add(client, personas, files.pdf_bytes())
        assert response.status_code == 302
        document = GadgetFile.objects.get()
        assert document.content_type == "application/pdf"
        assert document.original_name == "scan.pdf" and len(document.sha256) == 64
        assert document.owner_unit == personas.unit_a  # from its parent
        assert "scan" not in document.file.name  # stored under a random name
        url = reverse("testapp:gadgetfile_file", args=[document.pk])
        served = client.get(url)
        assert served.status_code == 200
        assert served["Content-Type"] == "application/pdf"
        assert served["X-Content-Type-Options"] == "nosniff"
        assert served["Content-Disposition"].startswith("inline")
        assert b"".join(served.streaming_content).startswith(b"%PDF")
        client.force_login(personas.outsider_b)
        assert client.get(url).status_code == 404
        client.logout()
        assert client.get(url).status_code == 302

    def test_a_renamed_program_is_refused_and_nothing_is_stored(self, client, personas):
        _gadget, response = self.add(client, personas, files.ELF_PROGRAM, name="signed.pdf")
        assert response.status_code == 200
        assert "file" in response.context["form"].errors
        assert not GadgetFile.objects.exists()

    def test_secret_material_is_refused_with_the_reason(self, client, personas):
        _gadget, response = self.add(client, personas, files.pdf_bytes(), classification="secret")
        assert response.status_code == 200
        assert "Luật Bảo vệ bí mật nhà nước" in str(response.context["form"].errors)
        assert not GadgetFile.objects.exists()

    def test_an_office_file_downloads_instead_of_opening(self, client, personas):
        self.add(client, personas, files.docx_bytes(), name="Dự thảo.docx")
        document = GadgetFile.objects.get()
        served = client.get(reverse("testapp:gadgetfile_file", args=[document.pk]))
        assert served["Content-Disposition"].startswith("attachment")
        assert "filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o.docx" in served["Content-Disposition"]
