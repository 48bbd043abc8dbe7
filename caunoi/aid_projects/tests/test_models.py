"""Rules of an aid project's own fields: money with its currency and date, periods, who gives
and who receives, goods with their unit; and what the partner page and search show."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from caunoi.aid_projects.models import AidProject, check_parties
from caunoi.aid_projects.tests import factories as f
from caunoi.core import search
from caunoi.partners import activity
from caunoi.partners.models import Partner
from caunoi.partners.tests import factories as pf

pytestmark = pytest.mark.django_db


def project_with(personas, **fields):
    values = {"name": "Dự án", "owner_unit": personas.unit_a, **fields}
    return AidProject(**values)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"commitment_amount": Decimal("-1"), "commitment_currency": "USD"}, "commitment_amount"),
        ({"commitment_amount": Decimal("1e15"), "commitment_currency": "USD"}, "commitment_amount"),
        ({"commitment_amount": Decimal("100"), "commitment_currency": ""}, "commitment_currency"),
        (
            {"commitment_amount": Decimal("100"), "commitment_currency": "ABC"},
            "commitment_currency",
        ),
        ({"commitment_amount": Decimal("0"), "commitment_currency": "USD"}, "commitment_amount"),
        (
            {"start_date": datetime.date(2026, 5, 1), "end_date": datetime.date(2026, 4, 1)},
            "end_date",
        ),
        ({"commitment_amount": Decimal("100"), "commitment_currency": "USD"}, "commitment_date"),
    ],
)
def test_bad_project_values_are_refused_on_the_right_field(personas, fields, field):
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        project_with(personas, **fields).full_clean()
    assert field in caught.value.message_dict, caught.value.message_dict


def test_the_commitment_date_defaults_to_the_decision_date(personas):
    project = project_with(
        personas,
        commitment_amount=Decimal(100),
        commitment_currency="USD",
        decision_date=datetime.date(2026, 2, 3),
    )
    project.full_clean()
    assert project.commitment_date == datetime.date(2026, 2, 3)
    assert project.commitment.value_date == datetime.date(2026, 2, 3)


def test_who_gives_and_who_receives_follows_the_direction(personas):
    partner = pf.partner(personas.unit_a)
    assert "donors" in check_parties("received", [], [], [])
    assert "recipient_partners" in check_parties("received", [partner], [partner], [])
    assert check_parties("received", [partner], [], [personas.ward]) == {}
    assert "recipient_partners" in check_parties("given", [], [], [])
    assert set(check_parties("given", [partner], [partner], [personas.ward])) == {
        "donors",
        "recipient_units",
    }


def test_the_form_refuses_aid_given_without_a_recipient(client, personas):
    client.force_login(personas.officer_a)
    client.cookies["caunoi_language"] = "en"
    response = client.post(
        reverse("aid_projects:aidproject_add"),
        {
            "name": "Gạo cho La Habana",
            "direction": "given",
            "modality": "emergency",
            "owner_unit": personas.unit_a.pk,
        },
    )
    assert "at least one recipient" in str(response.context["form"].errors["recipient_partners"])


def test_goods_need_the_unit_of_their_quantity(personas):
    project = f.approved(personas.unit_a, personas.approver_a)
    with pytest.raises(ValidationError) as caught:
        f.goods(project, unit="")
    assert "unit" in caught.value.message_dict
    rice = f.goods(project)
    with translation.override("vi"):
        assert rice.quantity_text == "2.000 tấn"


def test_the_partner_page_shows_aid_and_counts_it_as_contact(client, personas):
    havana = pf.partner(personas.unit_b, name="Thủ đô La Habana")
    project = f.project(
        personas.unit_a,
        direction="given",
        recipients=[havana],
        start_date=datetime.date(2021, 6, 1),
        commitment_amount=None,
    )
    client.force_login(personas.outsider_b)
    page = client.get(havana.get_absolute_url())
    assert project.name not in page.content.decode()  # unit_a's aid is not outsider_b's to see
    client.force_login(personas.officer_a)
    page = client.get(havana.get_absolute_url())
    assert project.name in page.content.decode()
    assert page.context["last_contact"].day == datetime.date(2021, 6, 1)
    annotated = activity.with_last_activity(Partner.objects.filter(pk=havana.pk)).get()
    assert annotated.last_activity == datetime.date(2021, 6, 1)


def test_aid_is_found_by_the_global_search_without_diacritics(personas):
    project = f.project(personas.unit_a, name="Tặng gạo cho nhân dân La Habana")
    hits = search.search_flat(personas.officer_a, "tang gao habana")[1]
    assert [h.object_id for h in hits] == [project.pk]
    assert search.search_flat(personas.outsider_b, "tang gao habana")[0] == 0
