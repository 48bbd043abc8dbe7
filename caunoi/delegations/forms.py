"""Forms of the delegations app: the delegation (with coordination and language warnings), its
members (passport fields only for those allowed to see them), programme items, outcomes and
follow-up tasks, and the member list sent abroad."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from caunoi.core.forms import (
    OverlapWarningForm,
    TimeInput,
    UnitFromParentForm,
    style_widgets,
)
from caunoi.core.models.personal import LegalBasis
from caunoi.core.personal_data import may_see_personal
from caunoi.delegations import coordination
from caunoi.delegations.models import (
    PASSPORT_FIELDS,
    Delegation,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    ProgrammeItem,
)

DELEGATION_FIELDS = [
    "direction",
    "name",
    "name_en",
    "level",
    "owner_unit",
    "contact_person",
    "partners",
    "countries",
    "cities",
    "start_date",
    "end_date",
    "mode",
    "purpose",
    "in_annual_plan",
    "funding",
    "budget_amount",
    "budget_currency",
    "results_report",
    "minutes",
    "description",
    "comments",
]


class DelegationForm(OverlapWarningForm):
    """Add or edit a delegation. Before saving, the form asks every unit's records for the same
    partners or countries within fourteen days; if there are any, the officer sees them (unit
    and contact person) and ticks "save anyway"."""

    acknowledge_label = _("I have seen the other units' delegations and activities: save anyway")
    overlap_message = _(
        "Other units have delegations or activities with the same partners or countries "
        "within fourteen days (listed above). Talk to them, or tick “save anyway”."
    )

    class Meta:
        model = Delegation
        fields = DELEGATION_FIELDS
        labels = {"owner_unit": _("unit (sender or host)")}
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "results_report": forms.Textarea(attrs={"rows": 4}),
            "minutes": forms.Textarea(attrs={"rows": 4}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "comments": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from caunoi.accounts.models import User

        # People of the units this user may record delegations for (and the current one).
        units = self.fields["owner_unit"].queryset
        people = User.objects.filter(
            is_active=True, memberships__unit__in=units.values("pk")
        ) | User.objects.filter(pk=self.instance.contact_person_id or 0)
        self.fields["contact_person"].queryset = people.distinct().order_by("full_name")
        for name in ("partners", "countries"):
            self.fields[name].widget.attrs["size"] = 6
        if self.instance.pk:
            self.fields["direction"].disabled = True
            if self.instance.is_outbound:
                del self.fields["minutes"]
            else:
                del self.fields["results_report"]
        else:
            del self.fields["results_report"]
            del self.fields["minutes"]
            if not self.initial.get("contact_person") and getattr(self.user, "pk", None):
                self.initial["contact_person"] = self.user.pk

    def find_overlaps(self, cleaned: dict) -> list:
        return coordination.overlaps_for(
            user=self.user,
            start=cleaned["start_date"],
            end=cleaned.get("end_date"),
            partners=cleaned.get("partners") or [],
            countries=cleaned.get("countries") or [],
            unit=cleaned.get("owner_unit"),
            delegation=self.instance,
        )


class LanguagesField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        from caunoi.staff.languages import language_choices

        super().__init__(choices=language_choices, required=False, **kwargs)


class DelegationMemberForm(UnitFromParentForm):
    """A member. The passport fields are offered only to those who may see passport data
    (opening the form to edit them is a logged view)."""

    languages = LanguagesField(label=_("languages"))

    class Meta:
        model = DelegationMember
        fields = [
            "delegation",
            "staff_member",
            "full_name",
            "position",
            "organisation",
            "role",
            "rank",
            "languages",
            "passport_number",
            "passport_expiry",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["languages"].widget.attrs["size"] = 6
        self.shows_passport = may_see_personal(user, DelegationMember)
        if not self.shows_passport:
            for name in PASSPORT_FIELDS:
                del self.fields[name]
        self.fields["full_name"].required = False
        self.fields["full_name"].help_text = _(
            "Leave blank for a staff member: their name is used."
        )

    def clean(self):
        cleaned = super().clean()
        staff = cleaned.get("staff_member")
        if not cleaned.get("full_name"):
            if staff is not None:
                cleaned["full_name"] = staff.full_name
                self.instance.full_name = staff.full_name
            else:
                self.add_error("full_name", _("Give the person's name, or choose a staff member."))
        return cleaned


class ProgrammeItemForm(UnitFromParentForm):
    class Meta:
        model = ProgrammeItem
        fields = [
            "delegation",
            "date",
            "start_time",
            "end_time",
            "place",
            "activity",
            "partner",
            "responsible",
        ]
        widgets = {"start_time": TimeInput(), "end_time": TimeInput()}


class DelegationOutcomeForm(UnitFromParentForm):
    class Meta:
        model = DelegationOutcome
        fields = [
            "delegation",
            "kind",
            "summary",
            "partner",
            "agreements",
            "document",
            "date",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}


class FollowUpTaskForm(UnitFromParentForm):
    class Meta:
        model = FollowUpTask
        fields = [
            "delegation",
            "outcome",
            "task",
            "responsible_unit",
            "responsible",
            "deadline",
            "status",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        from caunoi.accounts.models import OrgUnit

        self.fields["responsible_unit"].queryset = OrgUnit.objects.all()


class TransferForm(forms.Form):
    """Sending the member list to a foreign host: a cross-border transfer to record."""

    recipient = forms.CharField(label=_("recipient abroad"), max_length=300)
    country = forms.ModelChoiceField(queryset=None, label=_("country of the recipient"))
    purpose = forms.CharField(
        label=_("purpose of the transfer"),
        max_length=300,
        initial=_("Visa, invitation and protocol arrangements for the delegation"),
    )
    legal_basis = forms.ChoiceField(
        label=_("legal basis"), choices=[("", "—"), *LegalBasis.choices]
    )
    with_passports = forms.BooleanField(label=_("include passport data"), required=False)

    def __init__(self, *args, delegation, user, **kwargs):
        super().__init__(*args, **kwargs)
        from caunoi.partners.models import Country

        self.fields["country"].queryset = Country.objects.all()
        first = delegation.countries.first()
        if first is not None:
            self.fields["country"].initial = first.pk
        if not may_see_personal(user, DelegationMember):
            del self.fields["with_passports"]
        style_widgets(self)
