"""Checking an upload before it is stored: size, emptiness and real content type."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _

from caunoi.core.uploads.inspect import KINDS, FileKind, Refused, detect


def max_bytes() -> int:
    return int(getattr(settings, "CAUNOI_UPLOAD_MAX_BYTES", 25 * 1024 * 1024))


def kinds_label(codes) -> str:
    names = {"pdf": "PDF", "docx": "Word (.docx)", "xlsx": "Excel (.xlsx)"}
    names |= {"png": "PNG", "jpeg": "JPEG", "webp": "WebP"}
    return ", ".join(names[c] for c in codes)


def refusal_message(reason: str, allowed) -> str:
    messages = {
        "empty": _("The file is empty."),
        "broken": _("The file is damaged and cannot be opened. Save it again and upload it."),
        "encrypted": _("Password-protected files are not accepted. Remove the password first."),
        "bomb": _(
            "The file expands to far more data than its size suggests and was refused for "
            "safety. Save it again and upload it."
        ),
    }
    return messages.get(
        reason,
        _("This file is not one of the accepted kinds (%(kinds)s), whatever its name says.")
        % {"kinds": kinds_label(allowed)},
    )


def read_upload(upload) -> bytes:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def inspect_upload(upload, allowed=tuple(KINDS)) -> FileKind:
    """The checked kind of ``upload``; ``ValidationError`` with a translated message if refused."""
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes():
        raise ValidationError(
            _("The file is larger than %(size)s.") % {"size": filesizeformat(max_bytes())},
            code="too_large",
        )
    data = read_upload(upload)
    if len(data) > max_bytes():
        raise ValidationError(
            _("The file is larger than %(size)s.") % {"size": filesizeformat(max_bytes())},
            code="too_large",
        )
    try:
        kind = detect(data)
    except Refused as exc:
        raise ValidationError(refusal_message(exc.reason, allowed), code=exc.reason) from exc
    if kind.code not in allowed:
        raise ValidationError(refusal_message("unknown", allowed), code="unknown")
    return kind


@deconstructible
class UploadValidator:
    """A model/form field validator: ``validators=[UploadValidator(IMAGES)]``."""

    def __init__(self, allowed=tuple(KINDS)):
        self.allowed = tuple(allowed)

    def __call__(self, value) -> None:
        upload = getattr(value, "file", value)
        if getattr(value, "_committed", False) and not hasattr(value, "_checked_kind"):
            return  # a file already stored: it was checked when it came in
        value._checked_kind = inspect_upload(upload, self.allowed)

    def __eq__(self, other) -> bool:
        return isinstance(other, UploadValidator) and other.allowed == self.allowed
