"""Aid projects, disbursements and goods on the API, with the commitment check."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import serializers

from caunoi.aid_projects.commitment import CommitmentCheck, check_commitment
from caunoi.aid_projects.forms import PROJECT_FIELDS
from caunoi.aid_projects.models import AidProject, Disbursement, InKindItem, check_parties
from caunoi.aid_projects.report import cents
from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.forms import may_record
from caunoi.core.money import Money


def commitment_data(check: CommitmentCheck) -> dict:
    from caunoi.core.rates.api import rate_data

    return {
        "commitment": cents(check.commitment),
        "currency": check.commitment.currency if check.commitment else None,
        "disbursed": [
            {"currency": m.currency, "amount": cents(m)} for m in check.disbursed.items()
        ],
        "disbursed_in_commitment_currency": cents(check.disbursed_total),
        "comparable": check.comparable,
        "over_commitment": check.over,
        "excess": cents(check.excess),
        "rates": [rate_data(rate) for rate in check.rates],
        "warnings": check.warnings(),
    }


class AidProjectSerializer(BaseModelSerializer):
    commitment_check = serializers.SerializerMethodField()

    class Meta:
        model = AidProject
        fields = [
            "id",
            "display",
            "version",
            *PROJECT_FIELDS,
            "status",
            "commitment_check",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["status"]

    def get_commitment_check(self, obj) -> dict | None:
        """Only on a single project: the list would cost a query per row."""
        if self.context.get("view") and getattr(self.context["view"], "action", "") == "list":
            return None
        return commitment_data(check_commitment(obj))

    def validate(self, attrs):
        attrs = super().validate(attrs)
        instance = self.instance

        def value(name):
            if name in attrs:
                return attrs[name]
            return list(getattr(instance, name).all()) if instance is not None else []

        direction = attrs.get("direction", getattr(instance, "direction", None))
        errors = check_parties(
            direction, value("donors"), value("recipient_partners"), value("recipient_units")
        )
        if errors:
            raise serializers.ValidationError(errors)
        return attrs


class ChildSerializer(BaseModelSerializer):
    """A project's child: the project must be in a unit where the user may record it."""

    def validate_project(self, project):
        user = self.context["request"].user
        action = "change" if self.instance is not None else "add"
        if not may_record(user, self.Meta.model, action, project.owner_unit_id):
            raise serializers.ValidationError(_("You cannot record data for this unit."))
        return project

    def create(self, validated_data):
        validated_data["owner_unit_id"] = validated_data["project"].owner_unit_id
        return super().create(validated_data)

    def update(self, instance, validated_data):
        if "project" in validated_data:
            validated_data["owner_unit_id"] = validated_data["project"].owner_unit_id
        return super().update(instance, validated_data)


class DisbursementSerializer(ChildSerializer):
    confirm_over_commitment = serializers.BooleanField(
        write_only=True,
        required=False,
        default=False,
        help_text="Required (true) to record a disbursement above the project's commitment.",
    )
    warnings = serializers.SerializerMethodField()

    class Meta:
        model = Disbursement
        fields = [
            "id",
            "display",
            "version",
            "project",
            "date",
            "amount",
            "currency",
            "reference",
            "description",
            "owner_unit",
            "confirm_over_commitment",
            "warnings",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]

    def get_warnings(self, obj) -> list[str]:
        if self.context.get("view") and getattr(self.context["view"], "action", "") == "list":
            return []
        return check_commitment(obj.project).warnings()

    def validate(self, attrs):
        confirmed = attrs.pop("confirm_over_commitment", False)
        attrs = super().validate(attrs)
        instance = self.instance
        project = attrs.get("project", getattr(instance, "project", None))
        amount = attrs.get("amount", getattr(instance, "amount", None))
        currency = attrs.get("currency", getattr(instance, "currency", None))
        day = attrs.get("date", getattr(instance, "date", None))
        if project is not None and amount is not None and currency and day:
            check = check_commitment(
                project,
                adding=Money(amount, currency, day),
                leaving_out=instance.pk if instance else None,
            )
            if check.over and not confirmed:
                raise serializers.ValidationError(
                    {
                        "confirm_over_commitment": _(
                            "%(warning)s Send confirm_over_commitment: true to record it anyway."
                        )
                        % {"warning": check.warnings()[0]}
                    }
                )
        return attrs


class InKindItemSerializer(ChildSerializer):
    class Meta:
        model = InKindItem
        fields = [
            "id",
            "display",
            "version",
            "project",
            "item",
            "quantity",
            "unit",
            "date",
            "value_amount",
            "value_currency",
            "description",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["owner_unit"]
