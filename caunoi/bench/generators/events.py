"""Events over twenty years, and a few months ahead: mostly held, some cancelled, the future
ones planned or confirmed, each with the workflow steps (log entries and change-log rows) that
took it there. Partners are drawn skewed, so a few partners have thousands of events."""

from __future__ import annotations

import datetime

from caunoi.bench.generators import names
from caunoi.bench.generators.base import GenerationContext, Generator, Size, Step
from caunoi.events.choices import Channel, EventKind, EventPlace, EventStatus, Pillar
from caunoi.events.models import Event, EventLogEntry

SIZES = {"events": Size(small=1500, city=60_000, national=1_000_000)}
FUTURE_DAYS = 180
S = EventStatus


def run(ctx: GenerationContext) -> None:
    rng = ctx.rng
    kinds = list(EventKind)
    pillars = list(Pillar)
    for _ in range(ctx.size(GENERATOR, "events")):
        day = ctx.date(future_days=FUTURE_DAYS)
        partners = ctx.pick_partners(rng.choice([1, 1, 1, 2, 2, 3]))
        country = partners[0].country if partners else rng.choice(ctx.countries)
        place_abroad = rng.random() < 0.15
        template_vi, template_en = rng.choice(names.EVENT_TITLES)
        words = {
            "country": country.name,
            "country_en": country.name_en or country.name,
            "year": day.year,
            "field": rng.choice(names.FIELDS_VI),
            "place": names.place_name(rng, country.iso),
            "partner": partners[0].name if partners else country.name,
        }
        unit = ctx.unit()
        long = rng.random() < 0.2
        total = rng.randrange(20, 600)
        event = Event(
            pk=ctx.writer.next_id(Event),
            name=template_vi.format(**words)[:300],
            name_en=template_en.format(**words)[:300],
            kind=rng.choice(kinds),
            pillar=rng.choice(pillars),
            channel=rng.choices(list(Channel), weights=[1, 2, 7])[0],
            start_date=day,
            start_time=datetime.time(rng.choice([8, 9, 14, 15, 19]), rng.choice([0, 30])),
            end_date=day + datetime.timedelta(days=rng.randint(1, 4)) if long else None,
            place=EventPlace.ABROAD if place_abroad else EventPlace.HANOI,
            venue="" if place_abroad else rng.choice(names.VENUES),
            city=words["place"] if place_abroad else "",
            participants_total=total,
            participants_foreign=rng.randrange(0, total),
            is_public=rng.random() < 0.3,
            owner_unit=unit,
        )
        created = ctx.moment(day - datetime.timedelta(days=rng.randint(7, 90)))
        steps = _steps(ctx, event, created, day)
        event.status = steps[-1].changes["status"] if steps else S.PLANNED
        co_units = [ctx.unit().pk] if rng.random() < 0.1 else []
        ctx.record(
            event,
            when=created,
            actor=ctx.actor(unit.pk),
            m2m={
                "partners": ctx.link(event, "partners", [p.pk for p in partners]),
                "countries": ctx.link(event, "countries", [country.pk]),
                "co_organiser_units": ctx.link(event, "co_organiser_units", co_units),
                "co_organiser_partners": [],
            },
            initial={"status": S.PLANNED} if steps else None,
            steps=steps,
            log_model=EventLogEntry,
        )


def _steps(ctx, event, created, day) -> list[Step]:
    rng = ctx.rng
    past = day < ctx.anchor
    steps: list[Step] = []
    confirm_day = min(created.date() + datetime.timedelta(days=rng.randint(1, 5)), day)
    if not past:
        if rng.random() < 0.5:
            steps.append(Step(ctx.moment(confirm_day), {"status": S.CONFIRMED}, "confirm"))
        return steps
    roll = rng.random()
    if roll < 0.05:
        steps.append(Step(ctx.moment(confirm_day), {"status": S.CANCELLED}, "cancel",
                          note="Đối tác đề nghị hoãn"))  # fmt: skip
        return steps
    if roll < 0.08:
        return steps  # never moved on: still "planned" in the past (attention lists find it)
    steps.append(Step(ctx.moment(confirm_day), {"status": S.CONFIRMED}, "confirm"))
    steps.append(Step(ctx.moment(day + datetime.timedelta(days=1)), {"status": S.DONE}, "complete"))
    return steps


GENERATOR = Generator(
    name="events",
    order=50,
    sizes=SIZES,
    run=run,
    description="events with their partners, countries and workflow history",
    independent=True,
)
