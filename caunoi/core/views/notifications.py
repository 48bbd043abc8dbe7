"""A user's own notifications: list, open (marks read), mark all read."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from caunoi.core import notifications
from caunoi.core.models import Notification


@login_required
def notification_list(request):
    rows = Notification.objects.filter(recipient=request.user)
    if request.GET.get("show") == "unread":
        rows = rows.filter(read_at__isnull=True)
    page = Paginator(rows, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "core/notification_list.html",
        {"page_obj": page, "show": request.GET.get("show", "all")},
    )


@login_required
def notification_open(request, pk: int):
    """Mark one notification read and go where it points (only ever a local path)."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    target = notification.url or ""
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=False):
        target = ""
    return redirect(target or "core:notification_list")


@login_required
@require_POST
def notification_read_all(request):
    notifications.mark_read(request.user)
    return redirect("core:notification_list")
