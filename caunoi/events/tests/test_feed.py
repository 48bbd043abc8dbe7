"""The iCalendar feed: parsed by the ``icalendar`` library, scoped to its owner, revocable."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from caunoi.core.testing.coverage import covers
from caunoi.events.models import CalendarFeed
from caunoi.events.models.feeds import token_digest
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
covers("events:calendar_feed", "events:calendar_feed_ics")


def feed_url(client, user) -> str:
    client.force_login(user)
    response = client.post(reverse("events:calendar_feed"), {"action": "create"})
    assert response.status_code == 302
    page = client.get(reverse("events:calendar_feed"))
    url = page.context["feed_url"]
    assert url.startswith("http") and url.endswith(".ics")
    client.logout()
    return url[url.index("/events/") :]


def events_in(body: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(body)
    return {str(c["summary"]).split(" [")[0]: c for c in calendar.walk("VEVENT")}


def test_the_feed_is_valid_icalendar_with_zones_and_scope(client, personas):
    soon = timezone.localdate() + datetime.timedelta(days=10)
    EventFactory(
        owner_unit=personas.unit_a,
        name="Tọa đàm xúc tiến đầu tư Kyushu",
        start_date=soon,
        start_time=datetime.time(14, 0),
        end_time=datetime.time(16, 0),
        time_zone="Asia/Tokyo",
        place="abroad",
        city="Fukuoka",
    )
    EventFactory(owner_unit=personas.unit_a, name="Du Xuân hữu nghị", start_date=soon)
    EventFactory(owner_unit=personas.unit_b, name="Hoạt động của Sở B", start_date=soon)
    url = feed_url(client, personas.officer_a)
    response = client.get(url)  # no sign-in: the token is the key
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    found = events_in(response.content)
    assert "Hoạt động của Sở B" not in found  # another unit's event: not for this officer
    kyushu = found["Tọa đàm xúc tiến đầu tư Kyushu"]
    start = kyushu.decoded("dtstart")
    assert start.tzinfo is not None and str(start.tzinfo) == "Asia/Tokyo"
    assert (start.hour, kyushu.decoded("dtend").hour) == (14, 16)
    assert Calendar.from_ical(response.content).walk("VTIMEZONE")  # the zone travels with it
    spring = found["Du Xuân hữu nghị"]
    assert spring.decoded("dtstart") == soon  # all day
    assert spring.decoded("dtend") == soon + datetime.timedelta(days=1)
    assert str(spring["uid"]).startswith("event-")
    assert str(spring["summary"]) == "Du Xuân hữu nghị [Dự kiến]"  # the status, in Vietnamese
    assert CalendarFeed.objects.get(user=personas.officer_a).last_used_at is not None


def test_only_a_digest_of_the_token_is_stored(client, personas):
    url = feed_url(client, personas.officer_a)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    feed = CalendarFeed.objects.get(user=personas.officer_a)
    assert feed.token_hash == token_digest(token) and token not in feed.token_hash


def test_a_revoked_or_replaced_token_answers_404(client, personas):
    old = feed_url(client, personas.officer_a)
    new = feed_url(client, personas.officer_a)  # replacing: the old address stops working
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    client.force_login(personas.officer_a)
    client.post(reverse("events:calendar_feed"), {"action": "revoke"})
    client.logout()
    assert client.get(new).status_code == 404
    assert not CalendarFeed.objects.filter(user=personas.officer_a).exists()


def test_an_unknown_token_and_a_deactivated_owner_answer_404(client, personas):
    assert client.get("/events/calendar/feed/not-a-token.ics").status_code == 404
    url = feed_url(client, personas.officer_a)
    personas.officer_a.is_active = False
    personas.officer_a.save()
    assert client.get(url).status_code == 404


def test_the_subscription_page_needs_sign_in_and_a_role(client, personas):
    assert client.get(reverse("events:calendar_feed")).status_code == 302
    client.force_login(personas.nobody)
    assert client.get(reverse("events:calendar_feed")).status_code == 403
