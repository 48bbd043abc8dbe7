"""/api/v1/exchange-rates/: the rates (read by everyone who may see them, written by the
owning unit), and /api/v1/exchange-rates/convert/ to convert an amount with a stated rate."""

from __future__ import annotations

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.core.models import ExchangeRate
from caunoi.core.money import Conversion, Money, RateBook, RateUsed, is_currency
from caunoi.core.money.fields import MAX_AMOUNT
from caunoi.core.rates.filters import ExchangeRateFilterSet
from caunoi.core.rates.forms import RATE_FIELDS


class ExchangeRateSerializer(BaseModelSerializer):
    class Meta:
        model = ExchangeRate
        fields = ["id", "display", "version", *RATE_FIELDS, "created_at", "updated_at"]


def rate_data(rate: RateUsed) -> dict:
    """One rate a conversion used, as published, and how it was applied."""
    return {
        "currency": rate.currency,
        "quote_currency": rate.quote,
        "rate": str(rate.rate),
        "date": rate.date.isoformat(),
        "source": rate.source,
        "inverted": rate.inverted,
        "text": str(rate),
    }


def conversion_data(conversion: Conversion) -> dict:
    return {
        "amount": str(conversion.original.amount),
        "currency": conversion.original.currency,
        "result": str(conversion.result.amount),
        "result_currency": conversion.result.currency,
        "date": conversion.day.isoformat(),
        "rates": [rate_data(rate) for rate in conversion.rates],
    }


class ConvertQuerySerializer(serializers.Serializer):
    amount = serializers.DecimalField(max_digits=19, decimal_places=2, min_value=0)
    currency = serializers.CharField(max_length=3)
    to = serializers.CharField(max_length=3)
    date = serializers.DateField()

    def validate_currency(self, value):
        if not is_currency(value):
            raise serializers.ValidationError(
                _("“%(value)s” is not a currency code (ISO 4217), for example VND, USD, EUR.")
                % {"value": value}
            )
        return value.upper()

    validate_to = validate_currency

    def validate_amount(self, value):
        if value >= MAX_AMOUNT:
            raise serializers.ValidationError(
                _("This amount is too large to be real: check the number of zeros.")
            )
        return value


class ExchangeRateViewSet(BaseModelViewSet):
    model = ExchangeRate
    serializer_class = ExchangeRateSerializer
    filterset_class = ExchangeRateFilterSet
    select_related = ("owner_unit",)

    @extend_schema(
        parameters=[
            OpenApiParameter("amount", str, required=True),
            OpenApiParameter("currency", str, required=True),
            OpenApiParameter("to", str, required=True),
            OpenApiParameter("date", str, required=True, description="yyyy-mm-dd"),
        ],
        responses={200: dict},
    )
    @action(detail=False, methods=["get"], permission_action="view")
    def convert(self, request):
        """Convert an amount at a day's rate; the answer names every rate it used, or 422
        (``missing_rate``) with the pair and day of the rate to enter."""
        query = ConvertQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        money = Money(data["amount"], data["currency"])
        conversion = RateBook().convert(money, data["to"], data["date"])  # MissingRate: 422
        return Response(conversion_data(conversion))
