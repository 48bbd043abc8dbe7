"""Add and edit forms of aid projects, disbursements and in-kind goods."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from caunoi.aid_projects.choices import ACTIVE_STATUSES
from caunoi.aid_projects.commitment import check_commitment
from caunoi.aid_projects.models import (
    AidProject,
    AidSector,
    Disbursement,
    InKindItem,
    check_parties,
)
from caunoi.core.forms import BaseModelForm, UnitFromParentForm
from caunoi.core.money import Money
from caunoi.core.money.forms import AmountFormField

PROJECT_FIELDS = [
    "name",
    "name_en",
    "code",
    "direction",
    "modality",
    "donors",
    "recipient_partners",
    "recipient_units",
    "sectors",
    "location",
    "start_date",
    "end_date",
    "decision_number",
    "decision_date",
    "decision_authority",
    "commitment_amount",
    "commitment_currency",
    "commitment_date",
    "source",
    "owner_unit",
    "description",
    "comments",
]


class AidProjectForm(BaseModelForm):
    class Meta:
        model = AidProject
        fields = PROJECT_FIELDS

    def clean(self):
        cleaned = super().clean()
        errors = check_parties(
            cleaned.get("direction"),
            cleaned.get("donors"),
            cleaned.get("recipient_partners"),
            cleaned.get("recipient_units"),
        )
        for name, message in errors.items():
            self.add_error(name, message)
        return cleaned


class ActiveProjectForm(UnitFromParentForm):
    """Children of a project: only approved, running or completed projects are offered."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        field = self.fields["project"]
        current = self.instance.project_id
        active = field.queryset.filter(status__in=ACTIVE_STATUSES)
        field.queryset = (active | field.queryset.filter(pk=current)) if current else active


class DisbursementForm(ActiveProjectForm):
    """A disbursement; one that takes the total above the commitment must be confirmed."""

    confirm_over_commitment = forms.BooleanField(
        label=_("I confirm: this disbursement exceeds the commitment"), required=False
    )

    class Meta:
        model = Disbursement
        fields = ["project", "date", "amount", "currency", "reference", "description"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.warnings: list[str] = []

    def clean(self):
        cleaned = super().clean()
        project, amount = cleaned.get("project"), cleaned.get("amount")
        currency, day = cleaned.get("currency"), cleaned.get("date")
        if project is None or amount is None or not currency or day is None or self.errors:
            return cleaned
        check = check_commitment(
            project, adding=Money(amount, currency, day), leaving_out=self.instance.pk
        )
        self.warnings = check.warnings()
        if check.over and not cleaned.get("confirm_over_commitment"):
            self.add_error(
                "confirm_over_commitment",
                _("%(warning)s Check the amount, or tick the box to record it anyway.")
                % {"warning": check.warnings()[0]},
            )
        return cleaned


class InKindItemForm(ActiveProjectForm):
    quantity = AmountFormField(label=_("quantity"), max_digits=16, decimal_places=3, required=False)

    class Meta:
        model = InKindItem
        fields = [
            "project",
            "item",
            "quantity",
            "unit",
            "date",
            "value_amount",
            "value_currency",
            "description",
        ]


class AidSectorForm(BaseModelForm):
    class Meta:
        model = AidSector
        fields = ["name", "name_en", "slug"]
