"""Workflow steps on the API: ``POST /api/v1/<records>/<pk>/<verb>/`` calls the same function
as the screen's button.

    class DelegationViewSet(BaseModelViewSet):
        submit = transition_action("submit", workflow.submit_delegation)
        approve = transition_action("approve", workflow.approve_delegation)

Body: ``{"note": "…", "version": 3}`` (both optional). Answers the record as the viewset
serializes it; 409 ``transition_not_allowed`` when its status does not allow the step (a
second approval), 409 ``conflict`` on a stale version, 403 without the right, 404 outside
the user's units.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response


class TransitionSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="")
    version = serializers.IntegerField(required=False, min_value=1)


def transition_action(verb: str, function):
    def handler(self, request, pk=None):
        obj = self.get_object()
        body = TransitionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        obj = function(
            obj,
            acting_user=request.user,
            note=body.validated_data.get("note", ""),
            expected_version=body.validated_data.get("version"),
        )
        fresh = self.get_queryset().get(pk=obj.pk)
        return Response(self.get_serializer(fresh).data)

    # The router maps the method by name: it must be the attribute's name before @action.
    handler.__name__ = verb
    handler.__doc__ = f"Workflow step “{verb}”: calls {function.__module__}.{function.__name__}."
    decorated = action(
        detail=True,
        methods=["post"],
        url_path=verb.replace("_", "-"),
        url_name=verb.replace("_", "-"),
        permission_action="view",  # the function checks the step's own permission
    )(handler)
    return extend_schema(request=TransitionSerializer)(decorated)
