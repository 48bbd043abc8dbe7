"""More disbursed than committed: computed per currency, converted with stated rates when the
currencies differ, said plainly when no rate allows a comparison; confirmed before it is
recorded, and shown on the form, the project page and the API."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from caunoi.aid_projects.commitment import check_commitment
from caunoi.aid_projects.models import Disbursement
from caunoi.aid_projects.tests import factories as f
from caunoi.core.money import Money

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def project(personas):
    return f.approved(personas.unit_a, personas.approver_a)  # 120.000 EUR committed


def test_disbursements_in_the_commitment_currency_are_simply_added(project):
    f.disbursement(project, "70000")
    f.disbursement(project, "40000")
    check = check_commitment(project)
    assert check.disbursed_total == Money(Decimal(110000), "EUR")
    assert check.comparable and not check.over and check.share == 91
    assert check.warnings() == []


def test_an_excess_is_named_with_its_amount(project):
    f.disbursement(project, "100000")
    check = check_commitment(project, adding=Money(Decimal(30000), "EUR", D(2026, 4, 1)))
    assert check.over and check.excess == Money(Decimal(10000), "EUR")
    assert "10.000" in check.warnings()[0]


def test_other_currencies_are_converted_at_the_rate_of_their_date(personas, project):
    f.rate(personas.unit_a, D(2026, 3, 1), "USD", "25000")
    f.rate(personas.unit_a, D(2026, 3, 1), "EUR", "27500")
    f.disbursement(project, "110000")
    f.disbursement(project, "11000", currency="USD", day=D(2026, 3, 20))
    check = check_commitment(project)
    assert check.disbursed.items() == [
        Money(Decimal(110000), "EUR"),
        Money(Decimal(11000), "USD"),
    ]
    # 11.000 USD × 25.000 / 27.500 = 10.000 EUR, through VND, both rates stated
    assert check.disbursed_total == Money(Decimal(120000), "EUR")
    assert not check.over
    assert [(r.currency, r.date) for r in check.rates] == [
        ("USD", D(2026, 3, 1)),
        ("EUR", D(2026, 3, 1)),
    ]


def test_without_a_rate_the_check_says_it_cannot_compare(project):
    f.disbursement(project, "1000000", currency="JPY")
    check = check_commitment(project)
    assert not check.comparable and not check.over
    assert "JPY" in check.warnings()[0] and "EUR" in check.warnings()[0]


def test_a_project_without_commitment_is_never_over(personas):
    project = f.approved(personas.unit_a, personas.approver_a, commitment_amount=None)
    f.disbursement(project, "5000")
    assert not check_commitment(project).over


def test_the_form_asks_to_confirm_a_disbursement_over_the_commitment(client, personas, project):
    f.disbursement(project, "100000")
    client.force_login(personas.officer_a)
    data = {"project": project.pk, "date": "01/04/2026", "amount": "30.000", "currency": "EUR"}
    response = client.post(reverse("aid_projects:disbursement_add"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors["confirm_over_commitment"]
    assert "10.000" in errors[0]
    assert 'data-testid="form-warning"' in response.content.decode()
    assert project.disbursements.count() == 1
    confirmed = client.post(
        reverse("aid_projects:disbursement_add"), {**data, "confirm_over_commitment": "on"}
    )
    assert confirmed.status_code == 302 and confirmed["Location"] == project.get_absolute_url()
    page = client.get(project.get_absolute_url()).content.decode()
    assert 'data-testid="over-commitment"' in page


def test_editing_a_disbursement_counts_its_new_amount_not_both(client, personas, project):
    row = f.disbursement(project, "100000")
    client.force_login(personas.officer_a)
    data = {
        "project": project.pk,
        "date": "10/03/2026",
        "amount": "110.000",
        "currency": "EUR",
        "version": row.version,
    }
    response = client.post(reverse("aid_projects:disbursement_edit", args=[row.pk]), data)
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.amount == Decimal(110000)


def test_the_api_refuses_an_unconfirmed_excess_then_warns(client, personas, project):
    f.disbursement(project, "100000")
    client.force_login(personas.officer_a)
    url = reverse("api:disbursement-list")
    data = {"project": project.pk, "date": "2026-04-01", "amount": "30000", "currency": "EUR"}
    refused = client.post(url, data, content_type="application/json")
    assert refused.status_code == 400 and "confirm_over_commitment" in refused.json()
    made = client.post(
        url, {**data, "confirm_over_commitment": True}, content_type="application/json"
    )
    assert made.status_code == 201 and made.json()["warnings"]
    detail = client.get(reverse("api:aidproject-detail", args=[project.pk])).json()
    assert detail["commitment_check"]["over_commitment"] is True
    assert detail["commitment_check"]["excess"] == "10000.00"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"amount": "-5"}, "amount"),
        ({"amount": "0"}, "amount"),
        ({"amount": "1.000.000.000.000.000"}, "amount"),
        ({"currency": "XYZ"}, "currency"),
        ({"amount": "mười nghìn"}, "amount"),
        ({"date": "31/02/2026"}, "date"),
    ],
)
def test_bad_disbursements_are_refused_with_a_clear_message(
    client, personas, project, change, field
):
    client.force_login(personas.officer_a)
    data = {"project": project.pk, "date": "01/04/2026", "amount": "1.000", "currency": "EUR"}
    response = client.post(reverse("aid_projects:disbursement_add"), {**data, **change})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not Disbursement.objects.exists()


def test_no_money_is_recorded_before_approval(personas):
    proposed = f.project(personas.unit_a)
    with pytest.raises(Exception) as caught:
        f.disbursement(proposed)
    assert "project" in caught.value.message_dict


def test_the_form_offers_only_approved_projects_of_the_users_units(client, personas, project):
    proposed = f.project(personas.unit_a)
    theirs = f.approved(personas.unit_b, personas.admin)
    client.force_login(personas.officer_a)
    form = client.get(reverse("aid_projects:disbursement_add")).context["form"]
    offered = set(form.fields["project"].queryset)
    assert project in offered and proposed not in offered and theirs not in offered


def test_the_project_page_shows_disbursed_totals_in_vnd_and_usd_with_the_rates(
    client, personas, project
):
    f.rate(personas.unit_a, D(2026, 3, 1), "EUR", "27000", source="Vietcombank")
    f.rate(personas.unit_a, D(2026, 4, 1), "EUR", "27500", source="Vietcombank")
    f.rate(personas.unit_a, D(2026, 3, 1), "USD", "25000", source="Vietcombank")
    f.disbursement(project, "40000", day=D(2026, 3, 10))
    f.disbursement(project, "20000", day=D(2026, 4, 15))
    client.force_login(personas.officer_a)
    page = client.get(project.get_absolute_url())
    vnd, usd = page.context["disbursed_converted"]
    assert vnd.total == Money(Decimal(40000 * 27000 + 20000 * 27500), "VND")
    assert usd.total.currency == "USD" and usd.complete
    text = page.content.decode()
    assert "1 EUR = 27.000 VND (01/03/2026, Vietcombank)" in text
    assert "1 EUR = 27.500 VND (01/04/2026, Vietcombank)" in text
    assert "1 USD = 25.000 VND" in text
