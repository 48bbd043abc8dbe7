"""Scope: which records each persona reaches, through memberships."""

import datetime

import pytest

from caunoi.accounts.models import Membership, Role
from caunoi.core.tests.testapp.models import Gadget


def gadgets(personas):
    made = {}
    for key in ("unit_a", "unit_a_child", "unit_b", "district", "ward", "city"):
        gadget = Gadget(name=key, owner_unit=getattr(personas, key))
        gadget.save()
        made[key] = gadget
    return made


def visible(user, action="view"):
    return set(Gadget.objects.restrict(user, action).values_list("name", flat=True))


@pytest.mark.django_db
def test_each_persona_sees_exactly_its_units(personas):
    gadgets(personas)
    assert visible(personas.officer_a) == {"unit_a", "unit_a_child"}
    assert visible(personas.outsider_b) == {"unit_b"}
    assert visible(personas.ward_officer) == {"ward", "district"}  # the district it replaced
    everything = {"unit_a", "unit_a_child", "unit_b", "district", "ward", "city"}
    assert visible(personas.coordinator) == everything
    assert visible(personas.auditor) == everything
    assert visible(personas.admin) == everything
    assert visible(personas.nobody) == set()


@pytest.mark.django_db
def test_coordinator_sees_all_but_changes_only_its_own_unit(personas):
    gadgets(personas)
    assert visible(personas.coordinator, "change") == {"unit_b"}
    assert visible(personas.auditor, "change") == set()
    assert visible(personas.admin, "delete") >= {"unit_a", "unit_b"}


@pytest.mark.django_db
def test_membership_without_descendants_reaches_only_its_unit(personas):
    gadgets(personas)
    Membership.objects.filter(user=personas.officer_a).update(include_descendants=False)
    personas.officer_a.refresh_from_db()
    assert visible(type(personas.officer_a).objects.get(pk=personas.officer_a.pk)) == {"unit_a"}


@pytest.mark.django_db
def test_expired_membership_reaches_nothing(personas):
    gadgets(personas)
    Membership.objects.filter(user=personas.outsider_b).update(valid_to=datetime.date(2020, 1, 1))
    user = type(personas.outsider_b).objects.get(pk=personas.outsider_b.pk)
    assert visible(user) == set()
    assert not user.has_perm("testapp.view_gadget")


@pytest.mark.django_db
def test_roles_in_two_units_combine(personas):
    gadgets(personas)
    Membership.objects.create(
        user=personas.outsider_b, unit=personas.ward, role=Role.objects.get(slug="auditor")
    )
    user = type(personas.outsider_b).objects.get(pk=personas.outsider_b.pk)
    # The auditor role grants city-wide reading; officer rights stay in unit_b.
    assert "unit_a" in visible(user)
    assert visible(user, "change") == {"unit_b"}


@pytest.mark.django_db
def test_has_perm_with_an_object_checks_its_unit(personas):
    made = gadgets(personas)
    officer = personas.officer_a
    assert officer.has_perm("testapp.change_gadget", made["unit_a_child"])
    assert not officer.has_perm("testapp.change_gadget", made["unit_b"])
