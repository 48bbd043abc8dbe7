"""What happens under an aid project: money disbursed over time, and goods given in kind."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects.choices import ACTIVE_STATUSES
from caunoi.aid_projects.models.projects import AidProject
from caunoi.core.models import UnitFromParentModel
from caunoi.core.money import AmountField, CurrencyField, MoneyProperty, check_money_pair


def check_project_active(project: AidProject | None) -> dict:
    if project is not None and project.status not in ACTIVE_STATUSES:
        return {
            "project": _(
                "Money and goods are recorded once the project is approved "
                "(it is now “%(status)s”)."
            )
            % {"status": project.get_status_display()}
        }
    return {}


class Disbursement(UnitFromParentModel):
    """A disbursement (giải ngân): an amount of an aid project paid out on a date, in its own
    currency. Disbursements above the commitment are allowed only when the person recording
    them confirms it, and the project then shows a warning."""

    project = models.ForeignKey(
        AidProject,
        verbose_name=_("aid project"),
        on_delete=models.CASCADE,
        related_name="disbursements",
    )
    date = models.DateField(_("date"))
    amount = AmountField(_("amount"))
    currency = CurrencyField(_("currency"))
    reference = models.CharField(
        _("reference"),
        max_length=100,
        blank=True,
        help_text=_("Number of the transfer, receipt or hand-over record."),
    )

    parent_field = "project"
    display_related = ("project",)
    money = MoneyProperty("amount", "currency", "date")

    class Meta:
        verbose_name = _("disbursement")
        verbose_name_plural = _("disbursements")
        ordering = ["project", "date", "id"]
        indexes = [models.Index(fields=["date"], name="disbursement_date")]

    def __str__(self) -> str:
        return f"{self.project} · {self.date:%d/%m/%Y}" if self.date else str(self.project)

    def clean(self) -> None:
        super().clean()
        errors = check_money_pair(self, "amount", "currency")
        if self.amount is not None and self.amount == 0:
            errors["amount"] = _("A disbursement must be more than zero.")
        errors.update(check_project_active(self.parent))
        if errors:
            raise ValidationError(errors)

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        project = self.project.name if self.project_id else ""
        return fold(f"{project} {self.reference} {self.description}")


class InKindItem(UnitFromParentModel):
    """Goods given in kind (hiện vật): a description, a quantity in its unit, and an estimated
    value — 2,000 tonnes of rice, medical supplies, protective clothing."""

    project = models.ForeignKey(
        AidProject,
        verbose_name=_("aid project"),
        on_delete=models.CASCADE,
        related_name="in_kind_items",
    )
    item = models.CharField(_("goods"), max_length=300)
    quantity = models.DecimalField(
        _("quantity"),
        max_digits=16,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, message=_("A quantity cannot be negative."))],
    )
    unit = models.CharField(
        _("unit of measure"), max_length=50, blank=True, help_text=_("tấn, bộ, chiếc, hộp, …")
    )
    date = models.DateField(
        _("handed over on"), null=True, blank=True, help_text=_("Also the date of the estimate.")
    )
    value_amount = AmountField(_("estimated value"), null=True, blank=True)
    value_currency = CurrencyField(_("currency"), blank=True)

    parent_field = "project"
    display_related = ("project",)
    value = MoneyProperty("value_amount", "value_currency", "date")

    class Meta:
        verbose_name = _("in-kind goods")
        verbose_name_plural = _("in-kind goods")
        ordering = ["project", "date", "id"]

    def __str__(self) -> str:
        return f"{self.project} · {self.item}" if self.project_id else self.item

    def clean(self) -> None:
        super().clean()
        errors = check_money_pair(self, "value_amount", "value_currency")
        if self.quantity is not None and not self.unit:
            errors["unit"] = _("Give the unit of the quantity (tấn, bộ, chiếc…).")
        if self.value_amount is not None and not self.date:
            self.date = self.parent.day if self.parent else None
            if not self.date:
                errors["date"] = _("Give the date of the estimate: conversions need it.")
        errors.update(check_project_active(self.parent))
        if errors:
            raise ValidationError(errors)

    @property
    def quantity_text(self) -> str:
        from caunoi.core.money.format import format_quantity

        return format_quantity(self.quantity, self.unit) if self.quantity is not None else ""

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        project = self.project.name if self.project_id else ""
        return fold(f"{project} {self.item}")
