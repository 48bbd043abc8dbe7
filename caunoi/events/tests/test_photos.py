"""Photos of an event: images only, checked by content, served in the event's scope."""

import pytest
from django.urls import reverse

from caunoi.core.testing import files
from caunoi.core.testing.coverage import covers
from caunoi.events.models import EventPhoto
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
covers("events:eventphoto_file")


def add(client, event, name, data):
    return client.post(
        reverse("events:eventphoto_add"),
        {
            "event": event.pk,
            "caption": "Lễ khai mạc",
            "classification": "unclassified",
            "file": files.upload(name, data),
        },
    )


def test_a_photo_goes_to_the_gallery_and_is_served_only_in_scope(
    client, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    event = EventFactory(owner_unit=personas.unit_a)
    client.force_login(personas.officer_a)
    response = add(client, event, "khai-mac.png", files.PNG_1PX)
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    photo = EventPhoto.objects.get()
    assert photo.owner_unit == personas.unit_a and photo.content_type == "image/png"
    page = client.get(event.get_absolute_url())
    assert list(page.context["photos"]) == [photo]
    url = reverse("events:eventphoto_file", args=[photo.pk])
    assert url in page.content.decode()
    served = client.get(url)
    assert served.status_code == 200 and served["Content-Disposition"].startswith("inline")
    client.force_login(personas.outsider_b)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_a_pdf_or_a_renamed_program_is_not_a_photo(client, personas, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    event = EventFactory(owner_unit=personas.unit_a)
    client.force_login(personas.officer_a)
    for name, data in (("bao-cao.pdf", files.pdf_bytes()), ("anh.png", files.ELF_PROGRAM)):
        response = add(client, event, name, data)
        assert response.status_code == 200 and "file" in response.context["form"].errors
    assert not EventPhoto.objects.exists()


def test_a_reader_of_another_units_event_cannot_add_photos_to_it(client, personas):
    event = EventFactory(owner_unit=personas.unit_a)
    client.force_login(personas.coordinator)  # sees every unit, changes only unit B
    response = add(client, event, "anh.png", files.PNG_1PX)
    assert response.status_code == 200 and "event" in response.context["form"].errors
    assert not EventPhoto.objects.exists()
