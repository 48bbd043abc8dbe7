"""Demo data of the aid projects: the seed aid (both directions, Covid-19 support) and demo NGO
projects 2019–2026 with disbursements; each moved through the workflow by the demo
administrator, so the log reads as it would. Also loads the demo exchange rates. Idempotent:
projects are matched by name."""

from __future__ import annotations

import datetime
from decimal import Decimal

from caunoi.accounts.models import OrgUnit, User
from caunoi.aid_projects import workflow
from caunoi.aid_projects.choices import AidStatus
from caunoi.aid_projects.demo_data import DEMO_NOTE, DEMO_PROJECTS, SEED_AID, SEED_NOTE
from caunoi.aid_projects.models import AidProject, AidSector, Disbursement, InKindItem
from caunoi.core.money import quantize
from caunoi.core.rates.demo import load_demo_rates
from caunoi.indicators.services import seed_sources
from caunoi.partners.models import Partner

UNIT_NAMES = {
    "hh_campuchia": "Hội hữu nghị Việt Nam – Campuchia thành phố Hà Nội",
    "hh_ando": "Hội hữu nghị Việt Nam – Ấn Độ thành phố Hà Nội",
    "x_battrang": "Xã Bát Tràng",
    "q_badinh": "Quận Ba Đình",
    "q_hoankiem": "Quận Hoàn Kiếm",
    "p_hoankiem": "Phường Hoàn Kiếm",
    "p_cuanam": "Phường Cửa Nam",
    "p_badinh": "Phường Ba Đình",
    "p_giangvo": "Phường Giảng Võ",
    "p_tayho": "Phường Tây Hồ",
    "p_ngocha": "Phường Ngọc Hà",
}
UNIT_ACRONYMS = {
    "songoaivu": "SNgV",
    "haufo": "HAUFO",
    "halovi": "HALOVI",
    "sogiaoduc": "SGDĐT",
    "sovanhoa": "SVHTT",
    "phunu": "HLHPN",
    "nongdan": "HND",
    "thanhdoan": "TĐ",
}
EMBASSIES = {"Đại sứ quán Campuchia tại Việt Nam": "KH", "Đại sứ quán Ấn Độ tại Việt Nam": "IN"}
YEAR_2021 = datetime.date(2021, 1, 1)  # the seeds give the year only


def _units() -> dict[str, OrgUnit]:
    by_acronym = {u.acronym: u for u in OrgUnit.objects.exclude(acronym="")}
    by_name = {u.name: u for u in OrgUnit.objects.filter(name__in=UNIT_NAMES.values())}
    units = {key: by_acronym[acronym] for key, acronym in UNIT_ACRONYMS.items()}
    units.update({key: by_name[name] for key, name in UNIT_NAMES.items() if name in by_name})
    return units


def _partner(name: str) -> Partner:
    if name in EMBASSIES:
        return Partner.objects.get(kind="embassy", country__iso=EMBASSIES[name])
    return Partner.objects.get(name=name)


def _create(**fields) -> AidProject:
    many = {
        k: fields.pop(k) for k in ("donors", "recipient_partners", "recipient_units", "sectors")
    }
    project = AidProject(**fields)
    project.full_clean()
    project.save()
    for name, records in many.items():
        if records:
            getattr(project, name).set(records)
    return project


def _seed_aid(units, sectors, sources, admin) -> None:
    for name, name_en, direction, owner, partners, sector_slugs, items, source in SEED_AID:
        if AidProject.all_objects.filter(name=name).exists():
            continue
        parties = [_partner(p) for p in partners]
        project = _create(
            name=name,
            name_en=name_en,
            direction=direction,
            modality="emergency",
            donors=parties if direction == "received" else [],
            recipient_partners=parties if direction == "given" else [],
            recipient_units=[],
            sectors=[sectors[s] for s in sector_slugs],
            start_date=YEAR_2021,
            end_date=datetime.date(2021, 12, 31),
            owner_unit=units[owner],
            source=sources[source],
            description=SEED_NOTE.format(source=sources[source]),
        )
        note = "Viện trợ khẩn cấp phòng, chống dịch Covid-19 năm 2021 (Sở Ngoại vụ, 02/11/2021)."
        project = workflow.approve_aidproject(project, acting_user=admin, note=note)
        for item, quantity, unit in items:
            goods = InKindItem(project=project, item=item, quantity=quantity, unit=unit)
            goods.owner_unit = project.owner_unit
            goods.date = YEAR_2021
            goods.full_clean()
            goods.save()
        project = workflow.start_aidproject(project, acting_user=admin)
        workflow.complete_aidproject(project, acting_user=admin)


def _tranches(project: AidProject, share: int, years: int) -> None:
    """Disbursements of ``share`` per cent of the commitment, twice a year from the start."""
    if not share:
        return
    total = project.commitment_amount * Decimal(share) / 100
    count = max(1, min(2 * years, 6))
    if project.status == AidStatus.UNDER_WAY:
        count = max(1, count // 2)
    each = quantize(total / count, project.commitment_currency)
    for n in range(count):
        day = project.start_date + datetime.timedelta(days=45 + 182 * n)
        amount = each if n < count - 1 else total - each * (count - 1)
        row = Disbursement(
            project=project,
            date=min(day, datetime.date(2026, 11, 30)),
            amount=quantize(amount, project.commitment_currency),
            currency=project.commitment_currency,
            reference=f"GN-{project.pk:03d}-{n + 1}",
            owner_unit=project.owner_unit,
        )
        row.full_clean()
        row.save()


def _demo_projects(units, sectors, admin) -> None:
    for number, row in enumerate(DEMO_PROJECTS, start=1):
        (
            name,
            donor,
            owner,
            beneficiaries,
            sector_slugs,
            start,
            years,
            amount,
            currency,
            status,
            share,
        ) = row
        if AidProject.all_objects.filter(name=name).exists():
            continue
        start_date = datetime.date.fromisoformat(start)
        decided = start_date - datetime.timedelta(days=40)
        project = _create(
            name=name,
            code=f"VT-{start_date.year}-{number:02d}",
            direction="received",
            modality="project",
            donors=[_partner(donor)],
            recipient_partners=[],
            recipient_units=[units[key] for key in beneficiaries if key in units],
            sectors=[sectors[s] for s in sector_slugs],
            location="Hà Nội" if not beneficiaries else "",
            start_date=start_date,
            end_date=start_date.replace(year=start_date.year + years) - datetime.timedelta(days=1),
            decision_number=f"{1000 + 37 * number}/QĐ-UBND",
            decision_date=decided,
            decision_authority="UBND thành phố Hà Nội",
            commitment_amount=amount,
            commitment_currency=currency,
            commitment_date=decided,
            owner_unit=units[owner],
            description=DEMO_NOTE,
        )
        if status == AidStatus.PROPOSED:
            continue
        if status == AidStatus.CANCELLED:
            note = "Nhà tài trợ điều chỉnh chiến lược, không triển khai tại Hà Nội (demo)."
            workflow.cancel_aidproject(project, acting_user=admin, note=note)
            continue
        project = workflow.approve_aidproject(project, acting_user=admin)
        project = AidProject.objects.get(pk=project.pk)
        _tranches(project, share, years)
        if status in (AidStatus.UNDER_WAY, AidStatus.COMPLETED):
            project = workflow.start_aidproject(project, acting_user=admin)
        if status == AidStatus.COMPLETED:
            workflow.complete_aidproject(project, acting_user=admin)


def load(stdout=None) -> dict:
    units = _units()
    admin = User.objects.get(username="admin")
    rates = load_demo_rates(units["songoaivu"])
    sources = seed_sources(units["songoaivu"])
    sectors = {s.slug: s for s in AidSector.objects.all()}
    _seed_aid(units, sectors, sources, admin)
    _demo_projects(units, sectors, admin)
    if stdout is not None:
        stdout.write(
            f"  exchange rates: {rates}, aid projects: {AidProject.objects.count()}, "
            f"disbursements: {Disbursement.objects.count()}"
        )
    return {}
