"""Lists of records with money: under the table, the filtered records' amounts summed per
currency and converted into VND and USD at a chosen day's rates, with the rates used.

    class AidProjectListView(TotalsListView):
        def get_totals(self, queryset, day, book):
            return [summarise(Totals.of(queryset, "commitment_amount", "commitment_currency"),
                              day, label=_("Commitments"), book=book)]

Each summary costs one GROUP BY query plus one rate lookup per currency and target, however
many rows the list has. The day comes from ``?rate_date=dd/mm/yyyy`` (default today).
"""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from caunoi.core.forms import style_widgets
from caunoi.core.money import MoneySummary, RateBook
from caunoi.core.views.list import ObjectListView


class RateDateForm(forms.Form):
    rate_date = forms.DateField(label=_("Convert at the rates of"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_widgets(self)


def rate_date(request) -> tuple[datetime.date, RateDateForm]:
    """The day whose rates a page converts with (``?rate_date=``), default today."""
    today = timezone.localdate()
    if not request.GET.get("rate_date"):
        return today, RateDateForm(initial={"rate_date": today})
    form = RateDateForm(request.GET)
    day = form.cleaned_data.get("rate_date") if form.is_valid() else None
    return day or today, form


class TotalsListView(ObjectListView):
    results_footer = "core/_list_totals.html"

    def get_totals(self, queryset, day: datetime.date, book: RateBook) -> list[MoneySummary]:
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = kwargs.get("filterset")
        if filterset is None:
            return context
        queryset = filterset.qs if filterset.is_bound else filterset.queryset
        if filterset.is_bound and not filterset.is_valid():
            queryset = queryset.none()
        day, form = rate_date(self.request)
        summaries = self.get_totals(queryset.order_by(), day, RateBook())
        rates, missing = {}, {}
        for summary in summaries:  # each rate and each missing pair said once for the list
            for rate in summary.rates:
                rates.setdefault((rate.currency, rate.quote, rate.date), rate)
            for gap in summary.missing:
                missing.setdefault((gap.currency, gap.quote), gap)
        context.update(
            results_footer=self.results_footer,
            summaries=summaries,
            totals_rates=list(rates.values()),
            totals_missing=list(missing.values()),
            rate_date=day,
            rate_date_form=form,
        )
        return context
