"""Base API viewset: scoped querysets, the shared FilterSet, ETags and soft delete.

Updates honour ``If-Match``: a GET answers with ``ETag: "<version>"``; a PUT/PATCH/DELETE whose
``If-Match`` names another version answers 412 and changes nothing. A race that slips between the
check and the save still answers 409 (the model's version check).
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import viewsets

from caunoi.core.api.exceptions import PreconditionFailed
from caunoi.core.api.permissions import ScopedPermission


def etag_for(obj) -> str:
    return f'"{getattr(obj, "version", 0)}"'


class BaseModelViewSet(viewsets.ModelViewSet):
    permission_classes = [ScopedPermission]
    model = None
    ordering_fields = "__all__"
    # The capability a request needs (view/add/change/delete); None: from the HTTP method.
    permission_action: str | None = None

    def get_model(self):
        return self.model or self.queryset.model

    def get_queryset(self):
        queryset = self.get_model().objects.restrict(self.request.user, "view")
        related = (
            *getattr(self, "select_related", ()),
            *getattr(self.get_model(), "display_related", ()),
        )
        if related:
            queryset = queryset.select_related(*related)
        many = self._many_to_many_fields()
        return queryset.prefetch_related(*many) if many else queryset

    def _many_to_many_fields(self) -> list[str]:
        """Links the serializer lists: fetched in one query each, not one per row."""
        serializer_class = self.get_serializer_class()
        names = getattr(serializer_class.Meta, "fields", ())
        model_m2m = {f.name for f in self.get_model()._meta.many_to_many}
        return [name for name in names if name in model_m2m]

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        response["ETag"] = etag_for(self.get_object())
        return response

    def check_if_match(self, obj) -> None:
        header = self.request.headers.get("If-Match")
        if not header or header.strip() == "*":
            return
        tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
        if etag_for(obj) not in tags:
            raise PreconditionFailed(
                _("The record changed since you read it (now version %(version)s).")
                % {"version": obj.version}
            )

    def perform_update(self, serializer):
        with transaction.atomic():
            self.check_if_match(serializer.instance)
            serializer.save()
        self.headers_etag = etag_for(serializer.instance)

    def update(self, request, *args, **kwargs):
        response = super().update(request, *args, **kwargs)
        if getattr(self, "headers_etag", None):
            response["ETag"] = self.headers_etag
        return response

    def perform_destroy(self, instance):
        with transaction.atomic():
            self.check_if_match(instance)
            if hasattr(instance, "soft_delete"):
                instance.soft_delete(acting_user=self.request.user)
            else:
                instance.delete()
