"""Notifications: one per user and key, in the reader's language, only the recipient's own."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_noop

from caunoi.accounts.scope import users_holding
from caunoi.core import notifications, registry
from caunoi.core.models import Notification
from caunoi.core.notifications import Reminder
from caunoi.core.testing.coverage import covers

covers("core:notification_list", "core:notification_open", "core:notification_read_all")


@pytest.mark.django_db
def test_a_key_reaches_each_user_once(personas):
    for _ in range(3):
        notifications.notify([personas.officer_a], gettext_noop("Notifications"), key="k1")
    assert Notification.objects.filter(recipient=personas.officer_a).count() == 1


@pytest.mark.django_db
def test_the_text_is_translated_when_read(personas):
    notifications.notify([personas.officer_a], gettext_noop("Notifications"))
    note = Notification.objects.get()
    with translation.override("vi"):
        assert note.text == "Thông báo"
    with translation.override("en"):
        assert note.text == "Notifications"


@pytest.mark.django_db
def test_users_holding_a_permission_in_a_unit(personas):
    found = set(users_holding("testapp.approve_gadgetrequest", personas.unit_a_child))
    assert personas.approver_a in found  # from the unit above, with descendants
    assert personas.officer_a not in found and personas.coordinator not in found
    ward = set(users_holding("testapp.change_gadget", personas.district))
    assert personas.ward_officer in ward  # the ward succeeded the dissolved district


@pytest.mark.django_db
def test_reminders_run_daily_without_repeating(personas):
    def provider(today):
        return [Reminder((personas.officer_a,), gettext_noop("Notifications"), key=f"r-{today}")]

    registry.register_reminders(provider)
    try:
        day = datetime.date(2026, 12, 1)
        assert notifications.send_reminders(day) == 1
        assert notifications.send_reminders(day) == 0
        assert notifications.send_reminders(day + datetime.timedelta(days=1)) == 1
    finally:
        registry.reminder_providers.remove(provider)


@pytest.mark.django_db
def test_screens_show_only_ones_own_and_mark_them_read(client, personas):
    notifications.notify([personas.officer_a], gettext_noop("Notifications"), url="/partners/")
    mine = Notification.objects.get()
    client.force_login(personas.outsider_b)
    assert client.get(reverse("core:notification_open", args=[mine.pk])).status_code == 404
    client.force_login(personas.officer_a)
    page = client.get(reverse("core:notification_list"))
    assert b'data-testid="unread-count">1<' in page.content
    response = client.get(reverse("core:notification_open", args=[mine.pk]))
    assert response.status_code == 302 and response["Location"] == "/partners/"
    mine.refresh_from_db()
    assert mine.is_read
    notifications.notify([personas.officer_a], gettext_noop("Notifications"), url="//evil.test/")
    other = Notification.objects.filter(read_at__isnull=True).get()
    response = client.get(reverse("core:notification_open", args=[other.pk]))
    assert response["Location"] == reverse("core:notification_list")
    assert client.post(reverse("core:notification_read_all")).status_code == 302
    assert not notifications.unread(personas.officer_a).exists()
    client.logout()
    assert client.get(reverse("core:notification_list")).status_code == 302
