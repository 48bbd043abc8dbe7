"""A page of the partner list reads its ids first, then computes "last contact" for those
rows only (core/paging.py): the same rows, in the same order, as a plain slice."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caunoi.core.paging import ListPaginator, computed_late, rows_by_ids
from caunoi.partners import activity
from caunoi.partners.models import Partner
from caunoi.partners.tests import factories as pf

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(personas):
    made = [pf.partner(personas.unit_a, name=f"Đối tác {n:02d}") for n in range(30)]
    for n, p in enumerate(made[::3]):
        pf.relation(personas.unit_a, p, start_date=datetime.date(2020, 1, 1 + n))
    return made


def test_a_page_read_by_ids_is_the_plain_slice(partners):
    listed = activity.with_last_activity(Partner.objects.all()).order_by("-name", "pk")
    assert computed_late(listed)
    plain = [(p.pk, p.last_activity) for p in listed[10:20]]
    assert [(p.pk, p.last_activity) for p in rows_by_ids(listed, 10, 20)] == plain
    assert any(day for _pk, day in plain)


def test_sorting_by_the_computed_column_reads_the_plain_way(partners):
    listed = activity.with_last_activity(Partner.objects.all())
    assert not computed_late(listed.order_by("-last_activity"))
    assert not computed_late(Partner.objects.order_by("name"))  # nothing computed
    page = ListPaginator(listed.order_by("-last_activity", "pk"), 25).page(1)
    assert [p.pk for p in page] == [p.pk for p in listed.order_by("-last_activity", "pk")[:25]]


def test_the_last_contact_is_computed_for_the_rows_shown_only(client, personas, partners):
    client.force_login(personas.officer_a)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/partners/", {"sort": "name", "page": 2, "per_page": 25})
    assert page.status_code == 200
    rows = [row.record for row in page.context["table"].page.object_list]
    assert [p.name for p in rows] == [f"Đối tác {n:02d}" for n in range(25, 30)]
    body = page.content.decode()
    assert "Đối tác 29" in body and f"/partners/{rows[0].pk}/" in body
    computed = [q["sql"] for q in queries if "MAX(" in q["sql"] and "partners_partner" in q["sql"]]
    assert computed and all('"partners_partner"."id" IN (' in sql for sql in computed)


def test_the_api_pages_by_ids_too(client, personas, partners):
    client.force_login(personas.officer_a)
    page = client.get("/api/v1/partners/", {"page": 2, "page_size": 10, "ordering": "name"})
    assert page.status_code == 200
    names = [row["name"] for row in page.json()["results"]]
    assert names == [f"Đối tác {n:02d}" for n in range(10, 20)]
    assert all("last_activity" in row for row in page.json()["results"])
