"""Units, users, memberships and roles through the generic suites."""

import datetime

from caunoi.accounts.choices import UnitKind
from caunoi.accounts.filters import (
    MembershipFilterSet,
    OrgUnitFilterSet,
    RoleFilterSet,
    UserFilterSet,
)
from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.testing.api import APIViewTestCases
from caunoi.core.testing.filters import FilterSetTests
from caunoi.core.testing.views import ViewTestCases


class UnitMixin:
    model = OrgUnit
    scoped = False
    editor = "admin"
    read_only_viewer = "officer_a"

    def make(self, personas, unit):
        child = OrgUnit(
            name=f"Phường {OrgUnit.objects.count()}",
            kind=UnitKind.COMMUNE_WARD,
            parent=personas.city,
        )
        child.save()
        return child

    def form_data(self, personas, unit):
        return {
            "name": "Phường Hoàn Kiếm",
            "name_en": "Hoàn Kiếm Ward",
            "kind": UnitKind.COMMUNE_WARD,
            "parent": personas.city.pk,
            "valid_from": "01/07/2025",
        }

    def api_data(self, personas, unit):
        return {
            "name": "Phường Cửa Nam",
            "kind": UnitKind.COMMUNE_WARD,
            "parent": personas.city.pk,
            "valid_from": "2025-07-01",
            "successors": [],
        }


class TestUnitViews(UnitMixin, ViewTestCases):
    pass


class TestUnitAPI(UnitMixin, APIViewTestCases):
    basename = "orgunit"


class UserMixin:
    model = User
    scoped = False
    editor = "admin"
    read_only_viewer = "auditor"
    screens = ("list", "add", "detail", "edit", "changelog")

    def make(self, personas, unit):
        user = User(username=f"user{User.objects.count()}", full_name="Trần Thị Bình")
        user.save()
        Membership.objects.create(user=user, unit=unit, role=Role.objects.get(slug="officer"))
        return user

    def form_data(self, personas, unit):
        return {
            "username": f"newuser{User.objects.count()}",
            "full_name": "Vũ Đức Thắng",
            "email": "thang@example.org",
            "language": "vi",
            "is_active": "on",
            "password1": "Hồ-Gươm-2026!xyz",
            "password2": "Hồ-Gươm-2026!xyz",
        }

    def edit_data(self, personas, obj):
        return {
            "username": obj.username,
            "full_name": "Vũ Đức Thắng",
            "language": "en",
            "is_active": "on",
            "version": obj.version,
        }

    def api_data(self, personas, unit):
        return {
            "username": f"apiuser{User.objects.count()}",
            "full_name": "Lý Thị Hoa",
            "language": "vi",
            "is_active": True,
        }


class TestUserViews(UserMixin, ViewTestCases):
    pass


class TestUserAPI(UserMixin, APIViewTestCases):
    basename = "user"

    def test_create_records_a_change_from_the_api(self, client, personas):
        """Users are created in the UI (with a password), not through the API."""
        client.force_login(personas.admin)
        response = client.post(
            self.list_url(),
            self.api_data(personas, personas.unit_a),
            content_type="application/json",
        )
        assert response.status_code == 405

    def test_delete_hides_the_record(self, client, personas):
        """Users are deactivated, never deleted: their history keeps its author."""
        obj = self.own(personas)
        client.force_login(personas.admin)
        assert client.delete(self.detail_url(obj)).status_code == 405
        assert User.objects.filter(pk=obj.pk).exists()


class MembershipMixin:
    model = Membership
    scoped = False  # only Administrators manage memberships, and they reach every unit
    editor = "admin"
    read_only_viewer = "auditor"
    outsider = "coordinator"

    def make(self, personas, unit):
        user = User(username=f"member{User.objects.count()}")
        user.save()
        return Membership.objects.create(
            user=user, unit=unit, role=Role.objects.get(slug="officer")
        )

    def form_data(self, personas, unit):
        user = User(username=f"m{User.objects.count()}")
        user.save()
        return {
            "user": user.pk,
            "unit": unit.pk,
            "role": Role.objects.get(slug="approver").pk,
            "valid_from": "01/01/2026",
        }

    def edit_data(self, personas, obj):
        return {
            "user": obj.user_id,
            "unit": obj.unit_id,
            "role": obj.role_id,
            "include_descendants": "on",
            "version": obj.version,
        }

    def api_data(self, personas, unit):
        return {
            "user": personas.nobody.pk,
            "unit": unit.pk,
            "role": Role.objects.get(slug="auditor").pk,
        }


class TestMembershipViews(MembershipMixin, ViewTestCases):
    def test_coordinator_reads_but_cannot_edit(self, client, personas):
        """Coordinators see every membership (city-wide reading) but edit none outside unit_b."""
        obj = self.own(personas)
        client.force_login(personas.coordinator)
        assert client.get(self.url("detail", obj)).status_code == 200
        assert client.get(self.url("edit", obj)).status_code == 403


class TestMembershipAPI(MembershipMixin, APIViewTestCases):
    basename = "membership"

    def test_outsider_cannot_update_and_viewer_cannot_change(self, client, personas):
        obj = self.own(personas)
        client.force_login(personas.coordinator)
        response = client.patch(
            self.detail_url(obj), {"include_descendants": True}, content_type="application/json"
        )
        assert response.status_code == 403
        obj.refresh_from_db()
        assert obj.version == 1 and not obj.include_descendants


class RoleMixin:
    model = Role
    scoped = False
    editor = "admin"
    read_only_viewer = "officer_a"
    screens = ("list", "detail", "changelog")

    def make(self, personas, unit):
        role = Role(name=f"Vai trò {Role.objects.count()}", slug=f"role-{Role.objects.count()}")
        role.save()
        return role


class TestRoleViews(RoleMixin, ViewTestCases):
    def test_user_without_a_role_gets_403(self, client, personas):
        obj = self.own(personas)
        client.force_login(personas.nobody)
        for screen in self.screens:
            assert client.get(self.url(screen, obj)).status_code == 403


class TestRoleAPI(RoleMixin, APIViewTestCases):
    basename = "role"
    writable = False


class TestUnitFilters(FilterSetTests):
    filterset = OrgUnitFilterSet


class TestUserFilters(FilterSetTests):
    filterset = UserFilterSet


class TestMembershipFilters(FilterSetTests):
    filterset = MembershipFilterSet


class TestRoleFilters(FilterSetTests):
    filterset = RoleFilterSet


def test_personas_dates_are_consistent(personas):
    assert personas.district.valid_to < personas.ward.valid_from == datetime.date(2025, 7, 1)
