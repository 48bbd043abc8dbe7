"""The events demo: every seed event, planned anniversaries, a full calendar, idempotent."""

import io

import pytest

from caunoi.accounts import demo as accounts_demo
from caunoi.events import anniversaries
from caunoi.events import demo as events_demo
from caunoi.events.demo_data import SEED_EVENTS
from caunoi.events.models import Event
from caunoi.partners import demo as partners_demo


def load():
    accounts_demo.load()
    partners_demo.load(stdout=io.StringIO())
    events_demo.load(stdout=io.StringIO())


@pytest.mark.django_db
def test_the_demo_holds_the_seed_events_a_full_calendar_and_loads_twice_unchanged():
    """One load for every check: the demo takes a while to build."""
    load()
    every_seed_event_is_there_with_its_facts()
    the_50th_anniversaries_of_2023_have_their_events()
    the_calendar_is_full_every_year()
    loading_twice_changes_nothing()


def every_seed_event_is_there_with_its_facts():
    names = set(Event.objects.values_list("name", flat=True))
    assert {row[0] for row in SEED_EVENTS} <= names
    conference = Event.objects.get(name__contains="Việt Nam – Pháp lần thứ 12")
    assert conference.participants_total == 800 and "15 hoạt động chính thức" in conference.outcomes
    assert conference.countries.get().iso == "FR"
    fukuoka = Event.objects.get(name="Lễ hội Việt Nam – Hà Nội 2023 tại Fukuoka")
    assert fukuoka.time_zone == "Asia/Tokyo" and fukuoka.starts_at_hanoi.hour == 8
    united = Event.objects.get(name="Chương trình «Đoàn kết chống dịch»")
    assert united.owner_unit.acronym == "MTTQ"
    assert united.co_organiser_units.get().acronym == "HAUFO"


def the_50th_anniversaries_of_2023_have_their_events():
    linked = Event.objects.exclude(anniversary_key="").filter(start_date__year=2023)
    isos = {e.countries.get().iso for e in linked}
    assert {"JP", "GB", "AU"} <= isos
    for event in linked:
        assert anniversaries.find(event.anniversary_key, None).years == 50


def the_calendar_is_full_every_year():
    for year in range(2021, 2027):
        assert Event.objects.filter(start_date__year=year).count() >= 20, year


def loading_twice_changes_nothing():
    before = dict(Event.objects.values_list("pk", "version"))
    events_demo.load(stdout=io.StringIO())
    assert dict(Event.objects.values_list("pk", "version")) == before
