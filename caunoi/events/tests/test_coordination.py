"""Overlap warnings (±7 days, another unit, same partner or country) and the coordination view."""

import datetime

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.events.models import Event
from caunoi.events.tests.factories import EventFactory
from caunoi.partners.tests import factories as pf

pytestmark = pytest.mark.django_db
covers("events:coordination")
DAY = datetime.date(2026, 5, 12)


@pytest.fixture
def vientiane(personas):
    return pf.partner(personas.unit_b, name="Thủ đô Viêng Chăn")


@pytest.fixture
def theirs(personas, vientiane):
    """Unit B's exchange with Vientiane on 12/05/2026."""
    return EventFactory(
        owner_unit=personas.unit_b,
        name="Giao lưu thanh niên Hà Nội – Viêng Chăn",
        start_date=DAY,
        partners=[vientiane],
    )


def form(unit, partner=None, country=None, day="15/05/2026", **extra):
    data = {
        "name": "Đoàn nghệ thuật Hà Nội biểu diễn tại Viêng Chăn",
        "kind": "cultural_festival",
        "pillar": "cultural",
        "channel": "people",
        "owner_unit": unit.pk,
        "start_date": day,
        "time_zone": "Asia/Vientiane",
        "place": "abroad",
        "city": "Viêng Chăn",
        **extra,
    }
    if partner is not None:
        data["partners"] = [partner.pk]
    if country is not None:
        data["countries"] = [country.pk]
    return data


def test_another_units_event_with_the_same_partner_within_7_days_warns(
    client, personas, vientiane, theirs
):
    client.force_login(personas.officer_a)
    response = client.post(reverse("events:event_add"), form(personas.unit_a, vientiane))
    assert response.status_code == 200  # not saved yet: the officer must acknowledge
    overlaps = response.context["form"].overlaps
    assert [(o.unit, o.start) for o in overlaps] == [(personas.unit_b, DAY)]
    assert overlaps[0].title == ""  # unit A may not open unit B's event: unit and contact only
    assert "Viêng Chăn" in overlaps[0].reason
    assert b'data-testid="overlaps"' in response.content
    assert not Event.objects.filter(owner_unit=personas.unit_a).exists()
    acknowledged = form(personas.unit_a, vientiane, acknowledge_overlaps="on")
    response = client.post(reverse("events:event_add"), acknowledged)
    assert response.status_code == 302
    assert Event.objects.filter(owner_unit=personas.unit_a).count() == 1


def test_the_same_country_warns_too_and_a_coordinator_sees_the_title(
    client, personas, vientiane, theirs
):
    laos = vientiane.country
    client.force_login(personas.coordinator)
    response = client.post(reverse("events:event_add"), form(personas.unit_b, country=laos))
    # the coordinator's own unit is unit B: its own events are no surprise
    assert response.status_code == 302
    EventFactory(owner_unit=personas.unit_a, name="Hội thảo về Lào", start_date=DAY)
    theirs_a = EventFactory(
        owner_unit=personas.unit_a, name="Tuần văn hóa Lào", start_date=DAY, countries=[laos]
    )
    response = client.post(reverse("events:event_add"), form(personas.unit_b, country=laos))
    overlaps = response.context["form"].overlaps
    assert [o.title for o in overlaps] == [str(theirs_a)]  # a coordinator sees every unit


def test_nothing_warns_outside_7_days_for_cancelled_events_or_own_unit(
    client, personas, vientiane, theirs
):
    client.force_login(personas.officer_a)
    far = client.post(
        reverse("events:event_add"), form(personas.unit_a, vientiane, day="20/05/2026")
    )
    assert far.status_code == 302  # 8 days after: no warning
    theirs.status = "cancelled"
    theirs.save()
    near = client.post(
        reverse("events:event_add"), form(personas.unit_a, vientiane, day="13/05/2026")
    )
    assert near.status_code == 302


def test_editing_an_event_does_not_warn_about_itself(client, personas, vientiane, theirs):
    client.force_login(personas.outsider_b)
    data = form(personas.unit_b, vientiane, day="12/05/2026", version=theirs.version)
    response = client.post(reverse("events:event_edit", args=[theirs.pk]), data)
    assert response.status_code == 302


def test_the_api_saves_and_returns_the_warnings(client, personas, vientiane, theirs):
    client.force_login(personas.officer_a)
    response = client.post(
        reverse("api:event-list"),
        {
            "name": "Đoàn nghệ thuật tại Viêng Chăn",
            "kind": "cultural_festival",
            "pillar": "cultural",
            "owner_unit": personas.unit_a.pk,
            "start_date": "2026-05-15",
            "partners": [vientiane.pk],
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    warnings = response.json()["warnings"]
    assert [(w["unit_id"], w["start"], w["title"]) for w in warnings] == [
        (personas.unit_b.pk, "2026-05-12", "")
    ]


def test_the_event_page_lists_the_overlaps(client, personas, vientiane, theirs):
    mine = EventFactory(owner_unit=personas.unit_a, start_date=DAY, partners=[vientiane])
    client.force_login(personas.officer_a)
    page = client.get(mine.get_absolute_url())
    assert [o.unit for o in page.context["overlaps"]] == [personas.unit_b]


def test_the_coordination_view_shows_every_units_plans_with_a_partner(
    client, personas, vientiane, theirs, settings
):
    import caunoi.events.views.coordination as view

    EventFactory(
        owner_unit=personas.unit_a, name="Tọa đàm Viêng Chăn", start_date=DAY, partners=[vientiane]
    )
    client.force_login(personas.officer_a)
    url = reverse("events:coordination")
    assert client.get(url).status_code == 200  # nothing chosen yet
    with freeze(view, datetime.date(2026, 5, 1)):
        rows = client.get(url, {"partner": vientiane.pk}).context["rows"]
    assert {(r.unit, bool(r.url)) for r in rows} == {
        (personas.unit_a, True),
        (personas.unit_b, False),
    }
    client.force_login(personas.nobody)
    assert client.get(url).status_code == 403


class freeze:
    """Make the coordination view's "today" a given day."""

    def __init__(self, module, day):
        self.module, self.day = module, day

    def __enter__(self):
        import types

        self.saved = self.module.timezone
        self.module.timezone = types.SimpleNamespace(localdate=lambda: self.day)

    def __exit__(self, *exc):
        self.module.timezone = self.saved


def test_partner_and_country_pages_link_to_the_coordination_view(client, personas, vientiane):
    client.force_login(personas.outsider_b)  # any unit: the registry is city-wide
    url = reverse("events:coordination")
    partner_page = client.get(vientiane.get_absolute_url()).content.decode()
    assert f'href="{url}?partner={vientiane.pk}"' in partner_page
    country = vientiane.country
    country_page = client.get(country.get_absolute_url()).content.decode()
    assert f'href="{url}?country={country.pk}"' in country_page
