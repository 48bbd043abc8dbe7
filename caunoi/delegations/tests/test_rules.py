"""Date-boundary rules: the lead-time warning at submission and the results report becoming
overdue, checked over many dates (hypothesis), and on real records."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from caunoi.delegations.choices import Status
from caunoi.delegations.models.delegations import report_due_on, report_overdue, short_notice
from caunoi.delegations.tests import factories as f

days = st.dates(min_value=datetime.date(2021, 1, 1), max_value=datetime.date(2030, 12, 31))
gap = st.integers(min_value=0, max_value=60)


@given(submitted=days, ahead=gap, lead=st.integers(min_value=1, max_value=45))
def test_short_notice_exactly_when_fewer_days_than_the_lead_time(submitted, ahead, lead):
    start = submitted + datetime.timedelta(days=ahead)
    assert short_notice(start, submitted, lead) == (ahead < lead)


@given(submitted=days, lead=st.integers(min_value=1, max_value=45))
def test_the_boundary_day_is_not_short_notice(submitted, lead):
    start = submitted + datetime.timedelta(days=lead)
    assert not short_notice(start, submitted, lead)
    assert short_notice(start - datetime.timedelta(days=1), submitted, lead)


@given(end=days, after=gap, n=st.integers(min_value=1, max_value=30))
def test_a_report_is_overdue_only_after_its_due_day(end, after, n):
    today = end + datetime.timedelta(days=after)
    assert report_due_on(end, n) == end + datetime.timedelta(days=n)
    assert report_overdue(Status.BACK, end, today, n) == (after > n)
    assert not report_overdue(Status.REPORTED, end, today, n)
    assert not report_overdue(Status.DRAFT, end, today, n)


@pytest.mark.django_db
@override_settings(CAUNOI_DELEGATION_LEAD_DAYS=20)
def test_submitting_19_days_ahead_flags_short_notice_20_does_not(personas):
    today = timezone.localdate()
    near = f.submitted(personas.unit_a, personas, start_date=today + datetime.timedelta(days=19),
                       end_date=today + datetime.timedelta(days=21))  # fmt: skip
    far = f.submitted(personas.unit_a, personas, start_date=today + datetime.timedelta(days=20),
                      end_date=today + datetime.timedelta(days=21))  # fmt: skip
    assert near.short_notice and not far.short_notice


@pytest.mark.django_db
@override_settings(CAUNOI_DELEGATION_REPORT_DAYS=15)
def test_the_report_of_a_trip_back_16_days_ago_is_overdue_15_is_not(personas, client):
    from django.urls import reverse

    today = timezone.localdate()

    def trip(days_ago):
        end = today - datetime.timedelta(days=days_ago)
        return f.approved(personas.unit_a, personas, start_date=end - datetime.timedelta(days=3),
                          end_date=end)  # fmt: skip

    late, on_time = trip(16), trip(15)
    assert late.report_is_overdue and not on_time.report_is_overdue
    client.force_login(personas.officer_a)
    response = client.get(reverse("api:delegation-list"), {"report_overdue": "true"})
    assert [row["id"] for row in response.json()["results"]] == [late.pk]


@pytest.mark.django_db
@override_settings(CAUNOI_DELEGATION_LEAD_DAYS=20)
def test_the_officer_is_told_on_submitting_at_short_notice(personas, client):
    from django.urls import reverse

    today = timezone.localdate()
    d = f.with_head(f.delegation(personas.unit_a, start_date=today + datetime.timedelta(days=5),
                                 end_date=today + datetime.timedelta(days=6)))  # fmt: skip
    client.force_login(personas.officer_a)
    response = client.post(reverse("delegations:delegation_submit", args=[d.pk]), follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert any("5" in m and "20" in m for m in shown)
    api = client.get(reverse("api:delegation-detail", args=[d.pk])).json()
    assert api["short_notice"] is True
    assert api["language_warnings"][0]["country"] == "LA"
