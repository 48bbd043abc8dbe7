"""Serializers of /api/v1/agreements/ and what belongs to an agreement."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import serializers

from caunoi.agreements.forms import AGREEMENT_FIELDS
from caunoi.agreements.models import Agreement, Consultation, PlanItem, Review, ReviewCampaign
from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.forms import may_record


class AgreementSerializer(BaseModelSerializer):
    status = serializers.CharField(read_only=True)
    ended_on = serializers.DateField(read_only=True)

    class Meta:
        model = Agreement
        fields = [
            "id",
            "display",
            "version",
            *AGREEMENT_FIELDS,
            "status",
            "ended_on",
            "created_at",
            "updated_at",
        ]


class ChildSerializer(BaseModelSerializer):
    """An agreement's child: the agreement must be in a unit where the user may record it."""

    def validate_agreement(self, agreement):
        user = self.context["request"].user
        action = "change" if self.instance is not None else "add"
        if not may_record(user, self.Meta.model, action, agreement.owner_unit_id):
            raise serializers.ValidationError(_("You cannot record data for this unit."))
        return agreement

    def create(self, validated_data):
        validated_data["owner_unit_id"] = validated_data["agreement"].owner_unit_id
        return super().create(validated_data)

    def update(self, instance, validated_data):
        if "agreement" in validated_data:
            validated_data["owner_unit_id"] = validated_data["agreement"].owner_unit_id
        return super().update(instance, validated_data)


class PlanItemSerializer(ChildSerializer):
    class Meta:
        model = PlanItem
        fields = [
            "id",
            "display",
            "version",
            "agreement",
            "title",
            "responsible_unit",
            "deadline",
            "status",
            "done_on",
            "evidence_note",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]


class ReviewSerializer(ChildSerializer):
    class Meta:
        model = Review
        fields = [
            "id",
            "display",
            "version",
            "agreement",
            "reviewed_on",
            "effectiveness",
            "findings",
            "recommendation",
            "reviewer",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]


class ConsultationSerializer(BaseModelSerializer):
    class Meta:
        model = Consultation
        fields = [
            "id",
            "display",
            "agreement",
            "body",
            "sent_on",
            "due_on",
            "answered_on",
            "opinion",
            "opinion_text",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ReviewCampaignSerializer(BaseModelSerializer):
    progress = serializers.SerializerMethodField()

    class Meta:
        model = ReviewCampaign
        fields = [
            "id",
            "display",
            "name",
            "opened_on",
            "due_on",
            "status",
            "closed_on",
            "owner_unit",
            "progress",
        ]
        read_only_fields = fields

    def get_progress(self, obj) -> list[dict]:
        from caunoi.agreements.campaigns import progress

        return [
            {"unit": p.unit.pk, "unit_name": str(p.unit), "total": p.total, "reviewed": p.reviewed}
            for p in progress(obj)
        ]
