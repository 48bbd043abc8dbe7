#!/usr/bin/env python
"""Quick timing of the global search (not a test, not the benchmark of issue 9).

Loads N records (50,000 by default) of the core test app into a throw-away database, indexes them
in bulk, then times a few typical queries, typed without diacritics, as a unit officer (scoped to
part of the units) and as an auditor (every unit), and prints p50/p95 in milliseconds.

    .venv/bin/python scripts/search_timing.py                 # SQLite (temporary file)
    scripts/with-postgres.sh .venv/bin/python scripts/search_timing.py   # PostgreSQL
    .venv/bin/python scripts/search_timing.py --entries 200000 --runs 100
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")

import django

django.setup()

from django.db import connection  # noqa: E402

SYLLABLES = " ".join(
    [
        "Hà Nội Viêng Chăn Đà Nẵng Hội hữu nghị Việt Nam thành phố Quảng Châu Bắc Kinh Lào",
        "Campuchia Ấn Độ Nhật Bản Hàn Quốc Pháp Đức Nga Cu Ba Ha-va-na Phúc Cương Vân Nam",
        "đối ngoại nhân dân liên hiệp các tổ chức kiều bào trường đại học hợp tác văn hóa",
        "giáo dục y tế đô thị nông nghiệp công nghệ cao Nguyễn Trần Lê Phạm Hoàng Đặng Bùi",
        "Đỗ Hồ Ngô Dương Lý Văn Thị Minh Anh Tuấn",
    ]
).split(" ")
ACRONYMS = ["C40", "UCCN", "WeGO", "AIMF", "AICESIS", "HAUFO", "HALOVI", "UNESCO", "ASEAN"]
QUERIES = [
    "ha noi",
    "vieng chan",
    "hoi huu nghi viet nam",
    "c40",
    "nguyen van",
    "dai hoc quang",
    "ha",
    "xyzzy",
]


PLACES = [
    "Viêng Chăn",
    "Quảng Châu",
    "Bắc Kinh",
    "Phnôm Pênh",
    "Ha-va-na",
    "Fukuoka",
    "Cairo",
    "Vân Nam",
    "Nam Ostrobothnia",
    "Paris",
    "Toulouse",
    "Seoul",
    "Bangkok",
    "Hà Nội",
    "Đà Nẵng",
]
COUNTRIES = ["Lào", "Campuchia", "Trung Quốc", "Cu Ba", "Nhật Bản", "Pháp", "Ấn Độ", "Nga", "Đức"]
TEMPLATES = [
    "Hội hữu nghị Việt Nam – {country} thành phố Hà Nội",
    "Chính quyền thành phố {place}",
    "Đại học {place}",
    "{family} {middle} {given}",
    "Đoàn đại biểu {place} thăm Hà Nội",
    "Mạng lưới {acronym}",
    "{words}",
]


def name(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        country=rng.choice(COUNTRIES),
        place=rng.choice(PLACES),
        family=rng.choice(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ"]),
        middle=rng.choice(["Văn", "Thị", "Minh", "Đức", "Thu"]),
        given=rng.choice(["Anh", "Tuấn", "Hương", "Dũng", "Lan", "Phong", "Đạt"]),
        acronym=rng.choice(ACRONYMS),
        words=" ".join(rng.sample(SYLLABLES, rng.randint(2, 7))),
    )


def load(entries: int, seed: int):
    from caunoi.accounts.choices import UnitKind
    from caunoi.accounts.models import OrgUnit
    from caunoi.core.search import index
    from caunoi.core.testing.personas import make_personas
    from caunoi.core.tests.testapp.models import Gadget

    rng = random.Random(seed)
    personas = make_personas()
    units = [personas.unit_a, personas.unit_a_child, personas.unit_b, personas.ward]
    for i in range(36):
        parent = personas.unit_a if i % 2 else personas.unit_b
        unit = OrgUnit(name=f"Đơn vị {i}", kind=UnitKind.DEPARTMENT, parent=parent)
        unit.save()
        units.append(unit)
    started = time.perf_counter()
    gadgets = Gadget.objects.bulk_create(
        [
            Gadget(name=name(rng), description=name(rng), owner_unit=rng.choice(units))
            for _ in range(entries)
        ],
        batch_size=2000,
    )
    created = time.perf_counter() - started
    started = time.perf_counter()
    index.bulk_update(gadgets)
    index.optimize()
    indexed = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # what autovacuum does soon after a bulk load
    print(f"{entries:,} records created in {created:.1f} s, indexed in {indexed:.1f} s")
    return personas


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_queries(personas, runs: int) -> None:
    from caunoi.accounts.models import User
    from caunoi.core.search import search_flat, search_grouped

    print(f"\n{connection.vendor}: ms over {runs} runs (p50 / p95), page = grouped, api = flat")
    print(
        f"{'query':24} {'user':10} {'hits':>7} {'page p50':>9} {'p95':>7} {'api p50':>8} {'p95':>7}"
    )
    everything = []
    for query in QUERIES:
        for persona in ("officer_a", "auditor"):
            timings = {"page": [], "api": []}
            hits = 0
            for run in range(runs + 3):
                user = User.objects.get(pk=personas.get(persona).pk)  # fresh: as in a request
                for kind, call, kwargs in (
                    ("page", search_grouped, {"per_type": 8}),
                    ("api", search_flat, {"limit": 20}),
                ):
                    started = time.perf_counter()
                    result = call(user, query, **kwargs)
                    elapsed = (time.perf_counter() - started) * 1000
                    if run >= 3:  # warm-up
                        timings[kind].append(elapsed)
                    if kind == "api":
                        hits = result[0]
            page, api = timings["page"], timings["api"]
            everything += page + api
            print(
                f"{query:24} {persona:10} {hits:7,} "
                f"{statistics.median(page):9.1f} {percentile(page, 0.95):7.1f} "
                f"{statistics.median(api):8.1f} {percentile(api, 0.95):7.1f}"
            )
    print(
        f"\nall queries: p50 {statistics.median(everything):.1f} ms, "
        f"p95 {percentile(everything, 0.95):.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    tmp = None
    if connection.vendor == "sqlite":
        tmp = Path(tempfile.mkdtemp()) / "search-timing.sqlite3"
        connection.settings_dict["TEST"]["NAME"] = str(tmp)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        personas = load(args.entries, args.seed)
        time_queries(personas, args.runs)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
            tmp.parent.rmdir()


if __name__ == "__main__":
    main()
