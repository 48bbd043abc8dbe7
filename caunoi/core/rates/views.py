"""Exchange-rate screens: the generic list, add, edit, History tab and delete; a record page
with the other rates of the same pair; and a converter that shows the rate it used."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.views.generic import TemplateView

from caunoi.core.models import ExchangeRate
from caunoi.core.money import MissingRate, Money, RateBook
from caunoi.core.rates import filters, forms, tables
from caunoi.core.rates.imports import ExchangeRateImport
from caunoi.core.views import ModelViews, ObjectDetailView

PAIR_HISTORY = 24  # rates of the same pair shown on a rate's page


class ExchangeRateDetailView(ObjectDetailView):
    template_name = "core/exchangerate_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rate = self.object
        context["pair_rates"] = ExchangeRate.objects.filter(
            currency=rate.currency, quote_currency=rate.quote_currency
        ).order_by("-date")[:PAIR_HISTORY]
        return context


class ExchangeRateViews(ModelViews):
    model = ExchangeRate
    table_class = tables.ExchangeRateTable
    filterset_class = filters.ExchangeRateFilterSet
    form_class = forms.ExchangeRateForm
    detail_view = ExchangeRateDetailView
    import_spec = ExchangeRateImport
    detail_fields = [
        "date",
        "currency",
        "quote_currency",
        "rate",
        "source",
        "source_url",
        "description",
    ]


class ConvertView(LoginRequiredMixin, TemplateView):
    """Quy đổi ngoại tệ: an amount in another currency at a day's rate, with the rate(s) used
    or the one that is missing."""

    template_name = "core/exchangerate_convert.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm("core.view_exchangerate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = self.request.GET if "amount" in self.request.GET else None
        form = forms.ConvertForm(data, initial={"day": timezone.localdate()})
        context.update(form=form, opts=ExchangeRate._meta)
        if form.is_bound and form.is_valid():
            cleaned = form.cleaned_data
            money = Money(cleaned["amount"], cleaned["currency"])
            try:
                context["conversion"] = RateBook().convert(money, cleaned["to"], cleaned["day"])
            except MissingRate as missing:
                context["missing"] = missing
        return context
