"""A person's calendar feed: the secret address Outlook or Google Calendar subscribes to."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_BYTES = 32  # 256 bits, URL-safe base64: 43 characters


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeed(models.Model):
    """The iCalendar feed (lịch đăng ký) of one user: the address carries a random secret;
    only its SHA-256 digest is stored, so the address is shown once, when it is made.
    Revoking deletes the row (the old address answers 404); making a new one replaces it.
    The feed holds what its owner may see, as the calendar screen does.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="calendar_feed",
    )
    token_hash = models.CharField(_("token digest"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last read"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return str(self.user)

    @classmethod
    def issue(cls, user) -> str:
        """Make (or replace) the user's feed; return the secret token, never stored."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        cls.objects.update_or_create(
            user=user,
            defaults={"token_hash": token_digest(token), "created_at": timezone.now()},
        )
        return token

    @classmethod
    def revoke(cls, user) -> bool:
        deleted, _rows = cls.objects.filter(user=user).delete()
        return bool(deleted)

    @classmethod
    def owner_of(cls, token: str):
        """The active user whose feed this token opens, or None."""
        if not token or len(token) > 100:
            return None
        feed = (
            cls.objects.select_related("user")
            .filter(token_hash=token_digest(token), user__is_active=True)
            .first()
        )
        return feed
