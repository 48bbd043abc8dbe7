"""What belongs to an agreement: consultations, documents, the implementation plan with its
evidence, and the reviews. Each keeps its agreement's owning unit (scope, recycle bin)."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.agreements.choices import (
    DocumentKind,
    Effectiveness,
    Opinion,
    PlanStatus,
    Recommendation,
)
from caunoi.agreements.models.agreements import Agreement
from caunoi.core.models import DocumentModel, UnitFromParentModel


class Consultation(UnitFromParentModel):
    """A consultation (lấy ý kiến) on a draft agreement, as the Law on International Agreements
    2020 requires: the body asked (the foreign ministry, a ministry, a department), when the
    request was sent, the deadline for the answer, when it came and what it said. Recorded by
    the Department of Foreign Affairs' coordinators (ADR 0016)."""

    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="consultations",
    )
    body = models.CharField(
        _("consulted body"), max_length=300, help_text=_("E.g. Bộ Ngoại giao, Sở Tư pháp.")
    )
    sent_on = models.DateField(_("sent on"))
    due_on = models.DateField(_("answer due by"), null=True, blank=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    opinion = models.CharField(_("opinion"), max_length=30, choices=Opinion.choices, blank=True)
    opinion_text = models.TextField(_("what the answer says"), blank=True)

    parent_field = "agreement"
    display_related = ("agreement",)
    search_fields = ("body", "opinion_text")

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["agreement", "sent_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(answered_on__isnull=True) | Q(answered_on__gte=F("sent_on")),
                name="consultation_answered_after_sent",
                violation_error_message=_("An answer cannot come before the request was sent."),
            ),
            models.CheckConstraint(
                condition=Q(due_on__isnull=True) | Q(due_on__gte=F("sent_on")),
                name="consultation_due_after_sent",
                violation_error_message=_("The deadline cannot be before the request was sent."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} · {self.agreement}" if self.agreement_id else self.body

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.answered_on and self.sent_on and self.answered_on < self.sent_on:
            errors["answered_on"] = _("An answer cannot come before the request was sent.")
        if self.due_on and self.sent_on and self.due_on < self.sent_on:
            errors["due_on"] = _("The deadline cannot be before the request was sent.")
        if self.opinion and not self.answered_on:
            errors["answered_on"] = _("Give the date of the answer.")
        if self.answered_on and not self.opinion:
            errors["opinion"] = _("Say what the answer was.")
        if self.answered_on and self.answered_on > timezone.localdate():
            errors["answered_on"] = _("An answer cannot be dated in the future.")
        if errors:
            raise ValidationError(errors)

    @property
    def answered(self) -> bool:
        return self.answered_on is not None

    def overdue_on(self, today) -> bool:
        return not self.answered and self.due_on is not None and self.due_on < today


class AgreementDocument(DocumentModel):
    """A document of an agreement (tài liệu): a draft, the signed copy, a consultation answer,
    the legal opinion. PDF, Word and images, checked by content and served only to users who
    may see the agreement."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="documents"
    )
    document_kind = models.CharField(
        _("document kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.DRAFT
    )
    allowed_kinds = ("pdf", "docx", "png", "jpeg", "webp")

    parent_field = "agreement"
    display_related = ("agreement",)
    search_fields = ("title",)

    class Meta:
        verbose_name = _("agreement document")
        verbose_name_plural = _("agreement documents")
        ordering = ["agreement", "-created_at"]


class PlanItem(UnitFromParentModel):
    """An item of an agreement's implementation plan (kế hoạch triển khai): what is to be done,
    by which unit of the city, by when, how far it has got, and the evidence (events held,
    delegations sent) that shows it. The plan belongs to the agreement's owning unit; the
    responsible unit sees its items on its home page and attention list."""

    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="plan_items",
    )
    title = models.CharField(_("what is to be done"), max_length=400)
    responsible_unit = models.ForeignKey(
        "accounts.OrgUnit",
        verbose_name=_("responsible unit"),
        on_delete=models.PROTECT,
        related_name="agreement_plan_items",
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    status = models.CharField(
        _("progress"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.PLANNED
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)
    evidence_note = models.TextField(
        _("evidence"), blank=True, help_text=_("What shows it was done, besides linked records.")
    )

    parent_field = "agreement"
    display_related = ("agreement",)
    search_fields = ("title", "evidence_note")

    class Meta:
        verbose_name = _("implementation plan item")
        verbose_name_plural = _("implementation plan items")
        ordering = ["agreement", "deadline", "id"]
        indexes = [models.Index(fields=["status", "deadline"], name="planitem_status_deadline")]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.status == PlanStatus.DONE and not self.done_on:
            self.done_on = timezone.localdate()
        if self.status != PlanStatus.DONE and self.done_on:
            raise ValidationError({"done_on": _("Only a finished item has a date it was done.")})
        if self.done_on and self.done_on > timezone.localdate():
            raise ValidationError({"done_on": _("An item cannot be done in the future.")})

    @property
    def is_open(self) -> bool:
        return self.status in (PlanStatus.PLANNED, PlanStatus.IN_PROGRESS)

    def overdue_on(self, today) -> bool:
        return self.is_open and self.deadline is not None and self.deadline < today


class PlanEvidence(UnitFromParentModel):
    """A record that shows a plan item was carried out: an event held, a delegation sent.
    The kinds of record that may be linked are registered in :mod:`caunoi.agreements.evidence`."""

    plan_item = models.ForeignKey(
        PlanItem, verbose_name=_("plan item"), on_delete=models.CASCADE, related_name="evidence"
    )
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of record"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("record"))
    record = GenericForeignKey("content_type", "object_id")

    parent_field = "plan_item"
    display_related = ("plan_item",)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["plan_item", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan_item", "content_type", "object_id"],
                condition=Q(deleted_at__isnull=True),
                name="planevidence_once_per_item",
                violation_error_message=_("This record is already linked to the item."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan_item} · {self.content_type.model}:{self.object_id}"


class Review(UnitFromParentModel):
    """A dated review (đánh giá) of an agreement: how effective it has been, what was found,
    and what is recommended (continue, renew, amend, terminate), by whom. A review dated on or
    after a campaign opened counts for that campaign."""

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="reviews"
    )
    reviewed_on = models.DateField(_("reviewed on"))
    effectiveness = models.CharField(
        _("effectiveness"), max_length=20, choices=Effectiveness.choices
    )
    findings = models.TextField(_("findings"))
    recommendation = models.CharField(
        _("recommendation"), max_length=20, choices=Recommendation.choices
    )
    reviewer = models.CharField(
        _("reviewed by"), max_length=200, help_text=_("Name and position, or the body.")
    )

    parent_field = "agreement"
    display_related = ("agreement",)
    search_fields = ("findings", "reviewer")

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["agreement", "-reviewed_on", "-id"]

    def __str__(self) -> str:
        if not self.agreement_id or not self.reviewed_on:
            return str(_("review"))
        return f"{self.agreement} · {self.reviewed_on:%d/%m/%Y}"

    def clean(self) -> None:
        super().clean()
        if self.reviewed_on and self.reviewed_on > timezone.localdate():
            raise ValidationError({"reviewed_on": _("A review cannot be dated in the future.")})
        agreement = self.parent
        if agreement is not None and not agreement.is_signed:
            raise ValidationError({"agreement": _("Only a signed agreement can be reviewed.")})
