"""Background jobs of core, run by ``caunoi db_worker``."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task


@task()
def email_notifications(notification_ids: list[int]) -> int:
    """Send each notification to its recipient's email address, in the recipient's language."""
    from django.utils import translation

    from caunoi.core.models import Notification

    sent = 0
    rows = Notification.objects.filter(pk__in=notification_ids).select_related("recipient")
    for notification in rows:
        user = notification.recipient
        if not user.email or not user.is_active:
            continue
        with translation.override(user.language or settings.LANGUAGE_CODE):
            link = (
                settings.CAUNOI_SITE_URL.rstrip("/") + notification.url if notification.url else ""
            )
            body = notification.text + (f"\n\n{link}" if link else "")
            sent += send_mail(
                f"[Cầu Nối] {notification.text}"[:200],
                body,
                None,
                [user.email],
                fail_silently=False,
            )
    return sent
