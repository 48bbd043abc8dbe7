"""The agreements demo: the seed agreements (Vientiane, Beijing, Guangzhou, Cairo, the
networks), every lifecycle stage, some expiring and some dormant, a renewal chain, and a
campaign half done; loading it twice changes nothing."""

import io

import pytest
from django.utils import timezone

from caunoi.accounts import demo as accounts_demo
from caunoi.accounts.models import User
from caunoi.agreements import attention, campaigns
from caunoi.agreements import demo as agreements_demo
from caunoi.agreements.choices import AgreementStatus
from caunoi.agreements.models import Agreement, PlanItem, Review, ReviewCampaign
from caunoi.events import demo as events_demo
from caunoi.partners import demo as partners_demo


def load():
    for module in (accounts_demo, partners_demo, agreements_demo, events_demo, agreements_demo):
        module.load(stdout=io.StringIO())


@pytest.mark.django_db
def test_the_demo_holds_the_seed_agreements_every_stage_and_loads_twice_the_same():
    load()
    names = set(Agreement.objects.values_list("name", flat=True))
    for place in ("Viêng Chăn", "Bắc Kinh", "Quảng Châu", "Cairo", "C40", "UNESCO", "AIMF"):
        assert any(place in name for name in names), place
    assert set(Agreement.objects.values_list("status", flat=True)) == set(AgreementStatus.values)
    today = timezone.localdate()
    everything = Agreement.objects.all()
    for band in attention.BANDS:
        assert attention.expiring(everything, today, band).exists(), band
    assert attention.dormant(everything, today).filter(name__contains="AIMF").exists()
    renewal = Agreement.objects.get(name__contains="Bắc Kinh giai đoạn 2024")
    assert renewal.previous.status == AgreementStatus.SUPERSEDED
    assert PlanItem.objects.filter(evidence__isnull=False).exists()  # linked to demo events
    campaign = ReviewCampaign.objects.get()
    progress = campaigns.progress(campaign)
    done, total = sum(p.reviewed for p in progress), sum(p.total for p in progress)
    assert 0 < done < total and abs(done - total / 2) <= 1
    officer = User.objects.get(username="officer")
    assert not attention.collect(officer, today).empty
    before = (Agreement.objects.count(), PlanItem.objects.count(), Review.objects.count())
    agreements_demo.load(stdout=io.StringIO())
    assert (Agreement.objects.count(), PlanItem.objects.count(), Review.objects.count()) == before
