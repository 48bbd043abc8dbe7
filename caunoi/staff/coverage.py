"""Coverage (độ bao phủ cán bộ đối ngoại) per unit: who can do foreign-affairs work, in which
languages, with what training, and the gaps. Pure functions over querysets; a constant number of
queries whatever the number of units or people.

The rules, on a reference date D (today unless chosen):

- **Staff** of a unit: people active on D (active from ≤ D ≤ active until) who belonged to the
  unit on D. A person who moved belongs to the unit of their earlier posting covering D, or
  else to their current unit from the day they joined it. Units below a unit are not included.
- **Full-time share**: staff working full-time (chuyên trách) on foreign affairs ÷ staff.
- **Trained in the last 24 months**: staff with a *completed* attendance at a course that ended
  in the 24 months up to D (from D − 24 months to D, both included) ÷ staff. Training done in an
  earlier unit counts: it belongs to the person.
- **Working languages**: every language that at least one staff member speaks at B2 / bậc 4
  or above (the Vietnamese six-level framework is aligned with the CEFR: bậc 4 = B2).
- **Gaps** named on the screens: no foreign-affairs staff at all; no full-time officer; nobody
  trained in 24 months; no working English.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.utils.translation import gettext_lazy as _

from caunoi.core.dates import add_months
from caunoi.staff.choices import WORKING_LEVEL, AttendanceResult, Employment
from caunoi.staff.languages import ENGLISH, language_name
from caunoi.staff.models import Attendance, StaffLanguage, StaffMember
from caunoi.staff.querysets import active_on, unit_on

TRAINING_WINDOW_MONTHS = 24

GAP_LABELS = {
    "no_staff": _("No foreign-affairs staff"),
    "no_full_time": _("No full-time officer"),
    "no_training": _("Nobody trained in 24 months"),
    "no_english": _("No working English"),
}


@dataclass(frozen=True)
class Gap:
    code: str

    @property
    def label(self) -> str:
        return str(GAP_LABELS[self.code])


@dataclass
class UnitCoverage:
    """The coverage figures of one unit on one date."""

    unit: object
    on: datetime.date
    staff_count: int = 0
    full_time_count: int = 0
    trained_count: int = 0
    working_languages: list[str] = field(default_factory=list)

    @property
    def full_time_share(self) -> float | None:
        return self.full_time_count / self.staff_count if self.staff_count else None

    @property
    def trained_share(self) -> float | None:
        return self.trained_count / self.staff_count if self.staff_count else None

    @property
    def language_names(self) -> list[str]:
        return [language_name(code) for code in self.working_languages]

    @property
    def gaps(self) -> list[Gap]:
        if not self.staff_count:
            return [Gap("no_staff")]
        gaps = []
        if not self.full_time_count:
            gaps.append(Gap("no_full_time"))
        if not self.trained_count:
            gaps.append(Gap("no_training"))
        if ENGLISH not in self.working_languages:
            gaps.append(Gap("no_english"))
        return gaps


def completed_training(on: datetime.date) -> Exists:
    """True for a person with a completed course that ended in the 24 months up to ``on``."""
    since = add_months(on, -TRAINING_WINDOW_MONTHS)
    return Exists(
        Attendance.objects.filter(
            staff_member=OuterRef("pk"),
            result=AttendanceResult.COMPLETED,
            course__deleted_at__isnull=True,
            course__end_date__gte=since,
            course__end_date__lte=on,
        )
    )


def staff_figures(unit_ids: Iterable[int], on: datetime.date) -> dict[int, dict[str, int]]:
    """{unit id: {"staff", "full_time", "trained"}}: one grouped query for every unit."""
    rows = (
        StaffMember.objects.in_units_on(unit_ids, on)
        .values("unit_on")
        .annotate(
            staff=Count("pk"),
            full_time=Count("pk", filter=Q(employment=Employment.FULL_TIME)),
            trained=Count("pk", filter=Q(completed_training(on))),
        )
        .order_by()
    )
    return {row.pop("unit_on"): row for row in rows}


def working_languages(unit_ids: Iterable[int], on: datetime.date) -> dict[int, list[str]]:
    """{unit id: language codes spoken at B2 / bậc 4 or above by its staff}: one query."""
    person = "staff_member__"
    rows = (
        StaffLanguage.objects.filter(
            active_on(on, person=person),
            level__gte=WORKING_LEVEL,
            staff_member__deleted_at__isnull=True,
        )
        .annotate(unit_on=unit_on(on, person=person))
        .filter(unit_on__in=list(unit_ids))
        .values_list("unit_on", "language")
        .distinct()
        .order_by()
    )
    found: dict[int, list[str]] = {}
    for unit_id, code in rows:
        found.setdefault(unit_id, []).append(code)
    return {unit_id: sorted(codes, key=language_name) for unit_id, codes in found.items()}


def coverage(units: Iterable, on: datetime.date) -> list[UnitCoverage]:
    """Coverage of each of ``units`` on ``on``, in the order given (two queries in all)."""
    units = list(units)
    ids = [unit.pk for unit in units]
    figures = staff_figures(ids, on)
    languages = working_languages(ids, on)
    result = []
    for unit in units:
        row = figures.get(unit.pk, {})
        result.append(
            UnitCoverage(
                unit=unit,
                on=on,
                staff_count=row.get("staff", 0),
                full_time_count=row.get("full_time", 0),
                trained_count=row.get("trained", 0),
                working_languages=languages.get(unit.pk, []),
            )
        )
    return result


def unit_staff(unit, on: datetime.date):
    """The people counted for ``unit`` on ``on``, each with ``trained``, ``last_training`` (the
    end date of their latest completed course up to ``on``) and their languages prefetched."""
    latest = (
        Attendance.objects.filter(
            staff_member=OuterRef("pk"),
            result=AttendanceResult.COMPLETED,
            course__deleted_at__isnull=True,
            course__end_date__lte=on,
        )
        .order_by("-course__end_date")
        .values("course__end_date")[:1]
    )
    return (
        StaffMember.objects.in_units_on([unit.pk], on)
        .annotate(trained=completed_training(on), last_training=Subquery(latest))
        .prefetch_related(
            Prefetch("languages", queryset=StaffLanguage.objects.order_by("-level", "language"))
        )
        .order_by("employment", "full_name")
    )


def plan_progress(plan, lines: Iterable | None = None) -> dict[int, int]:
    """{plan line id: people done}: staff of the plan's unit who completed a course ending in the
    plan's year, on the line's course, or on any course of the line's topic. A person counts for
    the unit they belonged to on the course's last day, and once per line. Two queries
    (three without ``lines``).
    """
    person = "staff_member__"
    done = (
        Attendance.objects.filter(
            result=AttendanceResult.COMPLETED,
            course__deleted_at__isnull=True,
            course__end_date__year=plan.year,
            staff_member__deleted_at__isnull=True,
        )
        .alias(unit_on=unit_on("course__end_date", person=person))
        .filter(unit_on=plan.owner_unit_id)
        .order_by()
    )
    by_topic = dict(
        done.values("course__topic")
        .annotate(people=Count("staff_member", distinct=True))
        .values_list("course__topic", "people")
    )
    by_course = dict(
        done.values("course")
        .annotate(people=Count("staff_member", distinct=True))
        .values_list("course", "people")
    )
    return {
        line.pk: by_course.get(line.course_id, 0) if line.course_id else by_topic.get(line.topic, 0)
        for line in (plan.lines.all() if lines is None else lines)
    }
