"""The generic suites (screens, API, filters) for events and their photos."""

import itertools

from caunoi.core.testing import files
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases
from caunoi.events import filters
from caunoi.events.models import Event, EventPhoto
from caunoi.events.tests.factories import EventFactory, EventPhotoFactory

SERIAL = itertools.count(1)


def event(unit, **extra):
    return EventFactory(owner_unit=unit, name=f"SK{next(SERIAL)} Du Xuân hữu nghị", **extra)


class EventMixin:
    model = Event

    def make(self, personas, unit):
        return event(unit)

    def form_data(self, personas, unit):
        return {
            "name": "Lễ hội văn hóa Pháp",
            "name_en": "French culture festival",
            "kind": "cultural_festival",
            "pillar": "cultural",
            "channel": "people",
            "owner_unit": unit.pk,
            "start_date": "15/11/2026",
            "start_time": "09:00",
            "end_date": "16/11/2026",
            "end_time": "21:00",
            "time_zone": "Asia/Ho_Chi_Minh",
            "place": "hanoi",
            "venue": "Hoàng thành Thăng Long",
            "participants_total": "5000",
            "participants_foreign": "800",
            "budget_amount": "1.500.000.000",
            "budget_currency": "VND",
        }

    def api_data(self, personas, unit):
        return {
            "name": "Lễ hội văn hóa Pháp",
            "kind": "cultural_festival",
            "pillar": "cultural",
            "owner_unit": unit.pk,
            "start_date": "2026-11-15",
            "start_time": "09:00",
            "time_zone": "Asia/Ho_Chi_Minh",
            "place": "hanoi",
        }


class TestEventViews(EventMixin, ViewTestCases):
    pass


class TestEventAPI(EventMixin, APIViewTestCases):
    basename = "event"


class TestEventFilters(FilterSetTests):
    filterset = filters.EventFilterSet


class EventPhotoMixin:
    model = EventPhoto

    def make(self, personas, unit):
        return EventPhotoFactory(event=event(unit))

    def form_data(self, personas, unit):
        return {
            "event": event(unit).pk,
            "caption": "Lễ khai mạc",
            "classification": "unclassified",
            "file": files.upload("khai-mac.png", files.PNG_1PX),
        }


class TestEventPhotoViews(EventPhotoMixin, ViewTestCases):
    pass


class TestEventPhotoFilters(FilterSetTests):
    filterset = filters.EventPhotoFilterSet
