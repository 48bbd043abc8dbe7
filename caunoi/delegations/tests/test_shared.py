"""What delegations bring to shared screens and other apps' forms: the ±14-day coordination
warning, the language warning with staff suggestions, the shared calendar, the partner
timeline and last contact, global search and the home page's attention list."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from caunoi.core import search
from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.delegations import coordination, workflow
from caunoi.delegations.languages import language_gaps
from caunoi.delegations.sources import attention_items, timeline_entries
from caunoi.delegations.tests import factories as f
from caunoi.partners.tests import factories as pf
from caunoi.staff.tests.factories import StaffLanguageFactory, StaffMemberFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2027, 3, 10)


def _form(personas, unit, start, **extra):
    return {
        "direction": "outbound",
        "name": "Đoàn khảo sát",
        "level": "unit",
        "owner_unit": unit.pk,
        "start_date": start.strftime("%d/%m/%Y"),
        "end_date": start.strftime("%d/%m/%Y"),
        "mode": "in_person",
        "purpose": "Khảo sát",
        "funding": "state_budget",
        **extra,
    }


def test_another_units_delegation_to_the_same_partner_within_14_days_warns(personas, client):
    vientiane = pf.partner(personas.unit_b)
    theirs = f.delegation(personas.unit_b, start_date=DAY, end_date=DAY, countries=())
    theirs.partners.set([vientiane])
    theirs.contact_person = personas.outsider_b
    theirs.save()
    client.force_login(personas.officer_a)
    url = reverse("delegations:delegation_add")
    later = DAY + datetime.timedelta(days=14)
    response = client.post(url, _form(personas, personas.unit_a, later, partners=[vientiane.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-testid="overlaps"' in page and str(personas.unit_b) in page
    assert "Outsider B" in page  # the contact person, named
    data = _form(personas, personas.unit_a, later, partners=[vientiane.pk])
    response = client.post(url, {**data, "acknowledge_overlaps": "on"})
    assert response.status_code == 302


def test_fifteen_days_apart_or_the_same_unit_is_no_warning(personas):
    laos = pf.country("LA")
    f.delegation(personas.unit_b, start_date=DAY, end_date=DAY)
    found = coordination.overlaps_for(
        user=personas.officer_a,
        start=DAY + datetime.timedelta(days=15),
        end=DAY + datetime.timedelta(days=15),
        partners=[],
        countries=[laos],
        unit=personas.unit_a,
    )
    assert found == []
    same_country = coordination.overlaps_for(
        user=personas.officer_a,
        start=DAY - datetime.timedelta(days=14),
        end=DAY - datetime.timedelta(days=14),
        partners=[],
        countries=[laos],
        unit=personas.unit_a,
    )
    assert len(same_country) == 1 and same_country[0].title == ""  # not theirs to open
    own = coordination.overlaps_for(
        user=personas.officer_a, start=DAY, end=DAY, partners=[], countries=[laos],
        unit=personas.unit_b,
    )  # fmt: skip
    assert own == []


def test_a_cancelled_delegation_does_not_warn(personas):
    d = f.delegation(personas.unit_b, start_date=DAY, end_date=DAY)
    workflow.cancel_delegation(d, acting_user=personas.outsider_b, note="Hoãn")
    found = coordination.overlaps_for(
        user=personas.officer_a, start=DAY, end=DAY, partners=[], countries=[pf.country("LA")],
        unit=personas.unit_a,
    )  # fmt: skip
    assert found == []


def test_no_lao_speaker_and_no_interpreter_warns_and_suggests_staff(personas):
    d = f.with_head(f.delegation(personas.unit_a))
    speaker = StaffMemberFactory(owner_unit=personas.unit_a, full_name="Vũ Thị Lào Ngữ")
    StaffLanguageFactory(staff_member=speaker, language="lo", level=5)
    gaps = language_gaps(d, personas.officer_a)
    assert [g.country.iso for g in gaps] == ["LA"]
    assert [s.full_name for s in gaps[0].suggestions] == ["Vũ Thị Lào Ngữ"]
    assert language_gaps(d, personas.outsider_b)[0].suggestions == []  # not their staff


def test_a_member_who_speaks_lao_or_an_interpreter_removes_the_warning(personas):
    d = f.with_head(f.delegation(personas.unit_a))
    f.member(d, languages=["lo"])
    assert language_gaps(d, personas.officer_a) == []
    other = f.with_head(f.delegation(personas.unit_a))
    f.member(other, role="interpreter")
    assert language_gaps(other, personas.officer_a) == []


def test_a_staff_members_recorded_language_counts(personas):
    d = f.with_head(f.delegation(personas.unit_a, countries=("FR",)))
    staff = StaffMemberFactory(owner_unit=personas.unit_a)
    StaffLanguageFactory(staff_member=staff, language="fr", level=4)
    f.member(d, staff_member=staff)
    assert language_gaps(d, personas.officer_a) == []


def test_the_page_shows_the_language_warning(personas, client):
    d = f.with_head(f.delegation(personas.unit_a))
    client.force_login(personas.officer_a)
    assert 'data-testid="language-gap"' in client.get(d.get_absolute_url()).content.decode()


def test_the_shared_calendar_shows_delegations_in_scope(personas):
    mine = f.delegation(personas.unit_a, start_date=DAY, end_date=DAY)
    f.delegation(personas.unit_b, start_date=DAY, end_date=DAY)
    query = CalendarQuery(start=DAY, end=DAY, kinds=frozenset({"delegation"}))
    items = items_for(personas.officer_a, query)
    assert [i.url for i in items] == [mine.get_absolute_url()]
    laos = pf.country("LA").pk
    by_country = CalendarQuery(start=DAY, end=DAY, countries=frozenset({laos}))
    assert mine.get_absolute_url() in [i.url for i in items_for(personas.officer_a, by_country)]


def test_the_partner_timeline_lists_delegations_held_as_contact(personas):
    partner = pf.partner(personas.unit_a)
    d = f.delegation(personas.unit_a, direction="inbound", start_date=datetime.date(2026, 1, 5),
                     end_date=datetime.date(2026, 1, 6))  # fmt: skip
    d.partners.set([partner])
    entries = timeline_entries(partner, personas.officer_a)
    assert len(entries) == 1 and not entries[0].contact
    workflow.confirm_delegation(d, acting_user=personas.officer_a)
    workflow.begin_delegation(d, acting_user=personas.officer_a)
    assert timeline_entries(partner, personas.officer_a)[0].contact
    assert timeline_entries(partner, personas.outsider_b) == []


def test_global_search_finds_delegations_without_diacritics(personas):
    f.delegation(personas.unit_a, name="Đoàn công tác Viêng Chăn")
    count, hits = search.search_flat(personas.officer_a, "doan cong tac vieng chan")
    assert count == 1 and "Viêng Chăn" in str(hits[0].title)
    assert search.search_flat(personas.outsider_b, "doan cong tac vieng chan")[0] == 0


def test_attention_lists_waiting_requests_overdue_reports_and_follow_ups(personas):
    today = timezone.localdate()
    f.submitted(personas.unit_a, personas)
    back = today - datetime.timedelta(days=40)
    late = f.approved(personas.unit_a, personas, start_date=back, end_date=back)
    f.task(late, deadline=today - datetime.timedelta(days=1))
    texts = [i.text for i in attention_items(personas.approver_a)]
    assert any("wait" in t or "chờ" in t for t in texts)
    officer = [i.text for i in attention_items(personas.officer_a)]
    assert len(officer) == 2  # the overdue report and the overdue follow-up
    assert attention_items(personas.outsider_b) == []


def test_daily_reminders_tell_the_contact_person_once(personas):
    from caunoi.core.models import Notification
    from caunoi.core.notifications import send_reminders

    today = timezone.localdate()
    back = today - datetime.timedelta(days=30)
    late = f.approved(personas.unit_a, personas, start_date=back, end_date=back)
    late.contact_person = personas.officer_a
    late.save()
    f.task(late, deadline=today - datetime.timedelta(days=2))
    Notification.objects.all().delete()
    assert send_reminders(today) == 2
    assert send_reminders(today) == 0
    assert set(Notification.objects.values_list("recipient__username", flat=True)) == {"officer_a"}


def test_the_home_page_lists_what_waits_for_the_approver(personas, client):
    d = f.submitted(personas.unit_a, personas)
    client.force_login(personas.approver_a)
    page = client.get("/").content.decode()
    assert 'data-testid="waiting-for-approval"' in page and d.name in page
    client.force_login(personas.coordinator)
    assert 'data-testid="waiting-for-approval"' not in client.get("/").content.decode()


def test_a_staff_member_joins_under_their_own_name(personas, client):
    d = f.delegation(personas.unit_a)
    staff = StaffMemberFactory(owner_unit=personas.unit_a, full_name="Đặng Thu Trang")
    client.force_login(personas.officer_a)
    url = reverse("delegations:delegationmember_add")
    data = {"delegation": d.pk, "staff_member": staff.pk, "role": "member", "rank": "4"}
    assert client.post(url, data).status_code == 302
    assert d.members.get().full_name == "Đặng Thu Trang"
    response = client.post(url, {**data, "staff_member": ""})
    assert response.status_code == 200 and d.members.count() == 1


def test_without_a_contact_person_the_warning_names_who_recorded_it(personas, client):
    client.force_login(personas.outsider_b)
    data = _form(personas, personas.unit_b, DAY, countries=[pf.country("LA").pk])
    assert client.post(reverse("delegations:delegation_add"), data).status_code == 302
    found = coordination.overlaps_for(
        user=personas.officer_a, start=DAY, end=DAY, partners=[], countries=[pf.country("LA")],
        unit=personas.unit_a,
    )  # fmt: skip
    assert found[0].contact.startswith("Outsider B")


def test_visitors_do_not_count_for_an_inbound_visit_and_finished_ones_are_not_checked(personas):
    visit = f.delegation(personas.unit_a, direction="inbound", countries=("JP",))
    f.member(visit, role="head", languages=["ja"])  # the visiting head, speaking Japanese
    assert [g.country.iso for g in language_gaps(visit, personas.officer_a)] == ["JP"]
    staff = StaffMemberFactory(owner_unit=personas.unit_a)
    StaffLanguageFactory(staff_member=staff, language="ja", level=5)
    f.member(visit, staff_member=staff)  # our Japanese speaker receives them
    assert language_gaps(visit, personas.officer_a) == []
    done = f.with_head(f.delegation(personas.unit_a))
    workflow.cancel_delegation(done, acting_user=personas.officer_a, note="Hoãn")
    done.refresh_from_db()
    assert language_gaps(done, personas.officer_a) == []
