"""Word documents in the state's administrative format (Decree 30/2020/NĐ-CP, Appendix I):
A4, Times New Roman, margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; the
header with the issuing body on the left and the national motto on the right; the place and
date line; the document's kind and summary centred in bold; the signature block on the right.

    doc = decree30.document()
    decree30.header(doc, parent="UBND THÀNH PHỐ HÀ NỘI", issuer="SỞ NGOẠI VỤ", number="…")
    decree30.title(doc, "BÁO CÁO", "Kết quả chuyến công tác …")
    doc.add_paragraph(…)
    decree30.signature(doc, "GIÁM ĐỐC", "Nguyễn Văn A")
    return decree30.response(doc, "bao-cao.docx")

Used by the delegations' trip summary and agenda; the periodic reports will use it too.
"""

from __future__ import annotations

import datetime
import io

from django.http import HttpResponse
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
BODY_PT = 13
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def document(*, landscape: bool = False):
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = (
        (Mm(210), Mm(297)) if landscape else (Mm(297), Mm(210))
    )
    section.top_margin = Mm(20)
    section.bottom_margin = Mm(20)
    section.left_margin = Mm(30)
    section.right_margin = Mm(15)
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(3)
    return doc


def _line(cell_or_doc, text: str, *, bold=False, italic=False, size=BODY_PT, align="center"):
    paragraph = cell_or_doc.add_paragraph()
    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    run.font.name = FONT
    return paragraph


def date_line(day: datetime.date, place: str = "Hà Nội") -> str:
    """ "Hà Nội, ngày 05 tháng 3 năm 2026": days below 10 and months below 3 take a leading 0."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def header(doc, *, parent: str, issuer: str, number: str = "", day=None, place="Hà Nội"):
    """The two-column header: body above and issuing body (with its number) on the left, the
    motto on the right, then the place and date in italics on the right."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    left, right = table.rows[0].cells
    left.width, right.width = Mm(70), Mm(95)
    left.paragraphs[0].text = ""
    _line(left, parent.upper(), size=12)
    _line(left, issuer.upper(), bold=True, size=12)
    _line(left, "________", size=12)
    if number:
        _line(left, f"Số: {number}", size=13)
    _line(right, MOTTO, bold=True, size=12)
    _line(right, MOTTO_2, bold=True, size=13)
    _line(right, "________________", size=12)
    _line(right, date_line(day or datetime.date.today(), place), italic=True, size=13)
    doc.add_paragraph()


def title(doc, kind: str, summary: str = "") -> None:
    _line(doc, kind.upper(), bold=True, size=14)
    if summary:
        _line(doc, summary, bold=True, size=14)
    _line(doc, "________", size=12)


def heading(doc, text: str) -> None:
    paragraph = _line(doc, text, bold=True, align="left")
    paragraph.paragraph_format.space_before = Pt(6)


def paragraph(doc, text: str, *, bold_label: str = "") -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Mm(10)
    if bold_label:
        label = p.add_run(bold_label + " ")
        label.bold = True
    p.add_run(text)


def table(doc, headings: list[str], rows: list[list[str]], widths_mm: list[int] | None = None):
    grid = doc.add_table(rows=1, cols=len(headings))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, headings, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, Pt(12)
    for row in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(str(text)).font.size = Pt(12)
    if widths_mm:
        for row in grid.rows:
            for cell, width in zip(row.cells, widths_mm, strict=False):
                cell.width = Mm(width)
    return grid


def signature(doc, position: str, name: str = "", *, recipients: list[str] | None = None):
    """ "Nơi nhận" on the left (size 11/12), the signer's position and name on the right."""
    doc.add_paragraph()
    grid = doc.add_table(rows=1, cols=2)
    left, right = grid.rows[0].cells
    left.paragraphs[0].text = ""
    if recipients:
        p = left.paragraphs[0]
        run = p.add_run("Nơi nhận:")
        run.bold, run.italic, run.font.size = True, True, Pt(12)
        for line in recipients:
            _line(left, f"- {line};", size=11, align="left")
    _line(right, position.upper(), bold=True)
    _line(right, "")
    _line(right, "")
    _line(right, name, bold=True)


def to_bytes(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def response(doc, filename: str) -> HttpResponse:
    reply = HttpResponse(to_bytes(doc), content_type=DOCX)
    reply["Content-Disposition"] = f'attachment; filename="{filename}"'
    reply["X-Content-Type-Options"] = "nosniff"
    reply["Cache-Control"] = "no-store"
    return reply
