"""Filters of the agreement lists (the same FilterSets serve /api/v1/agreements/ and the others)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.agreements.models import (
    Agreement,
    AgreementDocument,
    Consultation,
    PlanItem,
    Review,
    ReviewCampaign,
)
from caunoi.core.filters import BaseFilterSet


class AgreementFilterSet(BaseFilterSet):
    signed_from = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="gte", label=_("Signed from")
    )
    signed_to = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="lte", label=_("Signed until")
    )
    expires_from = django_filters.DateFilter(
        field_name="expires_on", lookup_expr="gte", label=_("Expires from")
    )
    expires_to = django_filters.DateFilter(
        field_name="expires_on", lookup_expr="lte", label=_("Expires until")
    )
    country = django_filters.NumberFilter(
        field_name="partners__country", label=_("Country (id)"), distinct=True
    )
    attention = django_filters.ChoiceFilter(
        method="filter_attention",
        label=_("Needs attention"),
        choices=[
            ("expiring_30", _("Expiring within 30 days, no renewal started")),
            ("expiring_90", _("Expiring within 90 days, no renewal started")),
            ("expiring_180", _("Expiring within 180 days, no renewal started")),
            ("past_expiry", _("Past the expiry date, still in force")),
            ("dormant", _("Dormant: no activity for 12 months")),
        ],
    )
    filter_exempt = (
        "name_en",
        "partner_signatory",
        "renewal_terms",
        "classification",
        "legal_review_body",
        "legal_review_reference",
        "ended_on",
        "effective_on",
    )
    ui_filters = (
        "status",
        "attention",
        "kind",
        "partners",
        "cooperation_fields",
        "link",
        "signed_from",
        "signed_to",
        "expires_from",
        "expires_to",
        "indefinite",
        "owner_unit",
    )

    class Meta:
        model = Agreement
        fields = [
            "name",
            "kind",
            "status",
            "link",
            "previous",
            "signing_units",
            "signatory",
            "partners",
            "cooperation_fields",
            "signed_on",
            "signed_place",
            "expires_on",
            "indefinite",
            "treaty_reference",
            "legal_review_on",
            "owner_unit",
        ]

    def filter_attention(self, queryset, name, value):
        """The attention rules (ADR 0017) as of today; "expiring within 90 days" includes
        those within 30."""
        from django.utils import timezone

        from caunoi.agreements import attention

        today = timezone.localdate()
        if value.startswith("expiring_"):
            band = int(value.removeprefix("expiring_"))
            ids = set()
            for b in attention.BANDS:
                if b <= band:
                    ids |= set(attention.expiring(queryset, today, b).values_list("pk", flat=True))
            return queryset.filter(pk__in=ids)
        if value == "past_expiry":
            return attention.past_expiry(queryset, today)
        if value == "dormant":
            return queryset.filter(pk__in=attention.dormant(queryset, today).values("pk"))
        return queryset


class ConsultationFilterSet(BaseFilterSet):
    answered = django_filters.BooleanFilter(
        field_name="answered_on", lookup_expr="isnull", exclude=True, label=_("Answered")
    )
    filter_exempt = ("opinion_text",)
    ui_filters = ("agreement", "opinion", "answered", "owner_unit")

    class Meta:
        model = Consultation
        fields = ["agreement", "body", "sent_on", "due_on", "answered_on", "opinion", "owner_unit"]


class AgreementDocumentFilterSet(BaseFilterSet):
    filter_exempt = ("file", "original_name", "content_type", "size", "sha256", "classification")
    ui_filters = ("agreement", "document_kind", "owner_unit")

    class Meta:
        model = AgreementDocument
        fields = ["agreement", "document_kind", "title", "uploaded_by", "owner_unit"]


class PlanItemFilterSet(BaseFilterSet):
    deadline_from = django_filters.DateFilter(
        field_name="deadline", lookup_expr="gte", label=_("Deadline from")
    )
    deadline_to = django_filters.DateFilter(
        field_name="deadline", lookup_expr="lte", label=_("Deadline until")
    )
    filter_exempt = ("evidence_note",)
    ui_filters = ("agreement", "status", "responsible_unit", "deadline_from", "deadline_to")

    class Meta:
        model = PlanItem
        fields = [
            "agreement",
            "title",
            "responsible_unit",
            "deadline",
            "status",
            "done_on",
            "owner_unit",
        ]


class ReviewFilterSet(BaseFilterSet):
    reviewed_from = django_filters.DateFilter(
        field_name="reviewed_on", lookup_expr="gte", label=_("Reviewed from")
    )
    filter_exempt = ("findings",)
    ui_filters = ("agreement", "effectiveness", "recommendation", "reviewed_from", "owner_unit")

    class Meta:
        model = Review
        fields = [
            "agreement",
            "reviewed_on",
            "effectiveness",
            "recommendation",
            "reviewer",
            "owner_unit",
        ]


class ReviewCampaignFilterSet(BaseFilterSet):
    filter_exempt = ("closed_on",)
    ui_filters = ("status", "opened_on")

    class Meta:
        model = ReviewCampaign
        fields = ["name", "opened_on", "due_on", "status", "owner_unit"]
