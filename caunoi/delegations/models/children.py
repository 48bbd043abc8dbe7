"""What belongs to a delegation: its members (with guarded passport data), its programme, its
outcomes and follow-up tasks, and the records of member lists sent abroad."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import UnitFromParentModel
from caunoi.core.models.personal import (
    CrossBorderTransferEntry,
    PersonalDataAccessEntry,
)
from caunoi.delegations.choices import OPEN_TASKS, MemberRole, TaskStatus
from caunoi.delegations.models.delegations import Delegation, check_not_waiting

# Guarded: shown only to holders of view_personal_delegationmember, every showing logged.
PASSPORT_FIELDS = ("passport_number", "passport_expiry")


class DelegationMember(UnitFromParentModel):
    """A member of a delegation (thành viên đoàn): a staff member of the city or an outside
    person, with their role and their rank for protocol order (1 first).

    The passport number and expiry are sensitive personal data (Law 91/2025/QH15): only roles
    holding ``view_personal_delegationmember`` see them, each showing is logged in
    :class:`MemberAccessLog`, they are never in lists, exports or search, and the change log
    keeps only a digest of them."""

    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), on_delete=models.CASCADE, related_name="members"
    )
    staff_member = models.ForeignKey(
        "staff.StaffMember",
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="delegation_memberships",
        help_text=_("For the city's own staff: their languages then count for the delegation."),
    )
    full_name = models.CharField(_("full name"), max_length=150)
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    role = models.CharField(
        _("role"), max_length=12, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    rank = models.PositiveSmallIntegerField(
        _("protocol rank"), default=10, help_text=_("Order in protocol lists: 1 comes first.")
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Foreign languages the person can work in."),
    )
    passport_number = models.CharField(_("passport number"), max_length=30, blank=True)
    passport_expiry = models.DateField(_("passport expiry"), null=True, blank=True)

    parent_field = "delegation"
    display_related = ("delegation",)
    search_fields = ("full_name", "position", "organisation")
    changelog_exclude = frozenset(PASSPORT_FIELDS)

    class Meta:
        verbose_name = _("delegation member")
        verbose_name_plural = _("delegation members")
        ordering = ["delegation", "rank", "full_name"]
        permissions = [
            ("view_personal_delegationmember", _("Can see members' passport data (logged)"))
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["delegation"],
                condition=Q(role="head", deleted_at__isnull=True),
                name="delegationmember_one_head",
                violation_error_message=_("A delegation has one head."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_role_display()})"

    def clean(self) -> None:
        super().clean()
        check_not_waiting(self.parent)
        errors = {}
        if self.role == MemberRole.HEAD and self.delegation_id:
            others = DelegationMember.objects.filter(
                delegation_id=self.delegation_id, role=MemberRole.HEAD
            ).exclude(pk=self.pk)
            if others.exists():
                errors["role"] = _("A delegation has one head.")
        if self.passport_number and not self.passport_expiry:
            errors["passport_expiry"] = _("Give the passport's expiry date too.")
        delegation = self.parent
        if (
            self.passport_expiry
            and delegation is not None
            and delegation.is_outbound
            and delegation.end_date
            and self.passport_expiry < delegation.end_date
        ):
            errors["passport_expiry"] = _("The passport expires before the trip ends.")
        if errors:
            raise ValidationError(errors)

    @property
    def language_codes(self) -> set[str]:
        return {code for code in (self.languages or []) if code}

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        return fold(f"{self.full_name} {self.position} {self.organisation}")


class MemberAccessLog(PersonalDataAccessEntry):
    """Every showing, export or transfer of a member's passport data."""

    member = models.ForeignKey(
        DelegationMember,
        verbose_name=_("delegation member"),
        on_delete=models.CASCADE,
        related_name="access_log",
    )

    class Meta(PersonalDataAccessEntry.Meta):
        verbose_name = _("passport data access")
        verbose_name_plural = _("passport data accesses")

    def __str__(self) -> str:
        return f"{self.time:%Y-%m-%d %H:%M} {self.user} {self.action} {self.member_id}"


class MemberListTransfer(CrossBorderTransferEntry):
    """A member list sent to a foreign host: a cross-border transfer of personal data."""

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="transfers",
    )
    country = models.ForeignKey(
        "partners.Country",
        verbose_name=_("country of the recipient"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    with_passports = models.BooleanField(_("passport data included"), default=False)

    class Meta(CrossBorderTransferEntry.Meta):
        verbose_name = _("member list sent abroad")
        verbose_name_plural = _("member lists sent abroad")

    def __str__(self) -> str:
        return f"{self.sent_at:%d/%m/%Y} → {self.recipient}"


class ProgrammeItem(UnitFromParentModel):
    """An item of a delegation's programme (chương trình làm việc): when, where, what, with
    which partner, and who of ours is responsible."""

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="programme",
    )
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    activity = models.CharField(_("activity"), max_length=500)
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsible = models.CharField(_("responsible person"), max_length=200, blank=True)

    parent_field = "delegation"
    display_related = ("delegation",)
    search_fields = ("activity", "place", "responsible")

    class Meta:
        verbose_name = _("programme item")
        verbose_name_plural = _("programme items")
        ordering = ["delegation", "date", "start_time", "id"]

    def __str__(self) -> str:
        return f"{self.activity} · {self.date:%d/%m/%Y}" if self.date else self.activity

    def clean(self) -> None:
        super().clean()
        errors = {}
        delegation = self.parent
        check_not_waiting(delegation)
        if (
            delegation is not None
            and self.date
            and delegation.start_date
            and not (delegation.start_date <= self.date <= delegation.end_date)
        ):
            errors["date"] = _("The item must fall within the delegation's dates.")
        if self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = _("An item cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give the start time too, or neither time.")
        if errors:
            raise ValidationError(errors)

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        return fold(f"{self.activity} {self.place} {self.responsible}")


class OutcomeKind(models.TextChoices):
    AGREEMENT = "agreement", _("Agreement signed")
    COMMITMENT = "commitment", _("Commitment")
    RESULT = "result", _("Other result")


class DelegationOutcome(UnitFromParentModel):
    """An outcome of a delegation (kết quả): an agreement signed, a commitment made by either
    side, or another result.

    Agreements signed: ``agreements`` links the records in the agreements register; ``document``
    names a text that is not (yet) in it."""

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="outcomes",
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=OutcomeKind.choices, default=OutcomeKind.COMMITMENT
    )
    summary = models.CharField(_("outcome"), max_length=500)
    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agreements = models.ManyToManyField(
        "agreements.Agreement",
        verbose_name=_("agreements signed"),
        blank=True,
        related_name="delegation_outcomes",
        help_text=_("For an agreement: the agreement in the register."),
    )
    document = models.CharField(
        _("document signed"),
        max_length=300,
        blank=True,
        help_text=_("For an agreement not in the register: its title and number."),
    )
    date = models.DateField(_("date"), null=True, blank=True)

    parent_field = "delegation"
    display_related = ("delegation",)
    search_fields = ("summary", "document")

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["delegation", "kind", "id"]

    def __str__(self) -> str:
        return self.summary

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        return fold(f"{self.summary} {self.document}")


class FollowUpTask(UnitFromParentModel):
    """A follow-up task (việc cần làm tiếp): what, who, by when, and how far it has got.
    Tracked until done; an open task past its deadline reaches the unit's attention list."""

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    outcome = models.ForeignKey(
        DelegationOutcome,
        verbose_name=_("outcome"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    task = models.CharField(_("task"), max_length=500)
    responsible_unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("responsible unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    responsible = models.CharField(_("responsible person"), max_length=200, blank=True)
    deadline = models.DateField(_("deadline"))
    status = models.CharField(
        _("status"), max_length=12, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)

    parent_field = "delegation"
    display_related = ("delegation",)
    search_fields = ("task", "responsible")

    class Meta:
        verbose_name = _("follow-up task")
        verbose_name_plural = _("follow-up tasks")
        ordering = ["deadline", "id"]
        indexes = [models.Index(fields=["status", "deadline"], name="followup_status_deadline")]

    def __str__(self) -> str:
        return self.task

    def clean(self) -> None:
        super().clean()
        if (
            self.outcome_id
            and self.delegation_id
            and self.outcome.delegation_id != self.delegation_id
        ):
            raise ValidationError({"outcome": _("Choose an outcome of the same delegation.")})
        if self.status == TaskStatus.DONE and not self.done_on:
            self.done_on = timezone.localdate()
        if self.status != TaskStatus.DONE:
            self.done_on = None

    @property
    def is_overdue(self) -> bool:
        return self.status in OPEN_TASKS and self.deadline < timezone.localdate()

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        return fold(f"{self.task} {self.responsible}")
