"""Personal data of contacts: who sees channels, logging, export, erasure."""

import json

import pytest
from django.urls import reverse

from caunoi.core.changelog import changes_for
from caunoi.core.testing.coverage import covers
from caunoi.partners.models import ContactAccessLog
from caunoi.partners.tests import factories as f

covers("partners:contact_export", "partners:contact_erase")


@pytest.mark.django_db
def test_details_are_shown_on_request_and_every_view_is_logged(client, personas):
    person = f.contact(personas.unit_a)
    client.force_login(personas.officer_a)
    page = client.get(person.get_absolute_url()).content.decode()
    assert "somphone@example.org" not in page
    assert ContactAccessLog.objects.count() == 0
    page = client.get(person.get_absolute_url() + "?show=details").content.decode()
    assert "somphone@example.org" in page
    log = ContactAccessLog.objects.get()
    assert (log.user, log.action, log.contact) == (personas.officer_a, "view", person)


@pytest.mark.django_db
def test_auditor_sees_the_record_but_not_the_channels(client, personas):
    person = f.contact(personas.unit_a)
    client.force_login(personas.auditor)
    page = client.get(person.get_absolute_url() + "?show=details").content.decode()
    assert "somphone@example.org" not in page and ContactAccessLog.objects.count() == 0
    api = client.get(reverse("api:contact-detail", args=[person.pk])).json()
    assert "email" not in api


@pytest.mark.django_db
def test_api_detail_shows_channels_to_holders_and_logs(client, personas):
    person = f.contact(personas.unit_a)
    client.force_login(personas.officer_a)
    listing = client.get(reverse("api:contact-list")).json()["results"][0]
    assert "email" not in listing
    detail = client.get(reverse("api:contact-detail", args=[person.pk])).json()
    assert detail["email"] == "somphone@example.org"
    assert ContactAccessLog.objects.filter(action="view").count() == 1


@pytest.mark.django_db
def test_contacts_are_not_shared_with_other_units(client, personas):
    person = f.contact(personas.unit_a)
    client.force_login(personas.outsider_b)
    assert client.get(person.get_absolute_url()).status_code == 404
    assert (
        client.get(reverse("partners:contact_export", args=[person.pk, "json"])).status_code == 404
    )


@pytest.mark.django_db
def test_export_everything_held_as_json_and_pdf(client, personas):
    person = f.contact(personas.unit_a, consent_source="")
    client.force_login(personas.officer_a)
    response = client.get(reverse("partners:contact_export", args=[person.pk, "json"]))
    data = json.loads(response.content)
    assert data["full_name"] == "Somphone Phommachanh" and data["email"]
    assert data["purpose"] and "accesses" in data
    pdf = client.get(reverse("partners:contact_export", args=[person.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert ContactAccessLog.objects.filter(action="export").count() == 2
    assert (
        client.get(reverse("partners:contact_export", args=[person.pk, "exe"])).status_code == 404
    )


@pytest.mark.django_db
def test_erase_anonymises_the_person_and_their_history(client, personas):
    person = f.contact(personas.unit_a, notes="Gặp tại hội nghị AIMF")
    client.force_login(personas.officer_a)
    response = client.post(reverse("partners:contact_erase", args=[person.pk]))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.anonymised_at and "Somphone" not in person.full_name
    assert person.email == "" and person.notes == ""
    for change in changes_for(person):
        assert change.prechange is None and change.postchange is None
    assert ContactAccessLog.objects.filter(action="erase").exists()


@pytest.mark.django_db
def test_consent_basis_needs_date_and_source(client, personas):
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("partners:contact_add"),
        {
            "full_name": "Kim Min-jun",
            "organisation": "Seoul",
            "purpose": "Liên hệ",
            "legal_basis": "consent",
            "owner_unit": personas.unit_a.pk,
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "consent_given_on" in form.errors


@pytest.mark.django_db
def test_opening_the_edit_form_is_a_logged_view(client, personas):
    person = f.contact(personas.unit_a)
    client.force_login(personas.officer_a)
    assert client.get(reverse("partners:contact_edit", args=[person.pk])).status_code == 200
    assert ContactAccessLog.objects.filter(action="view", contact=person).count() == 1


@pytest.mark.django_db
def test_contacts_past_their_keep_until_date_need_attention(client, personas):
    import datetime

    f.contact(personas.unit_a, retain_until=datetime.date(2020, 1, 1))
    client.force_login(personas.officer_a)
    home = client.get("/").content.decode()
    assert "retain_until_before=" in home
    client.force_login(personas.outsider_b)
    assert "retain_until_before=" not in client.get("/").content.decode()


def test_load_countries_command(db):
    import io

    from django.core.management import call_command

    from caunoi.partners.models import Country

    call_command("load_countries", stdout=io.StringIO())
    laos = Country.objects.get(iso="LA")
    assert laos.name == "Lào" and laos.partnership_level == "special_relationship"
    assert laos.relations_established.isoformat() == "1962-09-05"
    assert Country.objects.get(iso="JP").national_day_month == 2
