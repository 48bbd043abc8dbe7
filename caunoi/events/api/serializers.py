"""Serializers of /api/v1/events/, /api/v1/calendar/ and /api/v1/anniversaries/."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.events import timezones
from caunoi.events.models import Event


class EventSerializer(BaseModelSerializer):
    status = serializers.CharField(read_only=True)
    starts_at = serializers.SerializerMethodField(help_text="On the event's own clock")
    starts_at_hanoi = serializers.SerializerMethodField()
    ends_at = serializers.SerializerMethodField(help_text="On the event's own clock")
    ends_at_hanoi = serializers.SerializerMethodField()
    anniversary_key = serializers.CharField(read_only=True)
    time_zone = serializers.CharField(required=False, default=timezones.HANOI, max_length=64)

    class Meta:
        model = Event
        fields = [
            "id",
            "url",
            "display",
            "version",
            "name",
            "name_en",
            "kind",
            "pillar",
            "channel",
            "status",
            "owner_unit",
            "co_organiser_units",
            "co_organiser_partners",
            "partners",
            "countries",
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "starts_at",
            "starts_at_hanoi",
            "ends_at",
            "ends_at_hanoi",
            "place",
            "venue",
            "city",
            "online_link",
            "participants_total",
            "participants_foreign",
            "budget_amount",
            "budget_currency",
            "outcomes",
            "media_links",
            "is_public",
            "anniversary_key",
            "description",
            "comments",
            "created_at",
            "updated_at",
        ]
        extra_kwargs = {"url": {"view_name": "api:event-detail"}}

    def get_starts_at(self, obj) -> str:
        return obj.starts_at.isoformat()

    def get_starts_at_hanoi(self, obj) -> str:
        return obj.starts_at_hanoi.isoformat()

    def get_ends_at(self, obj) -> str | None:
        return obj.ends_at.isoformat() if obj.ends_at else None

    def get_ends_at_hanoi(self, obj) -> str | None:
        return obj.ends_at_hanoi.isoformat() if obj.ends_at_hanoi else None

    def validate_time_zone(self, value: str) -> str:
        from django.core.exceptions import ValidationError

        try:
            timezones.validate_zone(value)
        except ValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc
        return value


class UnitFields(serializers.Serializer):
    """The unit of an item that is not a model record (an overlap, a calendar item)."""

    unit = serializers.SerializerMethodField()
    unit_id = serializers.SerializerMethodField()

    def get_unit(self, obj) -> str:
        return str(obj.unit) if obj.unit else ""

    def get_unit_id(self, obj) -> int | None:
        return getattr(obj.unit, "pk", None)


class OverlapSerializer(UnitFields):
    kind_label = serializers.CharField()
    start = serializers.DateField()
    end = serializers.DateField(allow_null=True)
    contact = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()
    reason = serializers.CharField()


@extend_schema_field(OpenApiTypes.STR)
class WhenField(serializers.Field):
    """A date (all-day) or an aware datetime, as ISO 8601."""

    def to_representation(self, value):
        return value.isoformat() if value is not None else None


class CalendarItemSerializer(UnitFields):
    kind = serializers.CharField()
    kind_label = serializers.CharField()
    title = serializers.CharField()
    start = WhenField()
    end = WhenField()
    all_day = serializers.BooleanField()
    url = serializers.CharField()
    place = serializers.CharField()
    time_zone = serializers.CharField()
    uid = serializers.CharField()
    partner_ids = serializers.ListField(child=serializers.IntegerField())
    country_ids = serializers.ListField(child=serializers.IntegerField())
    status_label = serializers.CharField()
    major = serializers.BooleanField()
    cancelled = serializers.BooleanField()

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["partner_ids"] = sorted(instance.partner_ids)
        data["country_ids"] = sorted(instance.country_ids)
        return data


class AnniversarySerializer(serializers.Serializer):
    key = serializers.CharField()
    day = serializers.DateField()
    years = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    kind = serializers.CharField(source="fact.kind")
    kind_label = serializers.CharField()
    is_round = serializers.BooleanField()
    is_major = serializers.BooleanField()
    origin = serializers.DateField(allow_null=True)
    country_id = serializers.IntegerField(source="fact.country_id", allow_null=True)
    country = serializers.CharField(source="fact.country_name")
    unit_id = serializers.SerializerMethodField()
    url = serializers.CharField(source="fact.url")

    def get_unit_id(self, obj) -> int | None:
        return getattr(obj.fact.unit, "pk", None)
