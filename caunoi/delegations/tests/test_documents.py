"""The agenda (page and Word) and the one-page trip summary in the Decree 30/2020 format."""

import datetime
import io

import pytest
from django.urls import reverse
from docx import Document
from docx.shared import Mm

from caunoi.core import decree30
from caunoi.core.testing.coverage import covers
from caunoi.delegations.tests import factories as f

pytestmark = pytest.mark.django_db
covers(
    "delegations:delegation_agenda",
    "delegations:delegation_agenda_docx",
    "delegations:delegation_summary",
)


@pytest.fixture
def trip(personas):
    d = f.with_head(f.delegation(personas.unit_a, cities="Viêng Chăn"))
    f.programme(d, "Hội đàm với Thị trưởng", place="Tòa Thị chính")
    f.programme(d, "Thăm làng nghề", date=d.start_date + datetime.timedelta(days=1))
    f.outcome(d, "Ký biên bản ghi nhớ hợp tác thanh niên", kind="agreement", document="MOU 2027")
    f.task(d, task="Cử đoàn thanh niên sang Viêng Chăn", responsible="Thành đoàn")
    return d


def _text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_agenda_groups_items_by_day(personas, client, trip):
    client.force_login(personas.officer_a)
    page = client.get(reverse("delegations:delegation_agenda", args=[trip.pk])).content.decode()
    assert page.count('data-testid="agenda-day"') == 2
    assert "Hội đàm với Thị trưởng" in page and "Thăm làng nghề" in page


def test_the_agenda_downloads_as_word(personas, client, trip):
    client.force_login(personas.officer_a)
    response = client.get(reverse("delegations:delegation_agenda_docx", args=[trip.pk]))
    assert response["Content-Type"] == decree30.DOCX
    text = _text(Document(io.BytesIO(response.content)))
    assert "Hội đàm với Thị trưởng" in text and "Tòa Thị chính" in text


def test_the_trip_summary_is_one_page_in_the_state_format(personas, client, trip):
    client.force_login(personas.officer_a)
    response = client.get(reverse("delegations:delegation_summary", args=[trip.pk]))
    doc = Document(io.BytesIO(response.content))
    section = doc.sections[0]
    for measured, wanted in [
        (section.page_width, 210),
        (section.page_height, 297),
        (section.left_margin, 30),
        (section.right_margin, 15),
        (section.top_margin, 20),
        (section.bottom_margin, 20),
    ]:
        assert abs(measured - Mm(wanted)) < Mm(0.5)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    text = _text(doc)
    assert decree30.MOTTO in text and decree30.MOTTO_2 in text
    for expected in ("Trần Thị Bình", "Viêng Chăn", "MOU 2027", "Thành đoàn", "10/03/2027"):
        assert expected in text
    assert len(doc.paragraphs) < 60  # one page: a summary, not the whole file


def test_documents_follow_the_delegation_scope(personas, client, trip):
    client.force_login(personas.outsider_b)
    for name in (
        "delegations:delegation_agenda",
        "delegations:delegation_agenda_docx",
        "delegations:delegation_summary",
    ):
        assert client.get(reverse(name, args=[trip.pk])).status_code == 404
    client.logout()
    response = client.get(reverse("delegations:delegation_summary", args=[trip.pk]))
    assert response.status_code == 302


def test_the_date_line_follows_the_decree():
    assert decree30.date_line(datetime.date(2026, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2026"
    assert decree30.date_line(datetime.date(2026, 1, 15)) == "Hà Nội, ngày 15 tháng 01 năm 2026"
    assert decree30.date_line(datetime.date(2026, 12, 1)) == "Hà Nội, ngày 01 tháng 12 năm 2026"
