from __future__ import annotations

from rest_framework.permissions import BasePermission

from caunoi.core.scope import perm_name

ACTION_FOR_METHOD = {
    "GET": "view",
    "HEAD": "view",
    "OPTIONS": "view",
    "POST": "add",
    "PUT": "change",
    "PATCH": "change",
    "DELETE": "delete",
}


class ScopedPermission(BasePermission):
    """No capability anywhere → 403. Scope is applied by the queryset (outside → 404)."""

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        action = getattr(view, "permission_action", None) or ACTION_FOR_METHOD.get(
            request.method, "change"
        )
        return request.user.has_perm(perm_name(view.get_model(), action))

    def has_object_permission(self, request, view, obj):
        action = getattr(view, "permission_action", None) or ACTION_FOR_METHOD.get(
            request.method, "change"
        )
        if action == "view":
            return True  # the queryset already holds only what the user may see
        return view.get_model().objects.restrict(request.user, action).filter(pk=obj.pk).exists()
