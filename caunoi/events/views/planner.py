"""The anniversaries planner: what is coming in the next months, grouped by month and country,
each anniversary's page, and "plan an event" (which opens the event form filled in)."""

from __future__ import annotations

import datetime
from itertools import groupby

from django.http import Http404
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from caunoi.core.dates import add_months
from caunoi.core.export import export_response
from caunoi.core.views.mixins import ScopedModelMixin
from caunoi.events import anniversaries
from caunoi.events.forms import PlannerForm
from caunoi.events.models import Event

EXPORT_FORMATS = ("csv", "xlsx")


def planned_events(keys, user) -> dict[str, list[dict]]:
    """Events linked to each anniversary, from every unit: title and link where visible."""
    rows = Event.objects.filter(anniversary_key__in=list(keys)).select_related("owner_unit")
    visible = set(
        Event.objects.restrict(user)
        .filter(anniversary_key__in=list(keys))
        .values_list("pk", flat=True)
    )
    found: dict[str, list[dict]] = {}
    for e in rows:
        seen = e.pk in visible
        found.setdefault(e.anniversary_key, []).append(
            {
                "unit": e.owner_unit,
                "title": str(e) if seen else "",
                "url": e.get_absolute_url() if seen else "",
                "status": e.get_status_display(),
            }
        )
    return found


class PlannerMixin(ScopedModelMixin):
    model = Event
    action = "view"


class AnniversaryListView(PlannerMixin, TemplateView):
    """``?start=&months=&country=&kind=&major=1``; ``export=csv|xlsx`` for the whole list."""

    template_name = "events/anniversaries.html"

    def get(self, request, *args, **kwargs):
        form = PlannerForm(request.GET or None)
        data = form.cleaned_data if form.is_bound and form.is_valid() else {}
        start = data.get("start") or timezone.localdate()
        months = data.get("months") or anniversaries.horizon_months()
        end = add_months(start, months) - datetime.timedelta(days=1)
        country = data.get("country")
        found = anniversaries.between(
            request.user,
            start,
            end,
            kinds=[data["kind"]] if data.get("kind") else [],
            countries=[country.pk] if country else [],
            major_only=bool(data.get("major")),
        )
        fmt = request.GET.get("export")
        if fmt in EXPORT_FORMATS:
            return self.export(fmt, found, start)
        planned = planned_events({a.key for a in found}, request.user)
        context = self.get_context_data(
            form=form,
            start=start,
            end=end,
            months=months,
            groups=group(found),
            planned=planned,
            count=len(found),
            may_add=request.user.has_perm("events.add_event"),
            export_query=request.GET.urlencode(),
        )
        return self.render_to_response(context)

    def export(self, fmt, found, start):
        header = [
            _("Date"),
            _("Years"),
            _("Anniversary"),
            _("Kind"),
            _("Country"),
            _("Unit"),
            _("Major"),
        ]
        rows = (
            [
                formats.date_format(a.day, "SHORT_DATE_FORMAT"),
                a.years or "",
                a.title,
                a.kind_label,
                a.fact.country_name,
                str(a.fact.unit or ""),
                _("Yes") if a.is_major else "",
            ]
            for a in found
        )
        return export_response(fmt, f"anniversaries-{start.isoformat()}", header, rows)


def group(found):
    """[(first day of month, [(country name, [anniversaries])])] in date order."""
    months = []
    for month, in_month in groupby(found, key=lambda a: a.day.replace(day=1)):
        items = sorted(in_month, key=lambda a: (a.fact.country_name or "~", a.day))
        countries = [
            (name, list(rows)) for name, rows in groupby(items, key=lambda a: a.fact.country_name)
        ]
        months.append((month, countries))
    return months


class AnniversaryDetailView(PlannerMixin, TemplateView):
    template_name = "events/anniversary_detail.html"

    def get(self, request, key: str, *args, **kwargs):
        found = anniversaries.find(key, request.user)
        if found is None:
            raise Http404
        context = self.get_context_data(
            anniversary=found,
            planned=planned_events([found.key], request.user).get(found.key, []),
            may_add=request.user.has_perm("events.add_event"),
        )
        return self.render_to_response(context)
