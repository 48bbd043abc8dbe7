"""In-app notifications (thông báo): what the system tells one user."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class NotificationLevel(models.TextChoices):
    INFO = "info", _("Information")
    SUCCESS = "success", _("Done")
    WARNING = "warning", _("Warning")
    DANGER = "danger", _("Urgent")


class Notification(models.Model):
    """A notification for one user: a request waiting for their approval, an agreement about to
    expire, a report overdue.

    ``message`` is the English source text (marked with ``gettext_noop``) and ``params`` its
    values, so each reader sees it in their own language. ``key`` makes reminders idempotent:
    a user gets a given reminder once, however often the reminder job runs.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    message = models.CharField(_("message"), max_length=300)
    params = models.JSONField(_("values"), default=dict, blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    level = models.CharField(
        _("level"), max_length=10, choices=NotificationLevel.choices, default=NotificationLevel.INFO
    )
    key = models.CharField(_("key"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread")]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"],
                condition=~Q(key=""),
                name="notification_once_per_key",
            )
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        template = gettext(self.message)
        try:
            return template % self.params if self.params else template
        except (KeyError, TypeError, ValueError):
            return template

    @property
    def is_read(self) -> bool:
        return self.read_at is not None
