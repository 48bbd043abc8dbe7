"""Add and edit forms of agreements and what belongs to them."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.agreements import evidence
from caunoi.agreements.choices import AgreementStatus
from caunoi.agreements.models import (
    Agreement,
    AgreementDocument,
    Consultation,
    PlanItem,
    Review,
)
from caunoi.core.forms import BaseModelForm, UnitFromParentForm

AGREEMENT_FIELDS = [
    "name",
    "name_en",
    "kind",
    "link",
    "previous",
    "owner_unit",
    "signing_units",
    "signatory",
    "partners",
    "partner_signatory",
    "cooperation_fields",
    "signed_on",
    "signed_place",
    "effective_on",
    "expires_on",
    "indefinite",
    "renewal_terms",
    "treaty_reference",
    "classification",
    "legal_review_body",
    "legal_review_on",
    "legal_review_reference",
    "description",
    "comments",
]

# What an amendment or a renewal starts with, copied from the agreement it follows.
COPIED_TO_SUCCESSOR = (
    "name",
    "name_en",
    "kind",
    "signatory",
    "partner_signatory",
    "renewal_terms",
)


class AgreementForm(BaseModelForm):
    class Meta:
        model = Agreement
        fields = AGREEMENT_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["previous"].queryset = self.fields["previous"].queryset.exclude(
                pk=self.instance.pk
            )


def initial_for_successor(previous: Agreement, link: str) -> dict:
    """An amendment or renewal of ``previous`` starts with its title, parties and fields."""
    initial = {name: getattr(previous, name) for name in COPIED_TO_SUCCESSOR}
    initial.update(
        link=link,
        previous=previous.pk,
        owner_unit=previous.owner_unit_id,
        partners=list(previous.partners.values_list("pk", flat=True)),
        signing_units=list(previous.signing_units.values_list("pk", flat=True)),
        cooperation_fields=list(previous.cooperation_fields.values_list("pk", flat=True)),
    )
    return initial


class ConsultationForm(BaseModelForm):
    """Coordinators record consultations of agreements in consultation, for every unit."""

    class Meta:
        model = Consultation
        fields = [
            "agreement",
            "body",
            "sent_on",
            "due_on",
            "answered_on",
            "opinion",
            "opinion_text",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["agreement"]
        current = self.instance.agreement_id
        open_ones = field.queryset.filter(status=AgreementStatus.CONSULTATION)
        field.queryset = (open_ones | field.queryset.filter(pk=current)) if current else open_ones

    def clean_agreement(self):
        agreement = self.cleaned_data["agreement"]
        if agreement.status != AgreementStatus.CONSULTATION:
            raise forms.ValidationError(
                _("Consultations are recorded while the agreement is in consultation.")
            )
        return agreement


class AgreementDocumentForm(UnitFromParentForm):
    """A document goes with an agreement the user may change (its owning unit's people)."""

    class Meta:
        model = AgreementDocument
        fields = ["agreement", "document_kind", "file", "title", "classification"]


class PlanItemForm(UnitFromParentForm):
    class Meta:
        model = PlanItem
        fields = [
            "agreement",
            "title",
            "responsible_unit",
            "deadline",
            "status",
            "done_on",
            "evidence_note",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = self.fields["responsible_unit"].queryset
        self.fields["responsible_unit"].queryset = (
            units.active() if hasattr(units, "active") else units
        )
        agreements = self.fields["agreement"].queryset
        self.fields["agreement"].queryset = agreements.filter(status=AgreementStatus.IN_FORCE) | (
            agreements.filter(pk=self.instance.agreement_id)
            if self.instance.agreement_id
            else agreements.none()
        )


class EvidenceForm(forms.Form):
    """Link a record (an event held, a delegation) to a plan item as its evidence."""

    record = forms.ChoiceField(label=_("Record"))

    def __init__(self, *args, user, plan_item: PlanItem, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.plan_item = user, plan_item
        self.fields["record"].choices = evidence.choices_for(user, plan_item.agreement)
        self.fields["record"].widget.attrs["class"] = "form-select"

    def clean_record(self):
        found = evidence.resolve(self.cleaned_data["record"], self.user)
        if found is None:
            raise forms.ValidationError(_("Choose a record you can see."))
        return found


class ReviewForm(UnitFromParentForm):
    class Meta:
        model = Review
        fields = [
            "agreement",
            "reviewed_on",
            "effectiveness",
            "findings",
            "recommendation",
            "reviewer",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        agreements = self.fields["agreement"].queryset
        signed = agreements.filter(status__in=Agreement.signed_statuses())
        current = self.instance.agreement_id
        self.fields["agreement"].queryset = (
            signed | agreements.filter(pk=current) if current else signed
        )
        if not self.instance.pk:
            self.initial.setdefault("reviewed_on", None)
            self.initial["reviewed_on"] = self.initial["reviewed_on"] or timezone.localdate()
            self.initial["reviewer"] = self.initial.get("reviewer") or self.user.get_full_name()


class CampaignOpenForm(forms.Form):
    name = forms.CharField(label=_("name"), max_length=300)
    due_on = forms.DateField(label=_("reviews due by"))
    description = forms.CharField(label=_("description"), widget=forms.Textarea, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from caunoi.core.forms import style_widgets

        style_widgets(self)
