"""The shared calendar, the planner and their API: every source, scope, filters, plan an event."""

import datetime

import pytest
from django.urls import reverse

from caunoi.core import calendar
from caunoi.core.calendar import CalendarItem, CalendarQuery, items_for
from caunoi.core.testing.coverage import covers
from caunoi.events import anniversaries
from caunoi.events.models import Event
from caunoi.events.tests.factories import EventFactory
from caunoi.partners.tests import factories as pf

pytestmark = pytest.mark.django_db
covers(
    "events:calendar",
    "api:calendar-list",
    "api:anniversary-list",
    "events:anniversary_list",
    "events:anniversary_detail",
)
MAY = datetime.date(2026, 5, 1)


@pytest.fixture
def japan():
    country = pf.country("JP", "Nhật Bản", "Japan")
    country.relations_established = datetime.date(1973, 9, 21)
    country.save()
    return country


@pytest.fixture
def may(personas):
    mine = EventFactory(
        owner_unit=personas.unit_a, name="Du Xuân A", start_date=MAY.replace(day=12)
    )
    theirs = EventFactory(
        owner_unit=personas.unit_b, name="Tọa đàm B", start_date=MAY.replace(day=20)
    )
    return mine, theirs


def test_the_month_week_and_list_views_show_what_the_user_may_see(client, personas, may):
    client.force_login(personas.officer_a)
    url = reverse("events:calendar")
    for view in ("month", "week", "list"):
        response = client.get(url, {"view": view, "date": "2026-05-12"})
        page = response.content.decode()
        assert response.status_code == 200
        assert "Du Xuân A" in page and "Tọa đàm B" not in page, view
    month = client.get(url, {"date": "2026-05-12"}).context
    assert len(month["weeks"]) == 5 and month["weeks"][0][0].day == datetime.date(2026, 4, 27)
    client.force_login(personas.coordinator)
    assert "Tọa đàm B" in client.get(url, {"date": "2026-05-12"}).content.decode()


def test_moving_a_month_with_htmx_swaps_only_the_calendar(client, personas, may):
    client.force_login(personas.officer_a)
    response = client.get(
        reverse("events:calendar"),
        {"date": "2026-04-01"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="calendar",
    )
    body = response.content.decode()
    assert "<html" not in body and 'data-testid="calendar"' in body
    assert "date=2026-05-01" in body  # the "next" link goes to May


def test_filters_by_unit_country_partner_and_kind(client, personas, japan):
    fukuoka = pf.partner(personas.unit_a, name="Thành phố Fukuoka", country=japan)
    EventFactory(
        owner_unit=personas.unit_a, name="Lễ hội Fukuoka", start_date=MAY, partners=[fukuoka]
    )
    EventFactory(owner_unit=personas.unit_a, name="Du Xuân", start_date=MAY)
    client.force_login(personas.officer_a)
    url = reverse("events:calendar")

    def titles(**params):
        items = client.get(url, {"date": "2026-05-01", **params}).context["items"]
        return {i.title for i in items}

    assert titles(partner=fukuoka.pk) == {"Lễ hội Fukuoka"}
    assert titles(country=japan.pk) == {"Lễ hội Fukuoka"}
    assert titles(unit=personas.unit_b.pk) == set()
    assert titles(kind="anniversary") == set()
    assert {"Lễ hội Fukuoka", "Du Xuân"} <= titles(kind="event")


def test_every_registered_source_appears_on_the_calendar_and_the_api(client, personas):
    """A source registered by another app (delegations, agreements) needs no change here."""

    def deadlines(user, query):
        return [
            CalendarItem(
                kind="agreement_deadline",
                kind_label="Hạn thỏa thuận",
                title="Hạn rà soát thỏa thuận Hà Nội – Viêng Chăn",
                start=MAY.replace(day=30),
                url="/agreements/1/",
                uid="agreement-deadline-1@caunoi",
            )
        ]

    registered = calendar.sources.get("agreement_deadline")  # the agreements app's own source
    calendar.register_source("agreement_deadline", "Agreement deadlines", deadlines)
    try:
        client.force_login(personas.officer_a)
        page = client.get(reverse("events:calendar"), {"date": "2026-05-01"}).content.decode()
        assert "Hạn rà soát thỏa thuận" in page
        data = client.get(
            reverse("api:calendar-list"), {"start": "2026-05-01", "end": "2026-05-31"}
        )
        assert [r["kind"] for r in data.json()["results"]] == ["agreement_deadline"]
        only_events = client.get(reverse("api:calendar-list"), {"kind": "event"}).json()
        assert only_events["count"] == 0
    finally:
        calendar.sources.pop("agreement_deadline")
        if registered is not None:
            calendar.sources["agreement_deadline"] = registered


def test_the_calendar_api_checks_its_window_and_its_callers(client, personas, may):
    url = reverse("api:calendar-list")
    assert client.get(url).status_code == 401
    client.force_login(personas.nobody)
    assert client.get(url).status_code == 403
    client.force_login(personas.officer_a)
    ok = client.get(url, {"start": "2026-05-01", "end": "2026-05-31"}).json()
    assert [r["title"] for r in ok["results"]] == ["Du Xuân A"]
    assert ok["results"][0]["start"] == "2026-05-12" and ok["results"][0]["all_day"]
    assert client.get(url, {"start": "12/05/2026"}).status_code == 400
    assert client.get(url, {"start": "2026-05-31", "end": "2026-05-01"}).status_code == 400
    assert client.get(url, {"start": "2020-01-01", "end": "2026-01-01"}).status_code == 400
    assert client.get(url, {"unit": "abc"}).status_code == 400


def test_the_anniversaries_api(client, personas, japan):
    url = reverse("api:anniversary-list")
    assert client.get(url).status_code == 401
    client.force_login(personas.officer_a)
    data = client.get(url, {"from": "2023-01-01", "to": "2023-12-31"}).json()
    assert [(r["key"], r["years"], r["is_major"], r["day"]) for r in data["results"]] == [
        (f"diplomatic_relations:partners.country:{japan.pk}:2023", 50, True, "2023-09-21")
    ]
    assert client.get(url, {"from": "2024-01-01", "to": "2024-12-31"}).json()["count"] == 0
    every = client.get(url, {"from": "2024-01-01", "to": "2024-12-31", "every_year": "1"})
    assert every.json()["results"][0]["years"] == 51


def test_the_planner_groups_by_month_and_country_and_exports(client, personas, japan):
    client.force_login(personas.officer_a)
    url = reverse("events:anniversary_list")
    context = client.get(url, {"start": "01/01/2023", "months": 12}).context
    [(month, [(country, rows)])] = context["groups"]
    assert month == datetime.date(2023, 9, 1) and country == "Nhật Bản"
    assert rows[0].years == 50
    assert client.get(url).context["months"] == 18  # CAUNOI_ANNIVERSARY_MONTHS
    csv = client.get(url, {"start": "01/01/2023", "months": 12, "export": "csv"})
    assert "50 năm" in csv.content.decode("utf-8-sig") or "50 years" in csv.content.decode(
        "utf-8-sig"
    )
    xlsx = client.get(url, {"start": "01/01/2023", "months": 12, "export": "xlsx"})
    assert xlsx.status_code == 200


def test_the_horizon_is_a_setting(client, personas, settings):
    settings.CAUNOI_ANNIVERSARY_MONTHS = 6
    client.force_login(personas.officer_a)
    assert client.get(reverse("events:anniversary_list")).context["months"] == 6


def test_plan_an_event_from_an_anniversary_links_them(client, personas, japan):
    key = anniversaries.make_key("diplomatic_relations", "partners.country", japan.pk, 2023)
    client.force_login(personas.officer_a)
    detail = client.get(reverse("events:anniversary_detail", args=[key]))
    assert detail.status_code == 200 and detail.context["planned"] == []
    form = client.get(reverse("events:event_add"), {"anniversary": key}).context["form"]
    assert form.initial["start_date"] == datetime.date(2023, 9, 21)
    assert form.initial["countries"] == [japan.pk] and form.initial["kind"] == "commemoration"
    data = {
        "anniversary": key,
        "name": form.initial["name"],
        "kind": "commemoration",
        "pillar": "political",
        "channel": "people",
        "owner_unit": personas.unit_a.pk,
        "start_date": "21/09/2023",
        "time_zone": "Asia/Ho_Chi_Minh",
        "place": "hanoi",
        "countries": [japan.pk],
    }
    assert client.post(reverse("events:event_add"), data).status_code == 302
    event = Event.objects.get(anniversary_key=key)
    assert event.status == "planned" and "50" in event.anniversary_title
    planned = client.get(reverse("events:anniversary_detail", args=[key])).context["planned"]
    assert [p["url"] for p in planned] == [event.get_absolute_url()]
    client.force_login(personas.outsider_b)
    planned = client.get(reverse("events:anniversary_detail", args=[key])).context["planned"]
    assert [(p["unit"], p["url"]) for p in planned] == [(personas.unit_a, "")]


def test_an_unknown_anniversary_is_404_and_a_stale_key_is_refused(client, personas, japan):
    client.force_login(personas.officer_a)
    bad = "diplomatic_relations:partners.country:999999:2023"
    assert client.get(reverse("events:anniversary_detail", args=[bad])).status_code == 404
    response = client.post(
        reverse("events:event_add"),
        {
            "anniversary": bad,
            "name": "X",
            "kind": "other",
            "pillar": "political",
            "channel": "people",
            "owner_unit": personas.unit_a.pk,
            "start_date": "21/09/2023",
            "time_zone": "Asia/Ho_Chi_Minh",
            "place": "hanoi",
        },
    )
    assert response.status_code == 200 and "anniversary" in response.context["form"].errors


def test_screens_need_sign_in_and_a_role(client, personas, japan):
    key = anniversaries.make_key("diplomatic_relations", "partners.country", japan.pk, 2023)
    urls = [
        reverse("events:calendar"),
        reverse("events:anniversary_list"),
        reverse("events:anniversary_detail", args=[key]),
        reverse("events:coordination"),
    ]
    for url in urls:
        assert client.get(url).status_code == 302, url
    client.force_login(personas.nobody)
    for url in urls:
        assert client.get(url).status_code == 403, url
    client.force_login(personas.auditor)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_the_home_page_shows_what_is_coming_up(client, personas):
    from django.utils import timezone

    soon = timezone.localdate() + datetime.timedelta(days=3)
    EventFactory(owner_unit=personas.unit_a, name="Gặp mặt Đại sứ quán", start_date=soon)
    EventFactory(owner_unit=personas.unit_b, name="Việc của Sở B", start_date=soon)
    client.force_login(personas.officer_a)
    page = client.get(reverse("core:home")).content.decode()
    assert 'data-testid="coming-up"' in page
    assert "Gặp mặt Đại sứ quán" in page and "Việc của Sở B" not in page


def test_calendar_items_of_events_carry_links_and_zones(personas, japan):
    fukuoka = pf.partner(personas.unit_a, name="Thành phố Fukuoka", country=japan)
    EventFactory(
        owner_unit=personas.unit_a,
        name="Lễ hội Fukuoka",
        start_date=MAY,
        start_time=datetime.time(10, 0),
        time_zone="Asia/Tokyo",
        partners=[fukuoka],
        countries=[japan],
    )
    [item] = items_for(personas.officer_a, CalendarQuery(MAY, MAY, kinds=frozenset({"event"})))
    assert item.time_zone == "Asia/Tokyo" and not item.all_day
    assert item.partner_ids == {fukuoka.pk} and item.country_ids == {japan.pk}


def test_the_partner_timeline_and_last_contact_include_events(client, personas):
    from caunoi.partners import activity
    from caunoi.partners.models import Partner

    vientiane = pf.partner(personas.unit_a)
    EventFactory(
        owner_unit=personas.unit_a,
        name="Giao lưu Viêng Chăn",
        start_date=datetime.date(2024, 3, 5),
        partners=[vientiane],
    )
    EventFactory(
        owner_unit=personas.unit_a,
        name="Sắp tới",
        start_date=datetime.date(2099, 1, 1),
        partners=[vientiane],
    )
    client.force_login(personas.officer_a)
    page = client.get(vientiane.get_absolute_url())
    assert page.context["last_contact"].day == datetime.date(2024, 3, 5)
    assert any(e.title.startswith("Sắp tới") for e in page.context["timeline"])
    latest = activity.with_last_activity(Partner.objects.filter(pk=vientiane.pk)).get()
    assert latest.last_activity == datetime.date(2024, 3, 5)


def test_events_are_in_the_global_search_without_diacritics(client, personas):
    EventFactory(owner_unit=personas.unit_a, name="Lễ hội văn hóa Pháp")
    client.force_login(personas.officer_a)
    data = client.get(reverse("api:search"), {"q": "le hoi van hoa"}).json()
    assert any(r["title"] == "Lễ hội văn hóa Pháp" for r in data["results"])
