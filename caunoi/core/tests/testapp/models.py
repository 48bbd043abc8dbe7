from django.db import models

from caunoi.core.models import (
    DocumentModel,
    OrganizationalModel,
    PrimaryModel,
    WorkflowLogEntry,
)
from caunoi.core.money import AmountField, CurrencyField, MoneyProperty


class GadgetKind(OrganizationalModel):
    """A lookup table row, for tests."""

    class Meta(OrganizationalModel.Meta):
        verbose_name = "gadget kind"
        verbose_name_plural = "gadget kinds"


class Gadget(PrimaryModel):
    """A business record owned by a unit, for tests."""

    name = models.CharField("name", max_length=100)
    kind = models.ForeignKey(GadgetKind, null=True, blank=True, on_delete=models.PROTECT)
    tags = models.ManyToManyField(GadgetKind, blank=True, related_name="tagged")
    starts_on = models.DateField("starts on", null=True, blank=True)
    secret = models.CharField("secret", max_length=50, blank=True)

    search_fields = ("name", "description")
    changelog_exclude = frozenset({"secret"})

    class Meta:
        verbose_name = "gadget"
        verbose_name_plural = "gadgets"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class GadgetRequestStatus(models.TextChoices):
    DRAFT = "draft", "draft"
    SUBMITTED = "submitted", "submitted"
    RETURNED = "returned", "returned"
    APPROVED = "approved", "approved"
    CANCELLED = "cancelled", "cancelled"


class GadgetRequest(PrimaryModel):
    """A record with a workflow and an amount of money, for tests of core's workflow and money."""

    title = models.CharField("title", max_length=100)
    status = models.CharField(
        "status",
        max_length=20,
        choices=GadgetRequestStatus.choices,
        default=GadgetRequestStatus.DRAFT,
        editable=False,
    )
    budget_amount = AmountField("budget", null=True, blank=True)
    budget_currency = CurrencyField("currency", blank=True)
    starts_on = models.DateField("starts on", null=True, blank=True)
    submitted_at = models.DateTimeField("submitted at", null=True, blank=True, editable=False)

    budget = MoneyProperty("budget_amount", "budget_currency", "starts_on")
    search_fields = ("title",)

    class Meta:
        verbose_name = "gadget request"
        verbose_name_plural = "gadget requests"
        ordering = ["title"]
        permissions = [("approve_gadgetrequest", "Can approve gadget requests")]

    def __str__(self) -> str:
        return self.title


class GadgetRequestLogEntry(WorkflowLogEntry):
    record = models.ForeignKey(GadgetRequest, on_delete=models.CASCADE, related_name="log_entries")


class GadgetFile(DocumentModel):
    """A document attached to a gadget, for tests of uploads and scoped downloads."""

    gadget = models.ForeignKey(Gadget, on_delete=models.CASCADE, related_name="files")

    parent_field = "gadget"

    class Meta:
        verbose_name = "gadget file"
        verbose_name_plural = "gadget files"
        ordering = ["-created_at"]
