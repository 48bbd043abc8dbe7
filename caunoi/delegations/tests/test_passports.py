"""Passport data of members: only roles granted it see it, every showing is logged, it is
never in lists, exports or the API list, and sending the member list abroad is recorded as a
cross-border transfer."""

import datetime

import pytest
from django.urls import reverse

from caunoi.core.testing.coverage import covers
from caunoi.delegations.models import MemberAccessLog, MemberListTransfer
from caunoi.delegations.tests import factories as f
from caunoi.partners.tests import factories as pf

pytestmark = pytest.mark.django_db
covers("delegations:delegation_transfer", "delegations:delegationmember_erase_passport")
PASSPORT = "C1234567"


@pytest.fixture
def member(personas):
    d = f.delegation(personas.unit_a)
    return f.member(
        d,
        role="head",
        passport_number=PASSPORT,
        passport_expiry=datetime.date(2030, 1, 1),
    )


def test_the_officer_sees_the_passport_on_request_and_it_is_logged(personas, client, member):
    client.force_login(personas.officer_a)
    page = client.get(member.get_absolute_url())
    assert PASSPORT not in page.content.decode()
    assert not MemberAccessLog.objects.exists()
    page = client.get(member.get_absolute_url() + "?show=passport")
    assert PASSPORT in page.content.decode()
    entry = MemberAccessLog.objects.get()
    assert (entry.member, entry.user, entry.action) == (member, personas.officer_a, "view")


def test_the_delegation_page_shows_passports_only_on_request_one_log_row_each(
    personas, client, member
):
    f.member(member.delegation, passport_number="B7654321",
             passport_expiry=datetime.date(2031, 1, 1))  # fmt: skip
    client.force_login(personas.officer_a)
    url = member.delegation.get_absolute_url()
    assert PASSPORT not in client.get(url).content.decode()
    assert PASSPORT in client.get(url + "?show=passports").content.decode()
    assert MemberAccessLog.objects.filter(action="view").count() == 2


def test_the_auditor_never_sees_passports(personas, client, member):
    client.force_login(personas.auditor)
    assert PASSPORT not in client.get(member.get_absolute_url() + "?show=passport").content.decode()
    url = member.delegation.get_absolute_url() + "?show=passports"
    assert PASSPORT not in client.get(url).content.decode()
    response = client.get(reverse("api:delegationmember-detail", args=[member.pk]))
    assert "passport_number" not in response.json()
    assert not MemberAccessLog.objects.exists()


def test_passports_are_not_in_lists_exports_or_the_api_list(personas, client, member):
    client.force_login(personas.officer_a)
    listing = client.get(reverse("delegations:delegationmember_list"))
    assert PASSPORT not in listing.content.decode()
    export = client.get(reverse("delegations:delegationmember_list"), {"export": "csv"})
    assert PASSPORT not in export.content.decode()
    api = client.get(reverse("api:delegationmember-list")).json()
    assert "passport_number" not in api["results"][0]
    assert not MemberAccessLog.objects.exists()


def test_the_api_shows_one_member_passport_to_holders_and_logs_it(personas, client, member):
    client.force_login(personas.officer_a)
    response = client.get(reverse("api:delegationmember-detail", args=[member.pk]))
    assert response.json()["passport_number"] == PASSPORT
    assert MemberAccessLog.objects.filter(member=member, action="view").count() == 1


def test_opening_the_edit_form_is_a_logged_view(personas, client, member):
    client.force_login(personas.officer_a)
    page = client.get(reverse("delegations:delegationmember_edit", args=[member.pk]))
    assert PASSPORT in page.content.decode()
    assert MemberAccessLog.objects.count() == 1


def test_the_change_log_keeps_only_a_digest_of_the_passport(personas, member):
    from caunoi.core import changelog

    change = changelog.changes_for(member).first()
    assert change is not None and PASSPORT not in str(change.postchange)


def test_sending_the_list_abroad_records_a_transfer(personas, client, member):
    client.force_login(personas.officer_a)
    url = reverse("delegations:delegation_transfer", args=[member.delegation.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "recipient": "Văn phòng Thủ đô Viêng Chăn",
            "country": pf.country("LA").pk,
            "purpose": "Làm thị thực",
            "legal_basis": "public_task",
            "with_passports": "on",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    transfer = MemberListTransfer.objects.get()
    assert (transfer.persons, transfer.with_passports, transfer.sent_by) == (
        1,
        True,
        personas.officer_a,
    )
    assert MemberAccessLog.objects.filter(member=member, action="transfer").count() == 1


def test_others_cannot_send_the_list(personas, client, member):
    url = reverse("delegations:delegation_transfer", args=[member.delegation.pk])
    client.force_login(personas.outsider_b)
    assert client.get(url).status_code == 404
    client.force_login(personas.auditor)
    assert client.get(url).status_code == 403


def test_passport_data_can_be_erased_and_the_erasure_is_logged(personas, client, member):
    url = reverse("delegations:delegationmember_erase_passport", args=[member.pk])
    client.force_login(personas.auditor)
    assert client.post(url).status_code == 403
    client.force_login(personas.outsider_b)
    assert client.post(url).status_code == 404
    client.force_login(personas.officer_a)
    assert client.post(url).status_code == 302
    member.refresh_from_db()
    assert (member.passport_number, member.passport_expiry) == ("", None)
    assert MemberAccessLog.objects.filter(member=member, action="erase").count() == 1
