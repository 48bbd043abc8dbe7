"""Demo data for events: every event in the seed facts, events planned for round
anniversaries, and generated activities across 2021–2026 so that the calendar is full.

Idempotent: events are matched by title and start date. Demo records carry their status as
recorded history (a past event is held, a future one planned); the status steps themselves
are used on screens.
"""

from __future__ import annotations

import datetime
import random

from caunoi.accounts.models import OrgUnit
from caunoi.events import anniversaries, timezones
from caunoi.events.choices import EventStatus
from caunoi.events.demo_data import (
    GENERATED_PER_YEAR,
    GENERATED_UNITS,
    PATTERNS,
    PLANNED_ANNIVERSARIES,
    SEED_EVENTS,
)
from caunoi.events.models import Event
from caunoi.partners.models import Country, Partner

DEMO_NOTE = "Dữ liệu minh họa (demo)."
ILLUSTRATIVE_DAY = "Ngày trên lịch là minh họa khi nguồn chỉ ghi tháng hoặc năm."
ONLINE_LINK = "https://hop-truc-tuyen.example/hanoi"  # demo: a reserved domain, never real
UNIT_NAMES = {
    "ubnd": "Ủy ban nhân dân thành phố Hà Nội",
    "songoaivu": "Sở Ngoại vụ Hà Nội",
    "socongthuong": "Sở Công Thương Hà Nội",
    "sovanhoa": "Sở Văn hóa và Thể thao Hà Nội",
    "sodulich": "Sở Du lịch Hà Nội",
    "mttq": "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội",
    "haufo": "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
    "halovi": "Hội liên lạc với người Việt Nam ở nước ngoài thành phố Hà Nội",
    "phunu": "Hội Liên hiệp Phụ nữ thành phố Hà Nội",
    "thanhdoan": "Thành đoàn Hà Nội",
    "p_hoankiem": "Phường Hoàn Kiếm",
    "p_tayho": "Phường Tây Hồ",
}
ASSOCIATIONS = {
    "hh_LA": "Lào",
    "hh_KH": "Campuchia",
    "hh_CN": "Trung Quốc",
    "hh_JP": "Nhật Bản",
    "hh_KR": "Hàn Quốc",
    "hh_FR": "Pháp",
}


def _units() -> dict[str, OrgUnit]:
    names = dict(UNIT_NAMES)
    names.update(
        {key: f"Hội hữu nghị Việt Nam – {vi} thành phố Hà Nội" for key, vi in ASSOCIATIONS.items()}
    )
    by_name = {u.name: u for u in OrgUnit.objects.filter(name__in=names.values())}
    return {key: by_name[name] for key, name in names.items() if name in by_name}


def _status(start: datetime.date, today: datetime.date, rng: random.Random | None = None) -> str:
    if start <= today:
        if rng is not None and rng.random() < 0.06:
            return EventStatus.CANCELLED
        return EventStatus.DONE
    if rng is not None and rng.random() < 0.4:
        return EventStatus.CONFIRMED
    return EventStatus.PLANNED


def _save(name: str, start: datetime.date, fields: dict, m2m: dict) -> tuple[Event, bool]:
    event = Event.all_objects.filter(name=name, start_date=start).first()
    created = event is None
    if created:
        event = Event(name=name, start_date=start)
    changed = created
    for key, value in fields.items():
        if key == "owner_unit":
            if event.owner_unit_id != value.pk:
                event.owner_unit = value
                changed = True
            continue
        if getattr(event, key) != value:
            setattr(event, key, value)
            changed = True
    if changed:
        event.full_clean(exclude=["owner_unit"])
        event.save()
    for key, values in m2m.items():
        current = set(getattr(event, key).values_list("pk", flat=True))
        if current != {v.pk for v in values}:
            getattr(event, key).set(values)
    return event, created


def load(stdout=None) -> dict:
    units = _units()
    if "songoaivu" not in units:
        return {}
    today = datetime.date.today()
    countries = {c.iso: c for c in Country.objects.all()}
    partners_by_name = {p.name: p for p in Partner.objects.all()}
    made = 0
    for (
        name,
        name_en,
        start,
        end,
        kind,
        pillar,
        channel,
        place,
        city,
        zone,
        time,
        unit_key,
        co_units,
        partner_names,
        isos,
        participants,
        outcomes,
        note,
    ) in SEED_EVENTS:
        fields = {
            "name_en": name_en,
            "end_date": end,
            "kind": kind,
            "pillar": pillar,
            "channel": channel,
            "place": place,
            "city": city,
            "time_zone": zone or timezones.HANOI,
            "start_time": time,
            "online_link": ONLINE_LINK if place == "online" else "",
            "participants_total": participants,
            "outcomes": outcomes,
            "status": _status(start, today),
            "is_public": True,
            "owner_unit": units.get(unit_key, units["songoaivu"]),
            "description": f"Nguồn: {note}. {ILLUSTRATIVE_DAY}",
        }
        m2m = {
            "co_organiser_units": [units[k] for k in co_units if k in units],
            "partners": [partners_by_name[n] for n in partner_names if n in partners_by_name],
            "countries": [countries[i] for i in isos if i in countries],
        }
        _event, created = _save(name, start, fields, m2m)
        made += created
    made += _planned_anniversaries(units, countries, today)
    made += _generated(units, today)
    if stdout is not None:
        stdout.write(f"  events: {Event.objects.count()} ({made} new)")
    return {}


def _planned_anniversaries(units, countries, today) -> int:
    made = 0
    for iso, year, unit_key in PLANNED_ANNIVERSARIES:
        country = countries.get(iso)
        if country is None or country.relations_established is None:
            continue
        key = anniversaries.make_key("diplomatic_relations", "partners.country", country.pk, year)
        found = anniversaries.find(key, None)
        if found is None:
            continue
        name = f"Kỷ niệm {found.years} năm thiết lập quan hệ ngoại giao Việt Nam – {country.name}"
        fields = {
            "name_en": f"{found.years} years of diplomatic relations between Viet Nam and "
            f"{country.name_en}",
            "kind": "commemoration",
            "pillar": "political",
            "channel": "people",
            "place": "hanoi",
            "start_time": datetime.time(18, 0),
            "status": _status(found.day, today),
            "owner_unit": units.get(unit_key, units["songoaivu"]),
            "anniversary_key": key,
            "anniversary_title": found.title,
            "description": DEMO_NOTE,
        }
        _event, created = _save(name, found.day, fields, {"countries": [country]})
        made += created
    return made


def _generated(units, today) -> int:
    rng = random.Random(2021)
    partners = list(
        Partner.objects.exclude(country__isnull=True)
        .exclude(country__iso="VN")
        .select_related("country")
        .order_by("pk")
    )
    if not partners:
        return 0
    keys = [k for k in GENERATED_UNITS if k in units]
    made = 0
    for year in range(2021, max(2027, today.year + 2)):
        for _n in range(GENERATED_PER_YEAR):
            kind, pillar, vi, en = rng.choice(PATTERNS)
            partner = rng.choice(partners)
            start = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
            abroad = kind == "investment_promotion" or rng.random() < 0.1
            place = "online" if kind == "online_meeting" else ("abroad" if abroad else "hanoi")
            timed = rng.random() < 0.6
            zone = (
                timezones.suggest_zone(partner.country.iso, partner.latitude, partner.longitude)
                if place == "abroad"
                else timezones.HANOI
            )
            total = rng.choice([None, 40, 60, 80, 120, 150, 200, 300])
            fields = {
                "name_en": en.format(p=partner.name_en or partner.name, c=partner.country.name_en),
                "kind": kind,
                "pillar": pillar,
                "channel": "people",
                "place": place,
                "city": (partner.name if place == "abroad" else ""),
                "time_zone": zone,
                "start_time": datetime.time(rng.choice([8, 9, 14, 15, 19]), rng.choice([0, 30]))
                if timed
                else None,
                "end_date": start + datetime.timedelta(days=rng.choice([0, 0, 0, 1, 2])),
                "online_link": ONLINE_LINK if place == "online" else "",
                "participants_total": total,
                "participants_foreign": (total // 4) if total else None,
                "status": _status(start, today, rng),
                "owner_unit": units[rng.choice(keys)],
                "description": DEMO_NOTE,
            }
            fields["end_date"] = fields["end_date"] if fields["end_date"] != start else None
            name = vi.format(p=partner.name, c=partner.country.name)
            m2m = {"partners": [partner], "countries": [partner.country]}
            _event, created = _save(name, start, fields, m2m)
            made += created
    return made
