"""Base FilterSet: one class serves the UI list and the API list of a model."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.core import remote_select
from caunoi.core.fold import fold_terms
from caunoi.core.forms import style_widgets


class BaseFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))

    # Model fields deliberately without a filter (FilterSetTests checks the rest have one).
    filter_exempt: tuple[str, ...] = ()
    # Filters shown in the list screen's side panel (None: all). The API accepts every filter.
    ui_filters: tuple[str, ...] | None = None

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        user = getattr(request, "user", None)
        for flt in self.filters.values():
            qs = getattr(flt, "queryset", None)
            if qs is not None and hasattr(qs, "restrict") and user is not None:
                flt.queryset = qs.restrict(user, "view")
        for field in self.form.fields.values():
            field.required = False
        style_widgets(self.form)
        remote_select.apply(self.form)  # partners, contacts…: no 50,000-option selects

    def ui_form_fields(self):
        """The bound fields for the list screen's filter panel (search has its own box)."""
        names = self.ui_filters or [n for n in self.form.fields if n != "q"]
        return [self.form[name] for name in names if name in self.form.fields]

    def search(self, queryset, name, value):
        """Every folded term must occur in the record's folded search text."""
        for term in fold_terms(value):
            queryset = queryset.filter(search_text__contains=term)
        return queryset
