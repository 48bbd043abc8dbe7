"""What an uploaded file really is, from its bytes: never from its name or browser's claim.

Accepted kinds: PDF, Word (.docx), Excel (.xlsx), PNG, JPEG and WebP images. An Office file
must be a real Office Open XML package (its ``[Content_Types].xml`` and main part present)
and pass the zip checks; a PDF must start with ``%PDF-`` and hold an end-of-file marker.
"""

from __future__ import annotations

from dataclasses import dataclass

from caunoi.core.uploads.zipcheck import ZipLimits, ZipRefused, check_zip


@dataclass(frozen=True)
class FileKind:
    code: str  # "pdf", "docx", "xlsx", "png", "jpeg", "webp"
    mime: str
    extension: str
    inline: bool  # safe to show in the browser (PDF, images); Office files download


PDF = FileKind("pdf", "application/pdf", ".pdf", True)
DOCX = FileKind(
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".docx",
    False,
)
XLSX = FileKind(
    "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", False
)
PNG = FileKind("png", "image/png", ".png", True)
JPEG = FileKind("jpeg", "image/jpeg", ".jpg", True)
WEBP = FileKind("webp", "image/webp", ".webp", True)
KINDS = {k.code: k for k in (PDF, DOCX, XLSX, PNG, JPEG, WEBP)}
DOCUMENTS = ("pdf", "docx", "xlsx", "png", "jpeg", "webp")  # drafts, signed scans, photos
IMAGES = ("png", "jpeg", "webp")
OFFICE_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}


class Refused(Exception):
    """``reason``: "empty", "unknown", "broken", "encrypted", "bomb"."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def detect(data: bytes, limits: ZipLimits | None = None) -> FileKind:
    if not data:
        raise Refused("empty")
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise Refused("broken")
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data.startswith(b"PK\x03\x04"):
        try:
            names = check_zip(data, limits or ZipLimits())
        except ZipRefused as exc:
            raise Refused(exc.reason) from exc
        if "[Content_Types].xml" in names:
            for code, part in OFFICE_MAIN_PART.items():
                if part in names:
                    return KINDS[code]
    raise Refused("unknown")
