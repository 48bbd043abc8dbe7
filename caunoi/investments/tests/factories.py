"""Test data for investment projects."""

from __future__ import annotations

import datetime
import itertools
from decimal import Decimal

from caunoi.investments.models import InvestmentProject, InvestmentSector
from caunoi.partners.tests import factories as pf

SERIAL = itertools.count(1)


def investor(unit, name: str | None = None, **extra):
    values = {
        "kind": "business",
        "name_en": "AEON Group",
        "country": pf.country("JP", "Nhật Bản", "Japan"),
    }
    values.update(extra)
    return pf.partner(unit, name=name or f"NĐT{next(SERIAL)} Tập đoàn AEON", **values)


def project(unit, **fields) -> InvestmentProject:
    values = {
        "name": f"DT{next(SERIAL)} Trung tâm thương mại",
        "investor": fields.pop("investor", None) or investor(unit),
        "sector": InvestmentSector.objects.get(slug="wholesale-retail"),
        "kind": "new_project",
        "capital_amount": Decimal("190000000"),
        "capital_currency": "USD",
        "registered_on": datetime.date(2024, 4, 15),
        **fields,
    }
    made = InvestmentProject(owner_unit=unit, **values)
    made.full_clean()
    made.save()
    return made
