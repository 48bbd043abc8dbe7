"""The attention rules across date boundaries (hypothesis: the SQL says what the plain rule
says on every day), who sees what on the home page and the attention page, and the daily
notifications."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caunoi.agreements import attention
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import Agreement, Consultation, PlanItem
from caunoi.agreements.tests import factories as f
from caunoi.core.dates import add_months
from caunoi.core.models import Notification
from caunoi.core.testing.coverage import covers
from caunoi.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db
covers("agreements:attention")
D = datetime.timedelta
PROPERTY = settings(
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
days = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31))
# offsets around every boundary, and anywhere
near = st.one_of(
    st.sampled_from([-1, 0, 1, 29, 30, 31, 89, 90, 91, 179, 180, 181, 365]),
    st.integers(min_value=-400, max_value=400),
)


# -- the plain rules ----------------------------------------------------------------------------
@settings(deadline=None)
@given(today=days, offset=near)
def test_the_expiry_band_is_the_nearest_of_30_90_180_days(today, offset):
    band = attention.expiry_band(today + D(days=offset), today)
    if offset < 0 or offset > 180:
        assert band is None
    elif offset <= 30:
        assert band == 30
    elif offset <= 90:
        assert band == 90
    else:
        assert band == 180


@settings(deadline=None)
@given(today=days, last=days)
def test_dormant_means_twelve_full_months_without_activity(today, last):
    assert attention.is_dormant(last, today) == (last <= add_months(today, -12))
    assert attention.is_dormant(None, today)


@settings(deadline=None)
@given(today=days, deadline=days)
def test_overdue_means_the_deadline_is_before_today(today, deadline):
    assert attention.is_overdue(deadline, today) == (deadline < today)
    assert not attention.is_overdue(None, today)


# -- the SQL says the same on every day -----------------------------------------------------------
@pytest.fixture
def expiring_one(personas):
    return f.in_force(
        personas.unit_a,
        personas.admin,
        signed_on=datetime.date(2000, 1, 1),
        expires_on=datetime.date(2030, 6, 15),
    )


@PROPERTY
@given(offset=near)
def test_each_agreement_is_in_the_band_the_rule_gives(expiring_one, offset):
    today = expiring_one.expires_on - D(days=offset)
    rows = Agreement.objects.filter(pk=expiring_one.pk)
    found = [band for band in attention.BANDS if attention.expiring(rows, today, band).exists()]
    band = attention.expiry_band(expiring_one.expires_on, today)
    assert found == ([band] if band else [])
    assert attention.past_expiry(rows, today).exists() == (offset < 0)


def test_a_renewal_started_takes_the_agreement_off_the_expiring_list(personas, expiring_one):
    today = expiring_one.expires_on - D(days=10)
    rows = Agreement.objects.filter(pk=expiring_one.pk)
    assert attention.expiring(rows, today, 30).exists()
    f.draft(personas.unit_a, link="renewal", previous=expiring_one)
    assert not attention.expiring(rows, today, 30).exists()


@pytest.fixture
def quiet_one(personas):
    """In force since 10/03/2024; an event with its partner on 20/08/2025."""
    agreement = f.in_force(
        personas.unit_a, personas.admin, signed_on=datetime.date(2024, 3, 10), indefinite=True
    )
    EventFactory(
        owner_unit=personas.unit_b,
        start_date=datetime.date(2025, 8, 20),
        partners=list(agreement.partners.all()),
    )
    return agreement


@PROPERTY
@given(today=st.dates(min_value=datetime.date(2025, 8, 21), max_value=datetime.date(2028, 1, 1)))
def test_dormant_counts_from_the_last_event_with_a_partner(quiet_one, today):
    rows = attention.dormant(Agreement.objects.filter(pk=quiet_one.pk), today)
    assert rows.exists() == attention.is_dormant(datetime.date(2025, 8, 20), today)


def test_dormant_exactly_twelve_months_after_the_last_activity(quiet_one):
    rows = Agreement.objects.filter(pk=quiet_one.pk)
    assert not attention.dormant(rows, datetime.date(2026, 8, 19)).exists()
    assert attention.dormant(rows, datetime.date(2026, 8, 20)).exists()


def test_an_event_linked_as_evidence_and_an_item_done_count_as_activity(personas, client):
    agreement = f.in_force(
        personas.unit_a, personas.admin, signed_on=datetime.date(2023, 1, 5), indefinite=True
    )
    rows = Agreement.objects.filter(pk=agreement.pk)
    later = datetime.date(2026, 12, 1)
    assert attention.dormant(rows, later).exists()
    event = EventFactory(owner_unit=personas.unit_a, start_date=datetime.date(2026, 2, 1))
    item = f.plan_item(agreement)
    client.force_login(personas.officer_a)
    client.post(
        reverse("agreements:planitem_evidence", args=[item.pk]),
        {"record": f"events.event:{event.pk}"},
    )
    assert not attention.dormant(rows, later).exists()
    assert attention.dormant(rows, datetime.date(2027, 2, 1)).exists()
    f.plan_item(agreement, status="done", done_on=f.today())
    assert not attention.dormant(rows, f.today() + D(days=30)).exists()


def test_a_cancelled_event_is_no_activity(personas):
    agreement = f.in_force(
        personas.unit_a, personas.admin, signed_on=datetime.date(2023, 1, 5), indefinite=True
    )
    EventFactory(
        owner_unit=personas.unit_a,
        start_date=datetime.date(2026, 2, 1),
        partners=list(agreement.partners.all()),
    ).__class__.objects.filter(start_date=datetime.date(2026, 2, 1)).update(status="cancelled")
    rows = Agreement.objects.filter(pk=agreement.pk)
    assert attention.dormant(rows, datetime.date(2026, 12, 1)).exists()


@pytest.fixture
def item_due(personas):
    agreement = f.in_force(personas.unit_a, personas.admin)
    return f.plan_item(agreement, deadline=datetime.date(2026, 9, 30))


@PROPERTY
@given(offset=near)
def test_an_item_is_overdue_from_the_day_after_its_deadline(item_due, offset):
    today = item_due.deadline + D(days=offset)
    rows = attention.overdue_items(PlanItem.objects.filter(pk=item_due.pk), today)
    assert rows.exists() == attention.is_overdue(item_due.deadline, today)


def test_a_done_item_is_never_overdue(item_due):
    PlanItem.objects.filter(pk=item_due.pk).update(status="done", done_on=item_due.deadline)
    rows = attention.overdue_items(
        PlanItem.objects.filter(pk=item_due.pk), datetime.date(2027, 1, 1)
    )
    assert not rows.exists()


@pytest.fixture
def asked(personas):
    agreement = f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    return f.consultation(
        agreement,
        answered=False,
        sent_on=datetime.date(2026, 3, 1),
        due_on=datetime.date(2026, 3, 16),
    )


@PROPERTY
@given(offset=near)
def test_a_consultation_is_unanswered_past_its_deadline_from_the_next_day(asked, offset):
    today = asked.due_on + D(days=offset)
    rows = attention.unanswered_consultations(Consultation.objects.filter(pk=asked.pk), today)
    assert rows.exists() == attention.is_overdue(asked.due_on, today)


# -- who is told ----------------------------------------------------------------------------------
@pytest.fixture
def situation(personas):
    today = f.today()
    expiring = f.in_force(
        personas.unit_a, personas.admin, name="Sắp hết hạn", expires_on=today + D(days=20)
    )
    other_unit = f.in_force(
        personas.unit_b, personas.admin, name="Của Sở B", expires_on=today + D(days=20)
    )
    item = f.plan_item(
        other_unit, responsible_unit=personas.unit_a, deadline=today - D(days=3), title="Việc A"
    )
    consulting = f.at(S.CONSULTATION, personas.unit_a, personas.admin, name="Đang lấy ý kiến")
    asked = f.consultation(
        consulting, answered=False, sent_on=today - D(days=30), due_on=today - D(days=1)
    )
    return {"expiring": expiring, "other": other_unit, "item": item, "asked": asked}


def test_the_home_page_tells_the_responsible_unit(client, personas, situation):
    client.force_login(personas.officer_a)
    home = client.get("/").content.decode()
    assert "1 thỏa thuận hết hiệu lực trong vòng 30 ngày" in home
    assert "1 hạng mục triển khai đã quá hạn" in home  # responsible for another unit's item
    assert "1 văn bản lấy ý kiến đã quá hạn" in home
    page = client.get(reverse("agreements:attention")).content.decode()
    assert "Sắp hết hạn" in page and "Việc A" in page and "Của Sở B" in page
    assert page.count("Của Sở B") == 1  # only as the item's agreement, not as expiring


def test_the_home_page_counts_are_the_attention_pages_lists(personas, situation):
    today = f.today()
    f.in_force(personas.unit_a, personas.admin, name="Im lặng", signed_on=today - D(days=800))
    for user in (personas.officer_a, personas.outsider_b, personas.coordinator, personas.auditor):
        found = attention.collect(user, today)
        lists = {("expiring", band): found.expiring.get(band, []) for band in attention.BANDS}
        lists |= {key: getattr(found, key) for key in ("past_expiry", "dormant", "unanswered")}
        lists["overdue_items"] = found.overdue_items
        counted = attention.counts(user, today)
        assert {k: counted.get(k, 0) for k in lists} == {k: len(v) for k, v in lists.items()}
    assert attention.counts(personas.officer_a, today)["dormant"] == 1


def test_other_units_and_auditors_are_not_told(client, personas, situation):
    client.force_login(personas.auditor)
    found = attention.collect(personas.auditor, f.today())
    assert found.empty
    found = attention.collect(personas.outsider_b, f.today())
    assert [a.name for a in found.expiring[30]] == ["Của Sở B"]
    assert [i.title for i in found.overdue_items] == ["Việc A"]  # the owning unit is told too
    assert found.unanswered == []


def test_coordinators_chase_every_unanswered_consultation(personas, situation):
    found = attention.collect(personas.coordinator, f.today())
    assert [c.pk for c in found.unanswered] == [situation["asked"].pk]
    assert found.expiring[30] == [] or all(
        a.owner_unit == personas.unit_b for a in found.expiring[30]
    )


def test_the_daily_reminders_tell_each_person_once(personas, situation):
    call_command("send_reminders")
    officer = Notification.objects.filter(recipient=personas.officer_a)
    messages = {n.message for n in officer}
    assert any("expires on" in m for m in messages)
    assert any("implementation item" in m for m in messages)
    assert any("has not answered" in m for m in messages)
    assert Notification.objects.filter(
        recipient=personas.coordinator, message__contains="has not answered"
    ).exists()
    assert not Notification.objects.filter(recipient=personas.auditor).exists()
    count = Notification.objects.count()
    call_command("send_reminders")
    assert Notification.objects.count() == count


def test_the_attention_page_says_when_nothing_needs_attention(client, personas):
    client.force_login(personas.officer_a)
    page = client.get(reverse("agreements:attention")).content.decode()
    assert 'data-testid="nothing"' in page
    client.force_login(personas.nobody)
    assert client.get(reverse("agreements:attention")).status_code == 403
    client.logout()
    assert client.get(reverse("agreements:attention")).status_code == 302


def test_the_home_page_names_the_steps_waiting_for_the_reader(client, personas):
    f.at(S.LEGAL_REVIEW, personas.unit_a, personas.admin)
    f.at(S.CONSULTATION, personas.unit_a, personas.admin)
    client.force_login(personas.approver_a)
    assert "1 thỏa thuận chờ phê duyệt ký" in client.get("/").content.decode()
    client.force_login(personas.officer_a)
    assert "chờ phê duyệt ký" not in client.get("/").content.decode()
    client.force_login(personas.coordinator)
    home = client.get("/").content.decode()
    assert "1 thỏa thuận đang lấy ý kiến" in home
    assert "chờ phê duyệt ký" not in home  # another unit's agreement


def test_the_list_and_the_api_filter_by_the_attention_rules(client, personas):
    today = f.today()
    soon = f.in_force(
        personas.unit_a, personas.admin, name="Sắp hết", expires_on=today + D(days=20)
    )
    later = f.in_force(
        personas.unit_a, personas.admin, name="Còn lâu", expires_on=today + D(days=80)
    )
    client.force_login(personas.officer_a)
    url = reverse("agreements:agreement_list")
    page = client.get(url, {"attention": "expiring_30"}).content.decode()
    assert soon.name in page and later.name not in page
    data = client.get(reverse("api:agreement-list"), {"attention": "expiring_90"}).json()
    assert {r["id"] for r in data["results"]} == {soon.pk, later.pk}
    assert client.get(url, {"attention": "dormant"}).status_code == 200
    assert client.get(url, {"attention": "past_expiry"}).status_code == 200
