"""Serializers of /api/v1/delegations/ and the delegations' parts. Passport data is returned
only on a single member, to holders of the right, and each such read is logged."""

from __future__ import annotations

from rest_framework import serializers

from caunoi.core.api.children import UnitFromParentSerializer
from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.personal_data import may_see_personal
from caunoi.delegations import coordination
from caunoi.delegations.forms import DELEGATION_FIELDS
from caunoi.delegations.models import (
    PASSPORT_FIELDS,
    ApprovalStep,
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)


class StepSerializer(serializers.ModelSerializer):
    approvers = serializers.SerializerMethodField()

    class Meta:
        model = ApprovalStep
        fields = ["round", "order", "kind", "unit", "approvers", "decision", "decided_by", "note"]

    def get_approvers(self, obj) -> list[int]:
        return [u.pk for u in obj.approvers.all()]


class DelegationSerializer(BaseModelSerializer):
    status = serializers.CharField(read_only=True)
    report_due = serializers.DateField(read_only=True)
    report_overdue = serializers.BooleanField(source="report_is_overdue", read_only=True)
    approval_steps = serializers.SerializerMethodField()
    overlaps = serializers.SerializerMethodField()
    language_warnings = serializers.SerializerMethodField()

    class Meta:
        model = Delegation
        fields = [
            "id",
            "display",
            "version",
            *DELEGATION_FIELDS,
            "status",
            "submitted_on",
            "short_notice",
            "report_due",
            "reported_on",
            "report_overdue",
            "approval_steps",
            "overlaps",
            "language_warnings",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["submitted_on", "short_notice", "reported_on"]

    def _single(self) -> bool:
        view = self.context.get("view")
        return view is not None and getattr(view, "action", "") != "list"

    def get_approval_steps(self, obj) -> list[dict]:
        """Only on a single delegation: the current round of the approver chain."""
        if not self._single():
            return []
        steps = list(obj.approval_steps.prefetch_related("approvers"))
        if not steps:
            return []
        last = steps[-1].round
        return StepSerializer([s for s in steps if s.round == last], many=True).data

    def get_overlaps(self, obj) -> list[dict]:
        """Only on a single delegation: other units' records within ±14 days."""
        if not self._single():
            return []
        from caunoi.events.api.serializers import OverlapSerializer

        user = self.context["request"].user
        return OverlapSerializer(coordination.overlaps_of(obj, user), many=True).data

    def get_language_warnings(self, obj) -> list[dict]:
        """Only on a single delegation: countries whose languages no member speaks (and no
        interpreter listed), with staff the user may see who do."""
        if not self._single():
            return []
        from caunoi.delegations.languages import language_gaps

        return [
            {
                "country": gap.country.iso,
                "languages": list(gap.languages),
                "suggested_staff": [s.pk for s in gap.suggestions],
            }
            for gap in language_gaps(obj, self.context["request"].user)
        ]

    def validate(self, attrs):
        if self.instance is not None and "direction" in attrs:
            attrs.pop("direction")  # fixed once created
        return super().validate(attrs)


class DelegationMemberSerializer(UnitFromParentSerializer):
    languages = serializers.ListField(child=serializers.CharField(max_length=3), required=False)

    class Meta:
        model = DelegationMember
        fields = [
            "id",
            "display",
            "version",
            "delegation",
            "staff_member",
            "full_name",
            "position",
            "organisation",
            "role",
            "rank",
            "languages",
            *PASSPORT_FIELDS,
            "description",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is None or not may_see_personal(request.user, DelegationMember):
            for name in PASSPORT_FIELDS:
                fields.pop(name, None)
        return fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not self.context.get("show_passports"):
            for name in PASSPORT_FIELDS:
                data.pop(name, None)
        return data


class ProgrammeItemSerializer(UnitFromParentSerializer):
    class Meta:
        model = ProgrammeItem
        fields = [
            "id",
            "display",
            "version",
            "delegation",
            "date",
            "start_time",
            "end_time",
            "place",
            "activity",
            "partner",
            "responsible",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]


class DelegationOutcomeSerializer(UnitFromParentSerializer):
    class Meta:
        model = DelegationOutcome
        fields = [
            "id",
            "display",
            "version",
            "delegation",
            "kind",
            "summary",
            "partner",
            "agreements",
            "document",
            "date",
            "description",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]


class FollowUpTaskSerializer(UnitFromParentSerializer):
    class Meta:
        model = FollowUpTask
        fields = [
            "id",
            "display",
            "version",
            "delegation",
            "outcome",
            "task",
            "responsible_unit",
            "responsible",
            "deadline",
            "status",
            "done_on",
            "description",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit", "done_on"]
