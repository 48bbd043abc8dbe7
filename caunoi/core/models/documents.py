"""Uploaded documents that belong to a record: drafts, signed scans, photos."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.core.models.children import UnitFromParentModel
from caunoi.core.uploads.inspect import DOCUMENTS, KINDS
from caunoi.core.uploads.validators import inspect_upload

KIND_BY_MIME = {kind.mime: kind for kind in KINDS.values()}


class Classification(models.TextChoices):
    """Security classification (độ mật) under the Law on Protection of State Secrets 2018.

    Only unclassified material may be kept on a networked system; the other levels exist so
    that a user who picks one is told why it is refused, instead of not finding it.
    """

    UNCLASSIFIED = "unclassified", _("Unclassified")
    CONFIDENTIAL = "confidential", _("Confidential (Mật)")
    SECRET = "secret", _("Secret (Tối mật)")
    TOP_SECRET = "top_secret", _("Top secret (Tuyệt mật)")


CLASSIFIED_REFUSAL = _(
    "State secrets (Mật, Tối mật, Tuyệt mật) may not be stored on a networked system "
    "(Law on Protection of State Secrets 2018). Keep this material in the unit's secret "
    "archive and record here only an unclassified summary."
)


def check_unclassified(value: str) -> None:
    if value and value != Classification.UNCLASSIFIED:
        raise ValidationError(CLASSIFIED_REFUSAL, code="classified")


def document_path(instance, filename: str) -> str:
    """``<app>/<model>/<yyyy>/<uuid><ext>``: never the uploader's file name (kept apart)."""
    opts = instance._meta
    suffix = instance.kind.extension if instance.kind else PurePath(filename).suffix.lower()
    return f"{opts.app_label}/{opts.model_name}/{uuid.uuid4().hex}{suffix}"


class DocumentModel(UnitFromParentModel):
    """An uploaded file attached to a parent record; concrete models add the parent FK and set
    ``parent_field``. The file is checked by content when it is saved (kinds in
    ``allowed_kinds``), named by a random id in storage, and served only through
    :class:`caunoi.core.views.documents.DocumentDownloadView`, which applies the parent's scope.
    """

    allowed_kinds: tuple[str, ...] = DOCUMENTS

    title = models.CharField(_("title"), max_length=255, blank=True)
    file = models.FileField(_("file"), upload_to=document_path, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255, editable=False)
    content_type = models.CharField(_("file type"), max_length=100, editable=False)
    size = models.PositiveBigIntegerField(_("size"), editable=False, default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    classification = models.CharField(
        _("classification"),
        max_length=20,
        choices=Classification.choices,
        default=Classification.UNCLASSIFIED,
        validators=[check_unclassified],
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    changelog_ignore = frozenset({"sha256"})

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.title or self.original_name

    @property
    def kind(self):
        return getattr(self.file, "_checked_kind", None) or KIND_BY_MIME.get(self.content_type)

    @property
    def inline(self) -> bool:
        kind = self.kind
        return bool(kind and kind.inline)

    def clean(self) -> None:
        super().clean()
        check_unclassified(self.classification)
        if self.file and not getattr(self.file, "_committed", True):
            self.describe_upload()

    def describe_upload(self) -> None:
        """Check the new file's content and record its name, type, size and digest."""
        upload = self.file.file
        try:
            kind = inspect_upload(upload, self.allowed_kinds)
        except ValidationError as exc:
            raise ValidationError({"file": exc.messages}) from exc
        self.file._checked_kind = kind
        self.original_name = PurePath(self.file.name).name[:255]
        self.content_type = kind.mime
        upload.seek(0)
        digest = hashlib.sha256()
        for chunk in iter(lambda: upload.read(64 * 1024), b""):
            digest.update(chunk)
        upload.seek(0)
        self.size = upload.size if hasattr(upload, "size") else self.file.size
        self.sha256 = digest.hexdigest()
        if not self.title:
            self.title = PurePath(self.original_name).stem[:255]

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            check_unclassified(self.classification)
            self.describe_upload()  # the API and code paths that skip full_clean() too
        super().save(*args, **kwargs)
