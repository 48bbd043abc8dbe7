"""Demo data of the partner network: every network, locality and country fact of the seeds,
plus demo partners (tagged "demo") and contacts across kinds and regions. Idempotent."""

from __future__ import annotations

import datetime
import random

from caunoi.accounts.models import OrgUnit
from caunoi.partners.demo_data.generated import (
    EMBASSY_COUNTRIES,
    FIRST,
    LAST,
    LOCALITIES,
    ORGANISATIONS,
    POSITIONS,
)
from caunoi.partners.demo_data.seeds import SEED_PARTNERS
from caunoi.partners.models import Contact, CooperationField, Country, Partner, PartnerRelation
from caunoi.partners.reference import load_countries

FIELDS = [
    ("nong-nghiep-cong-nghe-cao", "Nông nghiệp công nghệ cao", "Hi-tech agriculture"),
    ("quan-ly-do-thi", "Quản lý đô thị", "Urban management"),
    ("giao-duc", "Giáo dục – đào tạo", "Education and training"),
    ("y-te", "Y tế", "Health"),
    ("van-hoa", "Văn hóa", "Culture"),
    ("du-lich", "Du lịch", "Tourism"),
    ("moi-truong-khi-hau", "Môi trường và biến đổi khí hậu", "Environment and climate"),
    ("chuyen-doi-so", "Chuyển đổi số", "Digital transformation"),
    ("dau-tu-thuong-mai", "Đầu tư – thương mại", "Investment and trade"),
]
UNIT_BY_KIND = {
    "foreign_locality": "songoaivu",
    "embassy": "songoaivu",
    "city_network": "songoaivu",
    "international_org": "songoaivu",
    "ngo": "haufo",
    "friendship_org": "haufo",
    "overseas_vietnamese": "halovi",
    "business": "socongthuong",
    "university": "sogiaoduc",
    "media": "songoaivu",
}
ASSOCIATION_FOR = {
    "LA": "Lào",
    "KH": "Campuchia",
    "CN": "Trung Quốc",
    "CU": "Cuba",
    "JP": "Nhật Bản",
    "KR": "Hàn Quốc",
    "FR": "Pháp",
    "IN": "Ấn Độ",
}
DEMO_NOTE = "Dữ liệu minh họa (demo)."


def _units() -> dict[str, OrgUnit]:
    by_acronym = {u.acronym: u for u in OrgUnit.objects.exclude(acronym="")}
    units = {
        "songoaivu": by_acronym.get("SNgV"),
        "haufo": by_acronym.get("HAUFO"),
        "halovi": by_acronym.get("HALOVI"),
        "socongthuong": by_acronym.get("SCT"),
        "sogiaoduc": by_acronym.get("SGDĐT"),
        "sovanhoa": by_acronym.get("SVHTT"),
    }
    for iso, vi in ASSOCIATION_FOR.items():
        units[f"hh_{iso}"] = OrgUnit.objects.filter(
            name=f"Hội hữu nghị Việt Nam – {vi} thành phố Hà Nội"
        ).first()
    return units


def _relation(partner, level, year, unit) -> None:
    if level and not PartnerRelation.objects.filter(partner=partner, level=level).exists():
        start = datetime.date(year, 1 + partner.pk % 12, 1 + partner.pk % 27) if year else None
        PartnerRelation(partner=partner, level=level, start_date=start, owner_unit=unit).save()


def load(stdout=None) -> dict:
    load_countries()
    for slug, name, name_en in FIELDS:
        if not CooperationField.objects.filter(slug=slug).exists():
            CooperationField(slug=slug, name=name, name_en=name_en).save()
    countries = {c.iso: c for c in Country.objects.all()}
    units = _units()
    rng = random.Random(2026)
    fields = list(CooperationField.objects.all())
    made: list[Partner] = []
    for (
        kind,
        vi,
        en,
        acronym,
        iso,
        level,
        lat,
        lon,
        relation,
        year,
        unit_key,
        note,
    ) in SEED_PARTNERS:
        partner = Partner.all_objects.filter(name=vi).first() or Partner(
            kind=kind,
            name=vi,
            name_en=en,
            acronym=acronym,
            country=countries.get(iso),
            locality_level=level,
            latitude=lat,
            longitude=lon,
            description=note,
            owner_unit=units[unit_key],
        )
        if partner.pk is None:
            partner.save()
        _relation(partner, relation, year, units[unit_key])
        made.append(partner)
    for vi, en, native, iso, level, lat, lon in LOCALITIES:
        partner = Partner.all_objects.filter(name=vi).first() or Partner(
            kind="foreign_locality",
            name=vi,
            name_en=en,
            name_native=native,
            country=countries.get(iso),
            locality_level=level,
            latitude=lat,
            longitude=lon,
            tags="demo",
            description=DEMO_NOTE,
            owner_unit=units["songoaivu"],
        )
        if partner.pk is None:
            partner.save()
            _relation(
                partner,
                rng.choice(["friendship_cooperation", "contact", "contact"]),
                rng.randint(1995, 2025),
                units["songoaivu"],
            )
        made.append(partner)
    for iso in EMBASSY_COUNTRIES:
        country = countries[iso]
        vi = f"Đại sứ quán {country.name} tại Việt Nam"
        partner = Partner.all_objects.filter(name=vi).first() or Partner(
            kind="embassy",
            name=vi,
            name_en=f"Embassy of {country.name_en} in Viet Nam",
            country=country,
            tags="demo",
            description=DEMO_NOTE,
            owner_unit=units["songoaivu"],
        )
        if partner.pk is None:
            partner.save()
        made.append(partner)
    for kind, vi, en, acronym, iso in ORGANISATIONS:
        owner = units.get(f"hh_{iso}") if kind == "friendship_org" else None
        owner = owner or units[UNIT_BY_KIND[kind]]
        partner = Partner.all_objects.filter(name=vi).first()
        if partner is None:
            partner = Partner(
                kind=kind,
                name=vi,
                name_en=en,
                acronym=acronym,
                country=countries.get(iso),
                tags="demo",
                description=DEMO_NOTE,
                owner_unit=owner,
            )
            if kind == "ngo":
                start = datetime.date(rng.randint(2021, 2024), rng.randint(1, 12), 1)
                partner.ngo_registration_number = f"{rng.randint(100, 999)}/CNĐK-NGO"
                partner.ngo_registration_valid_from = start
                partner.ngo_registration_valid_until = (
                    start.replace(year=start.year + 5)
                    if rng.random() > 0.2
                    else datetime.date(2027, 1, 15)
                )
                partner.ngo_operating_areas = "Hà Nội; y tế, giáo dục, giảm nghèo"
            partner.save()
            partner.cooperation_fields.set(rng.sample(fields, 2))
            level = "friendship_cooperation" if kind == "friendship_org" else "contact"
            _relation(partner, level, rng.randint(2005, 2025), owner)
        made.append(partner)
    contacts = _contacts(made, rng)
    if stdout is not None:
        stdout.write(
            f"  countries: {len(countries)}, partners: {Partner.objects.count()}, "
            f"contacts: {contacts}"
        )
    return {}


def _contacts(partners: list[Partner], rng: random.Random) -> int:
    if Contact.objects.exists():
        return Contact.objects.count()
    for partner in rng.sample(partners, min(90, len(partners))):
        for _ in range(rng.choice([1, 1, 2])):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            slug = name.lower().replace(" ", ".").encode("ascii", "ignore").decode()
            Contact(
                partner=partner,
                full_name=name,
                position=rng.choice(POSITIONS),
                email=f"{slug}@demo.invalid",
                phone=f"+84 24 {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}",
                purpose="Liên hệ công tác đối ngoại",
                legal_basis="public_task",
                retain_until=datetime.date(2030, 12, 31),
                notes=DEMO_NOTE,
                owner_unit=partner.owner_unit,
            ).save()
    return Contact.objects.count()
