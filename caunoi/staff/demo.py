"""Demo data for staff and training: 3–6 foreign-affairs staff in every demo unit, mostly
part-time, with their languages; ten courses from 2023 to 2026 with attendances; yearly plans;
district staff moved to the wards on 01/07/2025; the demo users linked to their staff records.

Idempotent: people are matched by full name, courses by title, plans by unit and year. Tables
are in ``demo_data.py``. Units are looked up by their Vietnamese names (accounts demo).
"""

from __future__ import annotations

import datetime
import itertools
import random

from caunoi.accounts import demo as accounts_demo
from caunoi.accounts.models import OrgUnit, User
from caunoi.staff.choices import AttendanceResult, Employment, LanguageFramework
from caunoi.staff.demo_data import (
    COURSES,
    FAMILY,
    LINKED_USERS,
    MEN,
    MOVED,
    PLANS,
    POSITIONS,
    PROFILES,
    WOMEN,
)
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)
from caunoi.staff.services import move_staff_member

RECENT_COURSES = (5, 6, 7, 9)  # ended within 24 months of late 2026
OLDER_COURSES = (0, 1, 2, 3, 4)
LAO_COURSE = 8
CERTIFICATES = {
    "en": {3: "IELTS 5.0", 4: "IELTS 6.0", 5: "IELTS 7.0", 6: "IELTS 8.0"},
    "fr": {3: "DELF B1", 4: "DELF B2", 5: "DALF C1", 6: "DALF C2"},
    "ja": {3: "JLPT N3", 4: "JLPT N2", 5: "JLPT N1"},
    "zh": {3: "HSK 4", 4: "HSK 5", 5: "HSK 6"},
    "ko": {3: "TOPIK 3", 4: "TOPIK 4", 5: "TOPIK 5"},
}


def unit_names() -> dict[str, str]:
    """Unit key → Vietnamese name, as the accounts demo creates them."""
    names = {key: name for key, name, *_rest in accounts_demo.UNITS}
    for key, vi, _en in accounts_demo.FRIENDSHIP:
        names[key] = f"Hội hữu nghị Việt Nam – {vi} thành phố Hà Nội"
    names.update({key: name for key, name, _en in accounts_demo.WARDS})
    names.update({key: name for key, name, _en, _s in accounts_demo.DISTRICTS})
    return names


def upsert(obj, **values):
    """Set ``values`` on ``obj`` and save it when it is new or something changed."""
    changed = obj.pk is None
    for name, value in values.items():
        field = obj._meta.get_field(name)
        current = getattr(obj, field.attname)
        wanted = getattr(value, "pk", value) if field.is_relation else value
        if current != wanted:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.save()
    return obj


def name_pool(taken: set[str]):
    """Distinct Vietnamese full names, two women for each man, skipping ``taken``; the same
    order on every run."""
    shuffle = random.Random(2026).shuffle
    women = [f"{family} {given}" for family in FAMILY for given in WOMEN]
    men = [f"{family} {given}" for family in FAMILY for given in MEN]
    shuffle(women)
    shuffle(men)
    ordered = itertools.chain.from_iterable(zip(women[0::2], men, women[1::2], strict=False))
    for name in ordered:
        if name not in taken:
            taken.add(name)
            yield name


def parse_language(spec: str) -> tuple[str, str, int] | None:
    if not spec:
        return None
    code, level = spec.split(":")
    if level.startswith("vn"):
        return code, LanguageFramework.VN6, int(level[2:])
    return code, LanguageFramework.CEFR, int(level)


def certificate_for(code: str, framework: str, level: int) -> str:
    if framework == LanguageFramework.VN6:
        return f"VSTEP bậc {level}" if code == "en" else f"Chứng chỉ ngoại ngữ bậc {level}"
    return CERTIFICATES.get(code, {}).get(level, "")


def add_languages(person: StaffMember, specs: list[str]) -> None:
    for spec in specs:
        parsed = parse_language(spec)
        if parsed is None:
            continue
        code, framework, level = parsed
        record = person.languages.filter(language=code).first() or StaffLanguage(
            staff_member=person, language=code
        )
        upsert(
            record,
            owner_unit=person.owner_unit,
            framework=framework,
            level=level,
            certificate=certificate_for(code, framework, level),
        )


def position_for(unit: OrgUnit, index: int) -> str:
    options = POSITIONS.get(unit.kind, POSITIONS["other"])
    return options[index % len(options)]


def person_record(name: str, unit: OrgUnit, index: int, full_time: bool, serial: int):
    """The staff member called ``name``; created in ``unit`` if new (a moved person keeps
    their current unit)."""
    person = StaffMember.objects.filter(full_name=name).first()
    if person is None:
        person = StaffMember(full_name=name, owner_unit=unit)
    return upsert(
        person,
        position=position_for(unit, index),
        employment=Employment.FULL_TIME if full_time else Employment.PART_TIME,
        active_from=datetime.date(2010 + serial % 12, 1 + serial % 12, 1),
        email=f"canbo{serial:03d}@demo.caunoi.invalid",
    )


def attend(course: TrainingCourse, person: StaffMember, result: str) -> None:
    record = Attendance.objects.filter(course=course, staff_member=person).first() or Attendance(
        course=course, staff_member=person
    )
    certified = result == AttendanceResult.COMPLETED and (course.hours or 0) >= 32
    number = f"{course.end_date.year}/ĐN-{course.pk:02d}{person.pk:04d}" if certified else ""
    upsert(
        record,
        owner_unit=person.owner_unit,
        result=result,
        certificate=certified,
        certificate_number=number,
    )


def load_courses(units: dict[str, OrgUnit]) -> list[TrainingCourse]:
    courses = []
    for title, title_en, topic, organiser, start, end, mode, hours, unit_key in COURSES:
        course = TrainingCourse.objects.filter(title=title).first() or TrainingCourse(title=title)
        upsert(
            course,
            title_en=title_en,
            topic=topic,
            organiser=organiser,
            start_date=start,
            end_date=end,
            mode=mode,
            hours=hours,
            owner_unit=units[unit_key],
        )
        courses.append(course)
    return courses


def load_people(units, courses, users) -> int:
    taken = {u.full_name for u in users.values()} | {m[2] for m in MOVED}
    names = name_pool(taken)
    linked = {unit_key: [] for unit_key, _ft in LINKED_USERS.values()}
    for username, (unit_key, _ft) in LINKED_USERS.items():
        if username in users:
            linked[unit_key].append(users[username])
    serial = itertools.count(1)
    count = 0
    for u, (key, (size, full_time, languages, trained)) in enumerate(PROFILES.items()):
        unit = units.get(key)
        if unit is None:
            continue
        accounts = linked.get(key, [])
        people = []
        for i in range(size):
            user = accounts[i] if i < len(accounts) else None
            name = user.full_name if user else next(names)
            n = next(serial)
            person = person_record(name, unit, i, i < full_time, n)
            if user is not None and person.user_id != user.pk:
                upsert(person, user=user)
            add_languages(person, [languages[i]] if i < len(languages) else [])
            people.append(person)
        count += len(people)
        train_unit(people, courses, languages, u, trained)
    return count


def train_unit(people, courses, languages, u: int, trained: bool) -> None:
    """Recent courses for trained units; only courses over 24 months old for the others."""
    if not trained:
        attend(courses[u % 2], people[0], AttendanceResult.COMPLETED)
        return
    attend(courses[RECENT_COURSES[u % 4]], people[0], AttendanceResult.COMPLETED)
    if len(people) > 1:
        attend(courses[OLDER_COURSES[u % 5]], people[1], AttendanceResult.COMPLETED)
    if len(people) > 2:
        result = AttendanceResult.NOT_COMPLETED if u % 3 == 0 else AttendanceResult.COMPLETED
        attend(courses[2], people[2], result)
    for person, spec in zip(people, languages, strict=False):
        if spec.startswith("lo"):
            attend(courses[LAO_COURSE], person, AttendanceResult.COMPLETED)


def load_moved(units, courses, users) -> int:
    """District staff, moved to a ward when the districts were dissolved."""
    moved = 0
    for n, (district_key, ward_key, name, languages) in enumerate(MOVED, start=500):
        district, ward = units.get(district_key), units.get(ward_key)
        if district is None or ward is None:
            continue
        person = person_record(name, district, n % 2, False, n)
        add_languages(person, languages)
        attend(courses[1], person, AttendanceResult.COMPLETED)
        if person.owner_unit_id == district.pk:
            person = move_staff_member(person, to_unit=ward, on=accounts_demo.REFORM_DAY)
            moved += 1
        attend(courses[6], person, AttendanceResult.COMPLETED)
    ward_officer = users.get("ward_officer")
    person = StaffMember.objects.filter(full_name="Lê Minh Tuấn").first()
    if ward_officer is not None and person is not None and person.user_id != ward_officer.pk:
        upsert(person, user=ward_officer)
    return moved


def load_plans(units, courses) -> int:
    count = 0
    for unit_key, year, lines in PLANS:
        unit = units.get(unit_key)
        if unit is None:
            continue
        plan = TrainingPlan.objects.filter(owner_unit=unit, year=year).first() or TrainingPlan(
            owner_unit=unit, year=year
        )
        upsert(plan, description=f"Kế hoạch đào tạo, bồi dưỡng cán bộ đối ngoại năm {year}.")
        for topic, course_index, target in lines:
            course = courses[course_index] if course_index is not None else None
            line = plan.lines.filter(topic=topic, course=course).first() or PlanLine(
                plan=plan, topic=topic, course=course
            )
            upsert(line, owner_unit=unit, target_people=target)
        count += 1
    return count


def load(stdout=None) -> dict:
    names = unit_names()
    found = {unit.name: unit for unit in OrgUnit.objects.filter(name__in=names.values())}
    units = {key: found[name] for key, name in names.items() if name in found}
    users = {
        u.username: u for u in User.objects.filter(username__in=[*LINKED_USERS, "ward_officer"])
    }
    courses = load_courses(units)
    people = load_people(units, courses, users)
    moved = load_moved(units, courses, users)
    plans = load_plans(units, courses)
    if stdout is not None:
        stdout.write(
            f"  staff: {people + len(MOVED)} ({moved} moved now), courses: {len(courses)}, "
            f"plans: {plans}"
        )
    return {"staff": people + len(MOVED), "courses": len(courses), "plans": plans}
