import django_filters
from django.utils.translation import gettext_lazy as _

from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.filters import BaseFilterSet
from caunoi.core.fold import fold_terms


class OrgUnitFilterSet(BaseFilterSet):
    active = django_filters.BooleanFilter(method="filter_active", label=_("Active now"))
    filter_exempt = ("path", "description", "version")
    ui_filters = ("kind", "parent", "active")

    class Meta:
        model = OrgUnit
        fields = [
            "kind",
            "parent",
            "acronym",
            "valid_from",
            "valid_to",
            "successors",
            "name",
            "name_en",
        ]

    def filter_active(self, queryset, name, value):
        if value is None:
            return queryset
        active = queryset.active()
        return active if value else queryset.exclude(pk__in=active.values("pk"))


class UserFilterSet(BaseFilterSet):
    unit = django_filters.ModelChoiceFilter(
        field_name="memberships__unit",
        queryset=OrgUnit.objects.all(),
        label=_("Unit"),
        distinct=True,
    )
    role = django_filters.ModelChoiceFilter(
        field_name="memberships__role",
        queryset=Role.objects.all(),
        label=_("Role"),
        distinct=True,
    )
    filter_exempt = (
        "password",
        "first_name",
        "last_name",
        "phone",
        "version",
        "date_joined",
        "search_text",
        "last_login",
        "is_staff",
        "is_superuser",
        "groups",
        "user_permissions",
    )
    ui_filters = ("unit", "role", "language", "is_active")

    class Meta:
        model = User
        fields = ["username", "full_name", "email", "position", "language", "is_active"]


class MembershipFilterSet(BaseFilterSet):
    filter_exempt = ("version",)
    ui_filters = ("unit", "role", "include_descendants")

    class Meta:
        model = Membership
        fields = ["user", "unit", "role", "include_descendants", "valid_from", "valid_to"]

    def search(self, queryset, name, value):
        for term in fold_terms(value):
            queryset = queryset.filter(user__search_text__contains=term)
        return queryset


class RoleFilterSet(BaseFilterSet):
    filter_exempt = ("version", "description", "permissions")

    class Meta:
        model = Role
        fields = ["name", "name_en", "slug"]
