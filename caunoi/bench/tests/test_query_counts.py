"""Queries per request must not grow with the data or the page size (the benchmark's pages)."""

from __future__ import annotations

import dataclasses
from urllib.parse import quote_plus

import pytest
from django.test import Client

from caunoi.accounts.models import User
from caunoi.bench.generate import generate
from caunoi.bench.runner.pages import pages_for_run, read_facts
from caunoi.bench.runner.sql import capture

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    values = {k: quote_plus(str(v)) for k, v in dataclasses.asdict(read_facts()).items()}
    counts = {}
    clients = {}
    for page in pages_for_run()[0]:
        if page.user not in clients:
            clients[page.user] = Client()
            clients[page.user].force_login(User.objects.get(username=page.user))
        got = capture(clients[page.user], page.url.format(**values))
        assert got.status == 200, page.name
        counts[page.name] = got.queries
    return counts


def test_queries_per_page_do_not_grow_with_the_data():
    generate("small", seed=1)
    before = _counts()
    generate("small", seed=2)  # a second tree of units and as many records again
    assert _counts() == before


@pytest.mark.parametrize(
    ("url", "size"),
    [
        ("/partners/?sort=-name", "per_page"),
        ("/events/", "per_page"),
        ("/partners/contacts/", "per_page"),
        ("/api/v1/partners/", "page_size"),
        ("/api/v1/events/", "page_size"),
        ("/api/v1/contacts/", "page_size"),
        ("/api/v1/aid-projects/", "page_size"),
    ],
)
def test_queries_per_page_do_not_grow_with_the_page_size(url, size):
    generate("small", seed=1)
    client = Client()
    client.force_login(User.objects.get(username="bench.officer"))
    joiner = "&" if "?" in url else "?"
    small = capture(client, f"{url}{joiner}{size}=25")
    large = capture(client, f"{url}{joiner}{size}=100")
    assert small.status == large.status == 200
    assert large.queries == small.queries
