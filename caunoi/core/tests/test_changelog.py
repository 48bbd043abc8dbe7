"""History: every create, update and delete is kept, whoever writes and however."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from caunoi.core import changelog
from caunoi.core.context import change_context
from caunoi.core.models import ObjectChange
from caunoi.core.testing.coverage import covers
from caunoi.core.tests.testapp.models import Gadget, GadgetKind

covers(
    "core:objectchange_list",
    "core:objectchange_detail",
    "api:objectchange-list",
    "api:objectchange-detail",
)


def make_gadget(unit, **fields):
    gadget = Gadget(name="Đèn lồng", owner_unit=unit, **fields)
    gadget.save()
    return gadget


@pytest.mark.django_db
def test_ui_edit_keeps_user_request_and_values_before_and_after(client, personas):
    gadget = make_gadget(personas.unit_a)
    client.force_login(personas.officer_a)
    url = reverse("testapp:gadget_edit", args=[gadget.pk])
    client.post(
        url,
        {"name": "Đèn kéo quân", "owner_unit": personas.unit_a.pk, "version": 1},
        REMOTE_ADDR="10.1.2.3",
    )
    change = changelog.changes_for(gadget).filter(action="update").get()
    assert change.user == personas.officer_a and change.source == "ui"
    assert change.remote_addr == "10.1.2.3" and change.request_id
    assert change.prechange["name"] == "Đèn lồng" and change.postchange["name"] == "Đèn kéo quân"
    assert "name" in change.changed_fields()


@pytest.mark.django_db
def test_management_command_writes_are_logged_as_command(personas):
    with change_context("command"):
        gadget = make_gadget(personas.unit_a)
    change = changelog.changes_for(gadget).get()
    assert change.source == "command" and change.user is None


@pytest.mark.django_db
def test_load_demo_command_is_logged_with_source_command(db):
    from caunoi.accounts.models import OrgUnit

    with change_context("command"):
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    unit = OrgUnit.objects.get(acronym="HAUFO")
    assert changelog.changes_for(unit).first().source == "command"


@pytest.mark.django_db
def test_many_to_many_edits_join_the_same_change(client, personas):
    kinds = [GadgetKind(name=f"K{i}", slug=f"k{i}") for i in range(2)]
    for kind in kinds:
        kind.save()
    client.force_login(personas.officer_a)
    client.post(
        reverse("testapp:gadget_add"),
        {"name": "Trống đồng", "owner_unit": personas.unit_a.pk, "tags": [k.pk for k in kinds]},
    )
    gadget = Gadget.objects.get(name="Trống đồng")
    change = changelog.changes_for(gadget).get()
    assert change.action == "create"
    assert sorted(change.postchange["tags"]) == sorted(k.pk for k in kinds)


@pytest.mark.django_db
def test_sensitive_fields_are_masked_but_their_change_is_visible(personas):
    gadget = make_gadget(personas.unit_a, secret="B1234567")
    gadget.secret = "C7654321"
    gadget.save()
    change = changelog.changes_for(gadget).filter(action="update").get()
    assert "B1234567" not in str(change.prechange) and "C7654321" not in str(change.postchange)
    assert "secret" in change.changed_fields()


@pytest.mark.django_db
def test_erasing_history_keeps_who_and_when_only(personas):
    gadget = make_gadget(personas.unit_a, description="Ông Nguyễn Văn A")
    changelog.erase_history(gadget)
    change = changelog.changes_for(gadget).get()
    assert change.prechange is None and change.postchange is None
    assert "Nguyễn" not in change.object_repr


@pytest.mark.django_db
def test_auditor_browses_and_filters_all_changes(client, personas):
    make_gadget(personas.unit_a)
    make_gadget(personas.unit_b)
    client.force_login(personas.auditor)
    response = client.get(reverse("core:objectchange_list") + "?action=create&q=Đèn")
    assert response.status_code == 200
    assert response.content.decode().count("Đèn lồng") >= 2
    change = ObjectChange.objects.filter(action="create").first()
    assert client.get(reverse("core:objectchange_detail", args=[change.pk])).status_code == 200


@pytest.mark.django_db
def test_officer_cannot_browse_the_change_log(client, personas):
    client.force_login(personas.officer_a)
    assert client.get(reverse("core:objectchange_list")).status_code == 403
    assert client.get(reverse("api:objectchange-list")).status_code == 403


@pytest.mark.django_db
def test_change_log_api_for_auditors(client, personas):
    gadget = make_gadget(personas.unit_b)
    client.force_login(personas.auditor)
    rows = client.get(reverse("api:objectchange-list") + f"?object_id={gadget.pk}").json()
    assert any(r["object_repr"] == "Đèn lồng" for r in rows["results"])
    change = ObjectChange.objects.first()
    assert client.get(reverse("api:objectchange-detail", args=[change.pk])).status_code == 200
