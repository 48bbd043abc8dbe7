"""Opening, following and closing a review campaign (ADR 0018).

A coordinator opens a campaign; its list is every agreement in force that day, frozen with
its owning unit. An agreement on the list is *reviewed* once it has a review dated on or after
the opening day. Progress is counted per unit from that rule: nothing to keep in step when a
review is added, edited or deleted.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.agreements.choices import AgreementStatus, CampaignStatus
from caunoi.agreements.models import Agreement, CampaignAgreement, Review, ReviewCampaign
from caunoi.agreements.workflow import COORDINATE
from caunoi.core.scope import ALL_UNITS, unit_scope


def coordinator_unit(user):
    """The unit a coordinator's campaign belongs to: one where they may add campaigns."""
    from caunoi.accounts.models import OrgUnit

    scope = unit_scope(user, "agreements.add_reviewcampaign")
    units = OrgUnit.objects.all()
    if scope is not ALL_UNITS:
        units = units.filter(pk__in=scope)
    primary = getattr(user, "primary_unit", None)
    if primary is not None and (scope is ALL_UNITS or primary.pk in scope):
        return primary
    return units.order_by("pk").first()


@transaction.atomic
def open_campaign(*, name: str, due_on: datetime.date, acting_user, description: str = ""):
    """Side effects: the list of agreements in force is frozen; every owning unit is told."""
    if not acting_user.has_perm(COORDINATE):
        raise PermissionDenied
    unit = coordinator_unit(acting_user)
    if unit is None:
        raise PermissionDenied
    today = timezone.localdate()
    campaign = ReviewCampaign(
        name=name, opened_on=today, due_on=due_on, owner_unit=unit, description=description
    )
    campaign.full_clean()
    campaign.save()
    in_force = Agreement.objects.filter(status=AgreementStatus.IN_FORCE).order_by("pk")
    rows = [
        CampaignAgreement(campaign=campaign, agreement=a, unit_id=a.owner_unit_id) for a in in_force
    ]
    if not rows:
        raise ValidationError(_("No agreement is in force: there is nothing to review."))
    CampaignAgreement.objects.bulk_create(rows)
    transaction.on_commit(lambda: _tell_units(campaign))
    return campaign


def snapshot(campaign: ReviewCampaign) -> list[CampaignAgreement]:
    """Freeze the campaign's list: every agreement in force now, with its owning unit."""
    in_force = Agreement.objects.filter(status=AgreementStatus.IN_FORCE).order_by("pk")
    rows = [
        CampaignAgreement(campaign=campaign, agreement=a, unit_id=a.owner_unit_id) for a in in_force
    ]
    CampaignAgreement.objects.bulk_create(rows)
    return list(campaign.entries.select_related("agreement"))


def _tell_units(campaign: ReviewCampaign) -> None:
    from django.utils.translation import gettext_noop

    from caunoi.accounts.models import OrgUnit
    from caunoi.accounts.scope import users_holding
    from caunoi.core.notifications import notify

    unit_ids = set(campaign.entries.values_list("unit_id", flat=True))
    for unit in OrgUnit.objects.filter(pk__in=unit_ids):
        notify(
            users_holding("agreements.add_review", unit),
            gettext_noop("Review campaign “%(name)s”: review your agreements by %(date)s."),
            {"name": campaign.name, "date": f"{campaign.due_on:%d/%m/%Y}"},
            url=campaign.get_absolute_url(),
            level="warning",
            key=f"campaign-{campaign.pk}-opened",
        )


def close_campaign(campaign: ReviewCampaign, *, acting_user) -> ReviewCampaign:
    if not acting_user.has_perm(COORDINATE):
        raise PermissionDenied
    if not ReviewCampaign.objects.restrict(acting_user, "change").filter(pk=campaign.pk).exists():
        raise PermissionDenied
    with transaction.atomic():
        record = ReviewCampaign.objects.select_for_update().get(pk=campaign.pk)
        if record.status != CampaignStatus.OPEN:
            raise ValidationError(_("This campaign is already closed."))
        record.status, record.closed_on = CampaignStatus.CLOSED, timezone.localdate()
        record.save(update_fields=["status", "closed_on"])
    return record


def reviewed_q(campaign: ReviewCampaign):
    """Entries whose agreement has a review dated on or after the opening day."""
    return Exists(
        Review.objects.filter(agreement=OuterRef("agreement"), reviewed_on__gte=campaign.opened_on)
    )


def entries(campaign: ReviewCampaign):
    return campaign.entries.annotate(reviewed=reviewed_q(campaign)).select_related(
        "agreement", "unit"
    )


@dataclass(frozen=True)
class UnitProgress:
    unit: object
    total: int
    reviewed: int

    @property
    def percent(self) -> int:
        return round(100 * self.reviewed / self.total) if self.total else 100


def progress(campaign: ReviewCampaign) -> list[UnitProgress]:
    """Per unit: how many of its agreements are on the list and how many are reviewed."""
    counts: dict[int, list] = {}
    for entry in entries(campaign):
        row = counts.setdefault(entry.unit_id, [entry.unit, 0, 0])
        row[1] += 1
        row[2] += int(entry.reviewed)
    rows = [UnitProgress(unit, total, done) for unit, total, done in counts.values()]
    return sorted(rows, key=lambda r: (r.percent, str(r.unit)))


def to_review(user):
    """Entries of open campaigns, in the user's units, still without a review."""
    scope = unit_scope(user, "agreements.add_review")
    if not scope:
        return []
    found = []
    for campaign in ReviewCampaign.objects.filter(status=CampaignStatus.OPEN):
        rows = entries(campaign).filter(reviewed=False)
        if scope is not ALL_UNITS:
            rows = rows.filter(unit__in=scope)
        found.extend(rows)
    return found
