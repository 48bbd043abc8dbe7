"""Permission and scope handling shared by every generic view.

The rule everywhere: no capability at all → 403; a record outside the user's units → 404;
a record the user may see but not change → 403.
"""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from caunoi.core.scope import perm_name


class ScopedModelMixin(LoginRequiredMixin):
    model = None
    action = "view"

    def get_required_permission(self) -> str:
        return perm_name(self.model, self.action)

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not request.user.has_perm(self.get_required_permission()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return self.model.objects.restrict(self.request.user, "view")


class ScopedObjectMixin(ScopedModelMixin):
    """Fetch one record in the user's view scope, then check the action on it."""

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        obj = get_object_or_404(queryset, pk=self.kwargs["pk"])
        if self.action != "view":
            allowed = self.model.objects.restrict(self.request.user, self.action)
            if not allowed.filter(pk=obj.pk).exists():
                raise PermissionDenied
        return obj


def get_for_user(model, user, pk, action: str = "view"):
    """The record if the user may ``action`` it; 404 outside their units, 403 otherwise."""
    if not user.has_perm(perm_name(model, action)):
        raise PermissionDenied
    visible = model.objects.restrict(user, "view")
    try:
        obj = visible.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if action != "view" and not model.objects.restrict(user, action).filter(pk=pk).exists():
        raise PermissionDenied
    return obj
