"""Base model form: Tabler widgets, scoped dropdowns, the owning unit and the edit version;
and the record form that warns of other units' activities before it saves."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from caunoi.core import remote_select
from caunoi.core.scope import ALL_UNITS, perm_name, unit_scope


class DateInput(forms.DateInput):
    """A plain text date field: dd/mm/yyyy in Vietnamese, as officers type it."""

    input_type = "text"

    def __init__(self, attrs=None, format=None):
        attrs = {"placeholder": _("dd/mm/yyyy"), "autocomplete": "off", **(attrs or {})}
        super().__init__(attrs=attrs, format=format)


class TimeInput(forms.TimeInput):
    """A time of day as the browser's time picker gives it (HH:MM)."""

    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%H:%M")


def style_widgets(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.CheckboxInput):
            css = "form-check-input"
        elif isinstance(widget, forms.Select | forms.SelectMultiple):
            css = "form-select"
        elif isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
            css = ""
        else:
            css = "form-control"
        if css:
            widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
        if isinstance(field, forms.DateField) and not isinstance(widget, DateInput):
            field.widget = DateInput(attrs=widget.attrs)


def formfield_for(field, **kwargs):
    """Model field → form field, with the project's defaults ("example.org" means https)."""
    from django.db import models

    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class BaseModelFormMetaclass(forms.models.ModelFormMetaclass):
    """Gives every subclass's ``Meta`` the project's form-field defaults, even a plain
    ``class Meta:`` (Django reads ``formfield_callback`` from the class's own Meta only)."""

    def __new__(mcs, name, bases, attrs):
        meta = attrs.get("Meta")
        if meta is not None and not hasattr(meta, "formfield_callback"):
            meta.formfield_callback = formfield_for
        return super().__new__(mcs, name, bases, attrs)


class BaseModelForm(forms.ModelForm, metaclass=BaseModelFormMetaclass):
    """Every add/edit form. Pass ``user=``; the form limits each choice to what the user sees."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if self.instance.pk and hasattr(self.instance, "version"):
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]
        self._restrict_choices()
        style_widgets(self)
        # Partners, contacts, events…: searched, not listed (50,000 options nationally).
        remote_select.apply(self)

    def _restrict_choices(self) -> None:
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not hasattr(queryset, "restrict"):
                continue
            if name == "owner_unit":
                field.queryset = self.owner_unit_choices(queryset)
            else:
                field.queryset = queryset.restrict(self.user, "view")

    def owner_unit_choices(self, queryset):
        """Active units where the user may add (or, editing, change) this kind of record."""
        action = "change" if self.instance.pk else "add"
        scope = unit_scope(self.user, perm_name(self._meta.model, action))
        units = queryset.active() if hasattr(queryset, "active") else queryset
        if self.instance.pk and self.instance.owner_unit_id:
            units = units | queryset.filter(pk=self.instance.owner_unit_id)
        if scope is ALL_UNITS:
            return units
        return units.filter(pk__in=scope)

    def save(self, commit: bool = True):
        if "version" in self.fields and self.cleaned_data.get("version"):
            self.instance.version = self.cleaned_data["version"]
        return super().save(commit=commit)


class OverlapWarningForm(BaseModelForm):
    """A dated record (an event, a delegation) that, before saving, asks for other units'
    activities with the same partners or countries nearby (``find_overlaps``). If there are
    any, the form shows them (``self.overlaps``) and saves only once the officer ticks
    "save anyway"; the box is offered only once there is something to acknowledge.
    Subclasses set ``acknowledge_label`` and ``overlap_message`` (their window in words)."""

    acknowledge_overlaps = forms.BooleanField(required=False)
    acknowledge_label = _("I have seen the other units' activities: save anyway")
    overlap_message = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.overlaps: list = []
        if self.is_bound:
            self.fields["acknowledge_overlaps"].label = self.acknowledge_label
        else:
            del self.fields["acknowledge_overlaps"]

    def find_overlaps(self, cleaned: dict) -> list:
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        if self.errors or cleaned.get("start_date") is None:
            return cleaned
        self.overlaps = self.find_overlaps(cleaned)
        if self.overlaps and not cleaned.get("acknowledge_overlaps"):
            raise ValidationError(self.overlap_message, code="overlaps")
        return cleaned


def may_record(user, model, action: str, unit_id: int | None) -> bool:
    """May ``user`` ``action`` (add/change) records of ``model`` in the unit ``unit_id``?"""
    scope = unit_scope(user, perm_name(model, action))
    return scope is ALL_UNITS or unit_id in scope


class UnitFromParentForm(BaseModelForm):
    """A record whose unit is its parent's (a person's language, a project's disbursement).

    The parent dropdown lists only parents in units where the user may record this kind of
    record, and the choice is checked again on save.
    """

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        model = self._meta.model
        field = self.fields.get(model.parent_field)
        if field is not None:
            scope = unit_scope(user, perm_name(model, self.action))
            current = getattr(self.instance, f"{model.parent_field}_id", None)
            if scope is not ALL_UNITS:
                field.queryset = field.queryset.filter(Q(owner_unit__in=scope) | Q(pk=current))

    @property
    def action(self) -> str:
        return "change" if self.instance.pk else "add"

    def clean(self):
        cleaned = super().clean()
        model = self._meta.model
        parent = cleaned.get(model.parent_field)
        if parent is not None and not may_record(
            self.user, model, self.action, parent.owner_unit_id
        ):
            self.add_error(model.parent_field, _("You cannot record data for this unit."))
        return cleaned
