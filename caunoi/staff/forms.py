"""Add and edit forms of the staff and training records, the move form and the coverage date."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from caunoi.accounts.models import Membership, OrgUnit, User
from caunoi.core.forms import (  # noqa: F401  (may_record: staff views and API use it)
    BaseModelForm,
    UnitFromParentForm,
    may_record,
    style_widgets,
)
from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope
from caunoi.staff.models import (
    Attendance,
    PlanLine,
    StaffLanguage,
    StaffMember,
    TrainingCourse,
    TrainingPlan,
)


def units_where(user, model, action: str):
    """The units where ``user`` may ``action`` records of ``model``."""
    scope = unit_scope(user, perm_name(model, action))
    units = OrgUnit.objects.all()
    return units if scope is ALL_UNITS else units.filter(pk__in=scope)


def linkable_users(user, current_id: int | None = None):
    """Accounts a staff record may be linked to: members of units where the user may record
    staff (everyone for city-wide roles), plus the account already linked."""
    scope = unit_scope(user, perm_name(StaffMember, "add"))
    users = User.objects.filter(is_active=True)
    if scope is not ALL_UNITS:
        members = Membership.objects.filter(unit__in=scope).values("user")
        users = users.filter(pk__in=members)
    if current_id:
        users = users | User.objects.filter(pk=current_id)
    return users.order_by("full_name", "username")


STAFF_FIELDS = [
    "full_name",
    "position",
    "employment",
    "owner_unit",
    "user",
    "active_from",
    "active_until",
    "email",
    "phone",
    "description",
    "comments",
]


class StaffMemberForm(BaseModelForm):
    """Editing a staff member. The unit is changed with "Move to another unit" only, so that
    coverage on earlier dates stays right and the person's languages and training follow."""

    class Meta:
        model = StaffMember
        fields = [f for f in STAFF_FIELDS if f != "owner_unit"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["user"].queryset = linkable_users(user, self.instance.user_id)


class StaffMemberAddForm(StaffMemberForm):
    class Meta(StaffMemberForm.Meta):
        fields = STAFF_FIELDS


class StaffLanguageForm(UnitFromParentForm):
    class Meta:
        model = StaffLanguage
        fields = [
            "staff_member",
            "language",
            "framework",
            "level",
            "certificate",
            "certificate_date",
        ]


COURSE_FIELDS = [
    "title",
    "title_en",
    "topic",
    "organiser",
    "start_date",
    "end_date",
    "mode",
    "hours",
    "owner_unit",
    "description",
]


class TrainingCourseForm(BaseModelForm):
    """Editing a course; it stays with the unit that recorded it."""

    class Meta:
        model = TrainingCourse
        fields = [f for f in COURSE_FIELDS if f != "owner_unit"]


class TrainingCourseAddForm(TrainingCourseForm):
    class Meta(TrainingCourseForm.Meta):
        fields = COURSE_FIELDS


class AttendanceForm(UnitFromParentForm):
    class Meta:
        model = Attendance
        fields = ["course", "staff_member", "result", "certificate", "certificate_number"]


class TrainingPlanForm(BaseModelForm):
    """Editing a plan; it stays with its unit."""

    class Meta:
        model = TrainingPlan
        fields = ["year", "description"]


class TrainingPlanAddForm(TrainingPlanForm):
    class Meta(TrainingPlanForm.Meta):
        fields = ["year", "owner_unit", "description"]


class PlanLineForm(UnitFromParentForm):
    class Meta:
        model = PlanLine
        fields = ["plan", "topic", "course", "target_people"]


class MoveForm(forms.Form):
    """Move a staff member to another unit from a date (see ``services.move_staff_member``)."""

    to_unit = forms.ModelChoiceField(queryset=OrgUnit.objects.none(), label=_("New unit"))
    on = forms.DateField(label=_("From"))

    def __init__(self, *args, user, staff: StaffMember, **kwargs):
        super().__init__(*args, **kwargs)
        units = units_where(user, StaffMember, "add").active().exclude(pk=staff.owner_unit_id)
        self.fields["to_unit"].queryset = units
        style_widgets(self)


class CoverageForm(forms.Form):
    """The reference date of the coverage screens, and whether to show only units with gaps."""

    on = forms.DateField(label=_("Reference date"), required=False)
    gaps_only = forms.BooleanField(label=_("Only units with gaps"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_widgets(self)
