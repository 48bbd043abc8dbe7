"""Base serializer: the record's URL and display name, scoped relations, model validation."""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from rest_framework import serializers

from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope


class BaseModelSerializer(serializers.ModelSerializer):
    display = serializers.SerializerMethodField()
    version = serializers.IntegerField(read_only=True)

    def get_display(self, obj) -> str:
        return str(obj)

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        user = getattr(request, "user", None)
        if user is None:
            return fields
        for name, field in fields.items():
            target = getattr(field, "child_relation", field)
            queryset = getattr(target, "queryset", None)
            if queryset is not None and hasattr(queryset, "restrict") and name != "owner_unit":
                target.queryset = queryset.restrict(user, "view")
        return fields

    def validate_owner_unit(self, unit):
        """The owning unit must be one where the user may add (or change) such records."""
        user = self.context["request"].user
        model = self.Meta.model
        action = "change" if self.instance is not None else "add"
        scope = unit_scope(user, perm_name(model, action))
        if scope is not ALL_UNITS and unit.pk not in scope:
            raise serializers.ValidationError(_("You cannot record data for this unit."))
        return unit

    def validate(self, attrs):
        """Run the model's own cross-field checks (``clean``) on the would-be record."""
        attrs = super().validate(attrs)
        model = self.Meta.model
        plain = {
            k: v
            for k, v in attrs.items()
            if not getattr(model._meta.get_field(k), "many_to_many", False)
        }
        instance = copy.copy(self.instance) if self.instance is not None else model()
        for key, value in plain.items():
            setattr(instance, key, value)
        try:
            instance.clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(
                exc.message_dict if hasattr(exc, "error_dict") else exc.messages
            ) from exc
        return attrs
