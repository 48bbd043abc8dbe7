"""The coordination view (phối hợp): for a partner or a country, everything every unit has
planned in the coming months — so that two units do not work the same partner in the same
weeks without knowing."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.views.generic import TemplateView

from caunoi.core.dates import add_months
from caunoi.core.views.mixins import ScopedModelMixin
from caunoi.events.coordination import planned_with
from caunoi.events.forms import CoordinationForm
from caunoi.events.models import Event

DEFAULT_MONTHS = 6


class CoordinationView(ScopedModelMixin, TemplateView):
    model = Event
    action = "view"
    template_name = "events/coordination.html"

    def get(self, request, *args, **kwargs):
        form = CoordinationForm(request.GET or None, user=request.user)
        data = form.cleaned_data if form.is_bound and form.is_valid() else {}
        today = timezone.localdate()
        months = data.get("months") or DEFAULT_MONTHS
        end = add_months(today, months) - datetime.timedelta(days=1)
        partner, country = data.get("partner"), data.get("country")
        rows = planned_with(request.user, start=today, end=end, partner=partner, country=country)
        context = self.get_context_data(
            form=form,
            rows=rows,
            start=today,
            end=end,
            partner=partner,
            country=country,
            chosen=bool(partner or country),
        )
        return self.render_to_response(context)
