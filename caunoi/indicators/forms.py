"""Add and edit forms of sources, source documents, indicators and their values."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from caunoi.core.forms import BaseModelForm
from caunoi.core.money.forms import AmountFormField
from caunoi.indicators.models import Indicator, IndicatorValue, Source, SourceDocument

SCALES = [
    ("1", _("as written")),
    ("1000", _("thousand (nghìn)")),
    ("1000000", _("million (triệu)")),
    ("1000000000", _("billion (tỷ)")),
]


class SourceForm(BaseModelForm):
    class Meta:
        model = Source
        fields = [
            "title",
            "publisher",
            "kind",
            "published_on",
            "year",
            "url",
            "code",
            "owner_unit",
            "description",
        ]


class SourceDocumentForm(BaseModelForm):
    class Meta:
        model = SourceDocument
        fields = ["source", "title", "file", "classification"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        # A document goes with a source the user may change (their unit's sources).
        allowed = Source.objects.restrict(user, "change")
        current = self.instance.source_id
        field = self.fields["source"]
        field.queryset = (allowed | Source.objects.filter(pk=current)) if current else allowed

    def clean(self):
        cleaned = super().clean()
        source = cleaned.get("source")
        if (
            source is not None
            and not Source.objects.restrict(self.user, "change").filter(pk=source.pk).exists()
        ):
            self.add_error("source", _("You may attach documents only to your units' sources."))
        return cleaned


class IndicatorForm(BaseModelForm):
    class Meta:
        model = Indicator
        fields = [
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
        ]


class IndicatorValueForm(BaseModelForm):
    """A value as the source states it: "8,67" with the scale "tỷ" is 8.670.000.000."""

    value = AmountFormField(
        label=_("value"),
        max_digits=24,
        decimal_places=4,
        help_text=_("In the indicator's unit or currency. Choose a scale to type 8,67 tỷ as 8,67."),
    )
    scale = forms.TypedChoiceField(
        label=_("Scale"), choices=SCALES, coerce=Decimal, initial="1", required=False
    )

    class Meta:
        model = IndicatorValue
        fields = [
            "indicator",
            "period_kind",
            "year",
            "quarter",
            "month",
            "end_month",
            "qualifier",
            "value",
            "scale",
            "source",
            "source_detail",
            "owner_unit",
            "note",
        ]

    def clean(self):
        cleaned = super().clean()
        value, scale = cleaned.get("value"), cleaned.get("scale")
        if value is not None and scale:
            cleaned["value"] = value * scale  # exact: Decimal times a power of ten
        return cleaned
