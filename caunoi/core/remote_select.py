"""Dropdowns over registries that grow: only the chosen options are in the page.

A filter panel's ``<select>`` of partners lists every partner the user may see: 5,000 options
at city scale, 50,000 nationally, most of a list page's time and size (docs/performance.md).
For models in the global search that are business records (``PrimaryModel``), the select now
holds just the values already chosen; ``static/js/remote-select.js`` adds a search box above it
that asks ``/api/v1/search/?type=<app.model>&q=…`` (the same scope as the list) and offers
the matches. Validation is unchanged: the field's queryset still decides what may be chosen.
Lookup tables (countries, fields, units) keep their ordinary selects.
"""

from __future__ import annotations

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from caunoi.core.models.base import PrimaryModel


class RemoteSelectMixin:
    """Render only the selected choices; the page's script fetches the others on demand."""

    def optgroups(self, name, value, attrs=None):
        chosen = [str(v) for v in value if v not in (None, "")]
        field_queryset = getattr(self.choices, "queryset", None)
        options = []
        if not self.allow_multiple_selected:
            options.append(
                self.create_option(name, "", self.choices.field.empty_label or "", False, 0)
            )
        if chosen and field_queryset is not None:
            for index, obj in enumerate(field_queryset.filter(pk__in=chosen), start=1):
                label = self.choices.field.label_from_instance(obj)
                options.append(self.create_option(name, obj.pk, label, True, index))
        return [(None, options, 0)]


class RemoteSelect(RemoteSelectMixin, forms.Select):
    pass


class RemoteSelectMultiple(RemoteSelectMixin, forms.SelectMultiple):
    pass


def remote_model(field: forms.Field):
    """The model a field chooses from, when it is a searchable business record."""
    from caunoi.core.search.registry import spec_for

    queryset = getattr(field, "queryset", None)
    if queryset is None or not isinstance(field, forms.ModelChoiceField):
        return None
    model = queryset.model
    if not issubclass(model, PrimaryModel) or spec_for(model) is None:
        return None
    return model


def apply(form: forms.BaseForm) -> None:
    """Swap the selects of ``form`` over large registries for remote-search ones."""
    url = reverse("api:search")
    for field in form.fields.values():
        model = remote_model(field)
        if model is None or not isinstance(field.widget, forms.Select):
            continue  # hidden inputs and checkbox lists stay as they are
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        widget = (RemoteSelectMultiple if multiple else RemoteSelect)(attrs=field.widget.attrs)
        widget.choices = field.widget.choices
        widget.attrs.update(
            {
                "data-remote-search": f"{url}?type={model._meta.label_lower}&limit=20",
                "data-remote-placeholder": str(_("Type to search…")),
            }
        )
        field.widget = widget
