"""Indicators (chỉ tiêu, số liệu): a catalogue of the figures reports quote, their values per
period, and the sources every value comes from. All three are city-wide registries (ADR 0028):
every unit reads them; the unit that entered a record keeps it."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from caunoi.core.models import DocumentModel, PrimaryModel
from caunoi.core.models.base import BilingualNameMixin
from caunoi.core.money import CurrencyField, Money, format_money
from caunoi.core.money.fields import MAX_AMOUNT
from caunoi.core.money.format import format_quantity
from caunoi.indicators import periods
from caunoi.indicators.choices import IndicatorArea, Measure, PeriodKind, Qualifier, SourceKind

QUALIFIER_WORDS = {
    "vi": {"about": "khoảng", "over": "trên", "nearly": "gần"},
    "en": {"about": "about", "over": "over", "nearly": "nearly"},
}


class Source(PrimaryModel):
    """A source (nguồn số liệu): the article, report, statistics table or official document a
    figure is quoted from, with its publisher, date and link; the document itself may be
    attached (:class:`SourceDocument`)."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        blank=True,
        help_text=_("A short reference such as hnm_2024, unique when given."),
    )
    title = models.CharField(_("title"), max_length=400)
    publisher = models.CharField(_("publisher"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=30, choices=SourceKind.choices, default=SourceKind.ARTICLE
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("When only the year is known."),
    )
    url = models.URLField(_("link"), max_length=500, blank=True)

    shared_registry = True
    search_fields = ("code", "title", "publisher")

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-published_on", "-year", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(deleted_at__isnull=True) & ~Q(code=""),
                name="source_code_unique",
                violation_error_message=_("Another source already has this code."),
            ),
        ]

    def __str__(self) -> str:
        when = self.published_on.strftime("%d/%m/%Y") if self.published_on else self.year
        return f"{self.publisher}: {self.title}" + (f" ({when})" if when else "")

    def clean(self) -> None:
        super().clean()
        if self.published_on and self.year and self.published_on.year != self.year:
            raise ValidationError({"year": _("The year differs from the publication date.")})
        if self.code and (Source.objects.filter(code=self.code).exclude(pk=self.pk).exists()):
            raise ValidationError({"code": _("Another source already has this code.")})


class SourceDocument(DocumentModel):
    """The source document itself (bản gốc tài liệu), uploaded: a PDF of the report, a scan."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="documents"
    )

    parent_field = "source"
    shared_registry = True  # sources are public documents, read by every unit
    search_fields = ("title", "original_name")

    class Meta:
        verbose_name = _("source document")
        verbose_name_plural = _("source documents")
        ordering = ["-created_at"]


class Indicator(BilingualNameMixin, PrimaryModel):
    """An indicator (chỉ tiêu) in the city's catalogue: what is counted (FDI attracted, new
    projects, exports, visitors, delegations received…), in what unit or currency. The owning
    unit answers for the figures (the investment office for FDI, tourism for visitors)."""

    code = models.SlugField(_("code"), max_length=80)
    name = models.CharField(_("name (Vietnamese)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    area = models.CharField(
        _("area"), max_length=30, choices=IndicatorArea.choices, default=IndicatorArea.OTHER
    )
    measure = models.CharField(
        _("measure"), max_length=10, choices=Measure.choices, default=Measure.NUMBER
    )
    currency = CurrencyField(
        _("currency"), blank=True, help_text=_("For amounts of money: the currency of every value.")
    )
    unit = models.CharField(
        _("unit (Vietnamese)"),
        max_length=60,
        blank=True,
        help_text=_("For numbers: what is counted, e.g. dự án, lượt khách, đoàn."),
    )
    unit_en = models.CharField(_("unit (English)"), max_length=60, blank=True)

    shared_registry = True
    search_fields = ("code", "name", "name_en", "unit")

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["area", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(deleted_at__isnull=True),
                name="indicator_code_unique",
                violation_error_message=_("Another indicator already has this code."),
            ),
            models.CheckConstraint(
                condition=~Q(measure="money") | ~Q(currency=""),
                name="indicator_money_has_currency",
                violation_error_message=_("An indicator of money needs its currency."),
            ),
        ]

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.measure == Measure.MONEY and not self.currency:
            errors["currency"] = _("An indicator of money needs its currency.")
        if self.measure == Measure.NUMBER and self.currency:
            errors["currency"] = _("Only an indicator of money has a currency.")
        if self.code and Indicator.objects.filter(code=self.code).exclude(pk=self.pk).exists():
            errors["code"] = _("Another indicator already has this code.")
        if errors:
            raise ValidationError(errors)

    @property
    def unit_label(self) -> str:
        if self.measure == Measure.MONEY:
            return self.currency
        english = (get_language() or "vi").startswith("en")
        return (self.unit_en or self.unit) if english else self.unit

    def format_value(self, value: Decimal | None, qualifier: str = "") -> str:
        """ "trên 841 triệu USD", "khoảng 250 đoàn"; "over USD 841 million" in English."""
        if value is None:
            return "—"
        if self.measure == Measure.MONEY and self.currency:
            text = format_money(Money(value, self.currency))
        else:
            text = format_quantity(value, self.unit_label)
        lang = "en" if (get_language() or "vi").startswith("en") else "vi"
        word = QUALIFIER_WORDS[lang].get(qualifier, "")
        return f"{word} {text}" if word else text


class IndicatorValue(PrimaryModel):
    """The value of an indicator for a period (số liệu theo kỳ), as a source states it: "over
    841 million USD of FDI in January–August 2021 (Tạp chí Cộng sản, 2021)". Every value has a
    source; one value per indicator and period."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="values"
    )
    period_kind = models.CharField(
        _("kind of period"), max_length=10, choices=PeriodKind.choices, default=PeriodKind.YEAR
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    month = models.PositiveSmallIntegerField(
        _("month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("The month, or the first month of a run of months."),
    )
    end_month = models.PositiveSmallIntegerField(
        _("to month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("The last month of a run of months (January–September: 1 to 9)."),
    )
    period = models.CharField(
        _("period code"), max_length=20, editable=False, blank=True, db_index=True
    )
    period_start = models.DateField(_("period starts"), editable=False, null=True)
    period_end = models.DateField(_("period ends"), editable=False, null=True)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier.choices, blank=True, default=""
    )
    value = models.DecimalField(
        _("value"),
        max_digits=24,
        decimal_places=4,
        validators=[
            MinValueValidator(0, message=_("A value cannot be negative.")),
            MaxValueValidator(
                MAX_AMOUNT - 1,
                message=_("This value is too large to be real: check the number of zeros."),
            ),
        ],
        help_text=_("In the indicator's unit or currency, written in full: 8.670.000.000 USD."),
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="values"
    )
    source_detail = models.CharField(
        _("where in the source"),
        max_length=200,
        blank=True,
        help_text=_("Page, table or paragraph."),
    )
    note = models.TextField(_("note"), blank=True)

    shared_registry = True
    display_related = ("indicator",)
    search_fields = ("note", "source_detail")

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["indicator", "-period_end", "-period_start"]
        indexes = [
            models.Index(fields=["indicator", "period_end"], name="indicatorvalue_period"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period"],
                condition=Q(deleted_at__isnull=True),
                name="indicatorvalue_one_per_period",
                violation_error_message=_("This indicator already has a value for this period."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} · {self.period_label}"

    @property
    def period_label(self) -> str:
        return periods.label(self.period_kind, self.year, self.quarter, self.month, self.end_month)

    @property
    def display_value(self) -> str:
        return self.indicator.format_value(self.value, self.qualifier)

    def fill_period(self) -> None:
        """Derive the code and the first and last day from the kind, year, quarter, months."""
        parts = (self.period_kind, self.year, self.quarter, self.month, self.end_month)
        self.period = periods.code(*parts)
        self.period_start, self.period_end = periods.bounds(*parts)

    def set_period(self, text: str) -> bool:
        """Set the period from a written one ("2021-Q3", "1-9/2021"); False if unreadable."""
        parts = periods.parse(text)
        if parts is None:
            return False
        self.period_kind, self.year, self.quarter, self.month, self.end_month = parts
        self.fill_period()
        return True

    def clean(self) -> None:
        super().clean()
        errors = {}
        kind = self.period_kind
        if kind == PeriodKind.QUARTER and not self.quarter:
            errors["quarter"] = _("Give the quarter (1–4).")
        if kind in (PeriodKind.MONTH, PeriodKind.RANGE) and not self.month:
            errors["month"] = _("Give the month.")
        if kind == PeriodKind.RANGE:
            if not self.end_month:
                errors["end_month"] = _("Give the last month of the run.")
            elif self.month and self.end_month <= self.month:
                errors["end_month"] = _("The last month must come after the first.")
        if kind != PeriodKind.QUARTER and self.quarter:
            errors["quarter"] = _("Only a quarterly value has a quarter.")
        if kind in (PeriodKind.YEAR, PeriodKind.QUARTER) and self.month:
            errors["month"] = _("A yearly or quarterly value has no month.")
        if kind != PeriodKind.RANGE and self.end_month:
            errors["end_month"] = _("Only a run of months has a last month.")
        if errors:
            raise ValidationError(errors)
        self.fill_period()
        if (
            self.indicator_id
            and self.period
            and IndicatorValue.objects.filter(indicator_id=self.indicator_id, period=self.period)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError(
                {"year": _("This indicator already has a value for this period.")}
            )

    def save(self, *args, **kwargs):
        self.fill_period()  # derived, like search_text: the API saves without clean()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "period",
                "period_start",
                "period_end",
            }
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        from caunoi.core.fold import fold

        name = f"{self.indicator.name} {self.indicator.name_en}" if self.indicator_id else ""
        return fold(f"{name} {self.year} {self.note} {self.source_detail}")
