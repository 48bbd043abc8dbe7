"""Small builders for partner-network test data."""

from __future__ import annotations

import datetime

from caunoi.partners.models import Contact, Country, Partner, PartnerRelation


def country(iso: str = "LA", name: str = "Lào", name_en: str = "Laos") -> Country:
    found = Country.objects.filter(iso=iso).first()
    if found:
        return found
    made = Country(iso=iso, slug=iso.lower(), name=name, name_en=name_en)
    made.save()
    return made


def partner(unit, name: str = "Thủ đô Viêng Chăn", **extra) -> Partner:
    fields = {"kind": "foreign_locality", "name_en": "Vientiane", "country": country()}
    fields.update(extra)
    made = Partner(name=name, owner_unit=unit, **fields)
    made.save()
    return made


def relation(unit, partner_obj, level: str = "friendship_cooperation", **extra):
    made = PartnerRelation(
        partner=partner_obj,
        level=level,
        owner_unit=unit,
        start_date=extra.pop("start_date", datetime.date(2020, 5, 1)),
        **extra,
    )
    made.save()
    return made


def contact(unit, partner_obj=None, name: str = "Somphone Phommachanh", **extra) -> Contact:
    made = Contact(
        full_name=name,
        partner=partner_obj,
        organisation="" if partner_obj else "Org",
        email="somphone@example.org",
        phone="+856 21 000 000",
        purpose="Liên hệ công tác",
        legal_basis="public_task",
        owner_unit=unit,
        **extra,
    )
    made.save()
    return made
