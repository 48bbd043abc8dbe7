"""The resources demo: the seed aid both ways (Covid-19 support included), demo projects over
2019–2026 with their money, every seed indicator with its source, investment projects and the
rates to convert them; loading it twice changes nothing."""

import io
from decimal import Decimal

import pytest

from caunoi.accounts import demo as accounts_demo
from caunoi.aid_projects import demo as aid_demo
from caunoi.aid_projects.models import AidProject, Disbursement, InKindItem
from caunoi.core.models import ExchangeRate
from caunoi.indicators import demo as indicators_demo
from caunoi.indicators.demo_data import VALUES
from caunoi.indicators.models import IndicatorValue
from caunoi.investments import demo as investments_demo
from caunoi.investments.models import InvestmentProject
from caunoi.partners import demo as partners_demo


def load():
    """The demos these apps need, in the order ``caunoi load_demo`` runs them."""
    for module in (accounts_demo, partners_demo, aid_demo, investments_demo, indicators_demo):
        module.load(stdout=io.StringIO())


def counts():
    models = (AidProject, Disbursement, InKindItem, InvestmentProject, IndicatorValue, ExchangeRate)
    return tuple(m.objects.count() for m in models)


@pytest.mark.django_db
def test_the_demo_holds_the_seed_facts_and_loads_twice_the_same():
    load()
    rice = AidProject.objects.get(name__contains="2.000 tấn gạo")
    assert rice.direction == "given" and rice.status == "completed"
    assert rice.recipient_partners.get().name == "Thủ đô La Habana"
    goods = rice.in_kind_items.get()
    assert (goods.item, goods.quantity, goods.unit) == ("Gạo", Decimal(2000), "tấn")
    assert rice.source.code == "dofa_2021"
    covid_donors = AidProject.objects.filter(
        direction="received", modality="emergency", name__contains="Covid-19"
    )
    assert {p.donors.get().name for p in covid_donors} == {
        "Thủ đô Viêng Chăn",
        "Thành phố Quảng Châu",
        "Tỉnh Vân Nam",
        "Vùng Nam Ostrobothnia",
    }
    years = {p.start_date.year for p in AidProject.objects.filter(modality="project")}
    assert years == set(range(2019, 2027))
    assert {p.status for p in AidProject.objects.all()} == {
        "proposed",
        "approved",
        "under_way",
        "completed",
        "cancelled",
    }
    assert AidProject.objects.filter(log_entries__transition="approve").exists()
    assert IndicatorValue.objects.count() == len(VALUES)
    assert not IndicatorValue.objects.filter(source__isnull=True).exists()
    fdi = IndicatorValue.objects.get(indicator__code="fdi_attracted", period="2019")
    assert fdi.value == Decimal("8670000000") and fdi.source.publisher == "Tạp chí Cộng sản"
    assert InvestmentProject.objects.filter(overseas_vietnamese=True).exists()
    currencies = set(InvestmentProject.objects.values_list("capital_currency", flat=True))
    currencies |= set(
        AidProject.objects.exclude(commitment_currency="").values_list(
            "commitment_currency", flat=True
        )
    )
    rated = set(ExchangeRate.objects.values_list("currency", flat=True)) | {"VND"}
    assert currencies <= rated  # every demo amount can be converted
    before = counts()
    load()
    assert counts() == before
