"""Staff members doing foreign affairs in every unit, with their foreign languages."""

from __future__ import annotations

import datetime

from caunoi.bench.generators import names
from caunoi.bench.generators.base import GenerationContext, Generator, Size
from caunoi.core.fold import fold
from caunoi.staff.choices import Employment, LanguageFramework, LanguageLevel
from caunoi.staff.models import StaffLanguage, StaffMember

SIZES = {"staff": Size(small=60, city=1500, national=20_000)}
LANGUAGES = ["en", "en", "en", "fr", "ru", "zh", "ja", "ko", "lo", "de"]


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    levels = list(LanguageLevel)
    for _ in range(ctx.size(GENERATOR, "staff")):
        unit = ctx.unit()
        full_name = names.vietnamese_name(rng)
        since = ctx.date()
        pk = ctx.writer.next_id(StaffMember)
        person = StaffMember(
            pk=pk,
            full_name=full_name,
            position=rng.choice(["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Cán bộ"]),
            employment=rng.choice(list(Employment)),
            active_from=since,
            unit_since=since,
            email=f"{fold(full_name).replace(' ', '.')}.{pk}@example.gov.vn",
            owner_unit=unit,
        )
        ctx.record(person, when=ctx.moment(since), actor=ctx.actor(unit.pk))
        ctx.shared.setdefault("staff", []).append(person)  # delegations' members draw from it
        for language in dict.fromkeys(rng.choices(LANGUAGES, k=rng.randint(0, 2))):
            skill = StaffLanguage(
                pk=ctx.writer.next_id(StaffLanguage),
                staff_member=person,
                language=language,
                framework=LanguageFramework.CEFR,
                level=rng.choice(levels),
                certificate_date=since - datetime.timedelta(days=rng.randint(100, 2000)),
                owner_unit=unit,
            )
            ctx.record(skill, when=ctx.moment(since), actor=ctx.actor(unit.pk))


GENERATOR = Generator(
    name="staff",
    order=30,
    sizes=SIZES,
    run=run,
    description="staff members and their languages",
)
