"""Review campaigns (đợt rà soát): the city reviews every agreement in force at once."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from caunoi.agreements.choices import CampaignStatus
from caunoi.agreements.models.agreements import Agreement
from caunoi.core.models import PrimaryModel


class ReviewCampaign(PrimaryModel):
    """A review campaign (đợt rà soát, đánh giá thỏa thuận) opened by a Department of Foreign
    Affairs coordinator over every agreement in force on the opening day. The list is frozen
    when it opens (:class:`CampaignAgreement`); each owning unit reviews its own, and an
    agreement counts as reviewed once it has a review dated on or after the opening day.

    A city-wide registry (``shared_registry``): every unit reads the campaign and the progress
    per unit; only the coordinators' unit changes it."""

    name = models.CharField(_("name"), max_length=300)
    opened_on = models.DateField(_("opened on"))
    due_on = models.DateField(_("reviews due by"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CampaignStatus.choices,
        default=CampaignStatus.OPEN,
        editable=False,
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True, editable=False)

    shared_registry = True
    search_fields = ("name", "description")

    class Meta:
        verbose_name = _("review campaign")
        verbose_name_plural = _("review campaigns")
        ordering = ["-opened_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_on__gte=F("opened_on")),
                name="reviewcampaign_due_after_opening",
                violation_error_message=_("Reviews cannot be due before the campaign opens."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.due_on and self.opened_on and self.due_on < self.opened_on:
            raise ValidationError({"due_on": _("Reviews cannot be due before the campaign opens.")})

    @property
    def is_open(self) -> bool:
        return self.status == CampaignStatus.OPEN


class CampaignAgreement(models.Model):
    """One agreement on a campaign's list, with the unit that owned it when the list was made."""

    campaign = models.ForeignKey(
        ReviewCampaign,
        verbose_name=_("review campaign"),
        on_delete=models.CASCADE,
        related_name="entries",
    )
    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="campaign_entries",
    )
    unit = models.ForeignKey(
        "accounts.OrgUnit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("agreement to review")
        verbose_name_plural = _("agreements to review")
        ordering = ["campaign", "unit", "agreement"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "agreement"], name="campaignagreement_once_per_campaign"
            )
        ]

    def __str__(self) -> str:
        return f"{self.campaign} · {self.agreement}"
