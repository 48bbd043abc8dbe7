"""Built-in roles follow the models; the demo data is real and repeatable."""

import io

import pytest
from django.core.management import call_command

from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.accounts.roles import permissions_for, sync_roles


@pytest.mark.django_db
def test_sync_roles_is_idempotent():
    sync_roles()
    counts = {r.slug: r.permissions.count() for r in Role.objects.all()}
    sync_roles()
    assert counts == {r.slug: r.permissions.count() for r in Role.objects.all()}
    assert set(counts) == {"officer", "approver", "coordinator", "auditor", "administrator"}


def test_capabilities_per_role():
    officer = permissions_for("officer")
    auditor = permissions_for("auditor")
    assert ("testapp", "change_gadget") in officer
    assert ("testapp", "change_gadgetkind") not in officer
    assert ("testapp", "view_gadget") in auditor and ("testapp", "change_gadget") not in auditor
    assert ("core", "view_objectchange") in auditor
    assert ("accounts", "view_all_units") in permissions_for("coordinator")
    assert ("accounts", "change_all_units") in permissions_for("administrator")
    assert ("core", "restore_deleted") in permissions_for("administrator")
    assert ("accounts", "change_user") not in permissions_for("coordinator")


@pytest.mark.django_db
def test_load_demo_builds_the_real_tree_and_is_idempotent():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    counts = (OrgUnit.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert counts == (OrgUnit.objects.count(), User.objects.count(), Membership.objects.count())
    assert "CauNoi@2026" in out.getvalue()
    haufo = OrgUnit.objects.get(acronym="HAUFO")
    associations = OrgUnit.objects.filter(parent=haufo, kind="friendship_association")
    assert associations.count() >= 8
    district = OrgUnit.objects.get(name="Quận Hoàn Kiếm")
    assert {u.name for u in district.successors.all()} == {"Phường Hoàn Kiếm", "Phường Cửa Nam"}


@pytest.mark.django_db
def test_demo_personas_see_exactly_their_units():
    call_command("load_demo", stdout=io.StringIO())
    officer = User.objects.get(username="officer")
    ward = User.objects.get(username="ward_officer")
    haufo = OrgUnit.objects.get(acronym="HAUFO")
    reach = officer.unit_scope("accounts.change_membership")
    assert reach == frozenset()  # officers do not manage memberships
    from caunoi.core.scope import ALL_UNITS

    assert User.objects.get(username="auditor").unit_scope("core.view_objectchange") is ALL_UNITS
    assert set(OrgUnit.objects.subtree(haufo).values_list("pk", flat=True)) == set(
        _officer_reach(officer)
    )
    ward_reach = _officer_reach(ward)
    assert OrgUnit.objects.get(name="Quận Hoàn Kiếm").pk in ward_reach
    assert OrgUnit.objects.get(name="Quận Ba Đình").pk not in ward_reach


def _officer_reach(user):
    from caunoi.accounts.scope import _reach

    return _reach(list(user.active_memberships))
