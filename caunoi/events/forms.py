"""Forms of the events app: the event itself (with coordination warnings), photos, the
calendar's filters and the anniversaries planner's choices."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from caunoi.core import remote_select
from caunoi.core.forms import (
    BaseModelForm,
    DateInput,
    OverlapWarningForm,
    TimeInput,
    style_widgets,
)
from caunoi.events import anniversaries, coordination, timezones
from caunoi.events.choices import EventKind
from caunoi.events.models import Event, EventPhoto


class EventForm(OverlapWarningForm):
    """Add or edit an event. Before saving, the form asks every unit's records for the same
    partners or countries within seven days; if there are any, the officer sees them and
    ticks "save anyway"."""

    overlap_message = _(
        "Other units have activities with the same partners or countries within seven days "
        "(listed above). Talk to them, or tick “save anyway”."
    )
    anniversary = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = [
            "name",
            "name_en",
            "kind",
            "pillar",
            "channel",
            "owner_unit",
            "co_organiser_units",
            "co_organiser_partners",
            "partners",
            "countries",
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "place",
            "venue",
            "city",
            "online_link",
            "participants_total",
            "participants_foreign",
            "budget_amount",
            "budget_currency",
            "is_public",
            "description",
            "outcomes",
            "media_links",
            "comments",
        ]
        labels = {"owner_unit": _("organising unit")}
        widgets = {
            "start_time": TimeInput(),
            "end_time": TimeInput(),
            "media_links": forms.Textarea(attrs={"rows": 3}),
            "outcomes": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "comments": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.found_anniversary = None
        zone = self.fields["time_zone"]
        self.fields["time_zone"] = forms.ChoiceField(
            label=zone.label,
            help_text=zone.help_text,
            choices=timezones.zone_choices(),
            initial=zone.initial,
        )
        for name in ("co_organiser_units", "co_organiser_partners", "partners", "countries"):
            self.fields[name].widget.attrs["size"] = 6
        self.fields["time_zone"].widget.attrs.update(
            {"class": "form-select", "data-events-zone": ""}
        )
        if self.instance.pk:
            del self.fields["anniversary"]

    def clean_anniversary(self) -> str:
        key = self.cleaned_data.get("anniversary", "")
        if not key:
            return ""
        found = anniversaries.find(key, self.user)
        if found is None:
            raise ValidationError(_("This anniversary no longer exists."))
        self.found_anniversary = found
        return key

    def find_overlaps(self, cleaned: dict) -> list:
        return coordination.overlaps_for(
            user=self.user,
            start=cleaned["start_date"],
            end=cleaned.get("end_date"),
            partners=cleaned.get("partners") or [],
            co_partners=cleaned.get("co_organiser_partners") or [],
            countries=cleaned.get("countries") or [],
            unit=cleaned.get("owner_unit"),
            event=self.instance,
        )

    def save(self, commit: bool = True):
        found = self.found_anniversary
        if found is not None and not self.instance.pk:
            self.instance.anniversary_key = found.key
            self.instance.anniversary_title = found.title[:300]
        return super().save(commit=commit)


def initial_from_anniversary(anniversary) -> dict:
    """What "plan an event" fills in for an anniversary."""
    fact = anniversary.fact
    diplomatic = fact.kind in {"diplomatic_relations", "national_day"}
    initial = {
        "anniversary": anniversary.key,
        "name": str(_("Celebration: %(title)s") % {"title": anniversary.title}),
        "kind": EventKind.COMMEMORATION,
        "pillar": "political" if diplomatic else "people_to_people",
        "start_date": anniversary.day,
    }
    if fact.country_id:
        initial["countries"] = [fact.country_id]
    if fact.partner_ids:
        initial["partners"] = sorted(fact.partner_ids)
    return initial


class EventPhotoForm(BaseModelForm):
    """A photo goes with an event the user may change (its organising unit's people)."""

    class Meta:
        model = EventPhoto
        fields = ["event", "file", "caption", "title", "classification"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = Event.objects.restrict(self.user, "change")


class CalendarFilterForm(forms.Form):
    """The calendar's filters: unit, country, partner and what to show."""

    unit = forms.ModelChoiceField(queryset=None, required=False, label=_("Unit"))
    country = forms.ModelChoiceField(queryset=None, required=False, label=_("Country"))
    partner = forms.ModelChoiceField(queryset=None, required=False, label=_("Partner"))
    kind = forms.MultipleChoiceField(
        required=False,
        label=_("Show"),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
    )

    def __init__(self, *args, user, kinds, **kwargs):
        super().__init__(*args, **kwargs)
        from caunoi.accounts.models import OrgUnit
        from caunoi.partners.models import Country, Partner

        self.fields["unit"].queryset = OrgUnit.objects.all()
        self.fields["country"].queryset = Country.objects.all()
        self.fields["partner"].queryset = Partner.objects.restrict(user, "view")
        self.fields["kind"].choices = kinds
        style_widgets(self)
        remote_select.apply(self)  # the partner: searched, not listed (docs/performance.md)


class PlannerForm(forms.Form):
    """The planner's window and filters."""

    start = forms.DateField(required=False, label=_("From"), widget=DateInput())
    months = forms.IntegerField(required=False, min_value=1, max_value=60, label=_("Months"))
    country = forms.ModelChoiceField(queryset=None, required=False, label=_("Country"))
    kind = forms.ChoiceField(required=False, label=_("Kind"))
    major = forms.BooleanField(required=False, label=_("Major anniversaries only"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from caunoi.partners.models import Country

        self.fields["country"].queryset = Country.objects.all()
        self.fields["kind"].choices = [("", _("All kinds"))] + [
            (s.key, s.label) for s in anniversaries.sources.values()
        ]
        style_widgets(self)


class CoordinationForm(forms.Form):
    partner = forms.ModelChoiceField(queryset=None, required=False, label=_("Partner"))
    country = forms.ModelChoiceField(queryset=None, required=False, label=_("Country"))
    months = forms.IntegerField(required=False, min_value=1, max_value=36, label=_("Months ahead"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        from caunoi.partners.models import Country, Partner

        self.fields["partner"].queryset = Partner.objects.restrict(user, "view")
        self.fields["country"].queryset = Country.objects.all()
        style_widgets(self)
