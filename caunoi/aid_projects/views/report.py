"""The aid report for a period: the page, its export and the form that picks the period."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from caunoi.aid_projects.models import AidProject
from caunoi.aid_projects.report import build_report, export_rows
from caunoi.core.export import export_response
from caunoi.core.forms import style_widgets


class ReportForm(forms.Form):
    start = forms.DateField(label=_("From"))
    end = forms.DateField(label=_("Until"))
    rate_date = forms.DateField(
        label=_("Convert at the rates of"),
        required=False,
        help_text=_("Blank: the last day of the period."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_widgets(self)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period cannot end before it starts."))
        if start and end and (end - start).days > 366 * 20:
            self.add_error("end", _("Choose a period of at most twenty years."))
        return cleaned


def default_period(today: datetime.date) -> dict:
    return {"start": datetime.date(today.year, 1, 1), "end": today}


def read_period(params) -> tuple[ReportForm, dict | None]:
    """The period asked for (``start``, ``end``, ``rate_date``), or this year so far."""
    today = timezone.localdate()
    if "start" not in params and "end" not in params:
        initial = default_period(today)
        return ReportForm(initial=initial), {**initial, "rate_date": None}
    form = ReportForm(params)
    return form, (form.cleaned_data if form.is_valid() else None)


class AidReportView(LoginRequiredMixin, TemplateView):
    """Aid mobilised and given in a period, by donor or recipient, sector and currency."""

    template_name = "aid_projects/report.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm(
            "aid_projects.view_aidproject"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form, period = read_period(request.GET)
        report = None
        if period is not None:
            report = build_report(
                request.user, period["start"], period["end"], period.get("rate_date")
            )
            fmt = request.GET.get("export")
            if fmt in ("csv", "xlsx"):
                header, rows = export_rows(report)
                return export_response(fmt, "bao-cao-vien-tro", header, rows)
        return self.render_to_response(
            self.get_context_data(form=form, report=report, opts=AidProject._meta)
        )
