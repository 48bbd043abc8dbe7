"""Deleting a business record hides it everywhere; an Administrator can restore it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.core.tests.testapp.models import Gadget

covers("core:trash", "core:restore")


@pytest.fixture
def deleted_gadget(personas):
    gadget = Gadget(name="Chuông gió Hội An", owner_unit=personas.unit_a)
    gadget.save()
    gadget.soft_delete(acting_user=personas.officer_a)
    return gadget


@pytest.mark.django_db
def test_deleted_record_is_hidden_from_list_search_export_and_api(client, personas, deleted_gadget):
    client.force_login(personas.officer_a)
    assert "Chuông gió" not in client.get(reverse("testapp:gadget_list")).content.decode()
    searched = client.get(reverse("testapp:gadget_list") + "?q=chuong gio").content.decode()
    assert "Chuông gió" not in searched
    exported = client.get(reverse("testapp:gadget_list") + "?export=csv").content.decode()
    assert "Chuông gió" not in exported
    api = client.get(reverse("api:gadget-list")).json()
    assert api["count"] == 0
    assert client.get(reverse("api:gadget-detail", args=[deleted_gadget.pk])).status_code == 404
    assert Gadget.all_objects.filter(pk=deleted_gadget.pk).exists()


@pytest.mark.django_db
def test_administrator_restores_from_the_recycle_bin(client, personas, deleted_gadget):
    client.force_login(personas.admin)
    assert "Chuông gió" in client.get(reverse("core:trash")).content.decode()
    ct = ContentType.objects.get_for_model(Gadget)
    response = client.post(reverse("core:restore", args=[ct.pk, deleted_gadget.pk]))
    assert response.status_code == 302
    assert Gadget.objects.filter(pk=deleted_gadget.pk).exists()
    # created (1), deleted (2), restored (3): each step is a version and a change
    assert Gadget.objects.get(pk=deleted_gadget.pk).version == 3


@pytest.mark.django_db
def test_only_administrators_restore(client, personas, deleted_gadget):
    ct = ContentType.objects.get_for_model(Gadget)
    url = reverse("core:restore", args=[ct.pk, deleted_gadget.pk])
    assert client.post(url).status_code == 302  # anonymous: to the login page
    for name in ("officer_a", "coordinator", "auditor"):
        client.force_login(personas.get(name))
        assert client.get(reverse("core:trash")).status_code == 403
        assert client.post(url).status_code == 403
    assert not Gadget.objects.filter(pk=deleted_gadget.pk).exists()


@pytest.mark.django_db
def test_restoring_an_unknown_record_is_404(client, personas):
    client.force_login(personas.admin)
    ct = ContentType.objects.get_for_model(Gadget)
    assert client.post(reverse("core:restore", args=[ct.pk, 987654])).status_code == 404
    assert client.post(reverse("core:restore", args=[987654, 1])).status_code == 404
