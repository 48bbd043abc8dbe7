"""Screens of the staff and training records: the generic ones, plus detail pages that show a
record's languages, training, attendees or plan lines, and the move of a person."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q, Sum
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope
from caunoi.core.views import (
    ModelViews,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    ScopedObjectMixin,
)
from caunoi.staff import coverage, filters, services, tables
from caunoi.staff import forms as staff_forms
from caunoi.staff.imports import StaffMemberImport, TrainingCourseImport
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)

ALIVE_ATTENDANCES = Q(attendances__deleted_at__isnull=True)
ALIVE_LINES = Q(lines__deleted_at__isnull=True)


class UnitFromParentEditView(ObjectEditView):
    """Adding or editing a child record returns to its parent's page."""

    return_to = ""  # the field naming the page to return to; default the parent

    def get_success_url(self, obj) -> str:
        target = getattr(obj, self.return_to or self.model.parent_field)
        return target.get_absolute_url()


# -- staff members -----------------------------------------------------------------------------
class StaffMemberListView(ObjectListView):
    def get_queryset(self):
        languages = StaffLanguage.objects.order_by("-level", "language")
        return super().get_queryset().prefetch_related(Prefetch("languages", queryset=languages))


class StaffMemberDetailView(ObjectDetailView):
    template_name = "staff/staffmember_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.object
        user = self.request.user
        attendances = person.attendances.select_related("course").order_by("-course__end_date")
        context.update(
            languages=person.languages.order_by("-level", "language"),
            attendances=attendances,
            postings=person.earlier_postings.select_related("unit"),
            may_move=staff_forms.may_record(user, StaffMember, "change", person.owner_unit_id),
            may_add_language=staff_forms.may_record(
                user, StaffLanguage, "add", person.owner_unit_id
            ),
        )
        return context


class StaffMemberMoveView(ScopedObjectMixin, TemplateView):
    """Move a person to another unit from a date (điều động): their earlier posting is kept."""

    model = StaffMember
    action = "change"
    template_name = "staff/staffmember_move.html"

    def get(self, request, *args, **kwargs):
        person = self.get_object()
        form = staff_forms.MoveForm(user=request.user, staff=person)
        return self.render_to_response({"object": person, "form": form})

    def post(self, request, *args, **kwargs):
        person = self.get_object()
        form = staff_forms.MoveForm(request.POST, user=request.user, staff=person)
        if form.is_valid():
            try:
                services.move_staff_member(
                    person,
                    to_unit=form.cleaned_data["to_unit"],
                    on=form.cleaned_data["on"],
                    acting_user=request.user,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(
                    request,
                    _("%(person)s now works in %(unit)s.")
                    % {"person": person, "unit": form.cleaned_data["to_unit"]},
                )
                if StaffMember.objects.restrict(request.user).filter(pk=person.pk).exists():
                    return redirect(person.get_absolute_url())
                return redirect("staff:staffmember_list")
        return self.render_to_response({"object": person, "form": form})


class StaffMemberViews(ModelViews):
    model = StaffMember
    table_class = tables.StaffMemberTable
    filterset_class = filters.StaffMemberFilterSet
    form_class = staff_forms.StaffMemberForm
    add_form_class = staff_forms.StaffMemberAddForm
    list_view = StaffMemberListView
    detail_view = StaffMemberDetailView
    import_spec = StaffMemberImport
    detail_fields = [
        "full_name",
        "position",
        "employment",
        "unit_since",
        "active_from",
        "active_until",
        "email",
        "phone",
        "user",
        "description",
        "comments",
    ]


class StaffLanguageViews(ModelViews):
    model = StaffLanguage
    table_class = tables.StaffLanguageTable
    filterset_class = filters.StaffLanguageFilterSet
    form_class = staff_forms.StaffLanguageForm
    edit_view = UnitFromParentEditView
    detail_fields = [
        "staff_member",
        "language",
        "framework",
        "level",
        "certificate",
        "certificate_date",
    ]


# -- courses and attendances -------------------------------------------------------------------
def attendance_scope_filter(user) -> Q:
    """Attendances the user may see, as a filter on courses (for counts in lists)."""
    scope = unit_scope(user, perm_name(Attendance, "view"))
    if scope is ALL_UNITS:
        return ALIVE_ATTENDANCES
    return ALIVE_ATTENDANCES & Q(attendances__owner_unit__in=scope)


class TrainingCourseListView(ObjectListView):
    def get_queryset(self):
        visible = attendance_scope_filter(self.request.user)
        return super().get_queryset().annotate(attendee_count=Count("attendances", filter=visible))


class TrainingCourseDetailView(ObjectDetailView):
    """A course with the attendees the user may see and a form to add one."""

    template_name = "staff/trainingcourse_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        course = self.object
        context["attendees"] = (
            Attendance.objects.restrict(user)
            .filter(course=course)
            .select_related("staff_member", "owner_unit")
            .order_by("owner_unit__path", "staff_member__full_name")
        )
        context["sees_all_attendees"] = unit_scope(user, perm_name(Attendance, "view")) is ALL_UNITS
        if user.has_perm(perm_name(Attendance, "add")):
            form = staff_forms.AttendanceForm(user=user, initial={"course": course.pk})
            form.fields["course"].widget = forms.HiddenInput()
            context["attendee_form"] = form
        return context


class TrainingCourseViews(ModelViews):
    model = TrainingCourse
    table_class = tables.TrainingCourseTable
    filterset_class = filters.TrainingCourseFilterSet
    form_class = staff_forms.TrainingCourseForm
    add_form_class = staff_forms.TrainingCourseAddForm
    list_view = TrainingCourseListView
    detail_view = TrainingCourseDetailView
    import_spec = TrainingCourseImport
    detail_fields = [
        "title",
        "title_en",
        "topic",
        "organiser",
        "start_date",
        "end_date",
        "mode",
        "hours",
        "description",
    ]


class AttendanceEditView(UnitFromParentEditView):
    return_to = "course"  # attendees are listed on the course's page


class AttendanceViews(ModelViews):
    model = Attendance
    table_class = tables.AttendanceTable
    filterset_class = filters.AttendanceFilterSet
    form_class = staff_forms.AttendanceForm
    edit_view = AttendanceEditView
    detail_fields = ["staff_member", "course", "result", "certificate", "certificate_number"]


# -- plans -------------------------------------------------------------------------------------
class TrainingPlanListView(ObjectListView):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .annotate(
                line_count=Count("lines", filter=ALIVE_LINES),
                target_total=Sum("lines__target_people", filter=ALIVE_LINES),
            )
        )


class TrainingPlanDetailView(ObjectDetailView):
    """A plan's lines: target, people done (computed), and how far along."""

    template_name = "staff/trainingplan_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = self.object
        lines = list(plan.lines.select_related("course"))
        done = coverage.plan_progress(plan, lines)
        context["lines"] = [
            {
                "line": line,
                "done": done[line.pk],
                "percent": min(100, round(100 * done[line.pk] / line.target_people)),
            }
            for line in lines
        ]
        context["may_add_line"] = staff_forms.may_record(
            self.request.user, PlanLine, "add", plan.owner_unit_id
        )
        return context


class TrainingPlanViews(ModelViews):
    model = TrainingPlan
    table_class = tables.TrainingPlanTable
    filterset_class = filters.TrainingPlanFilterSet
    form_class = staff_forms.TrainingPlanForm
    add_form_class = staff_forms.TrainingPlanAddForm
    list_view = TrainingPlanListView
    detail_view = TrainingPlanDetailView
    detail_fields = ["year", "description"]


class PlanLineListView(ObjectListView):
    def get_queryset(self):
        return super().get_queryset().select_related("plan__owner_unit")


class PlanLineViews(ModelViews):
    model = PlanLine
    table_class = tables.PlanLineTable
    filterset_class = filters.PlanLineFilterSet
    form_class = staff_forms.PlanLineForm
    list_view = PlanLineListView
    edit_view = UnitFromParentEditView
    detail_fields = ["plan", "topic", "course", "target_people"]
