from rest_framework import viewsets

from caunoi.accounts import filters
from caunoi.accounts.api import serializers
from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.api.permissions import ScopedPermission
from caunoi.core.api.viewsets import BaseModelViewSet


class OrgUnitViewSet(BaseModelViewSet):
    model = OrgUnit
    serializer_class = serializers.OrgUnitSerializer
    filterset_class = filters.OrgUnitFilterSet
    select_related = ("parent",)


class UserViewSet(BaseModelViewSet):
    model = User
    serializer_class = serializers.UserSerializer
    filterset_class = filters.UserFilterSet
    http_method_names = ["get", "put", "patch", "head", "options"]  # users are never deleted


class MembershipViewSet(BaseModelViewSet):
    model = Membership
    serializer_class = serializers.MembershipSerializer
    filterset_class = filters.MembershipFilterSet
    select_related = ("user", "unit", "role")


class RoleViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [ScopedPermission]
    serializer_class = serializers.RoleSerializer
    filterset_class = filters.RoleFilterSet

    def get_model(self):
        return Role

    def get_queryset(self):
        return Role.objects.restrict(self.request.user).prefetch_related("permissions")
