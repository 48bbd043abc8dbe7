from rest_framework import serializers

from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.indicators.models import Indicator, IndicatorValue, Source


class SourceSerializer(BaseModelSerializer):
    class Meta:
        model = Source
        fields = [
            "id",
            "display",
            "version",
            "code",
            "title",
            "publisher",
            "kind",
            "published_on",
            "year",
            "url",
            "owner_unit",
            "description",
            "created_at",
            "updated_at",
        ]


class IndicatorSerializer(BaseModelSerializer):
    class Meta:
        model = Indicator
        fields = [
            "id",
            "display",
            "version",
            "code",
            "name",
            "name_en",
            "area",
            "measure",
            "currency",
            "unit",
            "unit_en",
            "owner_unit",
            "description",
            "created_at",
            "updated_at",
        ]


class IndicatorValueSerializer(BaseModelSerializer):
    period_label = serializers.CharField(read_only=True)
    display_value = serializers.CharField(read_only=True)

    class Meta:
        model = IndicatorValue
        fields = [
            "id",
            "display",
            "version",
            "indicator",
            "period_kind",
            "year",
            "quarter",
            "month",
            "end_month",
            "period",
            "period_label",
            "period_start",
            "period_end",
            "qualifier",
            "value",
            "display_value",
            "source",
            "source_detail",
            "note",
            "owner_unit",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["period", "period_start", "period_end"]
