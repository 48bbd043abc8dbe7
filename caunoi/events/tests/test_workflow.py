"""An event's steps: confirm, mark as held, cancel with a reason, reopen — on screens and API."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from caunoi.core.models import ConcurrentEditError
from caunoi.core.testing.coverage import covers
from caunoi.core.workflow import TransitionNotAllowed
from caunoi.events import workflow
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
PAST = datetime.date(2024, 3, 5)
FUTURE = datetime.date(2099, 3, 5)
covers(*(f"events:event_{verb}" for verb in workflow.TRANSITIONS))
covers(*(f"api:event-{verb}" for verb in workflow.TRANSITIONS))


def test_the_table_of_steps():
    assert workflow.FLOW.table() == {
        "planned": {
            "confirmed": "events.change_event",
            "done": "events.change_event",
            "cancelled": "events.change_event",
        },
        "confirmed": {
            "done": "events.change_event",
            "planned": "events.change_event",
            "cancelled": "events.change_event",
        },
        "cancelled": {"planned": "events.change_event"},
    }


def test_planned_then_confirmed_then_held_with_a_log(personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=PAST)
    event = workflow.confirm_event(event, acting_user=personas.officer_a)
    event = workflow.complete_event(event, acting_user=personas.officer_a, note="Hơn 800 đại biểu")
    assert event.status == "done"
    assert [(e.from_status, e.to_status) for e in event.log_entries.all()] == [
        ("planned", "confirmed"),
        ("confirmed", "done"),
    ]
    assert event.log_entries.last().note == "Hơn 800 đại biểu"


def test_an_event_cannot_be_held_before_it_begins(personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=FUTURE)
    with pytest.raises(ValidationError):
        workflow.complete_event(event, acting_user=personas.officer_a)
    event.refresh_from_db()
    assert event.status == "planned"


def test_cancelling_needs_a_reason_and_can_be_reopened(personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=FUTURE)
    with pytest.raises(ValidationError):
        workflow.cancel_event(event, acting_user=personas.officer_a, note="  ")
    event = workflow.cancel_event(event, acting_user=personas.officer_a, note="Dịch bệnh")
    assert event.status == "cancelled"
    with pytest.raises(TransitionNotAllowed):
        workflow.confirm_event(event, acting_user=personas.officer_a)
    assert workflow.reopen_event(event, acting_user=personas.officer_a).status == "planned"


def test_another_unit_and_a_reader_cannot_move_it(personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=PAST)
    for user in (personas.outsider_b, personas.auditor):
        with pytest.raises(PermissionDenied):
            workflow.confirm_event(event, acting_user=user)


def test_a_stale_version_is_refused(personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=PAST)
    event.save()  # version 2
    with pytest.raises(ConcurrentEditError):
        workflow.confirm_event(event, acting_user=personas.officer_a, expected_version=1)


def test_the_screen_buttons_and_their_refusals(client, personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=FUTURE)
    client.force_login(personas.officer_a)
    page = client.get(event.get_absolute_url())
    assert {a.name for a in page.context["actions"]} == {"confirm", "complete", "cancel"}
    url = reverse("events:event_confirm", args=[event.pk])
    assert client.post(url, {"version": event.version}).status_code == 302
    event.refresh_from_db()
    assert event.status == "confirmed"
    response = client.post(reverse("events:event_complete", args=[event.pk]), follow=True)
    assert event.__class__.objects.get(pk=event.pk).status == "confirmed"
    assert response.status_code == 200
    client.force_login(personas.outsider_b)
    assert client.post(reverse("events:event_cancel", args=[event.pk])).status_code == 404
    client.force_login(personas.auditor)
    assert client.post(reverse("events:event_cancel", args=[event.pk])).status_code == 403


def test_the_api_steps(client, personas):
    event = EventFactory(owner_unit=personas.unit_a, start_date=PAST)
    client.force_login(personas.officer_a)
    url = reverse("api:event-complete", args=[event.pk])
    response = client.post(url, {"note": "Đã tổ chức"}, content_type="application/json")
    assert response.status_code == 200 and response.json()["status"] == "done"
    again = client.post(url, {}, content_type="application/json")
    assert again.status_code == 409
    client.force_login(personas.outsider_b)
    assert (
        client.post(
            reverse("api:event-cancel", args=[event.pk]), {}, content_type="application/json"
        ).status_code
        == 404
    )
