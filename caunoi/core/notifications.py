"""Telling users things: in-app notifications, optionally also by email, and daily reminders.

    from django.utils.translation import gettext_noop
    notify([approver], gettext_noop("%(title)s waits for your approval"), {"title": d.title},
           url=d.get_absolute_url(), level="warning", key=f"delegation-{d.pk}-submitted-{n}")

Call it from a workflow's ``after_commit`` so nobody is told about a change that was rolled
back. Reminders (deadlines, expiries) come from providers registered with
:func:`caunoi.core.registry.register_reminders`; ``caunoi send_reminders`` (daily, from cron or
a systemd timer) turns them into notifications, once per key.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone


@dataclass(frozen=True)
class Reminder:
    recipients: tuple  # users
    message: str  # English source text, marked with gettext_noop
    params: dict = field(default_factory=dict)
    url: str = ""
    level: str = "warning"
    key: str = ""  # the same key reaches a user once


def notify(recipients: Iterable, message: str, params: dict | None = None, **options) -> int:
    """Create one notification per recipient; return how many were new."""
    from caunoi.core.models import Notification

    url, level, key = options.get("url", ""), options.get("level", "info"), options.get("key", "")
    users = {user.pk: user for user in recipients if getattr(user, "pk", None)}
    if not users:
        return 0
    existing = set()
    if key:
        existing = set(
            Notification.objects.filter(recipient_id__in=users, key=key).values_list(
                "recipient_id", flat=True
            )
        )
    rows = [
        Notification(
            recipient_id=pk, message=message, params=params or {}, url=url, level=level, key=key
        )
        for pk in users
        if pk not in existing
    ]
    created = Notification.objects.bulk_create(rows, ignore_conflicts=bool(key))
    if getattr(settings, "CAUNOI_NOTIFY_EMAIL", False) and created:
        from caunoi.core.tasks import email_notifications

        ids = [n.pk for n in created if n.pk]
        if ids:
            transaction.on_commit(lambda: email_notifications.enqueue(ids))
    return len(rows)


def unread(user):
    from caunoi.core.models import Notification

    return Notification.objects.filter(recipient=user, read_at__isnull=True)


def mark_read(user, ids: Iterable[int] | None = None) -> int:
    rows = unread(user)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    return rows.update(read_at=timezone.now())


def send_reminders(today: datetime.date | None = None) -> int:
    """Ask every registered provider for today's reminders and deliver the new ones."""
    from caunoi.core import registry

    today = today or timezone.localdate()
    count = 0
    for provider in registry.reminder_providers:
        for reminder in provider(today):
            count += notify(
                reminder.recipients,
                reminder.message,
                reminder.params,
                url=reminder.url,
                level=reminder.level,
                key=reminder.key,
            )
    return count
