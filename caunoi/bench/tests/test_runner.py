"""The benchmark runner's pieces: capture, floor replay, pages, percentiles and the report."""

from __future__ import annotations

import dataclasses
import json
from urllib.parse import quote_plus

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from caunoi.accounts.models import User
from caunoi.bench.generate import generate
from caunoi.bench.runner import http, report
from caunoi.bench.runner.pages import PAGES, Page, pages_for_run, read_facts
from caunoi.bench.runner.sql import Floor, capture, django_rows


def _urls():
    values = {k: quote_plus(str(v)) for k, v in dataclasses.asdict(read_facts()).items()}
    return {p.name: p.url.format(**values) for p in pages_for_run()[0]}


def _client(username="bench.officer") -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def _plain(results):
    """Rows with JSON in one form: Django's connection leaves jsonb as text (its fields parse
    it), a bare psycopg connection parses it."""

    def value(v):
        if isinstance(v, str) and v[:1] in "{[":
            try:
                v = json.loads(v)
            except ValueError:
                return v
        if isinstance(v, dict | list):
            return json.dumps(v, sort_keys=True, default=str)
        return v

    return [[tuple(value(v) for v in row) for row in rows] for rows in results]


@pytest.mark.django_db(transaction=True)  # the floor's own connection sees committed rows only
def test_floor_replay_returns_the_rows_django_fetched():
    generate("small", seed=1)
    client = _client()
    floor = Floor()
    try:
        for name in ("partner_list", "partner_detail", "search", "api_events"):
            statements = capture(client, _urls()[name]).replayable
            assert statements, name
            assert _plain(floor.run(statements)) == _plain(django_rows(statements)), name
            assert floor.time(statements, repeat=2, warm=1) > 0
    finally:
        floor.close()


@pytest.mark.django_db
def test_capture_sees_every_query_of_the_request():
    generate("small", seed=1)
    client = _client()
    url = _urls()["partner_list"]
    client.get(url, HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as seen:
        client.get(url, HTTP_HOST="127.0.0.1")
    expected = len(seen.captured_queries)  # read now: the next request empties the log
    got = capture(client, url, warm=0)
    assert got.status == 200
    assert got.queries == expected


@pytest.mark.django_db
def test_every_page_answers_200_for_its_user():
    generate("small", seed=1)
    measured, _ = pages_for_run()
    urls = _urls()
    for page in measured:
        assert capture(_client(page.user), urls[page.name], warm=0).status == 200, page.name


def test_a_page_whose_screen_does_not_exist_is_skipped():
    missing = Page("nowhere", "/nowhere/", needs="core:no_such_screen")
    assert not missing.available()
    assert Page("home", "/").available()
    assert {p.name for p in PAGES} >= {"home", "partner_list", "search", "calendar_month"}
    measured, _ = pages_for_run()
    assert {"delegations_waiting", "agreement_list", "api_delegations"} <= {
        p.name for p in measured
    }


def test_percentiles_of_a_known_sample():
    values = [float(n) for n in range(1, 101)]
    assert http.percentile(values, 50) == pytest.approx(50.5)
    assert http.percentile(values, 95) == pytest.approx(95.05)
    assert http.percentile([7.0], 99) == 7.0


def _result(database="sqlite", p95=40.0, ratio=2.0, search=False):
    page = {"name": "home", "url": "/", "search": search, "queries": 9, "floor_ms": 1.0,
            "p50_ms": 20.0, "p95_ms": p95, "p99_ms": p95 + 1, "app_floor_ratio": ratio}  # fmt: skip
    return {
        "database": database, "scale": "city", "seed": 1, "date": "2026-12-01T15:00:00+00:00",
        "commit": "abc", "workers": 3, "warm": 10, "requests": 60, "skipped": ["delegations"],
        "machine": {"cpu": "cpu", "cores": 2, "memory_gb": 24, "system": "Linux",
                    "python": "3.11", "django": "5.2", "database": "SQLite 3"},
        "pages": [page],
        "load": {"connections": 16, "seconds": 20, "throughput_rps": 30, "p50_ms": 100,
                 "p95_ms": 200, "p99_ms": 300, "errors": 0, "error_rate": 0},
        "import": {"rows": 10000, "seconds": 50, "rows_per_second": 200, "ok": True},
    }  # fmt: skip


def test_targets_depend_on_the_database_and_the_page():
    sqlite = _result("sqlite", p95=60)
    report.judge(sqlite)
    assert sqlite["pages"][0]["met"] is False  # SQLite: p95 ≤ 50 ms
    postgres = _result("postgresql", p95=60, ratio=2.5)
    report.judge(postgres)
    assert postgres["pages"][0]["met"] is True  # PostgreSQL: p95 ≤ 100 ms, ≤ 3× the floor
    slow_search = _result("postgresql", p95=60, search=True)
    report.judge(slow_search)
    assert slow_search["pages"][0]["met"] is False  # search: p95 ≤ 50 ms
    far_from_floor = _result("postgresql", p95=60, ratio=4)
    report.judge(far_from_floor)
    assert far_from_floor["pages"][0]["met"] is False


def test_the_report_keeps_the_text_around_its_tables(tmp_path):
    doc = tmp_path / "performance.md"
    doc.write_text(f"# Performance\n\nBefore.\n\n{report.BEGIN}\nold\n{report.END}\n\nAfter.\n")
    result = _result()
    report.judge(result)
    path = report.write(result, tmp_path / "results")
    assert json.loads(path.read_text())["pages"][0]["name"] == "home"
    report.update_doc(report.latest(tmp_path / "results"), doc)
    text = doc.read_text()
    assert "Before." in text and "After." in text and "old" not in text
    assert "| home | 20.0 | 40.0 | 41.0 | 9 |" in text
    assert "delegations | not measured" in text
