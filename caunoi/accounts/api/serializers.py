from rest_framework import serializers

from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.api.serializers import BaseModelSerializer


class OrgUnitSerializer(BaseModelSerializer):
    class Meta:
        model = OrgUnit
        fields = [
            "id",
            "url",
            "display",
            "version",
            "name",
            "name_en",
            "acronym",
            "kind",
            "parent",
            "valid_from",
            "valid_to",
            "successors",
            "description",
            "created_at",
            "updated_at",
        ]
        extra_kwargs = {"url": {"view_name": "api:orgunit-detail"}}


class UserSerializer(BaseModelSerializer):
    class Meta:
        model = User
        fields = [
            "id",
            "url",
            "display",
            "version",
            "username",
            "full_name",
            "email",
            "position",
            "phone",
            "language",
            "is_active",
            "last_login",
            "date_joined",
        ]
        read_only_fields = ["last_login", "date_joined"]
        extra_kwargs = {"url": {"view_name": "api:user-detail"}}


class MembershipSerializer(BaseModelSerializer):
    class Meta:
        model = Membership
        fields = [
            "id",
            "url",
            "display",
            "version",
            "user",
            "unit",
            "role",
            "include_descendants",
            "valid_from",
            "valid_to",
            "created_at",
            "updated_at",
        ]
        extra_kwargs = {"url": {"view_name": "api:membership-detail"}}


class RoleSerializer(BaseModelSerializer):
    permissions = serializers.SlugRelatedField(many=True, read_only=True, slug_field="codename")

    class Meta:
        model = Role
        fields = [
            "id",
            "url",
            "display",
            "version",
            "name",
            "name_en",
            "slug",
            "description",
            "permissions",
        ]
        extra_kwargs = {"url": {"view_name": "api:role-detail"}}
