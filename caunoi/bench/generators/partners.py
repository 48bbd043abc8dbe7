"""Partners, their relations and their contacts, across the real countries of the reference
data. Partners are shuffled into a rank order that :meth:`GenerationContext.pick_partners`
weighs Zipf-like, so a few partners carry most of the later activity, as they do in life
(Vientiane, Seoul, the Japan friendship associations) and most have a handful of records."""

from __future__ import annotations

import datetime

from caunoi.bench.generators import names
from caunoi.bench.generators.base import GenerationContext, Generator, Size, Step
from caunoi.core.fold import fold
from caunoi.partners.choices import (
    LegalBasis,
    LocalityLevel,
    PartnerKind,
    PartnerStatus,
    RelationLevel,
    RelationStatus,
)
from caunoi.partners.demo import FIELDS
from caunoi.partners.models import Contact, CooperationField, Country, Partner, PartnerRelation
from caunoi.partners.reference import load_countries

SIZES = {
    "partners": Size(small=300, city=5000, national=50_000),
    "relations": Size(small=60, city=800, national=8000),
    "contacts": Size(small=900, city=20_000, national=200_000),
}
KINDS = [
    (PartnerKind.FOREIGN_LOCALITY, 20),
    (PartnerKind.NGO, 18),
    (PartnerKind.FRIENDSHIP_ORG, 12),
    (PartnerKind.BUSINESS, 14),
    (PartnerKind.UNIVERSITY, 10),
    (PartnerKind.EMBASSY, 4),
    (PartnerKind.INTERNATIONAL_ORG, 5),
    (PartnerKind.OVERSEAS_VIETNAMESE, 8),
    (PartnerKind.MEDIA, 4),
    (PartnerKind.CITY_NETWORK, 2),
    (PartnerKind.OTHER, 3),
]
# Countries Hà Nội deals with most come first and are drawn most.
BUSY = frozenset(
    {"LA", "KH", "CN", "JP", "KR", "RU", "FR", "DE", "US", "CU", "TH", "SG"}
    | {"GB", "AU", "IN", "IT", "CZ", "PL", "HU", "BY", "MN", "ID", "MY", "PH"}
)


def prepare() -> None:
    """The countries (real, from the bundled reference data) and the fields of cooperation."""
    if not Country.objects.exists():
        load_countries()
    for slug, name, name_en in FIELDS:
        if not CooperationField.objects.filter(slug=slug).exists():
            CooperationField(slug=slug, name=name, name_en=name_en).save()


def reference_data() -> tuple[list[Country], list[CooperationField]]:
    countries = sorted(Country.objects.all(), key=lambda c: (c.iso not in BUSY, c.iso))
    return countries, list(CooperationField.objects.order_by("slug"))


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    countries, fields = reference_data()
    ctx.countries = countries
    country_weights = [30 if c.iso in BUSY else 1 for c in countries]
    kinds, kind_weights = zip(*KINDS, strict=True)
    partners: list[Partner] = []
    total = ctx.size(GENERATOR, "partners")
    for _ in range(total):
        country = rng.choices(countries, weights=country_weights)[0]
        kind = rng.choices(kinds, weights=kind_weights)[0]
        vi, en, acronym = _partner_name(rng, kind, country)
        founded = ctx.date() if rng.random() < 0.3 else None
        partner = Partner(
            pk=ctx.writer.next_id(Partner),
            kind=kind,
            name=vi,
            name_en=en,
            acronym=acronym,
            country=country,
            locality_level=rng.choice([LocalityLevel.CITY, LocalityLevel.PROVINCE])
            if kind == PartnerKind.FOREIGN_LOCALITY
            else "",
            status=rng.choices(list(PartnerStatus), weights=[85, 8, 7])[0],
            website=f"https://www.{fold(en).replace(' ', '')[:30] or 'partner'}.org",
            email=f"contact{rng.randrange(1000)}@example.org" if rng.random() < 0.6 else "",
            tags=", ".join(rng.sample(names.FIELDS_VI, 2)) if rng.random() < 0.4 else "",
            founded_on=founded,
            owner_unit=ctx.unit(),
        )
        if kind == PartnerKind.NGO:
            start = ctx.date()
            partner.ngo_registration_number = f"{rng.randrange(1, 999)}/CNV-HN"
            partner.ngo_registration_valid_from = start
            partner.ngo_registration_valid_until = start + datetime.timedelta(days=5 * 365)
        created = ctx.moment(ctx.date())
        field_ids = [f.pk for f in rng.sample(fields, rng.randint(0, 3))] if fields else []
        steps = []
        if rng.random() < 0.25:
            steps.append(
                Step(
                    ctx.moment(ctx.date(after=created.date())),
                    {"phone": f"+{rng.randrange(10**9)}"},
                )
            )
            partner.phone = steps[-1].changes["phone"]
        ctx.record(
            partner,
            when=created,
            actor=ctx.actor(partner.owner_unit_id),
            m2m={"cooperation_fields": ctx.link(partner, "cooperation_fields", field_ids)},
            initial={"phone": ""} if steps else None,
            steps=steps,
        )
        partners.append(partner)
    rng.shuffle(partners)
    ctx.partners = partners

    levels = [RelationLevel.TWINNING, RelationLevel.FRIENDSHIP_COOPERATION, RelationLevel.CONTACT]
    for partner in ctx.pick_partners(ctx.size(GENERATOR, "relations") * 3)[
        : ctx.size(GENERATOR, "relations")
    ]:
        start = ctx.date()
        relation = PartnerRelation(
            pk=ctx.writer.next_id(PartnerRelation),
            partner=partner,
            level=rng.choice(levels),
            status=RelationStatus.ACTIVE,
            start_date=start,
            owner_unit=ctx.unit(),
        )
        ctx.record(relation, when=ctx.moment(start), actor=ctx.actor(relation.owner_unit_id))

    for _ in range(ctx.size(GENERATOR, "contacts")):
        partner = ctx.pick_partners(1)[0]
        overseas = partner.kind == PartnerKind.OVERSEAS_VIETNAMESE
        full_name = (
            names.vietnamese_name(rng) if overseas else names.foreign_name(rng, partner.country.iso)
        )
        consent = rng.random() < 0.3
        given = ctx.date()
        contact = Contact(
            pk=ctx.writer.next_id(Contact),
            partner=partner,
            full_name=full_name,
            title=rng.choice(["Ông", "Bà", "TS.", "GS.", ""]),
            position=rng.choice(
                ["Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Điều phối viên", "Thư ký", "Đại sứ"]
            ),
            is_overseas_vietnamese=overseas,
            languages=rng.choice(["en", "fr", "ja", "ko", "zh", "ru", "vi"]),
            email=f"{fold(full_name).replace(' ', '.')}@example.org",
            purpose="Liên hệ công tác đối ngoại",
            legal_basis=LegalBasis.CONSENT if consent else LegalBasis.PUBLIC_TASK,
            consent_given_on=given if consent else None,
            consent_source="Phiếu đồng ý có chữ ký" if consent else "",
            owner_unit=ctx.unit(),
        )
        ctx.record(contact, when=ctx.moment(given), actor=ctx.actor(contact.owner_unit_id))


def _partner_name(rng, kind: str, country: Country) -> tuple[str, str, str]:
    place = names.place_name(rng, country.iso)
    cname, cname_en = country.name, country.name_en or country.name
    if kind == PartnerKind.FOREIGN_LOCALITY:
        return f"Thành phố {place} ({cname})", f"{place} City, {cname_en}", ""
    if kind == PartnerKind.EMBASSY:
        return f"Đại sứ quán {cname} tại Việt Nam", f"Embassy of {cname_en} in Viet Nam", ""
    if kind == PartnerKind.FRIENDSHIP_ORG:
        return (
            f"Hội hữu nghị {cname} – Việt Nam vùng {place}",
            f"{cname_en} – Viet Nam Friendship Society of {place}",
            "",
        )
    if kind == PartnerKind.NGO:
        vi, en = rng.choice(names.NGO_WORDS).split("|")
        return f"Tổ chức {vi} {place}", f"{en} {place}", "".join(w[0] for w in en.split())
    if kind == PartnerKind.UNIVERSITY:
        return f"Đại học {place}", f"University of {place}", f"U{place[:3].upper()}"
    if kind == PartnerKind.BUSINESS:
        word = rng.choice(names.BUSINESS_WORDS)
        return f"Công ty {place} {word}", f"{place} {word}", ""
    if kind == PartnerKind.OVERSEAS_VIETNAMESE:
        return f"Hội người Việt Nam tại {place}", f"Vietnamese Association in {place}", ""
    if kind == PartnerKind.MEDIA:
        return f"Báo {place} Times", f"{place} Times", ""
    if kind == PartnerKind.INTERNATIONAL_ORG:
        return (
            f"Văn phòng khu vực {place} của tổ chức quốc tế",
            f"International organisation office, {place}",
            "",
        )
    if kind == PartnerKind.CITY_NETWORK:
        return f"Mạng lưới đô thị {place}", f"{place} Cities Network", ""
    return f"Đối tác {place}", f"{place} partner", ""


GENERATOR = Generator(
    name="partners",
    order=20,
    sizes=SIZES,
    run=run,
    description="partners (skewed by activity), relations and contacts",
    prepare=prepare,
)
