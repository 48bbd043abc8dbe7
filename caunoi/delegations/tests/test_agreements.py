"""Delegations and agreements: an outcome links the agreements signed; a delegation that took
place keeps an agreement with its partners from looking dormant; a delegation may be linked as
evidence to an agreement's plan."""

import datetime

import pytest
from django.urls import reverse

from caunoi.agreements import evidence
from caunoi.agreements.activity import with_last_activity
from caunoi.agreements.models import Agreement
from caunoi.agreements.tests import factories as af
from caunoi.delegations.models import Delegation
from caunoi.delegations.tests import factories as df

pytestmark = pytest.mark.django_db
D = datetime.timedelta


def _happened(d, status="closed"):
    Delegation.all_objects.filter(pk=d.pk).update(status=status)  # as the workflow would leave it
    return Delegation.objects.get(pk=d.pk)


def _last_activity(agreement, today):
    return with_last_activity(Agreement.objects.filter(pk=agreement.pk), today).get().last_activity


def test_a_delegation_with_the_partner_that_took_place_is_the_agreements_last_activity(personas):
    today = af.today()
    signed = today - D(days=800)
    agreement = af.in_force(personas.unit_a, personas.admin, signed_on=signed)
    trip = today - D(days=100)
    d = df.delegation(personas.unit_b, start_date=trip, end_date=trip + D(days=3))
    d.partners.set(agreement.partners.all())
    assert _last_activity(agreement, today) == signed  # still a draft: it has not happened
    _happened(d)
    assert _last_activity(agreement, today) == trip
    assert _last_activity(agreement, trip - D(days=1)) == signed  # not yet, on the day before
    _happened(d, "cancelled")
    assert _last_activity(agreement, today) == signed


def test_an_outcome_linking_the_agreement_counts_without_a_shared_partner(personas):
    today = af.today()
    agreement = af.in_force(personas.unit_a, personas.admin, signed_on=today - D(days=900))
    trip = today - D(days=30)
    d = _happened(df.delegation(personas.unit_a, start_date=trip, end_date=trip + D(days=2)))
    outcome = df.outcome(d, kind="agreement")
    outcome.agreements.set([agreement])
    assert _last_activity(agreement, today) == trip
    assert list(agreement.delegation_outcomes.all()) == [outcome]


def test_delegations_are_offered_as_evidence_the_partners_first_and_only_those_one_may_see(
    personas,
):
    agreement = af.in_force(personas.unit_a, personas.admin)
    with_partner = df.delegation(personas.unit_a, name="Đoàn gặp đối tác")
    with_partner.partners.set(agreement.partners.all())
    other = df.delegation(
        personas.unit_a,
        name="Đoàn khác",
        start_date=df.START + D(days=30),
        end_date=df.START + D(days=31),
    )
    hidden = df.delegation(personas.unit_b, name="Đoàn đơn vị B")
    kind = evidence.kinds["delegations.delegation"]
    offered = list(kind.candidates(personas.officer_a, agreement))
    assert offered[:2] == [with_partner, other]
    assert hidden not in offered
    groups = dict(evidence.choices_for(personas.officer_a, agreement))
    values = [value for value, _label in groups[str(kind.label)]]
    assert values[:2] == [
        f"delegations.delegation:{with_partner.pk}",
        f"delegations.delegation:{other.pk}",
    ]
    assert evidence.resolve(values[0], personas.officer_a) == with_partner
    assert evidence.resolve(f"delegations.delegation:{hidden.pk}", personas.officer_a) is None


def test_the_outcome_form_and_api_offer_only_agreements_the_user_may_see(client, personas):
    mine = af.in_force(personas.unit_a, personas.admin, name="Thỏa thuận của đơn vị A")
    theirs = af.in_force(personas.unit_b, personas.admin, name="Thỏa thuận của đơn vị B")
    d = df.delegation(personas.unit_a)
    client.force_login(personas.officer_a)
    page = client.get(reverse("delegations:delegationoutcome_add"), {"delegation": d.pk})
    choices = page.context["form"].fields["agreements"].queryset
    assert mine in choices and theirs not in choices
    url = reverse("api:delegationoutcome-list")
    data = {"delegation": d.pk, "kind": "agreement", "summary": "Ký kết", "agreements": [theirs.pk]}
    assert client.post(url, data, content_type="application/json").status_code == 400
    data["agreements"] = [mine.pk]
    response = client.post(url, data, content_type="application/json")
    assert response.status_code == 201, response.content
    assert response.json()["agreements"] == [mine.pk]
    page = client.get(d.get_absolute_url()).content.decode()
    assert "Thỏa thuận của đơn vị A" in page
