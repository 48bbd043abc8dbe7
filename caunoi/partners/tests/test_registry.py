"""Duplicates, merge, timeline, last contact and going quiet."""

import datetime

import pytest
from django.urls import reverse

from caunoi.core.changelog import changes_for
from caunoi.core.testing.coverage import covers
from caunoi.partners import activity
from caunoi.partners.models import Contact, Partner, PartnerRelation
from caunoi.partners.tests import factories as f

covers("partners:partner_merge", "partners:partner_quiet")


@pytest.mark.django_db
def test_creating_a_duplicate_warns_and_offers_the_existing_one(client, personas):
    existing = f.partner(personas.unit_b, name="Thủ đô Viêng Chăn")
    client.force_login(personas.officer_a)
    data = {
        "kind": "foreign_locality",
        "name": "THU DO VIENG CHAN",
        "country": existing.country.pk,
        "status": "active",
        "owner_unit": personas.unit_a.pk,
    }
    response = client.post(reverse("partners:partner_add"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert existing.get_absolute_url() in page
    assert Partner.objects.count() == 1
    response = client.post(reverse("partners:partner_add"), {**data, "not_a_duplicate": "on"})
    assert response.status_code == 302
    assert Partner.objects.count() == 2


@pytest.mark.django_db
def test_english_name_of_another_partner_also_counts_as_duplicate(client, personas):
    existing = f.partner(personas.unit_b, name="Thủ đô Viêng Chăn", name_en="Vientiane")
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("partners:partner_add"),
        {
            "kind": "foreign_locality",
            "name": "Viên Chăn",
            "name_en": "VIENTIANE",
            "country": existing.country.pk,
            "status": "active",
            "owner_unit": personas.unit_a.pk,
        },
    )
    assert response.status_code == 200 and Partner.objects.count() == 1


@pytest.mark.django_db
def test_merge_keeps_every_link_and_shows_in_history(client, personas):
    keep = f.partner(personas.unit_b, name="Thủ đô Viêng Chăn")
    dup = f.partner(personas.unit_a, name="Viêng Chăn (trùng)", website="https://vientiane.gov.la")
    rel = f.relation(personas.unit_a, dup)
    person = f.contact(personas.unit_a, dup)
    child = f.partner(personas.unit_a, name="Quận Chanthabuly", parent=dup)
    client.force_login(personas.coordinator)
    response = client.post(reverse("partners:partner_merge", args=[keep.pk]), {"other": dup.pk})
    assert response.status_code == 302
    for obj in (rel, person, child):
        obj.refresh_from_db()
    assert rel.partner_id == keep.pk and person.partner_id == keep.pk
    assert child.parent_id == keep.pk
    keep.refresh_from_db()
    assert keep.website == "https://vientiane.gov.la"
    assert not Partner.objects.filter(pk=dup.pk).exists()
    assert changes_for(keep).filter(action="merge").exists()


@pytest.mark.django_db
def test_only_coordinators_merge(client, personas):
    keep = f.partner(personas.unit_a, name="A")
    dup = f.partner(personas.unit_a, name="B")
    client.force_login(personas.officer_a)
    url = reverse("partners:partner_merge", args=[keep.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"other": dup.pk}).status_code == 403
    assert Partner.objects.filter(pk=dup.pk).exists()
    client.logout()
    assert client.get(url).status_code == 302


@pytest.mark.django_db
def test_timeline_and_last_contact_name_the_unit(client, personas):
    partner = f.partner(personas.unit_b, name="Thủ đô La Habana")
    f.relation(personas.unit_b, partner, start_date=datetime.date(2021, 3, 1))
    f.relation(personas.unit_a, partner, level="contact", start_date=datetime.date(2024, 6, 1))
    client.force_login(personas.officer_a)
    page = client.get(partner.get_absolute_url()).content.decode()
    timeline = page.split('data-testid="timeline"')[1]
    assert timeline.index("01/06/2024") < timeline.index("01/03/2021")
    last = page.split('data-testid="last-contact"')[1][:800]
    assert "01/06/2024" in last and personas.unit_a.name in last


@pytest.mark.django_db
def test_going_quiet_lists_partners_without_recent_contact(client, personas, settings):
    settings.CAUNOI_QUIET_MONTHS = 12
    old = f.partner(personas.unit_a, name="Đối tác im lặng")
    f.relation(personas.unit_a, old, start_date=datetime.date(2019, 1, 1))
    fresh = f.partner(personas.unit_a, name="Đối tác mới gặp")
    f.relation(personas.unit_a, fresh, start_date=datetime.date.today())
    quiet = activity.going_quiet(Partner.objects.all())
    assert list(quiet) == [old]
    client.force_login(personas.coordinator)
    page = client.get(reverse("partners:partner_quiet")).content.decode()
    assert "Đối tác im lặng" in page and "Đối tác mới gặp" not in page
    home = client.get("/").content.decode()
    assert reverse("partners:partner_quiet") in home


@pytest.mark.django_db
def test_list_shows_last_contact_and_sorts_by_it(client, personas):
    a = f.partner(personas.unit_a, name="Alpha")
    f.relation(personas.unit_a, a, start_date=datetime.date(2022, 2, 2))
    client.force_login(personas.officer_a)
    page = client.get(reverse("partners:partner_list") + "?sort=-last_activity").content.decode()
    assert "02/02/2022" in page


@pytest.mark.django_db
def test_soft_deleted_relation_leaves_the_timeline(client, personas):
    partner = f.partner(personas.unit_a)
    rel = f.relation(personas.unit_a, partner)
    rel.soft_delete(acting_user=personas.officer_a)
    assert not PartnerRelation.objects.filter(partner=partner).exists()
    assert Contact.objects.count() == 0


covers("partners:country_delete")


@pytest.mark.django_db
def test_only_administrators_delete_countries(client, personas):
    laos = f.country()
    url = reverse("partners:country_delete", args=[laos.pk])
    client.force_login(personas.coordinator)
    assert client.get(url).status_code == 403
    client.force_login(personas.admin)
    assert client.post(url).status_code == 302
    assert not type(laos).objects.filter(pk=laos.pk).exists()


def test_gazetteer_finds_localities_by_vietnamese_or_english_name():
    from caunoi.partners.gazetteer import locate

    assert locate(["Thủ đô Viêng Chăn", "Vientiane"], "LA")["name"] == "Vientiane"
    assert locate(["Guangzhou"], "CN")["lat"] == pytest.approx(23.1, abs=0.1)
    assert locate(["Tỉnh Vân Nam", "Yunnan Province"], "CN")["kind"] == "region"
    assert locate(["Vientiane"], "FR") is None
    assert locate(["Atlantis"], "GR") is None


@pytest.mark.django_db
def test_new_locality_gets_coordinates_from_the_gazetteer(client, personas):
    client.force_login(personas.officer_a)
    cuba = f.country("CU", "Cu Ba", "Cuba")
    response = client.post(
        reverse("partners:partner_add"),
        {
            "kind": "foreign_locality",
            "name": "Thủ đô La Habana",
            "name_en": "Havana",
            "country": cuba.pk,
            "status": "active",
            "owner_unit": personas.unit_a.pk,
        },
    )
    assert response.status_code == 302
    havana = Partner.objects.get(name_en="Havana")
    assert havana.latitude is not None and abs(float(havana.longitude) + 82.4) < 0.5
