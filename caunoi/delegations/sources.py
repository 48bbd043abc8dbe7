"""What delegations contribute to shared screens: the calendar, the partner timeline, the
partners' "last contact", and the home page's attention list."""

from __future__ import annotations

import datetime
from collections import Counter

from django.db.models import DateField, Max, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.core.calendar import CalendarItem, CalendarQuery, Items, shown_per_day
from caunoi.core.models.base import bilingual
from caunoi.core.registry import AttentionItem
from caunoi.delegations.choices import DEAD, OPEN_TASKS, REPORT_OWED, Status
from caunoi.delegations.coordination import between, links
from caunoi.delegations.models.delegations import report_days

# Statuses where the trip or visit took place (for the partner's "last contact").
HELD = (
    Status.TRAVELLING,
    Status.BACK,
    Status.REPORTED,
    Status.CLOSED,
    Status.UNDER_WAY,
    Status.COMPLETED,
)
COLOURS = {
    Status.DRAFT: "secondary",
    Status.PROPOSED: "secondary",
    Status.SUBMITTED: "yellow",
    Status.RETURNED: "orange",
    Status.APPROVED: "teal",
    Status.CONFIRMED: "teal",
}


# -- calendar ------------------------------------------------------------------------------------
def delegation_items(user, query: CalendarQuery) -> list[CalendarItem]:
    from caunoi.delegations.models import Delegation

    rows = between(Delegation.objects.restrict(user), query.start, query.end).exclude(
        status=Status.REJECTED
    )
    if query.units:
        rows = rows.filter(owner_unit__in=query.units)
    if query.countries:
        rows = rows.filter(
            Q(countries__in=query.countries) | Q(partners__country__in=query.countries)
        )
    if query.partners:
        rows = rows.filter(partners__in=query.partners)
    if query.countries or query.partners:
        rows = rows.distinct()
    left_out = Counter()
    if query.per_day is not None:
        # The month grid: the month's delegations as bare tuples, the shown ones read whole.
        spans = [
            (
                (datetime.datetime.combine(first, datetime.time.min), bilingual(name, en), pk),
                pk,
                first,
                last,
            )
            for pk, first, last, name, en in rows.values_list(
                "pk", "start_date", "end_date", "name", "name_en"
            )
        ]
        shown, left_out = shown_per_day(spans, query.start, query.end, query.per_day)
        rows = Delegation.objects.filter(pk__in=shown)
    if query.hide_cancelled:
        rows = rows.exclude(status=Status.CANCELLED)
    rows = rows.select_related("owner_unit").order_by("start_date", "name", "pk")
    found = list(rows[: query.limit])
    partner_ids, country_ids = links(found)
    return Items([item_for(d, partner_ids[d.pk], country_ids[d.pk]) for d in found], left_out)


def item_for(d, partner_ids=(), country_ids=()) -> CalendarItem:
    cancelled = d.status == Status.CANCELLED
    return CalendarItem(
        kind="delegation",
        kind_label=d.kind_label,
        title=str(d),
        start=d.start_date,
        end=d.end_date,
        all_day=True,
        url=d.get_absolute_url(),
        unit=d.owner_unit,
        icon="plane-departure" if d.is_outbound else "plane-arrival",
        color="secondary" if cancelled else COLOURS.get(d.status, "purple"),
        place=d.cities,
        uid=f"delegation-{d.pk}@caunoi",
        partner_ids=frozenset(partner_ids),
        country_ids=frozenset(country_ids),
        status_label=d.get_status_display(),
        description=d.purpose[:500],
        major=d.level == "city",
        cancelled=cancelled,
    )


# -- partner page ----------------------------------------------------------------------------------
def timeline_entries(partner, user, limit: int | None = None, until=None) -> list:
    from caunoi.delegations.models import Delegation
    from caunoi.partners.timeline import Entry

    linked = Delegation.partners.through.objects.filter(partner=partner).values("delegation_id")
    rows = Delegation.objects.restrict(user).filter(pk__in=linked)
    if until is not None:
        rows = rows.filter(start_date__lte=until)
    rows = rows.select_related("owner_unit").order_by("-start_date", "-id")[:limit]
    return [
        Entry(
            d.start_date,
            d.kind_label,
            f"{d} · {d.get_status_display()}",
            d.get_absolute_url(),
            d.owner_unit,
            "plane",
            contact=d.status in HELD,
        )
        for d in rows
    ]


def last_delegation_with(partner_ref=None):
    """Subquery: the latest start of a delegation held with the partner."""
    from caunoi.delegations.models import Delegation

    rows = (
        Delegation.partners.through.objects.filter(
            partner=OuterRef("pk"),
            delegation__deleted_at__isnull=True,
            delegation__status__in=HELD,
        )
        .values("partner")
        .annotate(d=Max("delegation__start_date"))
        .values("d")[:1]
    )
    return Subquery(rows, output_field=DateField())


# -- attention -------------------------------------------------------------------------------------
def attention_items(user) -> list[AttentionItem]:
    """For the responsible unit's people: results reports and follow-ups overdue; for the
    current approvers: requests waiting for them."""
    from caunoi.delegations.chain import waiting_for
    from caunoi.delegations.models import Delegation, FollowUpTask

    if not user.has_perm("delegations.view_delegation"):
        return []
    items = []
    today = timezone.localdate()
    base = reverse("delegations:delegation_list")
    waiting = Delegation.objects.restrict(user).filter(waiting_for(user)).count()
    if waiting:
        items.append(
            AttentionItem(
                _("%(count)s delegation requests wait for your approval") % {"count": waiting},
                f"{base}?waiting_for_me=true",
                "warning",
            )
        )
    if not user.has_perm("delegations.change_delegation"):
        return items
    cutoff = today - datetime.timedelta(days=report_days())
    mine = Delegation.objects.restrict(user, "change")
    late = mine.filter(status__in=REPORT_OWED, end_date__lt=cutoff).count()
    if late:
        items.append(
            AttentionItem(
                _("%(count)s results reports of trips abroad are overdue") % {"count": late},
                f"{base}?report_overdue=true",
                "danger",
            )
        )
    tasks = (
        FollowUpTask.objects.restrict(user, "change")
        .filter(status__in=OPEN_TASKS, deadline__lt=today)
        .exclude(delegation__status__in=DEAD)
        .count()
    )
    if tasks:
        items.append(
            AttentionItem(
                _("%(count)s follow-up tasks of delegations are overdue") % {"count": tasks},
                reverse("delegations:followuptask_list") + "?overdue=true",
                "danger",
            )
        )
    return items


# -- reminders (caunoi send_reminders, daily) --------------------------------------------------
def reminders(today: datetime.date):
    """Once each: the contact person of a trip whose results report is overdue, and of a
    delegation with a follow-up task past its deadline."""
    from django.utils.translation import gettext_noop

    from caunoi.core.notifications import Reminder
    from caunoi.delegations.models import Delegation, FollowUpTask

    cutoff = today - datetime.timedelta(days=report_days())
    late = Delegation.objects.filter(
        status__in=REPORT_OWED, end_date__lt=cutoff, contact_person__isnull=False
    ).select_related("contact_person")
    for d in late:
        yield Reminder(
            (d.contact_person,),
            gettext_noop("The results report of “%(name)s” is overdue."),
            {"name": d.name},
            url=d.get_absolute_url(),
            level="danger",
            key=f"delegation-{d.pk}-report-overdue",
        )
    tasks = (
        FollowUpTask.objects.filter(
            status__in=OPEN_TASKS,
            deadline__lt=today,
            delegation__contact_person__isnull=False,
            delegation__deleted_at__isnull=True,
        )
        .exclude(delegation__status__in=DEAD)
        .select_related("delegation__contact_person")
    )
    for task in tasks:
        yield Reminder(
            (task.delegation.contact_person,),
            gettext_noop("The follow-up task “%(task)s” is overdue."),
            {"task": task.task},
            url=task.get_absolute_url(),
            level="danger",
            key=f"followuptask-{task.pk}-overdue",
        )
