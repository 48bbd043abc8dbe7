"""``caunoi bench_profile``: a page's request time, its statements by cost and their plans."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from caunoi.bench.generate import generate

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_profile_lists_the_statements_and_the_plan_of_the_slowest():
    generate("small", seed=1)
    out = StringIO()
    call_command("bench_profile", "partner_list", "--plans", "1", "--repeat", "1", stdout=out)
    text = out.getvalue()
    assert "== partner_list: /partners/?kind=ngo" in text and "status 200" in text
    assert "partners_partner" in text and "-- plan of: SELECT" in text
    with pytest.raises(CommandError, match="unknown pages"):
        call_command("bench_profile", "nowhere", stdout=out)
