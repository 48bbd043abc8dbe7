"""The shared calendar (lịch chung): month, week and list views of every registered source,
filtered by unit, country, partner and kind; and each person's iCalendar feed behind a
secret, revocable address."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from caunoi.core import calendar
from caunoi.core.calendar import CalendarQuery, items_for
from caunoi.core.dates import add_months
from caunoi.core.views.mixins import ScopedModelMixin
from caunoi.events import anniversaries, grid, ics
from caunoi.events.forms import CalendarFilterForm
from caunoi.events.models import CalendarFeed, Event

FEED_PAST_DAYS = 92
MONTH_PER_DAY = 5  # items shown in a day of the month grid, then "and N more"


def kind_choices() -> list[tuple[str, str]]:
    return [(s.key, str(s.label)) for s in calendar.sources.values()]


def parse_day(value: str | None, default: datetime.date) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value) if value else default
    except ValueError:
        return default


class CalendarMixin(ScopedModelMixin):
    model = Event
    action = "view"

    def filters(self) -> tuple[CalendarFilterForm, dict]:
        form = CalendarFilterForm(
            self.request.GET or None, user=self.request.user, kinds=kind_choices()
        )
        chosen: dict = {
            "units": frozenset(),
            "countries": frozenset(),
            "partners": frozenset(),
            "kinds": frozenset(),
        }
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            if data.get("unit"):
                chosen["units"] = frozenset({data["unit"].pk})
            if data.get("country"):
                chosen["countries"] = frozenset({data["country"].pk})
            if data.get("partner"):
                chosen["partners"] = frozenset({data["partner"].pk})
            chosen["kinds"] = frozenset(data.get("kind") or [])
        return form, chosen


class CalendarView(CalendarMixin, TemplateView):
    """``?view=month|week|list&date=2026-05-01`` plus the filters; htmx swaps ``#calendar``."""

    template_name = "events/calendar.html"

    def get(self, request, *args, **kwargs):
        today = timezone.localdate()
        view = request.GET.get("view", "month")
        view = view if view in grid.VIEWS else "month"
        anchor = parse_day(request.GET.get("date"), today)
        win = grid.window(view, anchor)
        form, chosen = self.filters()
        per_day = MONTH_PER_DAY if view == "month" else None
        query = CalendarQuery(start=win.start, end=win.end, per_day=per_day, **chosen)
        items = items_for(request.user, query)
        all_days = grid.days(win, items, today, per_day)
        params = request.GET.copy()
        for name in ("date", "view"):
            params.pop(name, None)
        context = self.get_context_data(
            win=win,
            today=today,
            form=form,
            items=items,
            days=[d for d in all_days if d.items] if view == "list" else all_days,
            weeks=grid.weeks(all_days) if view == "month" else [],
            filter_query=params.urlencode(),
            views=grid.VIEWS,
        )
        if request.htmx and request.htmx.target == "calendar":
            self.template_name = "events/calendar.html#calendar"
        return self.render_to_response(context)


class FeedView(CalendarMixin, TemplateView):
    """The person's subscription page: make, replace or revoke their secret feed address."""

    template_name = "events/feed.html"

    def get(self, request, *args, **kwargs):
        token = request.session.pop("events_new_feed_token", None)
        feed = CalendarFeed.objects.filter(user=request.user).first()
        url = ""
        if token:
            url = ics.absolute(reverse("events:calendar_feed_ics", args=[token]))
        return self.render_to_response(self.get_context_data(feed=feed, feed_url=url))

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "revoke":
            if CalendarFeed.revoke(request.user):
                messages.success(
                    request, _("Your calendar address was revoked: it no longer works.")
                )
        else:
            request.session["events_new_feed_token"] = CalendarFeed.issue(request.user)
            messages.success(
                request,
                _("A new calendar address was made. Copy it now: it will not be shown again."),
            )
        return redirect("events:calendar_feed")


class FeedICSView(View):
    """``GET /events/calendar/feed/<token>.ics``: no sign-in, the secret is the key. An unknown
    or revoked token answers 404. The feed holds what its owner may see on the calendar."""

    def get(self, request, token: str, *args, **kwargs):
        feed = CalendarFeed.owner_of(token)
        if feed is None or not feed.user.has_perm("events.view_event"):
            raise Http404
        now = timezone.now()
        if feed.last_used_at is None or now - feed.last_used_at > datetime.timedelta(hours=1):
            CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
        today = timezone.localdate()
        query = CalendarQuery(
            start=today - datetime.timedelta(days=FEED_PAST_DAYS),
            end=add_months(today, anniversaries.horizon_months()),
        )
        items = items_for(feed.user, query)
        body = ics.calendar_file(
            items, _("Cầu Nối — %(name)s") % {"name": feed.user.get_full_name()}
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="caunoi.ics"'
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response
