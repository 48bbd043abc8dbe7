"""Serializer base for records that take their unit from a parent (``UnitFromParentModel``):
the parent must be in a unit where the user may record such records, and the owning unit is
copied from it (read-only on the API)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import serializers

from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.forms import may_record


class UnitFromParentSerializer(BaseModelSerializer):
    def validate(self, attrs):
        model = self.Meta.model
        parent = attrs.get(model.parent_field)
        if parent is not None:
            user = self.context["request"].user
            action = "change" if self.instance is not None else "add"
            if not may_record(user, model, action, parent.owner_unit_id):
                raise serializers.ValidationError(
                    {model.parent_field: _("You cannot record data for this unit.")}
                )
            attrs["owner_unit"] = parent.owner_unit
        return super().validate(attrs)
