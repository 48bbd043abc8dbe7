"""Documents of an agreement: checked by content, size-limited, served only in scope; and the
classification rule (only unclassified agreements and documents are kept)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from caunoi.agreements.models import Agreement, AgreementDocument
from caunoi.agreements.tests import factories as f
from caunoi.core.testing import files
from caunoi.core.testing.coverage import covers

pytestmark = pytest.mark.django_db
covers(
    "agreements:agreementdocument_add",
    "agreements:agreementdocument_edit",
    "agreements:agreementdocument_detail",
    "agreements:agreementdocument_list",
    "agreements:agreementdocument_delete",
    "agreements:agreementdocument_changelog",
    "agreements:agreementdocument_file",
)


@pytest.fixture
def media(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path


def post_upload(client, agreement, name, data, **extra):
    return client.post(
        reverse("agreements:agreementdocument_add"),
        {
            "agreement": agreement.pk,
            "document_kind": "signed",
            "classification": "unclassified",
            "file": files.upload(name, data),
            **extra,
        },
    )


def test_a_signed_pdf_is_stored_and_served_only_in_scope(client, personas, media):
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    response = post_upload(client, agreement, "ban-ky.pdf", files.pdf_bytes())
    assert response.status_code == 302
    document = AgreementDocument.objects.get()
    assert document.content_type == "application/pdf" and document.owner_unit == personas.unit_a
    assert "ban-ky" not in document.file.name  # stored under a random name
    url = reverse("agreements:agreementdocument_file", args=[document.pk])
    served = client.get(url)
    assert served.status_code == 200 and served["X-Content-Type-Options"] == "nosniff"
    assert b"".join(served.streaming_content).startswith(b"%PDF-")
    client.force_login(personas.outsider_b)
    assert client.get(url).status_code == 404
    page = client.get(agreement.get_absolute_url())
    assert page.status_code == 404


def test_a_word_draft_is_accepted(client, personas, media):
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    assert post_upload(client, agreement, "du-thao.docx", files.docx_bytes()).status_code == 302
    assert AgreementDocument.objects.get().content_type.endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("hop-dong.pdf", files.WINDOWS_PROGRAM, "không thuộc các loại"),
        ("scan.pdf", files.ELF_PROGRAM, "không thuộc các loại"),
        ("rong.pdf", b"", "rỗng"),
    ],
    ids=["exe_renamed_pdf", "elf_renamed_pdf", "empty"],
)
def test_bad_files_are_refused_with_a_reason(client, personas, media, name, data, message):
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    response = post_upload(client, agreement, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AgreementDocument.objects.exists()


def test_a_docx_zip_bomb_is_refused(client, personas, media):
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    response = post_upload(client, agreement, "bom.docx", files.docx_zip_bomb(150))
    assert response.status_code == 200
    assert "an toàn" in response.content.decode()
    assert not AgreementDocument.objects.exists()


def test_a_file_over_the_size_limit_is_refused(client, personas, media, settings):
    settings.CAUNOI_UPLOAD_MAX_BYTES = 1024
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    big = files.pdf_bytes("x" * 2000)
    response = post_upload(client, agreement, "lon.pdf", big)
    assert response.status_code == 200
    assert "lớn hơn" in response.content.decode()
    assert not AgreementDocument.objects.exists()


def test_an_xlsx_is_not_an_agreement_document(client, personas, media):
    from caunoi.core.testing.spreadsheets import xlsx_bytes

    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    response = post_upload(client, agreement, "bang.xlsx", xlsx_bytes([["a"]]))
    assert response.status_code == 200 and not AgreementDocument.objects.exists()


def test_an_officer_cannot_attach_to_another_units_agreement(client, personas, media):
    agreement = f.draft(personas.unit_b)
    client.force_login(personas.officer_a)
    response = post_upload(client, agreement, "ban-ky.pdf", files.pdf_bytes())
    assert response.status_code == 200 and not AgreementDocument.objects.exists()


def test_a_secret_document_is_refused_with_the_reason(client, personas, media):
    agreement = f.draft(personas.unit_a)
    client.force_login(personas.officer_a)
    response = post_upload(client, agreement, "mat.pdf", files.pdf_bytes(), classification="secret")
    assert "Luật Bảo vệ bí mật nhà nước" in response.content.decode()
    assert not AgreementDocument.objects.exists()


def test_a_secret_agreement_is_refused_with_the_reason(personas):
    agreement = Agreement(
        name="Thỏa thuận mật", kind="other", classification="secret", owner_unit=personas.unit_a
    )
    with pytest.raises(ValidationError) as caught:
        agreement.full_clean()
    assert "Luật Bảo vệ bí mật nhà nước" in " ".join(caught.value.message_dict["classification"])


def test_the_agreement_form_refuses_secret_and_says_why(client, personas):
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("agreements:agreement_add"),
        {
            "name": "Thỏa thuận",
            "kind": "mou",
            "link": "original",
            "partners": [f.partner(personas.unit_a).pk],
            "classification": "top_secret",
            "owner_unit": personas.unit_a.pk,
        },
    )
    assert response.status_code == 200
    assert "Luật Bảo vệ bí mật nhà nước" in response.content.decode()
    assert not Agreement.objects.exists()
