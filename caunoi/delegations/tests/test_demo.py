"""The delegations demo: the seed delegations, every state, hundreds a year inbound, the
leader login, a request waiting for the demo approver, fast, and idempotent."""

import io
import time

import pytest

from caunoi.accounts import demo as accounts_demo
from caunoi.accounts.models import User
from caunoi.delegations import demo, workflow
from caunoi.delegations.choices import Direction, Status
from caunoi.delegations.demo_data import SEED_DELEGATIONS
from caunoi.delegations.models import Delegation
from caunoi.partners import demo as partners_demo


@pytest.mark.django_db
def test_the_demo_has_the_seeds_every_state_and_loads_twice_unchanged():
    accounts_demo.load()
    partners_demo.load(stdout=io.StringIO())
    began = time.monotonic()
    result = demo.load(stdout=io.StringIO())
    assert time.monotonic() - began < 30  # bulk inserts: a few seconds on a laptop

    for row in SEED_DELEGATIONS:
        d = Delegation.objects.get(name=row[3], start_date=row[5])
        assert d.members.filter(role="head").exists() and d.programme.exists()
    fukuoka = Delegation.objects.get(name=SEED_DELEGATIONS[3][3])
    assert fukuoka.countries.get().iso == "JP" and fukuoka.partners.count() == 2

    statuses = set(Delegation.objects.values_list("status", flat=True))
    assert statuses == {s.value for s in Status}
    for year in range(2021, 2027):
        inbound = Delegation.objects.filter(direction=Direction.INBOUND, start_date__year=year)
        assert inbound.count() >= 200

    assert [login[0] for login in result["logins"]] == ["leader"]
    approver = User.objects.get(username="approver")
    vientiane = Delegation.objects.get(name=SEED_DELEGATIONS[-1][3])
    assert vientiane.status == Status.SUBMITTED
    assert workflow.is_current_approver(vientiane, approver)
    leader = User.objects.get(username="leader")
    city_waiting = Delegation.objects.filter(status=Status.SUBMITTED, level="city")
    for d in city_waiting:
        assert d.current_step().kind == "coordinator"
        assert leader in d.approval_steps.get(order=2).approvers.all()

    count = Delegation.objects.count()
    demo.load(stdout=io.StringIO())
    assert Delegation.objects.count() == count
