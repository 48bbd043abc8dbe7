"""Review campaigns: a coordinator opens one over every agreement in force; each unit sees and
reviews its own; progress is counted per unit; it closes."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from caunoi.agreements import campaigns
from caunoi.agreements.choices import AgreementStatus as S
from caunoi.agreements.models import ReviewCampaign
from caunoi.agreements.tests import factories as f
from caunoi.core.models import Notification
from caunoi.core.testing.coverage import covers

pytestmark = pytest.mark.django_db
covers("agreements:reviewcampaign_open", "agreements:reviewcampaign_close")
covers("api:reviewcampaign-list", "api:reviewcampaign-detail")
D = datetime.timedelta


@pytest.fixture
def agreements(personas):
    return {
        "a1": f.in_force(personas.unit_a, personas.admin, name="A1 Viêng Chăn"),
        "a2": f.in_force(personas.unit_a, personas.admin, name="A2 Bắc Kinh"),
        "b1": f.in_force(personas.unit_b, personas.admin, name="B1 Quảng Châu"),
        "draft": f.at(S.DRAFT, personas.unit_a, personas.admin, name="Dự thảo Cairo"),
    }


def open_one(client, personas):
    client.force_login(personas.coordinator)
    response = client.post(
        reverse("agreements:reviewcampaign_open"),
        {"name": "Rà soát 2026", "due_on": (f.today() + D(days=60)).strftime("%d/%m/%Y")},
    )
    assert response.status_code == 302
    return ReviewCampaign.objects.get()


def test_a_coordinator_opens_a_campaign_over_the_agreements_in_force(
    client, personas, agreements, django_capture_on_commit_callbacks
):
    client.force_login(personas.coordinator)
    form = client.get(reverse("agreements:reviewcampaign_open")).content.decode()
    assert "3 thỏa thuận còn hiệu lực" in form
    with django_capture_on_commit_callbacks(execute=True):
        campaign = open_one(client, personas)
    names = sorted(e.agreement.name for e in campaign.entries.all())
    assert names == ["A1 Viêng Chăn", "A2 Bắc Kinh", "B1 Quảng Châu"]
    assert campaign.owner_unit == personas.unit_b
    assert Notification.objects.filter(recipient=personas.officer_a).exists()
    assert Notification.objects.filter(recipient=personas.outsider_b).exists()


def test_only_coordinators_open_campaigns(client, personas, agreements):
    client.force_login(personas.approver_a)
    assert client.get(reverse("agreements:reviewcampaign_open")).status_code == 403
    with pytest.raises(PermissionDenied):
        campaigns.open_campaign(
            name="x", due_on=f.today() + D(days=1), acting_user=personas.officer_a
        )
    client.logout()
    assert client.get(reverse("agreements:reviewcampaign_open")).status_code == 302


def test_each_unit_sees_its_list_and_the_progress_of_every_unit(client, personas, agreements):
    campaign = open_one(client, personas)
    f.review(agreements["a1"])
    client.force_login(personas.officer_a)
    page = client.get(campaign.get_absolute_url()).content.decode()
    assert "A1 Viêng Chăn" in page and "A2 Bắc Kinh" in page
    assert "B1 Quảng Châu" not in page  # another unit's list
    assert f'data-testid="review-{agreements["a2"].pk}"' in page
    assert f'data-testid="review-{agreements["a1"].pk}"' not in page  # already reviewed
    assert "Đã đánh giá 1/3 thỏa thuận" in page
    progress = {str(p.unit): (p.reviewed, p.total) for p in campaigns.progress(campaign)}
    assert progress == {str(personas.unit_a): (1, 2), str(personas.unit_b): (0, 1)}
    client.force_login(personas.coordinator)
    page = client.get(campaign.get_absolute_url()).content.decode()
    assert "B1 Quảng Châu" in page and "A2 Bắc Kinh" in page


def test_a_review_before_the_campaign_opened_does_not_count(client, personas, agreements):
    f.review(agreements["a1"], reviewed_on=f.today() - D(days=1))
    campaign = open_one(client, personas)
    assert sum(p.reviewed for p in campaigns.progress(campaign)) == 0


def test_agreements_waiting_for_review_are_on_the_attention_page(client, personas, agreements):
    open_one(client, personas)
    client.force_login(personas.officer_a)
    page = client.get(reverse("agreements:attention")).content.decode()
    assert 'data-testid="to-review"' in page and "A2 Bắc Kinh" in page
    assert [e.agreement.name for e in campaigns.to_review(personas.outsider_b)] == ["B1 Quảng Châu"]


def test_the_coordinator_closes_the_campaign_and_others_cannot(client, personas, agreements):
    campaign = open_one(client, personas)
    url = reverse("agreements:reviewcampaign_close", args=[campaign.pk])
    client.force_login(personas.officer_a)
    assert client.post(url).status_code == 403
    client.force_login(personas.coordinator)
    assert client.post(url).status_code == 302
    campaign.refresh_from_db()
    assert campaign.status == "closed" and campaign.closed_on == f.today()
    assert campaigns.to_review(personas.officer_a) == []
    client.post(url)
    assert ReviewCampaign.objects.get().status == "closed"


def test_the_api_shows_the_progress_per_unit(client, personas, agreements):
    campaign = open_one(client, personas)
    client.force_login(personas.officer_a)
    data = client.get(reverse("api:reviewcampaign-detail", args=[campaign.pk])).json()
    assert sorted((p["total"], p["reviewed"]) for p in data["progress"]) == [(1, 0), (2, 0)]
    assert client.get(reverse("api:reviewcampaign-list")).json()["count"] == 1
