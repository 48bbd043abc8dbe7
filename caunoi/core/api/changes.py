"""/api/v1/changes/: the change log, read-only, for Auditors and tools."""

from rest_framework import serializers, viewsets

from caunoi.core.api.permissions import ScopedPermission
from caunoi.core.models import ObjectChange
from caunoi.core.views.changes import ChangeFilterSet


class ObjectChangeSerializer(serializers.ModelSerializer):
    content_type = serializers.SlugRelatedField(read_only=True, slug_field="model")
    app_label = serializers.CharField(source="content_type.app_label", read_only=True)

    class Meta:
        model = ObjectChange
        fields = [
            "id",
            "time",
            "user",
            "user_name",
            "request_id",
            "source",
            "remote_addr",
            "action",
            "app_label",
            "content_type",
            "object_id",
            "object_repr",
            "object_version",
            "owner_unit",
            "prechange",
            "postchange",
        ]


class ObjectChangeViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [ScopedPermission]
    serializer_class = ObjectChangeSerializer
    filterset_class = ChangeFilterSet
    ordering_fields = ["time", "id"]

    def get_model(self):
        return ObjectChange

    def get_queryset(self):
        return ObjectChange.objects.restrict(self.request.user).select_related("content_type")
