"""Uploaded documents: checked by content, limited in size, stored through Django's storage
(local folder or S3-compatible bucket), served only through scoped views (docs/documents.md)."""

from caunoi.core.uploads.inspect import DOCUMENTS, IMAGES, KINDS, FileKind, detect
from caunoi.core.uploads.validators import UploadValidator, inspect_upload

__all__ = [
    "DOCUMENTS",
    "IMAGES",
    "KINDS",
    "FileKind",
    "UploadValidator",
    "detect",
    "inspect_upload",
]
