"""Time zones: an event in Fukuoka shows Fukuoka time and Hà Nội time."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.events import timezones
from caunoi.events.templatetags.events import two_clocks
from caunoi.events.tests.factories import EventFactory
from caunoi.partners.tests import factories as pf

covers("events:suggest_zone")


def test_the_zone_is_suggested_from_the_country_and_the_place():
    assert timezones.suggest_zone("JP") == "Asia/Tokyo"
    assert timezones.suggest_zone("LA") == "Asia/Vientiane"
    assert timezones.suggest_zone("VN") == "Asia/Ho_Chi_Minh"
    assert timezones.suggest_zone("US", 34.05, -118.24) == "America/Los_Angeles"
    assert timezones.suggest_zone("US") == "America/New_York"  # the capital's, without a place
    assert timezones.suggest_zone("") == timezones.HANOI


def test_an_unknown_zone_is_refused_with_a_hint():
    with pytest.raises(ValidationError) as refused:
        timezones.validate_zone("Asia/Fukuoka")
    assert "Asia/Tokyo" in str(refused.value)


def test_two_clocks_for_a_timed_item_abroad_and_one_at_home():
    start = timezones.aware(datetime.date(2023, 10, 21), datetime.time(10, 0), "Asia/Tokyo")
    end = timezones.aware(datetime.date(2023, 10, 21), datetime.time(12, 0), "Asia/Tokyo")
    text = two_clocks(start, "Asia/Tokyo", end)
    assert text.startswith("10:00–12:00")
    assert "UTC+9" in text and "08:00–10:00" in text
    home = timezones.aware(datetime.date(2023, 10, 21), datetime.time(8, 30), timezones.HANOI)
    assert two_clocks(home, timezones.HANOI) == "08:30"
    assert two_clocks(datetime.date(2023, 10, 21)) == ""


def test_a_zone_whose_clock_is_hanois_shows_one_clock():
    start = timezones.aware(datetime.date(2023, 6, 8), datetime.time(9, 0), "Asia/Vientiane")
    assert two_clocks(start, "Asia/Vientiane") == "09:00"


def test_summer_time_is_applied_on_the_day():
    winter = timezones.aware(datetime.date(2023, 1, 10), datetime.time(10, 0), "Europe/Paris")
    summer = timezones.aware(datetime.date(2023, 8, 24), datetime.time(10, 0), "Europe/Paris")
    assert timezones.in_hanoi(winter).hour == 16
    assert timezones.in_hanoi(summer).hour == 15


@pytest.mark.django_db
class TestOnTheScreens:
    def test_the_event_page_shows_fukuoka_time_and_hanoi_time(self, client, personas):
        event = EventFactory(
            owner_unit=personas.unit_a,
            name="Lễ hội Việt Nam – Hà Nội tại Fukuoka",
            place="abroad",
            city="Fukuoka",
            start_date=datetime.date(2023, 10, 21),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(17, 0),
            time_zone="Asia/Tokyo",
        )
        assert event.starts_at_hanoi.hour == 8 and event.is_abroad_time
        client.force_login(personas.officer_a)
        page = client.get(event.get_absolute_url()).content.decode()
        assert "10:00–17:00" in page and "08:00–15:00" in page and "UTC+9" in page

    def test_the_api_gives_the_moment_in_both_zones(self, client, personas):
        event = EventFactory(
            owner_unit=personas.unit_a,
            start_date=datetime.date(2023, 10, 21),
            start_time=datetime.time(10, 0),
            time_zone="Asia/Tokyo",
        )
        client.force_login(personas.officer_a)
        data = client.get(reverse("api:event-detail", args=[event.pk])).json()
        assert data["starts_at"] == "2023-10-21T10:00:00+09:00"
        assert data["starts_at_hanoi"] == "2023-10-21T08:00:00+07:00"

    def test_the_form_suggests_the_partners_zone(self, client, personas):
        fukuoka = pf.partner(
            personas.unit_b,
            name="Thành phố Fukuoka",
            country=pf.country("JP", "Nhật Bản", "Japan"),
            latitude="33.59040",
            longitude="130.40170",
        )
        client.force_login(personas.officer_a)
        answer = client.get(reverse("events:suggest_zone"), {"partners": fukuoka.pk}).json()
        assert answer["zone"] == "Asia/Tokyo"
        form = client.get(reverse("events:event_add"), {"partners": fukuoka.pk}).context["form"]
        assert form.initial["time_zone"] == "Asia/Tokyo"
        client.force_login(personas.auditor)
        assert client.get(reverse("events:suggest_zone")).status_code == 403
