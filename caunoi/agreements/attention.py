"""The agreements that need someone to act (ADR 0017): on the home page of the responsible
unit, on the attention page, and as daily in-app notifications (``caunoi send_reminders``).

Rules, for a day ``today``:

- *expiring*: in force, expiry date within 30, 90 or 180 days (today counts as 0 days), and
  no renewal started (no live renewal record points at it); each agreement falls in the
  nearest band only;
- *past its expiry*: still in force after its expiry date;
- *dormant*: in force, and its last activity (entry into force, plan items done, events with
  its partners or linked as evidence, and any registered source) is 12 months old or more;
- *overdue plan items*: planned or in progress, deadline before today, agreement in force;
- *unanswered consultations*: no answer, deadline before today, agreement in consultation.

"Responsible" means the units where the user may change agreements (their own unit; a
coordinator's own unit, not every unit), the responsible unit of a plan item, and for
consultations every coordinator (who chase the consulted bodies).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_noop, ngettext

from caunoi.agreements.activity import quiet_since, with_last_activity
from caunoi.agreements.choices import OPEN_PLAN_STATUSES, AgreementLink, AgreementStatus
from caunoi.core.dates import add_months
from caunoi.core.scope import ALL_UNITS, unit_scope

BANDS = (30, 90, 180)
DORMANT_MONTHS = 12


# -- the rules, as plain functions (the querysets below say the same in SQL) ---------------------
def expiry_band(expires_on: datetime.date | None, today: datetime.date) -> int | None:
    """30, 90 or 180: the nearest band the expiry date falls in; None if further or past."""
    if expires_on is None:
        return None
    days = (expires_on - today).days
    if days < 0:
        return None
    return next((band for band in BANDS if days <= band), None)


def dormant_cutoff(today: datetime.date) -> datetime.date:
    return add_months(today, -DORMANT_MONTHS)


def is_dormant(last_activity: datetime.date | None, today: datetime.date) -> bool:
    return last_activity is None or last_activity <= dormant_cutoff(today)


def is_overdue(deadline: datetime.date | None, today: datetime.date) -> bool:
    return deadline is not None and deadline < today


# -- querysets ------------------------------------------------------------------------------------
def _no_renewal():
    from caunoi.agreements.models import Agreement

    return ~Exists(Agreement.objects.filter(previous=OuterRef("pk"), link=AgreementLink.RENEWAL))


def expiring(agreements, today: datetime.date, band: int):
    """In force, expiring within ``band`` days but not within the next smaller band."""
    smaller = [b for b in BANDS if b < band]
    start = today + datetime.timedelta(days=(smaller[-1] + 1) if smaller else 0)
    return agreements.filter(
        _no_renewal(),
        status=AgreementStatus.IN_FORCE,
        expires_on__gte=start,
        expires_on__lte=today + datetime.timedelta(days=band),
    )


def past_expiry(agreements, today: datetime.date):
    return agreements.filter(status=AgreementStatus.IN_FORCE, expires_on__lt=today)


def quiet(agreements, today: datetime.date):
    """In force and nothing since the cut-off: the dormant ones, without their dates."""
    in_force = agreements.filter(status=AgreementStatus.IN_FORCE)
    return quiet_since(in_force, today, dormant_cutoff(today))


def dormant(agreements, today: datetime.date):
    """The dormant agreements, ``last_activity`` annotated (for those only)."""
    return with_last_activity(quiet(agreements, today), today)


def overdue_items(items, today: datetime.date):
    return items.filter(
        status__in=OPEN_PLAN_STATUSES,
        deadline__lt=today,
        agreement__status=AgreementStatus.IN_FORCE,
        agreement__deleted_at__isnull=True,
    )


def unanswered_consultations(consultations, today: datetime.date):
    return consultations.filter(
        answered_on__isnull=True,
        due_on__lt=today,
        agreement__status=AgreementStatus.CONSULTATION,
        agreement__deleted_at__isnull=True,
    )


# -- what one user is responsible for -------------------------------------------------------------
@dataclass
class Attention:
    expiring: dict[int, list] = field(default_factory=dict)  # band → agreements
    past_expiry: list = field(default_factory=list)
    dormant: list = field(default_factory=list)
    overdue_items: list = field(default_factory=list)
    unanswered: list = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            any(self.expiring.values())
            or self.past_expiry
            or self.dormant
            or self.overdue_items
            or self.unanswered
        )


def _scope_filter(scope, field_name: str) -> Q:
    if scope is ALL_UNITS:
        return Q()
    return Q(**{f"{field_name}__in": scope})


def _rules(user, today: datetime.date, *, listing: bool) -> dict | None:
    """Each rule's queryset for what ``user`` is responsible for (None: nothing to watch).
    Keys: ``("expiring", band)``, "past_expiry", "dormant", "overdue_items", "unanswered".
    Without ``listing`` only the counts are wanted: no order, no last-activity dates."""
    from caunoi.agreements.models import Agreement, Consultation, PlanItem
    from caunoi.agreements.workflow import COORDINATE

    if not user.has_perm("agreements.change_agreement") and not user.has_perm(COORDINATE):
        return None
    mine = Agreement.objects.restrict(user, "change").select_related("owner_unit")
    rules: dict = {}
    for band in BANDS:
        rules[("expiring", band)] = expiring(mine, today, band).order_by("expires_on")
    rules["past_expiry"] = past_expiry(mine, today).order_by("expires_on")
    if listing:
        rules["dormant"] = dormant(mine, today).order_by("last_activity", "name")
    else:
        rules["dormant"] = quiet(mine, today)
    own_items = unit_scope(user, "agreements.change_agreement")
    responsible = unit_scope(user, "agreements.change_planitem")
    if own_items or responsible:
        items = PlanItem.objects.filter(
            _scope_filter(own_items, "owner_unit") | _scope_filter(responsible, "responsible_unit")
        ).select_related("agreement", "responsible_unit", "owner_unit")
        rules["overdue_items"] = overdue_items(items, today).order_by("deadline")
    consultations = Consultation.objects.select_related("agreement", "owner_unit")
    if not user.has_perm(COORDINATE):
        consultations = consultations.filter(_scope_filter(own_items, "owner_unit"))
    rules["unanswered"] = unanswered_consultations(consultations, today).order_by("due_on")
    return rules


def collect(user, today: datetime.date) -> Attention:
    """Every rule's records, for the attention page."""
    found = Attention()
    rules = _rules(user, today, listing=True)
    if rules is None:
        return found
    for band in BANDS:
        found.expiring[band] = list(rules[("expiring", band)])
    found.past_expiry = list(rules["past_expiry"])
    found.dormant = list(rules["dormant"])
    found.overdue_items = list(rules.get("overdue_items", []))
    found.unanswered = list(rules["unanswered"])
    return found


def counts(user, today: datetime.date) -> dict:
    """How many records each rule has (the keys of :func:`_rules`), for the home page: one
    ``COUNT`` each, no rows read."""
    rules = _rules(user, today, listing=False)
    return {key: rows.count() for key, rows in (rules or {}).items()}


def attention_items(user) -> list:
    """The home page's lines: one per rule that has something, linking to the attention page."""
    from django.utils import timezone

    from caunoi.core.registry import AttentionItem

    if not user.is_authenticated:
        return []
    today = timezone.localdate()
    found = counts(user, today)
    url = reverse("agreements:attention")
    lines = []
    for band in BANDS:
        count = found.get(("expiring", band), 0)
        if count:
            text = ngettext(
                "%(count)s agreement expires within %(days)s days, no renewal started",
                "%(count)s agreements expire within %(days)s days, no renewal started",
                count,
            ) % {"count": count, "days": band}
            level = "danger" if band == 30 else ("warning" if band == 90 else "info")
            lines.append(AttentionItem(text, f"{url}#expiring-{band}", level))

    def line(key: str, anchor: str, level: str, text) -> None:
        count = found.get(key, 0)
        if count:
            lines.append(AttentionItem(text(count) % {"count": count}, f"{url}#{anchor}", level))

    line(
        "past_expiry",
        "past-expiry",
        "danger",
        lambda n: ngettext(
            "%(count)s agreement is past its expiry date but still in force",
            "%(count)s agreements are past their expiry date but still in force",
            n,
        ),
    )
    line(
        "dormant",
        "dormant",
        "warning",
        lambda n: ngettext(
            "%(count)s agreement in force shows no activity for 12 months",
            "%(count)s agreements in force show no activity for 12 months",
            n,
        ),
    )
    line(
        "overdue_items",
        "overdue-items",
        "warning",
        lambda n: ngettext(
            "%(count)s implementation item is overdue",
            "%(count)s implementation items are overdue",
            n,
        ),
    )
    line(
        "unanswered",
        "unanswered",
        "warning",
        lambda n: ngettext(
            "%(count)s consultation is unanswered past its deadline",
            "%(count)s consultations are unanswered past their deadline",
            n,
        ),
    )
    return lines + waiting_items(user)


def waiting_items(user) -> list:
    """Steps waiting for the reader: approvals (approvers of the owning unit), consultations to
    record (coordinators), reviews asked for by an open campaign (the owning unit)."""
    from caunoi.agreements.campaigns import to_review
    from caunoi.agreements.models import Agreement
    from caunoi.agreements.workflow import COORDINATE
    from caunoi.core.registry import AttentionItem

    lines = []
    agreements = reverse("agreements:agreement_list")
    if user.has_perm("agreements.approve_agreement"):
        count = (
            Agreement.objects.restrict(user, "approve")
            .filter(status=AgreementStatus.LEGAL_REVIEW)
            .count()
        )
        if count:
            text = ngettext(
                "%(count)s agreement waits for approval for signing",
                "%(count)s agreements wait for approval for signing",
                count,
            ) % {"count": count}
            lines.append(AttentionItem(text, f"{agreements}?status=legal_review", "warning"))
    if user.has_perm(COORDINATE):
        count = Agreement.objects.filter(status=AgreementStatus.CONSULTATION).count()
        if count:
            text = ngettext(
                "%(count)s agreement is in consultation: record the answers",
                "%(count)s agreements are in consultation: record the answers",
                count,
            ) % {"count": count}
            lines.append(AttentionItem(text, f"{agreements}?status=consultation", "info"))
    waiting = to_review(user)
    if waiting:
        text = ngettext(
            "%(count)s agreement waits for your review in a review campaign",
            "%(count)s agreements wait for your review in a review campaign",
            len(waiting),
        ) % {"count": len(waiting)}
        lines.append(AttentionItem(text, reverse("agreements:attention") + "#to-review", "warning"))
    return lines


# -- daily notifications --------------------------------------------------------------------------
def reminders(today: datetime.date):
    """``caunoi send_reminders``: each rule's records, told once per record and date."""
    from caunoi.accounts.scope import users_holding
    from caunoi.agreements.models import Agreement, Consultation, PlanItem
    from caunoi.agreements.workflow import coordinators
    from caunoi.core.notifications import Reminder

    agreements = Agreement.objects.select_related("owner_unit")

    def officers(unit):
        return tuple(users_holding("agreements.change_agreement", unit))

    for band in BANDS:
        for a in expiring(agreements, today, band):
            yield Reminder(
                officers(a.owner_unit),
                gettext_noop(
                    "The agreement “%(name)s” expires on %(date)s and no renewal has been started."
                ),
                {"name": a.name, "date": f"{a.expires_on:%d/%m/%Y}"},
                url=a.get_absolute_url(),
                level="danger" if band == 30 else "warning",
                key=f"agreement-{a.pk}-expiry-{band}-{a.expires_on:%Y%m%d}",
            )
    for a in past_expiry(agreements, today):
        yield Reminder(
            officers(a.owner_unit),
            gettext_noop(
                "The agreement “%(name)s” passed its expiry date (%(date)s): mark it expired "
                "or record its renewal."
            ),
            {"name": a.name, "date": f"{a.expires_on:%d/%m/%Y}"},
            url=a.get_absolute_url(),
            level="danger",
            key=f"agreement-{a.pk}-past-expiry-{a.expires_on:%Y%m%d}",
        )
    for a in dormant(agreements, today):
        since = a.last_activity
        yield Reminder(
            officers(a.owner_unit),
            gettext_noop("The agreement “%(name)s” shows no activity since %(date)s."),
            {"name": a.name, "date": f"{since:%d/%m/%Y}" if since else "—"},
            url=a.get_absolute_url(),
            key=f"agreement-{a.pk}-dormant-{since:%Y%m%d}"
            if since
            else f"agreement-{a.pk}-dormant",
        )
    items = PlanItem.objects.select_related("agreement", "responsible_unit", "owner_unit")
    for item in overdue_items(items, today):
        people = set(users_holding("agreements.change_planitem", item.responsible_unit))
        people |= set(officers(item.owner_unit))
        yield Reminder(
            tuple(people),
            gettext_noop("The implementation item “%(title)s” of “%(name)s” was due on %(date)s."),
            {"title": item.title, "name": item.agreement.name, "date": f"{item.deadline:%d/%m/%Y}"},
            url=reverse("agreements:attention") + "#overdue-items",
            key=f"planitem-{item.pk}-overdue-{item.deadline:%Y%m%d}",
        )
    consultations = Consultation.objects.select_related("agreement", "owner_unit")
    coordinating = tuple(coordinators())
    for c in unanswered_consultations(consultations, today):
        yield Reminder(
            tuple(set(coordinating) | set(officers(c.owner_unit))),
            gettext_noop(
                "%(body)s has not answered the consultation on “%(name)s” (due %(date)s)."
            ),
            {"body": c.body, "name": c.agreement.name, "date": f"{c.due_on:%d/%m/%Y}"},
            url=c.agreement.get_absolute_url(),
            key=f"consultation-{c.pk}-overdue-{c.due_on:%Y%m%d}",
        )
