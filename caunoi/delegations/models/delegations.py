"""Delegations (đoàn ra / đoàn vào), the frozen approver chain of a trip abroad, and the log."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import PrimaryModel, WorkflowLogEntry
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.money import AmountField, CurrencyField, MoneyProperty, check_money_pair
from caunoi.delegations.choices import (
    REPORT_OWED,
    Decision,
    Direction,
    Funding,
    Level,
    Mode,
    Status,
    StepKind,
)


def lead_days() -> int:
    return settings.CAUNOI_DELEGATION_LEAD_DAYS


def report_days() -> int:
    return settings.CAUNOI_DELEGATION_REPORT_DAYS


def short_notice(start: datetime.date, submitted: datetime.date, days: int) -> bool:
    """Submitted fewer than ``days`` days before departure (departure day not counted)."""
    return (start - submitted).days < days


def report_due_on(end: datetime.date, days: int) -> datetime.date:
    """The results report is due ``days`` days after the last day of the trip."""
    return end + datetime.timedelta(days=days)


def check_not_waiting(delegation) -> None:
    """While a request waits for approval it stays as the approvers see it: to change it,
    ask for it back (returned for changes), or cancel it."""
    if delegation is not None and delegation.pk and delegation.status == Status.SUBMITTED:
        stored = type(delegation)._base_manager.filter(pk=delegation.pk).values("status").first()
        if stored and stored["status"] == Status.SUBMITTED:
            raise ValidationError(
                _(
                    "This request is waiting for approval and cannot be changed now. Ask the "
                    "approver to return it for changes."
                ),
                code="waiting",
            )


def report_overdue(status: str, end: datetime.date, today: datetime.date, days: int) -> bool:
    return status in REPORT_OWED and today > report_due_on(end, days)


class Delegation(BilingualNameMixin, PrimaryModel):
    """A delegation (đoàn ra / đoàn vào): a trip abroad by people of a Hà Nội unit (outbound),
    or a foreign delegation the unit receives (inbound).

    The owning unit sends an outbound delegation and hosts an inbound one. An outbound trip is
    requested, approved through a chain of approvers fixed at submission (from its level),
    carried out and reported on; an inbound visit is proposed, confirmed, held and completed
    with minutes. Only :mod:`caunoi.delegations.workflow` assigns ``status``.
    """

    direction = models.CharField(
        pgettext_lazy("delegation", "direction"), max_length=10, choices=Direction.choices
    )
    name = models.CharField(pgettext_lazy("delegation", "title (Vietnamese)"), max_length=300)
    name_en = models.CharField(
        pgettext_lazy("delegation", "title (English)"), max_length=300, blank=True
    )
    level = models.CharField(
        pgettext_lazy("delegation", "level"),
        max_length=12,
        choices=Level.choices,
        help_text=_("Who leads (outbound) or receives (inbound) it; decides who approves."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    partners = models.ManyToManyField(
        "partners.Partner",
        verbose_name=_("partners"),
        blank=True,
        related_name="delegations",
        help_text=_("Partners met abroad, or the partners visiting."),
    )
    countries = models.ManyToManyField(
        "partners.Country",
        verbose_name=_("countries"),
        blank=True,
        related_name="delegations",
        help_text=_("Countries visited, or the countries the visitors come from."),
    )
    cities = models.CharField(_("cities"), max_length=300, blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    purpose = models.TextField(_("purpose"))
    in_annual_plan = models.BooleanField(
        _("in the unit's annual plan"),
        default=False,
        help_text=_("The trip or visit is in the unit's approved plan for the year."),
    )
    funding = models.CharField(
        _("funding source"), max_length=15, choices=Funding.choices, default=Funding.STATE_BUDGET
    )
    budget_amount = AmountField(_("budget"), null=True, blank=True)
    budget_currency = CurrencyField(_("budget currency"), blank=True)
    contact_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who other units call about this delegation."),
    )
    results_report = models.TextField(
        _("results report"),
        blank=True,
        help_text=_("After an outbound trip: what was done and achieved (báo cáo kết quả)."),
    )
    minutes = models.TextField(
        _("minutes"), blank=True, help_text=_("After an inbound visit: the minutes of the talks.")
    )
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True, editable=False)
    short_notice = models.BooleanField(
        _("submitted at short notice"), default=False, editable=False
    )
    reported_on = models.DateField(_("report filed on"), null=True, blank=True, editable=False)

    budget = MoneyProperty("budget_amount", "budget_currency", "start_date")
    search_fields = ("name", "name_en", "cities", "purpose", "description")
    display_related = ("owner_unit",)

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        ordering = ["-start_date", "name"]
        permissions = [("approve_delegation", _("Can approve delegations going abroad"))]
        indexes = [
            models.Index(fields=["direction", "status"], name="delegation_direction_status"),
            models.Index(fields=["start_date", "end_date"], name="delegation_dates"),
            models.Index(fields=["end_date"], name="delegation_end"),
            models.Index(fields=["owner_unit", "start_date"], name="delegation_unit_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="delegation_ends_after_start",
                violation_error_message=_("A delegation cannot end before it starts."),
            ),
        ]

    def clean(self) -> None:
        super().clean()
        check_not_waiting(self)
        errors = check_money_pair(self, "budget_amount", "budget_currency")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("A delegation cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self._state.adding and self.status == Status.DRAFT and self.is_inbound:
            self.status = Status.PROPOSED  # the first status of each lifecycle
        super().save(*args, **kwargs)

    @property
    def is_outbound(self) -> bool:
        return self.direction == Direction.OUTBOUND

    @property
    def is_inbound(self) -> bool:
        return self.direction == Direction.INBOUND

    @property
    def kind_label(self) -> str:
        """ "Outbound delegation" or "Inbound delegation", in the reader's language."""
        return gettext("Outbound delegation") if self.is_outbound else gettext("Inbound delegation")

    @property
    def report_due(self) -> datetime.date | None:
        if not self.is_outbound or self.end_date is None:
            return None
        return report_due_on(self.end_date, report_days())

    @property
    def report_is_overdue(self) -> bool:
        return self.is_outbound and report_overdue(
            self.status, self.end_date, timezone.localdate(), report_days()
        )

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    def current_step(self):
        """The step of the approver chain waiting for a decision, or None."""
        if self.status != Status.SUBMITTED:
            return None
        return self.approval_steps.filter(decision=Decision.PENDING).first()


class ApprovalStep(models.Model):
    """One approver's place in the chain of a trip abroad (chuỗi phê duyệt), fixed when the
    request is submitted: who may decide it, and their decision. Each submission opens a new
    round; a return or a rejection ends it."""

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="approval_steps",
    )
    round = models.PositiveSmallIntegerField(_("submission"), default=1)
    order = models.PositiveSmallIntegerField(_("order"))
    kind = models.CharField(_("approver"), max_length=12, choices=StepKind.choices)
    unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("unit"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    approvers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("approvers"), related_name="+"
    )
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.QUEUED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("approval step")
        verbose_name_plural = _("approval steps")
        ordering = ["delegation", "round", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["delegation", "round", "order"], name="approvalstep_once_per_place"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round}.{self.order} {self.get_kind_display()}"


class DelegationLogEntry(WorkflowLogEntry):
    """A step in a delegation's life: submitted, returned, approved, travelling, reported…"""

    record = models.ForeignKey(Delegation, on_delete=models.CASCADE, related_name="log_entries")

    class Meta(WorkflowLogEntry.Meta):
        verbose_name = _("delegation log entry")
        verbose_name_plural = _("delegation log entries")
