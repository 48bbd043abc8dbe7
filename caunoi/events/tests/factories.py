"""Test data for events. Every factory saves through the model, so each record is versioned
and change-logged like a real one."""

from __future__ import annotations

import datetime

import factory

from caunoi.core.testing import files
from caunoi.events.choices import EventKind, Pillar
from caunoi.events.models import Event, EventPhoto


class EventFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"HĐ{n} Giao lưu hữu nghị")
    kind = EventKind.FRIENDSHIP_EXCHANGE
    pillar = Pillar.PEOPLE
    start_date = datetime.date(2026, 5, 12)

    class Meta:
        model = Event
        skip_postgeneration_save = True

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)


class EventPhotoFactory(factory.django.DjangoModelFactory):
    event = factory.SubFactory(EventFactory)
    owner_unit = factory.SelfAttribute("event.owner_unit")
    caption = factory.Sequence(lambda n: f"Ảnh{n} lễ khai mạc")
    file = factory.LazyFunction(lambda: files.upload("anh.png", files.PNG_1PX))

    class Meta:
        model = EventPhoto
