"""The fixes the benchmark called for (docs/performance.md), on generated data: a busy partner's
page shows its newest entries only, big registries are searched rather than listed in
filter panels, and the home page and calendar stop at what they show."""

from __future__ import annotations

import datetime

import pytest
from django.db.models import Count
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from caunoi.accounts.models import User
from caunoi.aid_projects.models import AidProject
from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.events.models import Event
from caunoi.partners import timeline
from caunoi.partners.models import Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(small_seed_1):
    officer = User.objects.get(username="bench.officer")
    client = Client()
    client.force_login(officer)
    busy = Partner.objects.annotate(n=Count("events")).order_by("-n").first()
    return officer, client, busy


def test_a_limited_timeline_is_the_newest_part_of_the_whole(data):
    officer, _, busy = data
    everything = timeline.entries_for(busy, officer)
    newest = timeline.entries_for(busy, officer, limit=5)
    assert len(everything) > 5
    assert [e.day for e in newest] == [e.day for e in everything[:5]]
    _, last = timeline.page_entries(busy, officer, limit=5)
    today = timezone.localdate()
    assert last == timeline.last_contact([e for e in everything if e.day <= today])


def test_a_provider_without_limit_still_counts(data):
    officer, _, busy = data

    def legacy(partner, user):
        return [timeline.Entry(datetime.date(2100, 1, 1), "Legacy", "from the future")]

    timeline.register(legacy)
    try:
        assert timeline.entries_for(busy, officer, limit=3)[0].title == "from the future"
    finally:
        timeline.providers.remove(legacy)


def test_a_busy_partners_page_shows_the_latest_entries_and_says_so(data):
    _, client, busy = data
    page = client.get(f"/partners/{busy.pk}/", HTTP_HOST="127.0.0.1")
    assert page.status_code == 200
    assert len(page.context["timeline"]) == timeline.PAGE_LIMIT
    assert b'data-testid="timeline-cut"' in page.content


def test_filter_panels_hold_only_the_chosen_partner(data):
    _, client, busy = data
    page = client.get(f"/events/?partners={busy.pk}", HTTP_HOST="127.0.0.1")
    select = page.context["filterset"].form["partners"]
    html = str(select)
    assert "data-remote-search=" in html
    assert html.count("<option") == 1 and f'value="{busy.pk}"' in html
    assert page.context["table"].paginator.count == busy.n or busy.n > 0


def test_add_and_edit_forms_hold_only_the_chosen_partners(data):
    _, client, _ = data
    added = client.get("/agreements/add/", HTTP_HOST="127.0.0.1").context["form"]
    html = str(added["partners"])
    assert "data-remote-search=" in html and "<option" not in html
    project = AidProject.objects.filter(donors__isnull=False).first()
    url = reverse("aid_projects:aidproject_edit", args=[project.pk])
    donors = str(client.get(url, HTTP_HOST="127.0.0.1").context["form"]["donors"])
    chosen = project.donors.values_list("pk", flat=True)
    assert donors.count("<option") == len(chosen) > 0
    assert all(f'value="{pk}"' in donors for pk in chosen)


def test_the_remote_search_finds_partners_for_the_filter(data):
    _, client, busy = data
    word = busy.name.split()[-1]
    found = client.get(
        f"/api/v1/search/?type=partners.partner&limit=20&q={word}", HTTP_HOST="127.0.0.1"
    ).json()
    assert found["results"] and all(hit["type"] == "partners.partner" for hit in found["results"])


def test_a_calendar_query_with_a_limit_gives_the_earliest_items(data):
    officer, _, _ = data
    start, end = datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)
    everything = items_for(officer, CalendarQuery(start=start, end=end, kinds=frozenset({"event"})))
    first = items_for(
        officer,
        CalendarQuery(
            start=start, end=end, kinds=frozenset({"event"}), limit=4, hide_cancelled=True
        ),
    )
    live = [i for i in everything if not i.cancelled]
    assert [i.title for i in first] == [i.title for i in live[:4]]


def test_a_crowded_day_in_the_month_view_links_to_the_rest(data):
    _, client, _ = data
    day = (
        Event.objects.values("start_date")
        .annotate(n=Count("id"))
        .filter(end_date__isnull=True)
        .order_by("-n")
        .first()
    )
    if day["n"] <= 5:
        extra = Event.objects.filter(start_date=day["start_date"]).first()
        for _ in range(6):
            extra.pk = None
            extra._state.adding = True
            extra.save()
    month = day["start_date"].replace(day=1)
    page = client.get(f"/events/calendar/?view=month&date={month}", HTTP_HOST="127.0.0.1")
    assert b'data-testid="day-more"' in page.content


def test_list_totals_are_kept_for_a_while_and_are_per_query(data, settings):
    from django.core.cache import cache

    from caunoi.core.counting import CachedCountPaginator, cached_count

    settings.CAUNOI_COUNT_SECONDS = 30
    settings.CAUNOI_COUNT_CACHE_MIN = 0  # small data here: keep every total
    cache.clear()
    officer, client, _ = data
    events = Event.objects.restrict(officer)
    total = cached_count(events)
    Event.objects.filter(pk=events.first().pk).update(deleted_at=timezone.now())
    assert cached_count(Event.objects.restrict(officer)) == total  # kept
    assert cached_count(Event.objects.restrict(officer).filter(kind="exhibition")) == (
        Event.objects.restrict(officer).filter(kind="exhibition").count()
    )  # another filter, another count
    settings.CAUNOI_COUNT_SECONDS = 0
    assert cached_count(Event.objects.restrict(officer)) == total - 1
    page = client.get("/events/", HTTP_HOST="127.0.0.1")
    assert isinstance(page.context["table"].paginator, CachedCountPaginator)
    assert page.context["table"].paginator.count == total - 1


def test_small_totals_are_always_counted_afresh(data, settings):
    from django.core.cache import cache

    from caunoi.core.counting import cached_count

    settings.CAUNOI_COUNT_SECONDS = 30
    cache.clear()
    officer, _client, _ = data
    events = Event.objects.restrict(officer)
    total = events.count()
    settings.CAUNOI_COUNT_CACHE_MIN = total + 1  # this list is "small"
    assert cached_count(events) == total
    Event.objects.filter(pk=events.first().pk).update(deleted_at=timezone.now())
    assert cached_count(Event.objects.restrict(officer)) == total - 1  # not kept
    settings.CAUNOI_COUNT_CACHE_MIN = total - 1  # now it is large: kept
    assert cached_count(Event.objects.restrict(officer)) == total - 1
    Event.objects.filter(pk=events.first().pk).update(deleted_at=timezone.now())
    assert cached_count(Event.objects.restrict(officer)) == total - 1
