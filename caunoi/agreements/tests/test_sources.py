"""What agreements give the shared screens: the partner page's timeline and last contact, the
shared calendar (expiry dates, consultation deadlines), the anniversaries planner (signing
dates), and the global search."""

import datetime

import pytest
from django.urls import reverse

from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.tests import factories as f
from caunoi.core import search
from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.events import anniversaries
from caunoi.partners import activity
from caunoi.partners.models import Partner

pytestmark = pytest.mark.django_db
D = datetime.timedelta


def test_the_partner_page_shows_its_agreements_to_those_who_may_see_them(client, personas):
    agreement = f.in_force(personas.unit_a, personas.admin, name="Thỏa thuận với Viêng Chăn")
    partner = agreement.partners.get()
    client.force_login(personas.officer_a)
    page = client.get(partner.get_absolute_url()).content.decode()
    assert "Thỏa thuận với Viêng Chăn" in page
    client.force_login(personas.outsider_b)
    page = client.get(partner.get_absolute_url()).content.decode()
    assert "Thỏa thuận với Viêng Chăn" not in page


def test_a_signed_agreement_is_the_partners_last_contact(personas):
    signed = f.today() - D(days=40)
    agreement = f.in_force(personas.unit_a, personas.admin, signed_on=signed)
    partner = agreement.partners.get()
    annotated = activity.with_last_activity(Partner.objects.filter(pk=partner.pk)).get()
    assert annotated.last_activity == signed


def test_expiry_dates_and_consultation_deadlines_are_on_the_shared_calendar(client, personas):
    today = f.today()
    expiring = f.in_force(personas.unit_a, personas.admin, expires_on=today + D(days=10))
    asking = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    f.consultation(asking, answered=False, body="Bộ Tư pháp", due_on=today + D(days=5))
    query = CalendarQuery(today, today + D(days=30), kinds=frozenset({"agreement_deadline"}))
    f.plan_item(expiring, title="Trao đổi đoàn", deadline=today + D(days=7))
    items = items_for(personas.officer_a, query)
    assert [i.url for i in items] == [
        asking.get_absolute_url(),
        expiring.get_absolute_url(),
        expiring.get_absolute_url(),
    ]
    assert "Trao đổi đoàn" in items[1].title
    assert items_for(personas.outsider_b, query) == []
    other = CalendarQuery(
        today, today + D(days=30), units=frozenset({personas.unit_b.pk}), kinds=query.kinds
    )
    assert items_for(personas.officer_a, other) == []
    client.force_login(personas.officer_a)
    data = client.get(
        reverse("api:calendar-list"),
        {"start": today.isoformat(), "end": (today + D(days=30)).isoformat()},
    ).json()
    assert "agreement_deadline" in {r["kind"] for r in data["results"]}


def test_signing_dates_are_in_the_anniversaries_planner(personas):
    agreement = f.in_force(personas.unit_a, personas.admin, signed_on=datetime.date(2016, 5, 4))
    amendment = f.in_force(
        personas.unit_a,
        personas.admin,
        link="amendment",
        previous=agreement,
        signed_on=datetime.date(2021, 5, 4),
    )
    found = anniversaries.between(
        personas.officer_a,
        datetime.date(2026, 5, 1),
        datetime.date(2026, 5, 31),
        kinds=["agreement_signing"],
    )
    assert [(x.fact.object_id, x.years) for x in found] == [(agreement.pk, 10)]
    assert amendment.pk not in {x.fact.object_id for x in found}
    key = found[0].key
    assert anniversaries.find(key, personas.officer_a) is not None
    assert anniversaries.find(key, personas.outsider_b) is None


def test_agreements_are_found_by_the_global_search_without_diacritics(personas):
    agreement = f.draft(personas.unit_a, name="Thỏa thuận hợp tác với Thủ đô Bắc Kinh")
    hits = search.search_flat(personas.officer_a, "thoa thuan bac kinh")[1]
    assert [h.object_id for h in hits] == [agreement.pk]
    assert search.search_flat(personas.outsider_b, "thoa thuan bac kinh")[0] == 0
