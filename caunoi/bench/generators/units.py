"""Units, users and memberships: the organisation chart the other records hang from.

City scale is Hà Nội: the city, its departments and associations, then wards and communes.
National scale puts the central union on top and every province under it, each with its own
departments and communes. Three users exist at every scale for the benchmark: ``bench.officer``
(Officer over the whole tree), ``bench.approver`` (Approver over the whole tree) and
``bench.ward`` (Officer in one ward only, the narrowest scope).
"""

from __future__ import annotations

from caunoi.accounts.choices import UnitKind
from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.bench.generators import names
from caunoi.bench.generators.base import Actor, GenerationContext, Generator, Size
from caunoi.core.fold import fold

BENCH_USERS = ("bench.officer", "bench.approver", "bench.ward")
SIZES = {
    "units": Size(small=15, city=150, national=2000),
    "users": Size(small=30, city=400, national=6000),
}


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    total = ctx.size(GENERATOR, "units")
    provinces = names.PROVINCES if ctx.scale == "national" else names.PROVINCES[:1]
    units: list[OrgUnit] = []

    def unit(name, name_en, kind, parent, acronym=""):
        obj = OrgUnit(
            pk=ctx.writer.next_id(OrgUnit),
            name=name,
            name_en=name_en,
            kind=kind,
            parent=parent,
            acronym=acronym,
            valid_from=ctx.start,
        )
        obj.path = f"{parent.path if parent else '/'}{obj.pk}/"
        ctx.record(obj, when=ctx.moment(ctx.start))
        units.append(obj)
        return obj

    if ctx.scale == "national":
        root = unit(
            "Liên hiệp các tổ chức hữu nghị Việt Nam",
            "Viet Nam Union of Friendship Organisations",
            UnitKind.FRIENDSHIP_UNION,
            None,
            "VUFO",
        )
    else:
        root = None
    heads = []
    for province in provinces:
        head = unit(
            f"UBND {_province_label(province)}",
            f"{province} People's Committee",
            UnitKind.CITY_LEADERSHIP,
            root,
        )
        heads.append(head)
        for vi, en, kind in names.DEPARTMENTS:
            if len(units) >= total:
                break
            unit(f"{vi} {province}", f"{en}, {province}", kind, head)
    # Wards and communes fill the rest, spread over the provinces.
    ward = 0
    while len(units) < total:
        head = heads[ward % len(heads)]
        word = names.WARD_WORDS[(ward // len(heads)) % len(names.WARD_WORDS)]
        number = ward // (len(heads) * len(names.WARD_WORDS))
        label = f"{word} {number + 1}" if number else word
        unit(f"Phường {label}, {head.name[5:]}", f"{label} Ward", UnitKind.COMMUNE_WARD, head)
        ward += 1
    ctx.units = units
    top = root or heads[0]

    roles = {r.slug: r for r in Role.objects.filter(slug__in=["officer", "approver"])}
    users_total = ctx.size(GENERATOR, "users")
    people = [(name, None) for name in BENCH_USERS]
    people += [(None, units[i % len(units)]) for i in range(users_total - len(BENCH_USERS))]
    # A second run adds a second tree: the benchmark users then get a role in it too.
    existing = {u.username: u for u in User.objects.filter(username__in=BENCH_USERS)}
    for username, home in people:
        full_name = names.vietnamese_name(rng)
        if username in existing:
            user = existing[username]
        else:
            pk = ctx.writer.next_id(User)
            username = username or f"{fold(full_name).replace(' ', '.')}.{pk}"
            user = User(
                pk=pk,
                username=username,
                password=f"!{rng.getrandbits(128):032x}",  # unusable: nobody signs in with it
                full_name=full_name,
                email=f"{username}@example.gov.vn",
                position=rng.choice(["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng"]),
                date_joined=ctx.moment(ctx.start),
            )
            ctx.record(user, when=user.date_joined, m2m={"groups": [], "user_permissions": []})
        actor = Actor(user.pk, username)
        if username == "bench.ward":
            home = units[-1]
        scope_unit = home or top
        role = roles["approver" if username == "bench.approver" else "officer"]
        if home is not None and rng.random() < 0.15:
            role = roles["approver"]
        membership = Membership(
            pk=ctx.writer.next_id(Membership),
            user=user,
            unit=scope_unit,
            role=role,
            include_descendants=home is None or home.kind != UnitKind.COMMUNE_WARD,
            valid_from=ctx.start,
        )
        ctx.record(membership, when=ctx.moment(ctx.start), actor=actor)
        ctx.shared.setdefault("memberships", []).append(membership)  # read by delegations
        ctx.actors_by_unit.setdefault(scope_unit.pk, []).append(actor)
        ctx.actors_by_unit.setdefault(0, []).append(actor)
    ctx.shared["root_unit"] = top


CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def _province_label(province: str) -> str:
    if province.startswith("Thành phố"):
        return province
    return f"{'Thành phố' if province in CITIES else 'tỉnh'} {province}"


GENERATOR = Generator(
    name="units",
    order=10,
    sizes=SIZES,
    run=run,
    description="units, users and their memberships",
)
