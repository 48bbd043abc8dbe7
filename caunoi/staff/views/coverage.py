"""The coverage screens: one row per unit city-wide, and one unit's people and gaps.

Users see the units where they may see staff members (Coordinators and Auditors: every unit);
another unit's page answers 404. The rules behind the figures are in :mod:`caunoi.staff.coverage`.
"""

from __future__ import annotations

import datetime

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from caunoi.accounts.models import OrgUnit
from caunoi.core.export import export_response
from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope
from caunoi.core.views import ScopedModelMixin
from caunoi.staff import coverage
from caunoi.staff.forms import CoverageForm
from caunoi.staff.models import StaffMember

EXPORT_FORMATS = ("csv", "xlsx")


class CoverageMixin(ScopedModelMixin):
    model = StaffMember
    action = "view"

    def units_in_scope(self):
        scope = unit_scope(self.request.user, perm_name(StaffMember, "view"))
        units = OrgUnit.objects.all()
        return units if scope is ALL_UNITS else units.filter(pk__in=scope)

    def reference(self) -> tuple[CoverageForm, datetime.date, bool]:
        """The form, the reference date (today unless chosen) and "only units with gaps"."""
        form = CoverageForm(self.request.GET or None)
        valid = form.is_bound and form.is_valid()
        on = (form.cleaned_data.get("on") if valid else None) or timezone.localdate()
        return form, on, bool(valid and form.cleaned_data.get("gaps_only"))


def percent(share: float | None) -> str:
    return "" if share is None else f"{round(share * 100)}%"


class CoverageView(CoverageMixin, TemplateView):
    """City-wide coverage: every active unit in the user's scope, its figures and named gaps."""

    template_name = "staff/coverage.html"

    def get(self, request, *args, **kwargs):
        form, on, gaps_only = self.reference()
        units = self.units_in_scope().active(on).order_by("path")
        rows = coverage.coverage(units, on)
        if gaps_only:
            rows = [row for row in rows if row.gaps]
        fmt = request.GET.get("export")
        if fmt in EXPORT_FORMATS:
            return self.export(fmt, rows, on)
        context = self.get_context_data(form=form, on=on, rows=rows, gaps_only=gaps_only)
        return self.render_to_response(context)

    def export(self, fmt: str, rows, on: datetime.date):
        header = [
            _("Unit"),
            _("Staff"),
            _("Full-time"),
            _("Full-time share"),
            _("Trained in 24 months"),
            _("Trained share"),
            _("Working languages"),
            _("Gaps"),
        ]
        body = (
            [
                str(row.unit),
                row.staff_count,
                row.full_time_count,
                percent(row.full_time_share),
                row.trained_count,
                percent(row.trained_share),
                ", ".join(row.language_names),
                "; ".join(gap.label for gap in row.gaps),
            ]
            for row in rows
        )
        return export_response(fmt, f"coverage-{on.isoformat()}", header, body)


class UnitCoverageView(CoverageMixin, TemplateView):
    """One unit's coverage: the figures, the gaps, and the people counted, with their languages
    and latest training."""

    template_name = "staff/unit_coverage.html"

    def get(self, request, *args, **kwargs):
        unit = get_object_or_404(self.units_in_scope(), pk=kwargs["pk"])
        form, on, _gaps_only = self.reference()
        figures = coverage.coverage([unit], on)[0]
        people = list(coverage.unit_staff(unit, on))
        visible = set(
            StaffMember.objects.restrict(request.user)
            .filter(pk__in=[p.pk for p in people])
            .values_list("pk", flat=True)
        )
        context = self.get_context_data(
            unit=unit,
            form=form,
            on=on,
            figures=figures,
            people=people,
            visible=visible,
        )
        return self.render_to_response(context)
