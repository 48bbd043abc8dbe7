from caunoi.accounts import filters
from caunoi.accounts.api import serializers
from caunoi.accounts.models import Membership, OrgUnit, Role, User
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


class RoleViewSet(BaseModelViewSet):
    """Roles are read-only: their capabilities follow the models (see accounts/roles.py)."""

    model = Role
    serializer_class = serializers.RoleSerializer
    filterset_class = filters.RoleFilterSet
    http_method_names = ["get", "head", "options"]
