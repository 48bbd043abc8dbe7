"""The log entries of a workflow: one row per transition (STYLE.md: "log entries")."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkflowLogEntry(models.Model):
    """A log entry (nhật ký xử lý): who moved a record from one status to another, when, and
    what they wrote. Concrete models add ``record = models.ForeignKey(<Model>,
    related_name="log_entries", on_delete=models.CASCADE)``. Written only by
    :meth:`caunoi.core.workflow.Workflow.run`, never edited.
    """

    transition = models.CharField(_("step"), max_length=40)
    from_status = models.CharField(_("from"), max_length=30)
    to_status = models.CharField(_("to"), max_length=30)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(_("by (name)"), max_length=150, blank=True)
    time = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    note = models.TextField(_("note"), blank=True)
    request_id = models.UUIDField(_("request ID"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["time", "id"]

    def __str__(self) -> str:
        return f"{self.from_label} → {self.to_label}"

    def _label(self, value: str) -> str:
        model = type(self)._meta.get_field("record").related_model
        field = model._meta.get_field("status")
        return str(dict(field.choices).get(value, value))

    @property
    def from_label(self) -> str:
        return self._label(self.from_status)

    @property
    def to_label(self) -> str:
        return self._label(self.to_status)
