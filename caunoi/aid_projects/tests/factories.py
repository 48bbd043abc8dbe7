"""Test data for aid projects. Everything saves through the model (versioned, change-logged);
workflow states are reached through the workflow functions, never by assigning a status."""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

from caunoi.aid_projects import workflow
from caunoi.aid_projects.models import AidProject, AidSector, Disbursement, InKindItem
from caunoi.core.testing.money import rate  # noqa: F401  (the aid tests' rates)
from caunoi.partners.tests import factories as pf

SERIAL = itertools.count(1)


def ngo(unit, name: str | None = None):
    return pf.partner(
        unit,
        name=name or f"NGO{next(SERIAL)} Tổ chức Tầm nhìn Thế giới",
        kind="ngo",
        name_en="World Vision",
        country=pf.country("US", "Hoa Kỳ", "United States"),
    )


def sector(slug: str = "health") -> AidSector:
    return AidSector.objects.get(slug=slug)  # seeded by migration 0002


def project(unit, *, donors=None, recipients=None, sectors=("health",), **fields) -> AidProject:
    direction = fields.pop("direction", "received")
    values = {
        "name": f"DA{next(SERIAL)} Nâng cao năng lực y tế cơ sở",
        "direction": direction,
        "modality": "project",
        "start_date": datetime.date(2026, 1, 15),
        "end_date": datetime.date(2027, 12, 31),
        "commitment_amount": Decimal("120000"),
        "commitment_currency": "EUR",
        "commitment_date": datetime.date(2026, 1, 5),
        "decision_number": "1234/QĐ-UBND",
        "decision_date": datetime.date(2026, 1, 5),
        "decision_authority": "UBND thành phố Hà Nội",
        **fields,
    }
    made = AidProject(owner_unit=unit, **values)
    made.full_clean()
    made.save()
    if direction == "received":
        made.donors.set(donors if donors is not None else [ngo(unit)])
    else:
        made.recipient_partners.set(recipients or [pf.partner(unit, name="Thủ đô La Habana")])
    made.sectors.set([sector(s) for s in sectors])
    return made


def approved(unit, user, **fields) -> AidProject:
    return workflow.approve_aidproject(project(unit, **fields), acting_user=user)


def disbursement(made: AidProject, amount="40000", currency="EUR", day=None, **extra):
    row = Disbursement(
        project=made,
        date=day or datetime.date(2026, 3, 10),
        amount=Decimal(amount),
        currency=currency,
        owner_unit=made.owner_unit,
        **extra,
    )
    row.full_clean()
    row.save()
    return row


def goods(made: AidProject, item="Gạo", quantity="2000", unit="tấn", **extra) -> InKindItem:
    row = InKindItem(
        project=made,
        item=item,
        quantity=Decimal(quantity) if quantity else None,
        unit=unit,
        owner_unit=made.owner_unit,
        **extra,
    )
    row.full_clean()
    row.save()
    return row
